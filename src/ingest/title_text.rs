//! The headline's own words: the line found as the headline, cleaned of what scrapers glue to
//! it (a trailing date, time or close button, a leading section word with a date, a kicker and
//! a deck around a headline in capitals, the site's name after a bar).

use super::countries;
use super::dates;
use super::lines::{split_at_first_gap, without_leading_icons, words, Kind, Line};
use super::patterns::patterns;

pub(super) fn clean_title(text: &str) -> String {
    // "TECH   Headline", "Economy  Headline": a section's name set off by a wide gap, in
    // capitals or a word or two in title case.
    let text = without_leading_icons(text.trim());
    let text = match split_at_first_gap(text) {
        Some((section, rest))
            if words(rest) >= 3
                && rest.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
                && (words(section) <= 3 && !section.chars().any(char::is_lowercase)
                    || words(section) <= 2
                        && section
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))) =>
        {
            rest
        }
        _ => text,
    };
    let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let p = patterns();
    // "Headline 10.07.2014 17:11", "Headline X" (a close button): what follows the headline.
    let mut t = p.title_tail.replace(&title, "").into_owned();
    if let Some(head) = without_date_tail(&t) {
        t = head.to_string();
    }
    // "Section 01/08/2022 Headline": a section word and a date before the headline.
    if let Some(c) = p.title_head.captures(&t) {
        let rest = &t[c.get(0).map_or(0, |m| m.end())..];
        if words(rest) >= 3 && !c[1].is_empty() {
            t = rest.to_string();
        }
    }
    if let Some(main) = main_part(&t).or_else(|| capitals_between_kicker_and_deck(&t)) {
        t = main.to_string();
    }
    // "Headline 1523": a view counter glued to the end (a year stays: "Expo 2030").
    if let Some((head, last)) = t.rsplit_once(' ') {
        let counter = last.chars().all(|c| c.is_ascii_digit())
            && !last
                .parse::<u32>()
                .is_ok_and(|n| (1900..=2100).contains(&n));
        if counter && words(head) >= 4 {
            t = head.to_string();
        }
    }
    if words(&t) >= 2 {
        t
    } else {
        title
    }
}

/// "ICT Serbia's IT exports pass …" under a page title "Site | Serbia's IT exports pass …": a
/// section's word or two glued before the headline, told by the page title printed without it.
pub(super) fn without_glued_section(title: &str, above: &[Line]) -> Option<String> {
    const SEPARATORS: [char; 7] = ['|', '-', '–', '—', ':', '•', '·'];
    let mut rest = title;
    for _ in 0..2 {
        rest = rest.split_once(' ')?.1.trim_start();
        if words(rest) < 4 {
            return None;
        }
        // The page title ends or starts with it, or is it ("Site | Headline", "Headline — Site");
        // a contents list's "1. Section: Headline" prints the section with it.
        let section = title[..title.len() - rest.len()].trim_end();
        let printed_alone = above.iter().any(|l| {
            let line = l.text.trim();
            line.strip_suffix(rest).is_some_and(|before| {
                let before = before.trim_end();
                before.is_empty() || before.ends_with(SEPARATORS) && !before.ends_with(section)
            }) || line
                .strip_prefix(rest)
                .is_some_and(|after| after.trim_start().starts_with(SEPARATORS))
        });
        if printed_alone {
            return Some(rest.to_string());
        }
    }
    None
}

/// "Economy | Headline", "Headline | Site Name": the one long part of a line cut by " | ",
/// when every other part is a section's or a site's few words.
pub(super) fn main_part(t: &str) -> Option<&str> {
    if !t.contains(" | ") {
        return None;
    }
    let parts: Vec<&str> = t.split(" | ").map(str::trim).collect();
    let long: Vec<&&str> = parts.iter().filter(|p| words(p) >= 4).collect();
    let short_rest = parts.iter().all(|p| words(p) >= 4 || words(p) <= 3);
    match long.as_slice() {
        [one] if short_rest => Some(one),
        _ => None,
    }
}

/// "Headline - Daily Planet", "Headline | planet.uz": the site's name after the headline, as a
/// page's title gives it, told by the outlet the page names or by a domain's shape.
pub(super) fn without_site_name(title: &str, outlet: Option<&str>) -> Option<String> {
    let (head, site) = title_tail(title)?;
    let named = outlet.is_some_and(|o| o.eq_ignore_ascii_case(site))
        || patterns().lone_domain(site).is_some();
    (named && words(head) >= 3).then(|| head.trim_end().to_string())
}

