//! A page as lines: date stamps and widget labels glued to text split off, quotes glued to a
//! credit split, and lines a scraper or a fixed-width wrapper broke mid-sentence joined again.

use super::classify::boilerplate;
use super::dates;
use super::patterns::patterns;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Blank,
    /// Menus, widgets, calls to action, image credits: dropped wherever they stand.
    Junk,
    /// A date, time or section line: read for the date, then dropped.
    Meta,
    /// A view counter or a bare number.
    Counter,
    Byline,
    Subtitle,
    Bullet,
    /// Running text.
    Prose,
    /// Everything else: headlines, subheadings, menu items, list items without bullets.
    Short,
}

#[derive(Clone)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) kind: Kind,
}

/// A page saved with its line breaks lost (the whole text on a line or three): split into
/// sentences, so that the furniture's sentences and the article's can be told apart.
pub(super) fn split_run_on(raw: &str) -> std::borrow::Cow<'_, str> {
    let filled = raw.lines().filter(|l| !l.trim().is_empty()).take(4).count();
    if filled > 3 || !raw.lines().any(|l| l.len() > 1500) {
        return std::borrow::Cow::Borrowed(raw);
    }
    static SENTENCE_END: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let end = SENTENCE_END.get_or_init(|| {
        regex::Regex::new(r#"([.!?…»"”])\s+([\p{Lu}¿¡«„“"])"#).expect("sentence end")
    });
    std::borrow::Cow::Owned(end.replace_all(raw, "$1\n$2").into_owned())
}

/// Splits text that a scraper glued together: `By GlobalData“The UAE…` → two lines.
pub(super) fn split_glued(raw: &str) -> std::borrow::Cow<'_, str> {
    let raw = split_stamps(raw);
    let raw = split_glued_teasers(raw);
    // Three substring searches (over bytes) beat one search for a set of decoded characters.
    if !['“', '«', '„'].iter().any(|q| raw.contains(*q)) {
        return raw;
    }
    std::borrow::Cow::Owned(
        patterns()
            .glued_quote
            .replace_all(&raw, "$1\n$2$3")
            .into_owned(),
    )
}

