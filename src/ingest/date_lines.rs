//! Whether a line is a date or section line (`Kind::Meta`): little text besides its dates,
//! times and numbers, a labelled date, a byline run into its date's label, or short cells one of
//! which is a labelled date; and a teaser's date or age at a line's end.

use super::boilerplate::boilerplate;
use super::classify::ends_sentence;
use super::dates;
use super::lines::words;
use super::patterns::patterns;
use super::widgets::is_relative_time;

/// "Headline — 03/11/2025", "Headline – pre 2 sata": a teaser of another article, its date or
/// age after a dash at the end.
pub(super) fn has_date_tail(text: &str) -> bool {
    // The tail is a few words: only the line's end is searched, never a whole paragraph.
    let end = &text[text.floor_char_boundary(text.len().saturating_sub(48))..];
    if !end.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // After a wide gap ("Headline   03.06.2025."), or the last dash or bar with a space on
    // each side.
    if end.rfind("  ").is_some_and(|at| is_date_tail(&end[at..])) {
        return true;
    }
    // In brackets: "Headline (24 ноября)".
    if let Some(inner) = end.strip_suffix(')') {
        if inner
            .rfind('(')
            .is_some_and(|at| is_date_tail(&inner[at + 1..]))
        {
            return true;
        }
    }
    let mut search = end;
    let tail = loop {
        let Some(at) = search.rfind(['—', '–', '-', '|']) else {
            return false;
        };
        let mark = search[at..].chars().next().map_or(1, char::len_utf8);
        if search[..at].ends_with(' ') && search[at + mark..].starts_with(' ') {
            break &end[at + mark..];
        }
        search = &search[..at];
    };
    is_date_tail(tail)
}

/// A few words with a date, a month's day or a relative time.
fn is_date_tail(tail: &str) -> bool {
    if words(tail) > 4 || !tail.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let lower = tail.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    dates::find_full_date(tail).is_some()
        || dates::find_month_day(tail).is_some()
        || is_relative_time(&lower, &tokens)
}

/// "Autor: Name · Objavljeno: 7. februar 2025. · Ažurirano: 9. februar 2025. · ⏱ 4 min čitanja
/// · 💬 23": short cells, one of them a labelled full date.
fn has_labelled_date_cell(text: &str) -> bool {
    if !(text.contains(" · ") || text.contains(" | ")) || ends_sentence(text.trim_end_matches('.'))
    {
        return false;
    }
    let cells: Vec<&str> = text
        .split(" · ")
        .flat_map(|c| c.split(" | "))
        .map(str::trim)
        .collect();
    cells.len() >= 2
        && cells.iter().all(|c| words(c) <= 6)
        && cells.iter().any(|c| {
            dates::label_of(c).is_some_and(|(_, end)| dates::find_full_date(&c[end..]).is_some())
        })
}

/// A date, time or section line: little text once dates, times and numbers are taken out; or
/// a labelled one ("Publié le 5 février 2025 à 09h14 – Mis à jour le 6 février…").
pub(super) fn is_meta(text: &str, n: usize) -> bool {
    if n > 40 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // "Par Name, chercheuse associée au programme … Publié le 3 juin 2024 · Lecture 6 min": a
    // byline with the writer's post, run into the date's label, may run longer.
    if n > 24 {
        return !ends_sentence(text)
            && dates::split_signed_label(text)
                .is_some_and(|(_, labelled)| dates::find_full_date(labelled).is_some());
    }
    if let Some((_, labelled)) = dates::split_signed_label(text) {
        return dates::find_full_date(labelled).is_some()
            || !matches!(
                dates::label_of(labelled),
                Some((dates::Label::Published, _))
            );
    }
    if n > 16 {
        return dates::label_of(text)
            .is_some_and(|(_, end)| dates::find_full_date(&text[end..]).is_some())
            || has_labelled_date_cell(text);
    }
    let has_date = dates::find_full_date(text).is_some()
        || dates::has_numeric_date(text)
        || patterns().time.is_match(text)
        || (n <= 6 && dates::find_month_day(text).is_some() && text.contains(','));
    if !has_date {
        return false;
    }
    // Words other than the date's own: a label ("Publicado:", "Veröffentlicht am"), month and
    // weekday names, a reading time and share buttons ("6 min read  Share  Save") do not make
    // a date line a sentence.
    let after_label = dates::label_of(text).map_or(0, |(_, end)| end);
    let b = boilerplate();
    let other_words = || {
        text[after_label..]
            .split(|c: char| c.is_whitespace() || "|/,-–—()[]".contains(c))
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .filter(|w| !dates::is_date_word(w))
    };
    // Buttons' words are looked up only where the plain count is too high.
    other_words().count() <= 4
        || other_words()
            .filter(|w| {
                let lower = w.to_lowercase();
                !b.share_words.contains(lower.as_str()) && !b.counter_words.contains(lower.as_str())
            })
            .count()
            <= 4
}

#[cfg(test)]
#[path = "date_lines_tests.rs"]
mod tests;
