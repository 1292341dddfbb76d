//! What each line of a page is: running text, a short line (headline, subheading, list item),
//! a date or section line, a counter, a byline, or junk (menus, widgets, calls to action, image
//! credits, spam). The boilerplate's words are data (`data/boilerplate.toml`).

use super::dates;
use super::lines::{words, Kind, Line};
use super::patterns::patterns;
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::OnceLock;

const BOILERPLATE: &str = include_str!("../../data/boilerplate.toml");

#[derive(Deserialize)]
struct BoilerplateData {
    lines: Vec<String>,
    end_markers: Vec<String>,
    fragments: Vec<String>,
    prefixes: Vec<String>,
    reader_words: Vec<String>,
    #[serde(default)]
    counter_words: Vec<String>,
    #[serde(default)]
    relative_units: Vec<String>,
    #[serde(default)]
    ago_words: Vec<String>,
    #[serde(default)]
    glued_prefixes: Vec<String>,
}

pub(super) struct Boilerplate {
    counter_words: FxHashSet<String>,
    relative_units: FxHashSet<String>,
    ago_words: Vec<String>,
    pub(super) glued_prefixes: Vec<String>,
    lines: FxHashSet<String>,
    pub(super) end_markers: FxHashSet<String>,
    fragments: aho_corasick::AhoCorasick,
    prefixes: Vec<String>,
    reader_words: aho_corasick::AhoCorasick,
}

pub(super) fn boilerplate() -> &'static Boilerplate {
    static B: OnceLock<Boilerplate> = OnceLock::new();
    B.get_or_init(|| {
        let data: BoilerplateData =
            toml::from_str(BOILERPLATE).expect("data/boilerplate.toml is valid (tested)");
        Boilerplate {
            counter_words: data.counter_words.into_iter().collect(),
            relative_units: data.relative_units.into_iter().collect(),
            ago_words: data.ago_words,
            glued_prefixes: data.glued_prefixes,
            lines: data.lines.into_iter().collect(),
            end_markers: data.end_markers.into_iter().collect(),
            fragments: aho_corasick::AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build(&data.fragments)
                .expect("fragments build"),
            prefixes: data.prefixes,
            reader_words: aho_corasick::AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&data.reader_words)
                .expect("reader words build"),
        }
    })
}

pub(super) fn classify(lines: Vec<String>) -> Vec<Line> {
    lines
        .into_iter()
        .map(|text| Line {
            kind: kind_of(&text),
            text,
        })
        .collect()
}

fn kind_of(text: &str) -> Kind {
    let p = patterns();
    let b = boilerplate();
    if text.is_empty() {
        return Kind::Blank;
    }
    let n = words(text);
    let first = text.chars().next().unwrap_or(' ');
    // Cheap tests first; a regex runs only where the first character or the length allows a match.
    if n <= 8 && text.contains(':') && p.labelled_credit.is_match(text) {
        return Kind::Byline;
    }
    if n <= 12 {
        let bare = text
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '>')
            .to_lowercase();
        if b.lines.contains(&bare) || b.lines.contains(bare.trim_end_matches(':')) {
            return Kind::Junk;
        }
        let lower = text.to_lowercase();
        if n <= 8
            && b.prefixes
                .iter()
                .any(|prefix| lower.starts_with(prefix.as_str()))
        {
            return Kind::Junk;
        }
        if p.image_credit.is_match(text) {
            return Kind::Junk;
        }
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if has_digit && n <= 6 {
            let tokens = || {
                lower
                    .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '‘')
                    .filter(|w| !w.is_empty())
            };
            if n <= 5 && tokens().any(|w| b.counter_words.contains(w)) {
                return Kind::Counter;
            }
            let ago = b.ago_words.iter().any(|a| {
                tokens().any(|w| w == a) || (a.contains(' ') && lower.contains(a.as_str()))
            });
            if ago && tokens().any(|w| b.relative_units.contains(w)) {
                return Kind::Meta;
            }
        }
        // "This news has been read 301 times in total".
        if has_digit && p.read_times.is_match(text) {
            return Kind::Counter;
        }
        if n <= 3
            && (lower.starts_with("views")
                || lower.starts_with("просмотр")
                || lower.starts_with("name "))
        {
            return Kind::Counter;
        }
    }
    if b.fragments.is_match(text)
        || is_spam(text)
        || is_tag_cloud(text)
        || addresses_reader(text, n)
    {
        return Kind::Junk;
    }
    if text
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || c == ',' || c == '.')
    {
        return Kind::Counter;
    }
    if first == '(' && p.credit.is_match(text) {
        return Kind::Byline;
    }
    if is_meta(text, n) {
        return Kind::Meta;
    }
    let byline_by = matches!(first, 'B' | 'b') && p.byline_by.is_match(text);
    if byline_by || (n <= 6 && is_end_byline(text)) || (n <= 7 && p.byline_dash.is_match(text)) {
        return Kind::Byline;
    }
    if matches!(first, '-' | '–' | '—') && p.subtitle.is_match(text) {
        return Kind::Subtitle;
    }
    if !first.is_alphanumeric() && p.bullet.is_match(text) {
        return Kind::Bullet;
    }
    let cut_off = text.ends_with("...") || text.ends_with('…');
    let sentence_end = text.ends_with(['.', '!', '?', '"', '”', '»', ')', ';']) && !cut_off;
    if (sentence_end && n >= 6) || n >= 25 || (cut_off && n >= 20) {
        Kind::Prose
    } else {
        Kind::Short
    }
}