/// "…Македоније.ПРОЧИТАЈТЕ ЈОШ: Шок цене … евраИако Београд …": a teaser's label in capitals
/// glued to the stop of a sentence, where a copy lost its line breaks; its headline runs to the
/// next small letter glued to a capital. Both go on a line of their own.
fn split_glued_teasers(raw: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    // Hand-read rather than a regex: a regex of capitals compiles to thousands of states, which
    // cost every run more than the search.
    let glued_label = |at: usize| -> Option<usize> {
        // The label from `at` (right after the stop): capitals and single spaces up to ": ".
        // A label is short: only the next few dozen bytes are searched.
        let rest = &raw[at..raw.floor_char_boundary((at + 64).min(raw.len()))];
        let colon = rest.find(": ")?;
        let label = &rest[..colon];
        let first = label.split(' ').next()?;
        (colon <= 60
            && first.chars().count() >= 3
            && !label.contains("  ")
            && label.chars().all(|c| c.is_uppercase() || c == ' '))
        .then_some(at + colon + 1)
    };
    // "….PROČITAJTE I: …" glued to the stop, or after a space where a copy lost the line's
    // breaks ("…. PROČITAJTE I: …").
    let stops: Vec<(usize, bool)> = memchr::memchr3_iter(b'.', b'!', b'?', raw.as_bytes())
        .map(|at| at + 1)
        .map(|at| match raw[at..].strip_prefix(' ') {
            Some(_) => (at + 1, false),
            None => (at, true),
        })
        .filter(|&(at, _)| raw[at..].starts_with(char::is_uppercase) && glued_label(at).is_some())
        .collect();
    if stops.is_empty() {
        return raw;
    }
    let mut out = String::with_capacity(raw.len() + 8);
    let mut from = 0;
    for (start, glued_to_stop) in stops {
        if start < from {
            continue;
        }
        out.push_str(&raw[from..start]);
        out.push('\n');
        // The headline ends where a small letter runs into a capital ("евраИако"), or, after a
        // space, where the text's next sentence opens with no stop before it.
        let rest = &raw[start..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        let end = if glued_to_stop {
            let mut previous = ' ';
            rest[..line_end].char_indices().find_map(|(at, c)| {
                let found = previous.is_lowercase() && c.is_uppercase();
                previous = c;
                found.then_some(at)
            })
        } else {
            unstopped_sentence(&rest[..line_end])
        };
        match end {
            Some(at) if at <= 300 => {
                out.push_str(&rest[..at]);
                out.push('\n');
                from = start + at;
            }
            _ => from = start,
        }
    }
    out.push_str(&raw[from..]);
    std::borrow::Cow::Owned(out)
}

/// "PROČITAJTE I: Penzioneri, stiže povećanje! Evo koliko … od januara Prema rečima ministra
/// …": where a capital opens a word after a word in small letters, with no stop between, past
/// the label and the headline's first three words. A small joining word before a capital is a
/// name's ("u Nišu"), not a sentence's start.
fn unstopped_sentence(teaser: &str) -> Option<usize> {
    let (label, _) = teaser.split_once(": ")?;
    let mut previous = "";
    let (mut offset, mut seen) = (0, 0);
    for word in teaser.split(' ') {
        let at = offset;
        offset += word.len() + 1;
        if word.is_empty() || at <= label.len() {
            continue;
        }
        seen += 1;
        let opens = word.starts_with(char::is_uppercase);
        let small = previous.chars().count() > 2
            && previous.chars().all(char::is_lowercase)
            && !super::wrapping::JOINERS.contains(&previous);
        if seen > 3 && opens && small {
            return Some(at);
        }
        previous = word;
    }
    None
}

/// A widget label glued to the start of a line, and the text after it.
fn glued_prefix(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    let head_end = t.char_indices().nth(40).map_or(t.len(), |(i, _)| i);
    let lower = t[..head_end].to_lowercase();
    let prefix = boilerplate()
        .glued_prefixes
        .iter()
        .find(|p| lower.starts_with(p.as_str()))?;
    let cut = t.char_indices().nth(prefix.chars().count())?.0;
    let rest = t[cut..].trim_start_matches([' ', ':', '|', '-']);
    (words(rest) >= 3).then(|| (&t[..cut], rest))
}

/// "ECONOMYUzbekistan and …", "IQTISODIYOTO‘zbekiston va …": a section's name in capitals glued
/// to the headline. The capitals' last letter starts the headline's first word.
fn glued_section(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    let mut chars = t.char_indices();
    let mut last_upper = None;
    let mut run = 0;
    let next = loop {
        let (at, c) = chars.next()?;
        if !c.is_uppercase() {
            break (at, c);
        }
        last_upper = Some((at, c));
        run += 1;
    };
    let (cut, letter) = last_upper?;
    let word_goes_on = match next.1 {
        c if c.is_lowercase() => true,
        // Uzbek O‘ and G‘ carry the apostrophe inside the letter.
        '‘' | '\'' | 'ʻ' | '’' => {
            matches!(letter, 'O' | 'G') && chars.next().is_some_and(|(_, c)| c.is_lowercase())
        }
        _ => false,
    };
    let rest = &t[cut..];
    // "PRIJATELjSTVO": a word in capitals with a digraph's small letter is one word.
    let one_capital = rest
        .split_whitespace()
        .next()
        .is_some_and(|w| !w.chars().skip(1).any(char::is_uppercase));
    (run >= 5 && word_goes_on && one_capital && words(rest) >= 3).then(|| (&t[..cut], rest))
}

/// "Headline in lower casePublished 7 March 2025": a date line glued to the end of the headline.
fn glued_date_line(line: &str) -> Option<(&str, &str)> {
    // A headline and a date: short, with a year's four digits.
    if line.len() > 300 || !dates::has_four_digits(line) || words(line) > 40 {
        return None;
    }
    let mut previous_lower = false;
    for (at, c) in line.char_indices() {
        if previous_lower && c.is_uppercase() {
            // "lastBuildDate:": a feed's field named in camel case, no glued words.
            let token = &line[line[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1)..at];
            if token.chars().skip(1).any(char::is_uppercase) {
                previous_lower = false;
                continue;
            }
            let rest = &line[at..];
            if dates::label_of(rest).is_some()
                && dates::find_full_date(rest).is_some()
                && words(&line[..at]) >= 3
            {
                return Some((&line[..at], rest));
            }
        }
        previous_lower = c.is_lowercase();
    }
    None
}

/// "Publié le 3 juillet 2024Temps de lecture : 6 min": a date's year glued to the next field,
/// as a copy that lost a line break leaves it. The date's part and the rest.
fn glued_after_year(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    (4..bytes.len().saturating_sub(1)).find_map(|at| {
        let year = &bytes[at - 4..at];
        let glued = year.iter().all(u8::is_ascii_digit)
            && (year.starts_with(b"19") || year.starts_with(b"20"))
            && (at == 4 || !bytes[at - 5].is_ascii_digit())
            && bytes[at].is_ascii_uppercase()
            && bytes[at + 1].is_ascii_lowercase();
        (glued && dates::find_full_date(&line[..at]).is_some()).then(|| (&line[..at], &line[at..]))
    })
}

/// "Deck of the article Views: 1 576": a counter glued to the end of a line.
fn glued_counter(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_end();
    let figures_from =
        t.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ' ' | '.' | ',' | '\u{a0}'));
    if figures_from.len() == t.len() {
        return None;
    }
    // "Headline👁 2 318": an eye or speech bubble before the figures.
    if let Some(sign) = figures_from
        .chars()
        .next_back()
        .filter(|&c| is_pictograph(c))
    {
        let head = figures_from[..figures_from.len() - sign.len_utf8()].trim_end();
        return (words(head) >= 3 && head.ends_with(char::is_alphabetic))
            .then(|| (head, &t[head.len()..]));
    }
    if !figures_from.ends_with(':') {
        return None;
    }
    let label = figures_from.trim_end_matches(':');
    let at = label.rfind(' ')? + 1;
    let word = label[at..].to_lowercase();
    let head = t[..at].trim_end();
    // Glued to words, not set off by a bar ("… | 15:47 | Views: 2 315" is one date line).
    (boilerplate().counter_words.contains(&word)
        && words(head) >= 3
        && head.ends_with(char::is_alphabetic))
    .then_some((head, &t[at..]))
}

