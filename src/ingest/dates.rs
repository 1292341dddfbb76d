//! Dates as scraped pages write them, in every language of `data/dates.toml` (month and weekday
//! names generated from CLDR by `tools/gen-dates.py`): ISO and year-first numbers, "30.04.2024",
//! "14/11/2019" and "11/30/2022" (the order settled by the numbers themselves, the page's other
//! dates, a weekday or the language, else no date), "30 April 2024", "April 30, 2024",
//! "20 декабря 2021", "25. August 2020", "28 de julio de 2014", and datelines without a year.

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::Cell;
use std::sync::OnceLock;

use super::date_labels;
pub use super::date_labels::{has_today_cell, is_by_word, label_of, split_signed_label, Label};
pub(super) use super::date_traps::{has_day_range, has_time, is_clock_widget};

const DATA: &str = include_str!("../../data/dates.toml");

/// Builds this module's tables and regexes ahead of the first page (see `ingest::warm_up`).
pub(super) fn warm() {
    date_labels::warm();
    grammar();
    patterns();
}

/// A page line that starts with a (labelled) date and goes on with other text ("date 2019-05-30
/// NUR-SULTAN. …", "28 November 2019 - Agreement signed …", "20:56 23/11/2022President …"): the
/// date is cut onto a line of its own, so the headline and the lead stand clear of it.
pub fn split_stamp(line: &str) -> Option<(&str, &str)> {
    // A stamp starts within the first few words and always has digits.
    let head = &line.as_bytes()[..line.len().min(60)];
    if !head.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let label_end = label_of(line).map_or(line.len() - line.trim_start().len(), |(_, end)| end);
    let rest = &line[label_end..];
    let c = patterns().stamp.captures(rest)?;
    let whole = c.get(0)?;
    let date_text = c.name("date")?.as_str();
    find_full_date(date_text)?;
    let mut cut = label_end + whole.end();
    // "4:12 PM": the stamp's own half of the day.
    let tail = &line[cut..];
    let spaced = tail.len() - tail.trim_start().len();
    let meridiem = tail.trim_start().get(..2).filter(|h| {
        (h.eq_ignore_ascii_case("am") || h.eq_ignore_ascii_case("pm"))
            && !tail.trim_start()[2..].starts_with(char::is_alphanumeric)
    });
    if let Some(m) = meridiem {
        cut += spaced + m.len();
    }
    let after = line[cut..].trim_start();
    // "| Updated …", "· 5 min read": more of the date line, not text glued to it.
    if after.starts_with(['|', '•', '·']) {
        return None;
    }
    // What follows must be text ("www.site.az | 0" is not).
    let wordy = after
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.contains('.'))
        .count();
    if wordy < 3 {
        return None;
    }
    Some((line[..cut].trim_end(), after))
}

/// Which number comes first in a numeric date whose two small numbers could both be a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    DayFirst,
    MonthFirst,
}

#[derive(serde::Deserialize)]
struct LangDates {
    order: String,
    months: FxHashMap<String, u32>,
    weekdays: FxHashMap<String, u8>,
}

struct Grammar {
    /// Every language's month names and abbreviations (lower case, no dot): no two disagree.
    months: FxHashMap<String, u32>,
    /// Month names of four letters or more, and English abbreviations: safe without a year.
    long_months: FxHashSet<String>,
    weekdays: FxHashMap<String, Option<Weekday>>,
    orders: FxHashMap<String, Order>,
}

fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| {
        let table: std::collections::BTreeMap<String, LangDates> =
            toml::from_str(DATA).expect("data/dates.toml is valid (checked by a test)");
        let mut g = Grammar {
            months: FxHashMap::default(),
            long_months: FxHashSet::default(),
            weekdays: FxHashMap::default(),
            orders: FxHashMap::default(),
        };
        for (lang, d) in &table {
            for (name, &n) in &d.months {
                g.months.entry(name.clone()).or_insert(n);
                if name.chars().count() >= 4 || lang == "en" {
                    g.long_months.insert(name.clone());
                }
            }
            g.months.entry("sept".into()).or_insert(9);
            g.long_months.insert("sept".into());
            for (w, &n) in &d.weekdays {
                let day = Weekday::try_from(n.wrapping_sub(1)).ok();
                g.weekdays.entry(w.clone()).or_insert(day);
            }
            g.orders.insert(
                lang.clone(),
                if d.order == "mdy" {
                    Order::MonthFirst
                } else {
                    Order::DayFirst
                },
            );
        }
        g
    })
}

