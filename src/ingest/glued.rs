//! Text a copy glued together, split apart before lines are read: a teaser's label glued to a
//! stop ("…Македоније.ПРОЧИТАЈТЕ ЈОШ: …"), a section or a date line glued to a headline, a
//! counter glued to a deck, and a page saved with its line breaks lost.

use super::boilerplate::boilerplate;
use super::dates;
use super::lines::{is_pictograph, words};
use super::patterns::patterns;

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
        // In capitals, or a teaser's label of the data in any case ("Shuningdek oʻqing:").
        let known = || {
            let lower = label.to_lowercase();
            let exact = boilerplate()
                .teaser_labels
                .prefixes_of(&lower)
                .any(|(m, _)| m.len() == lower.len());
            exact
        };
        (colon <= 60
            && first.chars().count() >= 3
            && !label.contains("  ")
            && (label.chars().all(|c| c.is_uppercase() || c == ' ') || known()))
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
    for (start, at, label) in labels_in(line) {
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

/// "Headline in words 05.06.2024 | 16:40 👁 1047": the article's stamp (its date, a time, a count
/// of views) run onto the headline's line by a copy that lost its breaks. The stamp holds
/// nothing but figures, date words, separators and pictographs, and a time, a bar or a
/// pictograph tells it from a sentence that ends on a date ("signed on 05.06.2024").
fn glued_stamp_tail(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_end();
    if t.len() > 300 || !t.ends_with(|c: char| c.is_ascii_digit()) || !dates::has_four_digits(t) {
        return None;
    }
    let stamp_word = |w: &str| {
        w.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '.' | '/' | ':' | '-' | ',' | '|' | '·' | '•' | '—' | '–')
        }) || dates::is_date_word(w)
            || w.chars().all(is_pictograph)
    };
    let starts: Vec<usize> = t
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || t[..i].ends_with(char::is_whitespace)))
        .map(|(i, _)| i)
        .collect();
    // The stamp's first word: the earliest from which every word is a stamp's, at most eight back.
    let first = starts
        .iter()
        .rev()
        .take(8)
        .take_while(|&&at| stamp_word(t[at..].split_whitespace().next().unwrap_or("")))
        .last()
        .copied()?;
    let (head, tail) = (t[..first].trim_end(), &t[first..]);
    let marked = tail.contains('|') || dates::has_time(tail) || tail.chars().any(is_pictograph);
    let last_word = head.rsplit(' ').next().unwrap_or("");
    let short_word = last_word.chars().count() <= 3 && !last_word.starts_with(char::is_uppercase);
    (marked
        && tail.starts_with(|c: char| c.is_ascii_digit())
        && words(head) >= 3
        && !short_word
        && !head.ends_with(':')
        && dates::find_full_date(tail).is_some())
    .then_some((head, tail))
}

/// The words of a line that end in a colon ("Views:"), each with where it starts, where the
/// next word starts, and the label without its colon.
fn labels_in(line: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    line.split(' ')
        .scan(0, |at, token| {
            let start = *at;
            *at += token.len() + 1;
            Some((start, *at, token))
        })
        .filter_map(|(start, at, token)| token.strip_suffix(':').map(|label| (start, at, label)))
}

/// "Manba: Ministry Press Service Ulashish: Telegram Facebook X Chop etish": a share label and
/// its buttons run onto the end of a line. The words before the label, and the share row.
fn share_cell(line: &str) -> Option<(&str, &str)> {
    if memchr::memchr(b':', line.as_bytes()).is_none() || words(line) > 30 {
        return None;
    }
    for (start, at, label) in labels_in(line) {
        let head = line[..start].trim_end();
        let buttons = line.get(at..).unwrap_or("");
        // Buttons are names ("Telegram Facebook X"), not an address ("E-mail: news@…").
        let named = buttons.starts_with(char::is_uppercase)
            && !buttons.contains(|c: char| c == '@' || c.is_ascii_digit());
        if start > 0
            && boilerplate().share_words.contains(&label.to_lowercase())
            && words(head) >= 3
            && (1..=8).contains(&words(buttons))
            && named
        {
            return Some((head, &line[start..]));
        }
    }
    None
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
            .or_else(|| glued_stamp_tail(line))
            .or_else(|| share_cell(line))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A stamp run onto the headline's line comes apart; a sentence ending on a date, a label
    /// before its date and a date alone at a line's end without a time, bar or icon stay whole.
    #[test]
    fn a_stamp_run_onto_the_headline_comes_apart() {
        assert_eq!(
            glued_stamp_tail("Yoshlar uchun yangi kurslar ochildi 05.06.2024 | 16:40 👁 1047"),
            Some((
                "Yoshlar uchun yangi kurslar ochildi",
                "05.06.2024 | 16:40 👁 1047"
            ))
        );
        for whole in [
            "The memorandum was signed on 05.06.2024 | 16:40",
            "Sahifa oxirgi marta yangilangan: 06.06.2024 10:02",
            "Yoshlar uchun yangi kurslar ochildi 05.06.2024",
        ] {
            assert_eq!(glued_stamp_tail(whole), None, "{whole}");
        }
    }

    /// "… Axborot xizmati Ulashish: Telegram Facebook X": the share label and its buttons go on a
    /// line of their own; a share label opening the line is left to the share row's test.
    #[test]
    fn share_buttons_run_onto_a_line_come_apart() {
        assert_eq!(
            share_cell("Manba: Vazirlik Axborot xizmati Ulashish: Telegram Facebook X Chop etish"),
            Some((
                "Manba: Vazirlik Axborot xizmati",
                "Ulashish: Telegram Facebook X Chop etish"
            ))
        );
        assert_eq!(share_cell("Ulashish: Telegram Facebook X"), None);
        // A footer's address and its e-mail are no buttons.
        assert_eq!(
            share_cell(
                "Almaty, 52 Abay Avenue. Tel.: +7 727 350 12 12. E-mail: news@transit.example"
            ),
            None
        );
    }

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
}
