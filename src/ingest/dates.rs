//! Dates as scraped pages write them: ISO, "30 April 2024", "April 30, 2024", "30.04.2024",
//! "15 августа 2017", "Aug. 8", and datelines whose year stands elsewhere.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("januar", 1),
    ("februar", 2),
    ("mart", 3),
    ("maj", 5),
    ("jun", 6),
    ("jul", 7),
    ("avgust", 8),
    ("septembar", 9),
    ("oktobar", 10),
    ("novembar", 11),
    ("decembar", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|(_, n)| *n)
}

struct Patterns {
    iso: Regex,
    dotted: Regex,
    day_month_year: Regex,
    month_day_year: Regex,
    month_day: Regex,
    year: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let month = r"([A-Za-zА-Яа-яёЁ]{3,10})\.?";
        Patterns {
            iso: Regex::new(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b").unwrap(),
            dotted: Regex::new(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b").unwrap(),
            day_month_year: Regex::new(&format!(r"\b(\d{{1,2}}),?\s+{month},?\s+(\d{{4}})\b"))
                .unwrap(),
            month_day_year: Regex::new(&format!(r"\b{month}\s+(\d{{1,2}}),?\s+(\d{{4}})\b"))
                .unwrap(),
            month_day: Regex::new(&format!(r"\b{month}\s+(\d{{1,2}})\b")).unwrap(),
            year: Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)").unwrap(),
        }
    })
}

/// A full date (day, month and year) written anywhere in `text`; the first one wins.
pub fn find_full_date(text: &str) -> Option<NaiveDate> {
    let p = patterns();
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    if let Some(c) = p.iso.captures(text) {
        if let Some(d) = ymd(&c[1], &c[2], &c[3]) {
            found.push((c.get(0).unwrap().start(), d));
        }
    }
    if let Some(c) = p.dotted.captures(text) {
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        // Day first (30.04.2024); month first only when the second number cannot be a month.
        let date = if b <= 12 {
            ymd(&c[3], &b.to_string(), &a.to_string())
        } else {
            ymd(&c[3], &a.to_string(), &b.to_string())
        };
        if let Some(d) = date {
            found.push((c.get(0).unwrap().start(), d));
        }
    }
    for c in p.day_month_year.captures_iter(text) {
        if let Some(m) = month_number(&c[2]) {
            if let Some(d) = ymd(&c[3], &m.to_string(), &c[1]) {
                found.push((c.get(0).unwrap().start(), d));
                break;
            }
        }
    }
    for c in p.month_day_year.captures_iter(text) {
        if let Some(m) = month_number(&c[1]) {
            if let Some(d) = ymd(&c[3], &m.to_string(), &c[2]) {
                found.push((c.get(0).unwrap().start(), d));
                break;
            }
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, d)| d)
}

/// A month and day without a year ("July 24", "Aug. 8", "December 27").
pub fn find_month_day(text: &str) -> Option<(u32, u32)> {
    for c in patterns().month_day.captures_iter(text) {
        if let Some(m) = month_number(&c[1]) {
            let day: u32 = c[2].parse().ok()?;
            if (1..=31).contains(&day) {
                return Some((m, day));
            }
        }
    }
    None
}

/// Four-digit years (1900–2099) standing in `text`.
pub fn years(text: &str) -> Vec<i32> {
    patterns()
        .year
        .captures_iter(text)
        .filter_map(|c| c[1].parse().ok())
        .collect()
}

/// A line that starts with a weekday is a site's clock widget, not a publication date.
pub fn is_clock_widget(line: &str) -> bool {
    let first = line
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    WEEKDAYS.contains(&first.as_str())
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let year: i32 = y.parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn common_forms() {
        assert_eq!(find_full_date("2017-08-15 | Economics"), d(2017, 8, 15));
        assert_eq!(
            find_full_date("Digitalization 30 April 2024 2525"),
            d(2024, 4, 30)
        );
        assert_eq!(find_full_date("April 30, 2024"), d(2024, 4, 30));
        assert_eq!(find_full_date("21:31 / 19.10.2018"), d(2018, 10, 19));
        assert_eq!(find_full_date("15 августа 2017"), d(2017, 8, 15));
        assert_eq!(find_full_date("(RTV, 08.02.2018)"), d(2018, 2, 8));
        assert_eq!(find_full_date("Saturday, 13, July, 2024"), d(2024, 7, 13));
        assert_eq!(find_full_date("no date here, 2500 people"), None);
    }

    #[test]
    fn partial_dates_and_widgets() {
        assert_eq!(
            find_month_day("TASHKENT, Uzbekistan, July 24."),
            Some((7, 24))
        );
        assert_eq!(find_month_day("Tashkent, Uzbekistan, Aug. 8"), Some((8, 8)));
        assert_eq!(years("© 2019 Trend"), vec![2019]);
        assert!(is_clock_widget("Saturday, 13, July, 2024"));
        assert!(!is_clock_widget("21:31 / 19.10.2018"));
    }
}
