//! Words that label a date line ("Published:", "Опубликовано", "Objavljeno", "Sana",
//! "Veröffentlicht am", "Updated", "Сегодня"), from `data/date-labels.toml`: what the date after
//! them is (the article's, a later change, the site's "today" widget) and where it starts.

use super::prefix_index::PrefixIndex;
use std::sync::OnceLock;

const LABELS: &str = include_str!("../../data/date-labels.toml");

#[derive(serde::Deserialize)]
struct Labels {
    published: Vec<String>,
    updated: Vec<String>,
    #[serde(default)]
    today: Vec<String>,
}

pub(super) fn warm() {
    label_index();
    label_starts();
}

/// The first letters of every label: most lines start with another and need no lower-casing.
fn label_starts() -> &'static rustc_hash::FxHashSet<char> {
    static S: OnceLock<rustc_hash::FxHashSet<char>> = OnceLock::new();
    S.get_or_init(|| {
        let l = labels();
        l.published
            .iter()
            .chain(&l.updated)
            .chain(&l.today)
            .filter_map(|label| label.chars().next())
            .collect()
    })
}

/// Every label with what it says, updated ones first, then today's, then published, each longest
/// first: "last updated" wins over "last".
fn label_index() -> &'static PrefixIndex<Label> {
    static I: OnceLock<PrefixIndex<Label>> = OnceLock::new();
    I.get_or_init(|| {
        let l = labels();
        PrefixIndex::new(
            (l.updated.iter().map(|x| (x.clone(), Label::Updated)))
                .chain(l.today.iter().map(|x| (x.clone(), Label::Today)))
                .chain(l.published.iter().map(|x| (x.clone(), Label::Published))),
        )
    })
}

fn labels() -> &'static Labels {
    static L: OnceLock<Labels> = OnceLock::new();
    L.get_or_init(|| {
        let mut l: Labels = toml::from_str(LABELS).expect("data/date-labels.toml is valid");
        // Longest first, so that "last updated" wins over "last".
        l.published.sort_by_key(|x| std::cmp::Reverse(x.len()));
        l.updated.sort_by_key(|x| std::cmp::Reverse(x.len()));
        l.today.sort_by_key(|x| std::cmp::Reverse(x.len()));
        l
    })
}

/// What a line's leading label says about the date after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Published,
    Updated,
    /// A "today" widget: the day the page was fetched, not published.
    Today,
}

/// The label at the start of `line` and the byte length it covers (with its ":" and spaces).
pub fn label_of(line: &str) -> Option<(Label, usize)> {
    let trimmed = line.trim_start();
    let first = trimmed.chars().next()?.to_lowercase().next()?;
    if !label_starts().contains(&first) {
        return label_after_words(line);
    }
    let lead = line.len() - trimmed.len();
    let head_end = trimmed
        .char_indices()
        .nth(40)
        .map_or(trimmed.len(), |(i, _)| i);
    let head = trimmed[..head_end].to_lowercase();
    for (l, &kind) in label_index().prefixes_of(&head) {
        let rest = &head[l.len()..];
        let after = rest.chars().next();
        if after.is_none_or(|c| c == ':' || c.is_whitespace()) {
            // Byte length in the original line: lower-casing kept these labels' lengths
            // only for the characters counted, so walk the original by characters.
            let n = l.chars().count();
            let mut end = trimmed
                .char_indices()
                .nth(n)
                .map_or(trimmed.len(), |(i, _)| i);
            let rest = &trimmed[end..];
            let skip = rest.len() - rest.trim_start_matches([':', ' ', '\t']).len();
            end += skip;
            return Some((kind, lead + end));
        }
    }
    label_after_words(line)
}

/// "Feed zuletzt abgerufen: 09.07.2025", "Page last updated: …": a label of a change or a fetch
/// closing a few words before the colon. (A publication label must open the line.)
fn label_after_words(line: &str) -> Option<(Label, usize)> {
    let colon = line.as_bytes()[..line.len().min(48)]
        .iter()
        .position(|&b| b == b':')?;
    let label = line[..colon].trim();
    let n = label.split_whitespace().count();
    if !(2..=4).contains(&n) || !line[colon..].bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let lower = label.to_lowercase();
    lower
        .match_indices(' ')
        .map(|(at, _)| lower[at + 1..].trim_start())
        .find_map(|tail| {
            label_index()
                .prefixes_of(tail)
                .find(|(l, kind)| l.len() == tail.len() && **kind != Label::Published)
                .map(|(_, &kind)| kind)
        })
        .map(|kind| {
            let rest = &line[colon + 1..];
            (kind, line.len() - rest.trim_start().len())
        })
}

/// "By", "Par", "Por", "Von", "Od", "От", "Autor": the word before a writer's name.
pub fn is_by_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "by" | "par" | "por" | "von" | "od" | "от" | "autor"
    )
}

/// "Par Claire Dufresne Publié le 7 juin 2024 à 08h15", "Por Lucía Ferrer Actualizado hace 3
/// horas": a byline of two to four names run into a date label, as a capture that lost the line
/// break between them leaves it. The byline and the labelled rest.
pub fn split_signed_label(line: &str) -> Option<(&str, &str)> {
    let mut starts = line
        .char_indices()
        .filter(|&(at, c)| {
            !c.is_whitespace() && (at == 0 || line[..at].ends_with(char::is_whitespace))
        })
        .map(|(at, _)| at);
    let first_end = line.find(char::is_whitespace)?;
    // "Hélène Marchetti, chercheuse associée … Publié le 7 février 2024": without "By", the name
    // of two or three capitalised words and a comma before the post.
    let named_with_post = || {
        line.split_once(',').is_some_and(|(name, _)| {
            let n = name.split_whitespace().count();
            (2..=3).contains(&n)
                && name.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                })
        })
    };
    let by = is_by_word(&line[..first_end]);
    if !by && !named_with_post() {
        return None;
    }
    if by {
        starts.next();
    }
    // "Par Name, chercheuse associée au programme … Publié le 3 juin 2024": after a comma the
    // writer's post, in any case, may stand before the label.
    let mut post = false;
    for (names, at) in starts.enumerate().take(16) {
        let word = &line[at..];
        if names >= 2 && label_of(word).is_some() {
            return Some((line[..at].trim_end(), word));
        }
        post = post || (names >= 2 && line[..at].trim_end().ends_with(','));
        if !post && (names >= 4 || !word.starts_with(|c: char| c.is_uppercase() || c == '[')) {
            return None;
        }
    }
    None
}

/// "Home   Economy   Today: 28 August 2025   Tashkent +34°": a "today" widget among the cells of
/// a line cut by wide gaps or bars.
pub fn has_today_cell(line: &str) -> bool {
    line.split(['|', '·', '•'])
        .flat_map(|part| part.split("  "))
        .any(|cell| matches!(label_of(cell), Some((Label::Today, _))))
}