thread_local! {
    /// The numeric order the page being read settles, if any (set by [`with_order`]).
    static PAGE_ORDER: Cell<Option<Order>> = const { Cell::new(None) };
    /// The last numeric date left out because both readings stayed possible.
    static AMBIGUOUS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The last numeric date left out as ambiguous since the last call, with both readings.
pub fn take_ambiguous() -> Option<String> {
    AMBIGUOUS.with(|a| a.borrow_mut().take())
}

/// Runs `f` with ambiguous numeric dates read in `order` (None: left out).
pub fn with_order<T>(order: Option<Order>, f: impl FnOnce() -> T) -> T {
    let before = PAGE_ORDER.with(|c| c.replace(order));
    let out = f();
    PAGE_ORDER.with(|c| c.set(before));
    out
}

/// The numeric order a language writes, from CLDR ("en" is month first in CLDR, but English-
/// language pages are written all over the world: no order is assumed for it).
pub fn order_of_language(lang: &str) -> Option<Order> {
    if lang == "en" {
        return None;
    }
    grammar().orders.get(lang).copied()
}

/// The order the page's own unambiguous numeric dates use ("30/11/2022" can only be day first).
pub fn order_on_page(text: &str) -> Option<Order> {
    // Only dates written with a slash count: a page without one has none.
    if !text.contains('/') {
        return None;
    }
    let (mut day_first, mut month_first) = (0, 0);
    let mut ambiguous: Vec<(u32, u32)> = Vec::new();
    for c in patterns().numeric.captures_iter(text) {
        if &c[2] != "/" {
            continue;
        }
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        if a > 12 && b <= 12 {
            day_first += 1;
        } else if b > 12 && a <= 12 {
            month_first += 1;
        } else if a != b && a >= 1 && b >= 1 {
            ambiguous.push((a, b));
        }
    }
    // "01/08/2022" over a lead that says "On 1 August": the same day in words settles the order.
    if day_first == 0 && month_first == 0 && !ambiguous.is_empty() {
        for (month, day) in month_days(text) {
            if ambiguous.contains(&(day, month)) {
                day_first += 1;
            } else if ambiguous.contains(&(month, day)) {
                month_first += 1;
            }
        }
    }
    match (day_first, month_first) {
        (0, 0) => None,
        (_, 0) => Some(Order::DayFirst),
        (0, _) => Some(Order::MonthFirst),
        _ => None,
    }
}

pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.chars().count() > 12 {
        return None;
    }
    let months = &grammar().months;
    if let Some(&m) = months.get(&w) {
        return Some(m);
    }
    // Uzbek Latin also spells the Russian way: "oktyabr", "sentyabr" for CLDR's "oktabr", "sentabr".
    if w.contains("tya") {
        if let Some(&m) = months.get(&w.replacen("tya", "ta", 1)) {
            return Some(m);
        }
    }
    months.get(&genitive_to_nominative(&w)?).copied()
}

/// CLDR gives Serbian months in the nominative only; dates use the genitive: "marta" (mart),
/// "avgusta" (avgust), "septembra" (septembar), and so in Cyrillic. The nominative that is a
/// month's name, for a lower-case word.
fn genitive_to_nominative(w: &str) -> Option<String> {
    let months = &grammar().months;
    let stem = w.strip_suffix('a').or_else(|| w.strip_suffix('а'))?;
    if stem.chars().count() < 3 {
        return None;
    }
    if months.contains_key(stem) {
        return Some(stem.to_string());
    }
    let nominative = stem
        .strip_suffix("br")
        .map(|s| format!("{s}bar"))
        .or_else(|| stem.strip_suffix("бр").map(|s| format!("{s}бар")))?;
    months.contains_key(&nominative).then_some(nominative)
}

