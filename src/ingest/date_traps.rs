//! Dates on a page that are not an article's publication date by their shape: a site's clock
//! widget ("Monday, 9 December 2024 | 11:02", "Belgrade 27°C | Thursday, …") and the days of an
//! event ("12.–16. Mai 2025").

use super::dates::{find_full_date, is_weekday, month_number, weekday_named};

/// A line that starts with a weekday is a site's clock widget, not a publication date.
pub fn is_clock_widget(line: &str) -> bool {
    // "City, Country • Monday 29 April, 2024", "Belgrade 27°C | Thursday, 12 June 2025 | EUR…":
    // the weekday may lead a later part that holds the date.
    // A temperature beside the date ("Београд, субота 22. новембар 2025. | 11:47 | ☁ 8°C") is
    // the masthead's weather widget, wherever the weekday stands, if one stands at all.
    // "+19°", "27°C", "8 °C": a temperature, a number right before the degree sign.
    let weather = line.match_indices('°').any(|(at, _)| {
        let before = line[..at].trim_end_matches(' ');
        before.ends_with(|c: char| c.is_ascii_digit())
    });
    // "Seoul 16:42 | Tashkent 12:42      Monday, 9 December 2024": a wide gap parts cells too.
    line.split(['•', '|'])
        .flat_map(|part| part.split("   "))
        .filter(|part| !part.trim().is_empty())
        .enumerate()
        .any(|(i, part)| {
            (weekday_led(part)
                || (i == 0 && town_then_weekday(part, line))
                || (weather && (weekday_named(part).is_some() || find_full_date(part).is_some())))
                && (i == 0 || find_full_date(part).is_some())
        })
}

/// "Dakar, vendredi 23 septembre 2022 | 11:02": the site's town before the clock's weekday, told
/// by the time beside it ("Београд, субота 22. новембар 2025." alone is an article's stamp).
fn town_then_weekday(part: &str, line: &str) -> bool {
    let Some((town, rest)) = part.split_once(',') else {
        return false;
    };
    let town_words = town.split_whitespace().count();
    (1..=3).contains(&town_words)
        && town
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && weekday_led(rest)
        && has_time(line)
}

/// "12.–16. Mai 2025", "12–16 May 2025", "May 12–16, 2025": the days of an event, a range of two
/// day numbers joined by a dash, never a page's publication date. (Not "2024-05-16", whose
/// month and day are joined by a hyphen after the year.)
pub(super) fn has_day_range(line: &str) -> bool {
    let b = line.as_bytes();
    let day_at = |i: usize| -> Option<usize> {
        // One or two digits starting at `i`, not inside a longer number; where they end.
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let before = i.checked_sub(1).map(|j| b[j]);
        ((1..=2).contains(&n)
            && !before.is_some_and(|c| c.is_ascii_digit() || c == b'-' || c == b'/' || c == b'.'))
        .then_some(i + n)
    };
    (0..b.len()).any(|i| {
        let Some(first_end) = day_at(i) else {
            return false;
        };
        let mut at = first_end;
        if b.get(at) == Some(&b'.') {
            at += 1;
        }
        while b.get(at) == Some(&b' ') {
            at += 1;
        }
        let dash = if b.get(at) == Some(&b'-') {
            1
        } else if line
            .get(at..)
            .is_some_and(|r| r.starts_with('–') || r.starts_with('—'))
        {
            3
        } else {
            return false;
        };
        at += dash;
        while b.get(at) == Some(&b' ') {
            at += 1;
        }
        let n = b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        // The second day, then its dot, a space or a comma: not "05-16" of a year's date.
        // Two days of a month, in order: "n° 47 — 18 février" is a number and a date.
        let day = |from: usize, to: usize| line[from..to].parse::<u32>().unwrap_or(0);
        let (first, second) = (day(i, first_end), day(at, at + n));
        (1..=2).contains(&n)
            && matches!(b.get(at + n), Some(b'.' | b' ' | b','))
            && (1..=31).contains(&first)
            && first < second
            && second <= 31
    })
}

/// "11:02", "9:45": a clock time somewhere in the line.
pub(super) fn has_time(line: &str) -> bool {
    let b = line.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b':'
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
    })
}

fn weekday_led(line: &str) -> bool {
    let first = line
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    // A three-letter abbreviation ("Mon 24 Nov 2025") counts where it is no month's too
    // ("mar" is Tuesday in Spanish and March in English).
    let n = first.chars().count();
    is_weekday(&first) && (n > 3 || (n == 3 && month_number(&first).is_none()))
}