/// "Headline | Daily Planet" where "Daily Planet" stands again on the page's furniture (its
/// masthead, a footer, a subscribe box) and names no country: the site's name, so the outlet.
/// A name of one word ("Headline - Analysis" may be a section's, in a menu too) must stand
/// alone as a masthead or in a copyright line.
pub(super) fn site_name_on_furniture(lines: &[Line], title_at: usize) -> Option<String> {
    let (head, site) = title_tail(&lines[title_at].text)?;
    let one_word = words(site) == 1;
    let name_shaped = (1..=4).contains(&words(site))
        && site.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && words(head) >= 3
        && countries::mentions(site).is_empty();
    let elsewhere = || {
        lines.iter().enumerate().any(|(i, l)| {
            let text = l.text.trim();
            i != title_at
                && matches!(l.kind, Kind::Junk | Kind::Meta | Kind::Short | Kind::Byline)
                && text.contains(site)
                && (!one_word || text == site || text.contains('©'))
        })
    };
    (name_shaped && elsewhere()).then(|| site.to_string())
}

/// The headline and what follows its last separator.
pub(super) fn title_tail(title: &str) -> Option<(&str, &str)> {
    [" - ", " | ", " – ", " — "]
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())
        .map(|(head, site)| (head, site.trim()))
}

/// "Vučić in Tashkent SIGNED 11 AGREEMENTS OF SERBIA AND UZBEKISTAN New partnership brings …": a
/// headline set in capitals between a kicker and a deck, each starting with a capital. The run
/// of capitals holds at least four words of two letters or more and does not end in a colon.
pub(super) fn capitals_between_kicker_and_deck(t: &str) -> Option<&str> {
    let is_capitals =
        |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let long_capitals =
        |w: &str| is_capitals(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let is_number = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let tokens: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    // The longest run of words in capitals (numbers inside it), from a word in capitals.
    let mut best: Option<(usize, usize, usize)> = None;
    let mut i = 0;
    while i < tokens.len() {
        if !long_capitals(tokens[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < tokens.len() && (is_capitals(tokens[j].1) || is_number(tokens[j].1)) {
            j += 1;
        }
        let long = tokens[i..j]
            .iter()
            .filter(|(_, w)| long_capitals(w))
            .count();
        if best.is_none_or(|(_, _, n)| long > n) {
            best = Some((i, j, long));
        }
        i = j;
    }
    let (from, to, long) = best?;
    let starts_capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    let kicker_ok = from == 0 || (from <= 5 && starts_capitalised(tokens[0].1));
    let deck_ok = to == tokens.len() || starts_capitalised(tokens[to].1);
    if long < 4 || !kicker_ok || !deck_ok || (from == 0 && to == tokens.len()) {
        return None;
    }
    let start = tokens[from].0;
    let (last_at, last) = tokens[to - 1];
    // "“QUOTE IN CAPITALS”: the rest": a colon joins what follows to the headline. So does a
    // tabloid's opening shout: "FIVE HOURS TO BELGRADE! Two countries agree on flights".
    let opening_shout = from == 0 && last.ends_with(['!', '?']);
    (!last.ends_with([':', '-', '–', '—']) && !opening_shout)
        .then(|| &t[start..last_at + last.len()])
}

/// "Headline @ 26 August 2020 01:04 PM", "Headline | March 3, 2021": a date with its month's
/// name, and maybe a time, after a separator at the end of the headline. The headline without it.
pub(super) fn without_date_tail(t: &str) -> Option<&str> {
    let at = [" @ ", " | ", " – ", " — ", " • ", " · ", " - "]
        .iter()
        .filter_map(|sep| t.rfind(sep).map(|i| (i, sep.len())))
        .max()?;
    let (head, stamp) = (&t[..at.0], &t[at.0 + at.1..]);
    let only_date = stamp
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| {
            dates::month_number(w).is_some()
                || ["am", "pm", "a.m.", "p.m."].contains(&w.to_lowercase().as_str())
        });
    (only_date && words(head) >= 3 && dates::find_full_date(stamp).is_some()).then_some(head)
}