struct Patterns {
    iso: Regex,
    year_first: Regex,
    numeric: Regex,
    day_month_year: Regex,
    month_day_year: Regex,
    year_day_month: Regex,
    month_day: Regex,
    day_month: Regex,
    year: Regex,
    weekday_before: Regex,
    stamp: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // Month and weekday words are matched unbounded (`\p{L}{3,}`, not `{3,12}`): each copy of
        // the class cost ~3 ms to compile and enlarged every capture search. A month word always
        // ends where its letters end, and no month name is longer than 12 letters
        // (`month_number`, `weekday_before` keep that bound).
        let month = r"(\p{L}{3,})\.?";
        Patterns {
            // "2024-06-04", and with the time glued on: "2024-06-04T10:15".
            iso: Regex::new(r"(?-u:\b)(\d{4})-(\d{1,2})-(\d{1,2})(?:T\d|(?-u:\b))").unwrap(),
            year_first: Regex::new(r"(?-u:\b)(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})(?-u:\b)|(?-u:\b)(\d{4})/(\d{1,2})/(\d{1,2})(?-u:\b)").unwrap(),
            // "22. 5. 2025.": Serbian and Croatian put a space after each dot.
            numeric: Regex::new(r"(?-u:\b)(\d{1,2})(\. ?|[/-])(\d{1,2})(\. ?|[/-])(\d{4})(?-u:\b)").unwrap(),
            day_month_year: Regex::new(&format!(
                r"(?-u:\b)(\d{{1,2}})(?:(?:\.|,|st|nd|rd|th)?\s+|-)(?:de\s+|of\s+)?{month},?\s+(?:de\s+|del\s+)?(\d{{4}})(?-u:\b)"
            ))
            .unwrap(),
            // "2023-yil 7-sentabr", "2021 жылғы 12 наурыз": Uzbek and Kazakh put the year,
            // marked as one, first.
            year_day_month: Regex::new(&format!(
                r"(?-u:\b)(\d{{4}})[- ]?(?:(?:yil|йил|жыл)\p{{L}}*|ж\.),?\s+(\d{{1,2}})(?:-|\s+){month}"
            ))
            .unwrap(),
            month_day_year: Regex::new(&format!(
                r"(?:^|[^\p{{L}}]){month}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
            ))
            .unwrap(),
            month_day: Regex::new(&format!(r"(?:^|[^\p{{L}}]){month}\s+(\d{{1,2}})(?-u:\b)")).unwrap(),
            // "5 May", "5. Mai", "5 de mayo", and Uzbek "5-sentyabr".
            day_month: Regex::new(&format!(r"(?-u:\b)(\d{{1,2}})(?:\.?\s+|-)(?:de\s+)?{month}")).unwrap(),
            year: Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)").unwrap(),
            weekday_before: Regex::new(r"(\p{L}{2,})\.?,?\s*$").unwrap(),
            stamp: Regex::new(
                r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})\.?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[-–—|/]\s*)?",
            )
            .unwrap(),
        }
    })
}

/// The weekday named right before `at`, if any.
fn weekday_before(text: &str, at: usize) -> Option<Weekday> {
    let c = patterns().weekday_before.captures(&text[..at])?;
    // The word's last 12 letters, as the pattern's former bound `\p{L}{2,12}` took them.
    let word = &c[1];
    let letters = word.chars().count();
    let word = match word.char_indices().nth(letters.saturating_sub(12)) {
        Some((at, _)) if letters > 12 => &word[at..],
        _ => word,
    };
    grammar()
        .weekdays
        .get(&word.to_lowercase())
        .copied()
        .flatten()
}

/// The first weekday named in full in `text` ("on Tuesday", "во вторник").
pub fn weekday_named(text: &str) -> Option<Weekday> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 4 && month_number(w).is_none())
        .find_map(|w| grammar().weekdays.get(&w.to_lowercase()).copied().flatten())
}

/// A numeric day-month-year: the order from the numbers, else a weekday, else the page.
fn numeric(text: &str, c: &regex::Captures) -> Option<NaiveDate> {
    if c[2].trim_end() != c[4].trim_end() {
        return None;
    }
    let (a, b): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
    let dmy = ymd(&c[5], b, a);
    let mdy = ymd(&c[5], a, b);
    match (dmy, mdy) {
        (Some(d), None) | (None, Some(d)) => Some(d),
        (Some(d), Some(m)) if d == m => Some(d),
        (Some(d), Some(m)) => {
            // Dots and hyphens are day first wherever they are written.
            if &c[2] != "/" {
                return Some(d);
            }
            let at = c.get(0)?.start();
            if let Some(wd) = weekday_before(text, at) {
                match (d.weekday() == wd, m.weekday() == wd) {
                    (true, false) => return Some(d),
                    (false, true) => return Some(m),
                    _ => {}
                }
            }
            match PAGE_ORDER.with(Cell::get) {
                Some(Order::DayFirst) => Some(d),
                Some(Order::MonthFirst) => Some(m),
                None => {
                    let why = format!(
                        "\"{}\" reads as {d} or {m}, and no weekday, other date on the page or language settles which",
                        c.get(0)?.as_str()
                    );
                    AMBIGUOUS.with(|a| *a.borrow_mut() = Some(why));
                    None
                }
            }
        }
        (None, None) => None,
    }
}

/// Four ASCII digits in a row, as every full date's year has: checked over bytes, cheaply.
pub fn has_four_digits(text: &str) -> bool {
    let mut run = 0;
    text.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    })
}