/// A date, time or section line: little text once dates, times and numbers are taken out.
fn is_meta(text: &str, n: usize) -> bool {
    if n > 12 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let has_date = dates::find_full_date(text).is_some()
        || dates::has_numeric_date(text)
        || patterns().time.is_match(text)
        || (n <= 6 && dates::find_month_day(text).is_some() && text.contains(','));
    if !has_date {
        return false;
    }
    let letters_words = text
        .split(|c: char| c.is_whitespace() || "|/,-–—()[]".contains(c))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    letters_words <= 4
}

/// "Bekhruz Khudoyberdiyev, UzA": a name and an outlet. Never a full stop at the end, which is
/// what tells it from a wrapped piece of a sentence ("Cabinet Chairman, Akylbek Zhaparov.").
pub(super) fn is_end_byline(text: &str) -> bool {
    text.contains(',') && !text.ends_with('.') && patterns().byline_end.is_match(text)
}

/// "astropay bozdurma paysafe bozdurma …": the same few words over and over.
fn is_spam(text: &str) -> bool {
    // Spam repeats words and has no sentence punctuation; anything else is not worth counting.
    if text.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.len() < 6 || tokens.len() > 60 {
        return false;
    }
    let distinct: FxHashSet<&str> = tokens.iter().copied().collect();
    distinct.len() * 2 <= tokens.len()
}

/// "City, Metropolis, Urban, Lighting, …": an image's keyword list.
fn is_tag_cloud(text: &str) -> bool {
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    items.len() >= 6
        && items
            .iter()
            .all(|i| words(i) <= 2 && i.chars().next().is_some_and(char::is_uppercase))
        && !text.ends_with('.')
}

/// A line that speaks to the reader ("your download email…") and quotes nobody: a call to action.
fn addresses_reader(text: &str, n: usize) -> bool {
    if text.contains(['"', '“', '”', '«', '»']) || n > 60 {
        return false;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    boilerplate().reader_words.find_iter(text).any(|m| {
        !text[..m.start()].chars().next_back().is_some_and(is_word)
            && !text[m.end()..].chars().next().is_some_and(is_word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times_and_read_counters_are_not_text() {
        assert_eq!(kind_of("Agency 2 hours ago"), Kind::Meta);
        assert_eq!(kind_of("Agencija pre 1 sat"), Kind::Meta);
        assert_eq!(
            kind_of("This news has been read 301 times in total"),
            Kind::Counter
        );
        assert_eq!(kind_of("462 views"), Kind::Counter);
        assert_eq!(kind_of("5. marta 2020."), Kind::Meta);
    }

    #[test]
    fn spam_and_tag_clouds_are_junk() {
        assert!(is_spam(
            "astropay bozdurma paysafe bozdurma astropay kart bozdurma paysafe kart bozdurma"
        ));
        assert!(is_tag_cloud(
            "City, Metropolis, Urban, Lighting, Architecture, Building, Cityscape"
        ));
        assert!(!is_tag_cloud("Serbia, Hungary and China signed the deal, officials said, on Monday, in Budapest, today, again."));
    }
}