/// "Name, Outlet correspondent Views: 956 Photo by: Name": a labelled counter inside a line
/// that lost its breaks. The words before it, or the counter itself when it opens the line and
/// a capitalised cell follows.
fn counter_cell(line: &str) -> Option<(&str, &str)> {
    if memchr::memchr(b':', line.as_bytes()).is_none() || words(line) > 24 {
        return None;
    }
    let b = boilerplate();
    let mut at = 0;
    for token in line.split(' ') {
        let start = at;
        at += token.len() + 1;
        let Some(label) = token.strip_suffix(':') else {
            continue;
        };
        if !b.counter_words.contains(&label.to_lowercase()) {
            continue;
        }
        let after = line.get(at..)?;
        let figures = after
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '.' | ',' | '\u{a0}')))
            .unwrap_or(after.len());
        if !after[..figures].bytes().any(|c| c.is_ascii_digit()) {
            return None;
        }
        // After the figures, the line ends or another labelled cell opens ("Lesezeit: 6
        // Minuten" is one cell).
        let rest = &after[figures..];
        let labelled = rest.starts_with(char::is_uppercase)
            && rest.split(' ').take(3).any(|w| w.ends_with(':'));
        if !(rest.is_empty() || labelled) {
            return None;
        }
        let head = line[..start].trim_end();
        if start > 0 {
            return (words(head) >= 3 && head.ends_with(char::is_alphabetic))
                .then(|| (head, &line[start..]));
        }
        return (!rest.is_empty()).then(|| (&line[..at + figures], rest));
    }
    None
}

/// An emoji or pictograph (👁, 💬, ⏱) that sites set before a counter.
pub(super) fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2300..=0x23FF | 0x2600..=0x27BF | 0x1F300..=0x1FAFF)
}

/// "✈️ Flights resume", "🇷🇸🇺🇿 Twelve firms …": a post's opening icons and flags, which are no
/// words of its headline.
pub(super) fn without_leading_icons(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        is_pictograph(c)
            || c.is_whitespace()
            || matches!(c as u32, 0xFE0F | 0x200D | 0x1F1E6..=0x1F1FF)
    })
}

/// "-----", "=====", "* * *": a rule between parts of the page.
pub(super) fn is_rule(text: &str) -> bool {
    let t = text.trim();
    // Most lines start with a letter: the first character settles it.
    t.chars()
        .all(|c| matches!(c, '-' | '=' | '_' | '*' | '—' | '─' | ' '))
        && t.chars().filter(|c| !c.is_whitespace()).count() >= 3
}