/// A full date (day, month and year) written anywhere in `text`; the first one wins.
pub fn find_full_date(text: &str) -> Option<NaiveDate> {
    // Every full date has a year of four ASCII digits (other digits never parse): a text
    // without four in a row is passed by before five regex searches.
    if !has_four_digits(text) {
        return None;
    }
    let p = patterns();
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    let mut push = |at: usize, d: Option<NaiveDate>| {
        if let Some(d) = d {
            found.push((at, d));
        }
    };
    if let Some(c) = p.iso.captures(text) {
        push(
            c.get(0).unwrap().start(),
            ymd(&c[1], c[2].parse().ok()?, c[3].parse().ok()?),
        );
    }
    if let Some(c) = p.year_first.captures(text) {
        let (y, m, d) = if c.get(1).is_some() {
            (1, 2, 3)
        } else {
            (4, 5, 6)
        };
        push(
            c.get(0).unwrap().start(),
            ymd(&c[y], c[m].parse().ok()?, c[d].parse().ok()?),
        );
    }
    for c in p.numeric.captures_iter(text) {
        let d = numeric(text, &c);
        if d.is_some() {
            push(c.get(0).unwrap().start(), d);
            break;
        }
    }
    for c in p.day_month_year.captures_iter(text) {
        if let Some(m) = month_number(&c[2]) {
            if let Some(d) = ymd(&c[3], m, c[1].parse().ok()?) {
                push(c.get(0).unwrap().start(), Some(d));
                break;
            }
        }
    }
    for c in p.year_day_month.captures_iter(text) {
        if let Some(m) = month_number(&c[3]) {
            if let Some(d) = ymd(&c[1], m, c[2].parse().ok()?) {
                push(c.get(0).unwrap().start(), Some(d));
                break;
            }
        }
    }
    for c in p.month_day_year.captures_iter(text) {
        if let Some(m) = month_number(&c[1]) {
            if let Some(d) = ymd(&c[3], m, c[2].parse().ok()?) {
                push(c.get(0).unwrap().start(), Some(d));
                break;
            }
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, d)| d)
}

/// A numeric date shape ("05/06/2020"), whether or not its order can be settled.
pub fn has_numeric_date(text: &str) -> bool {
    patterns().numeric.is_match(text)
}

/// A month and day without a year ("July 24", "Aug. 8", "19 декабря").
pub fn find_month_day(text: &str) -> Option<(u32, u32)> {
    let g = grammar();
    let long = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        g.long_months.contains(&w)
            || g.long_months.contains(&w.replacen("tya", "ta", 1))
            || genitive_to_nominative(&w).is_some_and(|n| g.long_months.contains(&n))
    };
    for c in patterns().month_day.captures_iter(text) {
        if long(&c[1]) {
            let day: u32 = c[2].parse().ok()?;
            if (1..=31).contains(&day) {
                return Some((month_number(&c[1])?, day));
            }
        }
    }
    for c in patterns().day_month.captures_iter(text) {
        if long(&c[2]) {
            let day: u32 = c[1].parse().ok()?;
            if (1..=31).contains(&day) {
                return Some((month_number(&c[2])?, day));
            }
        }
    }
    None
}

/// Every month and day written in words in `text` ("1 August", "August 1", "1. августа"), as
/// (month, day).
fn month_days(text: &str) -> Vec<(u32, u32)> {
    let g = grammar();
    let long = |w: &str| {
        g.long_months
            .contains(&w.trim_end_matches('.').to_lowercase())
    };
    let p = patterns();
    let after = p
        .month_day
        .captures_iter(text)
        .map(|c| (c[1].to_string(), c[2].to_string()));
    let before = p
        .day_month
        .captures_iter(text)
        .map(|c| (c[2].to_string(), c[1].to_string()));
    after
        .chain(before)
        .filter(|(m, _)| long(m))
        .filter_map(|(m, d)| Some((month_number(&m)?, d.parse().ok()?)))
        .filter(|(_, d)| (1..=31).contains(d))
        .collect()
}

/// Four-digit years (1900–2099) standing in `text`.
pub fn years(text: &str) -> Vec<i32> {
    patterns()
        .year
        .captures_iter(text)
        .filter_map(|c| c[1].parse().ok())
        .collect()
}

/// A month or weekday name, in any language read ("septiembre", "martes", "Mi."): a word of a
/// date, not of a sentence.
pub fn is_date_word(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    month_number(w).is_some() || grammar().weekdays.contains_key(&w.to_lowercase())
}

/// A weekday's name, in any language read ("субота", "Mi.").
pub fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    grammar().weekdays.contains_key(&w.to_lowercase())
}

fn ymd(y: &str, m: u32, d: u32) -> Option<NaiveDate> {
    let year: i32 = y.parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, m, d)
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