/// "Just back from Tashkent. 🇺🇿🇩🇪": a post's closing icons and flags, which do not change how
/// its sentence ends.
pub(super) fn without_trailing_icons(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        is_pictograph(c)
            || c.is_whitespace()
            || matches!(c as u32, 0xFE0F | 0x200D | 0x1F1E6..=0x1F1FF)
    })
}

/// "Headline in words субота, 3. јун 2023.": a weekday's date glued to the end of a headline.
/// Not after a short word ("signed on Saturday, 3 June 2023."), where the date is the sentence's.
fn glued_weekday_date(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_end();
    // A full date has a year: most lines end without one and are passed by at once.
    let end = &t[t.floor_char_boundary(t.len().saturating_sub(8))..];
    if t.len() > 300 || !dates::has_four_digits(end) || words(t) > 30 || t.contains(". ") {
        return None;
    }
    let (at, _) = t
        .char_indices()
        .filter(|&(i, c)| c.is_alphabetic() && (i == 0 || t[..i].ends_with(' ')))
        .find(|&(i, _)| {
            let word = t[i..].split_whitespace().next().unwrap_or("");
            dates::is_weekday(word)
                && dates::month_number(word.trim_end_matches(['.', ','])).is_none()
        })?;
    let (head, tail) = (t[..at].trim_end(), &t[at..]);
    let last_word = head.rsplit(' ').next().unwrap_or("");
    let short_word = last_word.chars().filter(|c| c.is_alphabetic()).count() <= 3
        && !last_word.starts_with(char::is_uppercase);
    (words(head) >= 3 && words(tail) <= 6 && !short_word && dates::find_full_date(tail).is_some())
        .then_some((head, tail))
}

/// How many non-blank lines at the top of a page may carry a date stamp glued to other text.
const STAMP_LINES: usize = 15;

/// Date stamps glued to the headline or the lead near the top of the page go on lines of their own.
fn split_stamps(raw: &str) -> std::borrow::Cow<'_, str> {
    fn split(line: &str) -> Option<(&str, &str)> {
        dates::split_stamp(line)
            .or_else(|| glued_prefix(line))
            .or_else(|| glued_section(line))
            .or_else(|| glued_date_line(line))
            .or_else(|| glued_counter(line))
            .or_else(|| counter_cell(line))
            .or_else(|| glued_weekday_date(line))
            .or_else(|| glued_after_year(line))
    }
    // Each line at the top is looked at once (a blank one never splits).
    let mut splits = Vec::new();
    let mut seen = 0;
    for line in raw.lines() {
        if !line.trim().is_empty() {
            seen += 1;
            if seen > STAMP_LINES {
                break;
            }
            splits.push(split(line));
        } else {
            splits.push(None);
        }
    }
    if splits.iter().all(Option::is_none) {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len() + 16);
    for (i, line) in raw.lines().enumerate() {
        match splits.get(i).copied().flatten() {
            Some((stamp, mut rest)) => {
                // Blank lines on both sides: never joined to the line above as a wrapped piece.
                out.push('\n');
                out.push_str(stamp.trim());
                out.push_str("\n\n");
                // "Views: 956 Photo: Name": the rest may hold another cell.
                for _ in 0..2 {
                    let Some((cell, after)) = counter_cell(rest) else {
                        break;
                    };
                    out.push_str(cell.trim());
                    out.push_str("\n\n");
                    rest = after;
                }
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

/// How a wrapper measured lines: in characters, or in bytes (as `fold` does).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    Chars,
    Bytes,
}

impl Unit {
    pub(super) fn len(self, text: &str) -> usize {
        match self {
            Unit::Chars => text.chars().count(),
            Unit::Bytes => text.len(),
        }
    }
}

pub(super) fn words(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    let mut count = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let space = b.is_ascii_whitespace();
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
    }
    count
}

/// "The Daily Star Reporting on Asia Kazakhstan Kyrgyzstan Analysis Podcasts Donate Sign in":
/// a masthead and menu copied onto one line, twenty words or more without a single stop,
/// comma, colon or dash, most of them capitalised; or a dozen, all capitalised. Running text
/// of that length always has a stop, and a headline in title case keeps its small words
/// ("and", "in") or its dash.
pub(super) fn is_menu_run(text: &str) -> bool {
    // Most lines hold a stop or comma: one byte scan rules them out before words are counted.
    if text.len() < 60
        || text.bytes().any(|b| {
            matches!(
                b,
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'"' | b'(' | b'-'
            )
        })
        || text.contains(['«', '“', '‘', '–', '—'])
    {
        return false;
    }
    let n = words(text);
    if n < 12 {
        return false;
    }
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    capitalised == n || n >= 20 && capitalised * 3 >= n * 2
}

/// "Home   World   Economy   Society   Sport": four or more items of a few words each, set apart
/// by gaps of two or more spaces or a tab (copied menus keep their gaps, headlines do not).
pub(super) fn is_menu_row(text: &str) -> bool {
    if !has_wide_gap(text) {
        return false;
    }
    let items: Vec<&str> = gap_separated(text).collect();
    items.len() >= 4 && items.iter().filter(|item| words(item) <= 3).count() * 4 >= items.len() * 3
}

/// "2. Summer reception", "3) Tariffs": a numbered list's item.
pub(super) fn is_numbered_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && text[digits..].starts_with(['.', ')'])
        && text[digits + 1..].starts_with(' ')
}

/// The line's text before and after its first wide gap (two or more spaces, or a tab).
pub(super) fn split_at_first_gap(text: &str) -> Option<(&str, &str)> {
    let at = text.find("  ").into_iter().chain(text.find('\t')).min()?;
    Some((text[..at].trim_end(), text[at..].trim_start()))
}

/// "USD 491,20 EUR 531,75 RUB 5,02": three or more figures, and as many as the words of letters
/// (give or take one): a row of rates or prices, not a sentence.
pub(super) fn mostly_figures(text: &str) -> bool {
    let (mut figures, mut lettered) = (0, 0);
    for w in text.split_whitespace() {
        if w.bytes().any(|b| b.is_ascii_digit()) {
            figures += 1;
        }
        if w.chars().any(char::is_alphabetic) {
            lettered += 1;
        }
    }
    figures >= 3 && figures + 1 >= lettered
}

/// Two spaces in a row or a tab (most lines have neither: a byte scan, no searcher).
fn has_wide_gap(text: &str) -> bool {
    memchr::memchr(b'\t', text.as_bytes()).is_some()
        || memchr::memmem::find(text.as_bytes(), b"  ").is_some()
}

/// The parts of a line split at its wide gaps: runs of two or more spaces, or a tab.
fn gap_separated(text: &str) -> impl Iterator<Item = &str> {
    text.split('\t')
        .flat_map(|part| part.split("  "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::wrapping::{join_wrapped, wrap_width};

    /// A copy that lost its line breaks glued a teaser into the text: its label and headline
    /// go on a line of their own, and the text after it goes on.
    #[test]
    fn a_teaser_glued_into_text_without_its_line_breaks_comes_apart() {
        let raw = "Firms also hire from the whole region.READ ALSO: Shock prices of flats in the city, up to 4,000 euros a metreThough the capital holds the largest share, firms open offices in smaller towns.";
        let split = split_glued(raw);
        let lines: Vec<&str> = split.lines().collect();
        assert_eq!(
            lines,
            [
                "Firms also hire from the whole region.",
                "READ ALSO: Shock prices of flats in the city, up to 4,000 euros a metre",
                "Though the capital holds the largest share, firms open offices in smaller towns."
            ]
        );
        // An abbreviation in capitals after a stop, without a colon, is left alone.
        assert_eq!(
            split_glued("He works for the U.S.NAVY in Norfolk."),
            raw_same("He works for the U.S.NAVY in Norfolk.")
        );
    }

    /// A release's text wrapped at 72 characters, its headline set narrower and broken after a
    /// small word, and a page's running footer past the width over the next page's header.
    #[test]
    fn a_narrow_headline_and_a_running_footer_in_wrapped_text() {
        let body = "Der Bremer Pumpenhersteller Beispiel Pumpen GmbH und eine usbekische\nHolding haben am Dienstag in Taschkent einen Vertrag über die Gründung\neines Gemeinschaftsunternehmens unterzeichnet. Das neue Werk soll ab\nMitte 2026 Kreiselpumpen für die Wasserwirtschaft und den Bergbau bauen.\nBeispielverband e.V. · Pressemitteilung vom 9. Oktober 2024            Seite 1 von 2\nBEISPIELVERBAND e.V.\n\nDas Joint Venture wird zunächst rund 280 Arbeitsplätze schaffen. Für die\nAusbildung der Fachkräfte arbeitet das Unternehmen mit einem Institut\nzusammen; 25 Ingenieure werden ab Frühjahr 2025 in Bremen geschult.\n";
        let raw = format!(
            "Beispiel Pumpen gründet Joint Venture in der\nSonderwirtschaftszone Navoi\n\n{body}"
        );
        let lines = join_wrapped(&raw);
        assert_eq!(
            lines[0],
            "Beispiel Pumpen gründet Joint Venture in der Sonderwirtschaftszone Navoi"
        );
        assert!(
            lines.iter().any(|l| l.trim() == "BEISPIELVERBAND e.V."),
            "{lines:#?}"
        );
        // A German verb's particle ends its sentence: "… baut ein Zentrum auf" stays a line.
        let raw = format!("Von Esslingen nach Niš: Beispiel baut Entwicklungszentrum in Serbien auf\nWeil in der Region Fachkräfte fehlen, geht ein IT-Dienstleister nach Serbien.\n\n{body}");
        assert_eq!(
            join_wrapped(&raw)[0],
            "Von Esslingen nach Niš: Beispiel baut Entwicklungszentrum in Serbien auf"
        );
    }

    fn raw_same(text: &str) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(text)
    }

    #[test]
    fn sections_and_date_lines_glued_to_a_headline_come_apart() {
        assert_eq!(
            glued_section("ECONOMYUzbekistan and Serbia sign a deal"),
            Some(("ECONOMY", "Uzbekistan and Serbia sign a deal"))
        );
        assert_eq!(
            glued_section("IQTISODIYOTO‘zbekiston va Xitoy markaz quradi"),
            Some(("IQTISODIYOT", "O‘zbekiston va Xitoy markaz quradi"))
        );
        assert_eq!(glued_section("USAID's grant helps Serbian startups"), None);
        assert_eq!(glued_section("NATO summit opens in Vilnius"), None);
        assert_eq!(
            glued_section("PRIJATELjSTVO između Srbije i Kazahstana"),
            None
        );
        assert_eq!(
            glued_date_line(
                "La France et la Serbie unissent leurs forcesPublié le 7 mars 2025 à 10h12"
            ),
            Some((
                "La France et la Serbie unissent leurs forces",
                "Publié le 7 mars 2025 à 10h12"
            ))
        );
        assert_eq!(
            glued_date_line("The iPhone Published in Serbia sells well"),
            None
        );
    }

    #[test]
    fn hard_wrapped_text_is_rejoined_exactly() {
        let wrapped = "Kyrgyzstan and China sign digital cooperation agreement to boost\ntechnological progress\n\nThe agreement focuses on advancing digital infrastructure through data\nprocessing centers, digital solutions, and best practices in industrial\nInternet technologies.\nKyrgyzstan's Minister of Digital Development and the General Director of\nthe Promotion Center have signed a memorandum.\n";
        let lines = join_wrapped(wrapped);
        assert_eq!(lines[0], "Kyrgyzstan and China sign digital cooperation agreement to boost technological progress");
        assert!(
            lines[2].ends_with("industrial Internet technologies."),
            "{lines:?}"
        );
        assert!(
            lines[3].starts_with("Kyrgyzstan's Minister"),
            "a short last line ends its paragraph: {lines:?}"
        );
        assert_eq!(
            wrap_width(&["a long line that is not wrapped at all", "short"]),
            None
        );
        let orphan = join_wrapped("Cooperation in digital technologies is being strengthened between Uzbekistan and\nGermany\n\nText.\n");
        assert_eq!(orphan[0], "Cooperation in digital technologies is being strengthened between Uzbekistan and Germany");
        let byline = join_wrapped("the text ends here with a long last line that has no full stop at the end of it\nBekhruz Khudoyberdiyev, UzA\n");
        assert_eq!(byline.len(), 2, "a byline keeps its own line: {byline:?}");
    }

    #[test]
    fn a_date_line_under_a_date_line_is_not_joined_to_it() {
        let lines = join_wrapped("Ciudad, País • Martes 30 de Abril, 2024\nlunes 29 abril, 2019\n");
        assert_eq!(
            lines,
            [
                "Ciudad, País • Martes 30 de Abril, 2024",
                "lunes 29 abril, 2019"
            ]
        );
        let lines = join_wrapped(
            "The ministers of the two countries met in 2024\nand signed a memorandum.\n",
        );
        assert_eq!(lines.len(), 1, "{lines:?}");
    }
}
