//! Country names in text: the gazetteer's names, demonyms, cities and organisations matched in one
//! aho-corasick pass per script, Latin names with their case endings and Cyrillic ones as stems.

use super::script;
use crate::gazetteer;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// How much one mention of each kind of term says about a country.
const NAME: f32 = 1.0;
const DEMONYM: f32 = 0.8;
const CITY: f32 = 0.6;
const ORG: f32 = 0.7;

struct Term {
    code: &'static str,
    weight: f32,
    /// Cyrillic stems match the start of a word ("Узбекистан" in "Узбекистаном").
    stem: bool,
    /// Latin names: which endings may follow the matched text.
    endings: Endings,
}

/// What may follow a Latin name inside the same word.
#[derive(Clone, Copy, PartialEq)]
enum Endings {
    /// Nothing: the word ends with the name.
    None,
    /// The whole name, bare or with an ending added ("Uzbekistanom", "Deutschlands").
    Append,
    /// The name without its final vowel: an ending must follow ("Srbij" + "om").
    Replace,
    /// An adjective stem: any ending ("kinesk" in "kineskih").
    Any,
}

/// Serbian Latin spelling of a Cyrillic word (the two alphabets map letter for letter); a
/// letter Serbian lacks becomes NUL, so the word matches nothing.
fn serbian_latin(cyrillic: &str) -> String {
    cyrillic
        .chars()
        .map(|c| match c {
            ' ' => " ",
            '-' => "-",
            _ => script::serbian_letter(c).unwrap_or("\u{0}"),
        })
        .collect()
}

/// "abu dabi" → "Abu Dabi": the matcher ignores ASCII case, but endings are looked up as written.
fn title_case(words: &str) -> String {
    words
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const ENDINGS: &str = include_str!("../../data/name-endings.toml");

#[derive(serde::Deserialize)]
struct EndingTable {
    replace_vowel: Vec<String>,
    append: Vec<String>,
    /// Lower case: "strait of", "golfe de" …
    #[serde(default)]
    water_before: Vec<String>,
    /// Lower case starts: "язык", "sprache" …
    #[serde(default)]
    language_nouns: Vec<String>,
}

fn endings() -> &'static EndingTable {
    static E: OnceLock<EndingTable> = OnceLock::new();
    E.get_or_init(|| toml::from_str(ENDINGS).expect("data/name-endings.toml is valid"))
}

/// Adds a Latin name: as it stands (taking endings when long enough) and, when it ends in a
/// vowel, as a stem that needs one of the vowel-replacing endings.
fn push_latin(
    latin: &mut Vec<(String, Term)>,
    term: &str,
    code: &'static str,
    weight: f32,
    declines: bool,
) {
    let letters = term.chars().count();
    let declines = declines && letters >= 5;
    latin.push((
        term.to_string(),
        Term {
            code,
            weight,
            stem: false,
            endings: if declines {
                Endings::Append
            } else {
                Endings::None
            },
        },
    ));
    // "Severna Makedonija" → "Severne Makedonije", "Južnoj Koreji": every word of a two-word
    // name declines, each taking the same ending in place of its final vowel.
    let parts: Vec<&str> = term.split(' ').collect();
    if declines && parts.len() == 2 && parts.iter().all(|w| w.ends_with('a') && w.len() >= 4) {
        for ending in &endings().replace_vowel {
            let declined: Vec<String> = parts
                .iter()
                .map(|w| format!("{}{ending}", &w[..w.len() - 1]))
                .collect();
            latin.push((
                declined.join(" "),
                Term {
                    code,
                    weight,
                    stem: false,
                    endings: Endings::None,
                },
            ));
        }
    }
    if declines && term.ends_with(['a', 'e', 'i', 'o', 'u']) {
        let stem = &term[..term.len() - 1];
        latin.push((
            stem.to_string(),
            Term {
                code,
                weight,
                stem: false,
                endings: Endings::Replace,
            },
        ));
    }
}

/// Adds a Cyrillic city name as a stem ("Самарканд" takes "Самарканде"), and its Serbian Latin
/// spelling where Serbian has its letters ("Београд" → "Beograd").
fn push_cyrillic(
    cyrillic: &mut Vec<(String, Term)>,
    latin: &mut Vec<(String, Term)>,
    term: &str,
    code: &'static str,
    weight: f32,
) {
    let lower = term.to_lowercase();
    // "САД", "США": an abbreviation in capitals matches only in capitals, never "Нови Сад".
    if term.chars().count() <= 5 && !term.chars().any(char::is_lowercase) {
        let latin_form = serbian_latin(&lower).to_uppercase();
        let forms = [
            Some(term.to_string()),
            (!latin_form.contains('\u{0}')).then_some(latin_form),
        ];
        for form in forms.into_iter().flatten() {
            let exact = Term {
                code,
                weight,
                stem: false,
                endings: Endings::None,
            };
            latin.push((form, exact));
        }
        return;
    }
    let stem = lower.chars().count() >= 5 && !lower.contains(' ');
    let latin_form = serbian_latin(&lower);
    if !latin_form.contains('\u{0}') {
        push_latin(latin, &title_case(&latin_form), code, weight, true);
    }
    cyrillic.push((
        lower,
        Term {
            code,
            weight,
            stem,
            endings: Endings::None,
        },
    ));
}

struct Matcher {
    latin: AhoCorasick,
    latin_terms: Vec<(String, Term)>,
    cyrillic: AhoCorasick,
    cyrillic_terms: Vec<Term>,
}

/// Builds the gazetteer automata ahead of the first page (see `ingest::warm_up`).
pub(super) fn warm() {
    matcher();
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        let mut latin: Vec<(String, Term)> = Vec::new();
        let mut cyrillic: Vec<(String, Term)> = Vec::new();
        for (code, c) in gazetteer::countries() {
            let code = code.as_str();
            let groups: [(&[String], f32); 5] = [
                (std::slice::from_ref(&c.name), NAME),
                (&c.names, NAME),
                (&c.demonyms, DEMONYM),
                (&c.cities, CITY),
                (&c.orgs, ORG),
            ];
            for (i, (terms, weight)) in groups.into_iter().enumerate() {
                // Names and cities decline; demonyms and organisations are matched as written.
                let declines = matches!(i, 0 | 1 | 3);
                for t in terms {
                    if t.chars().any(is_cyrillic) {
                        push_cyrillic(&mut cyrillic, &mut latin, t, code, weight);
                    } else {
                        push_latin(&mut latin, t, code, weight, declines);
                    }
                }
            }
            for t in &c.local {
                let lower = t.to_lowercase();
                // Serbian adjective stems ("кинеск", "немачк") are written in Latin script too.
                let adjective_stem = lower.ends_with("ск") || lower.ends_with("чк");
                if !t.chars().any(is_cyrillic) {
                    push_latin(&mut latin, t, code, NAME, true);
                } else if !adjective_stem {
                    // A name spelt with letters Serbian has ("Абу Даби") is a Serbian name as
                    // well, and Serbian Latin writes it letter for letter ("Abu Dabi", "Abu Dabiju").
                    push_cyrillic(&mut cyrillic, &mut latin, t, code, NAME);
                } else {
                    let latin_form = serbian_latin(&lower);
                    let long = lower.chars().count() >= 5;
                    if long && !latin_form.contains('\u{0}') {
                        latin.push((
                            latin_form,
                            Term {
                                code,
                                weight: DEMONYM,
                                stem: false,
                                endings: Endings::Any,
                            },
                        ));
                    }
                    cyrillic.push((
                        lower,
                        Term {
                            code,
                            weight: NAME,
                            stem: long && !t.contains(' '),
                            endings: Endings::None,
                        },
                    ));
                }
            }
        }
        // A spelling given twice is one pattern: of equal matches the automaton reports only the
        // first pattern anyway, so later copies only cost search time.
        let mut seen = std::collections::HashSet::new();
        latin.retain(|(pattern, _)| seen.insert(pattern.clone()));
        let build = |patterns: Vec<String>, start: aho_corasick::StartKind| {
            AhoCorasickBuilder::new()
                .start_kind(start)
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns)
                .expect("gazetteer patterns build")
        };
        Matcher {
            // Latin names are matched in text lower-cased in ASCII, as the automaton's own
            // ASCII case folding would, which doubled the time it took to build (~8 ms a run).
            latin: build(
                latin.iter().map(|(p, _)| p.to_ascii_lowercase()).collect(),
                aho_corasick::StartKind::Anchored,
            ),
            cyrillic: build(
                cyrillic.iter().map(|(p, _)| p.clone()).collect(),
                aho_corasick::StartKind::Unanchored,
            ),
            latin_terms: latin,
            cyrillic_terms: cyrillic.into_iter().map(|(_, t)| t).collect(),
        }
    })
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// One matched mention: the country and how much it counts.
#[derive(Debug, Clone)]
pub struct Mention {
    pub code: &'static str,
    pub weight: f32,
    pub start: usize,
    pub end: usize,
}

impl Mention {
    fn of(term: &Term, found: &aho_corasick::Match) -> Mention {
        Mention {
            code: term.code,
            weight: term.weight,
            start: found.start(),
            end: found.end(),
        }
    }
}

/// "UZBEKISTAN", "Tashkent": the text is one place's name and nothing more (a section's
/// country, not an outlet).
pub fn is_only_a_place(text: &str) -> bool {
    let text = text.trim();
    matches!(mentions(text).as_slice(), [m] if m.start == 0 && m.end == text.len())
}

/// Every gazetteer mention in `text`. Latin names match in their own case or in capitals
/// ("TASHKENT"); Cyrillic forms match in any case.
pub fn mentions(text: &str) -> Vec<Mention> {
    let m = matcher();
    let mut out = Vec::new();
    // Every name starts with a letter and must start a word, so the automaton is run anchored at
    // each word's start (a few steps each) instead of over every byte of the text.
    let ascii_lower = text.to_ascii_lowercase();
    let mut resume = 0;
    let mut previous_is_word = false;
    for (at, c) in text.char_indices() {
        let starts_word = !previous_is_word && is_word_char(c);
        previous_is_word = is_word_char(c);
        if !starts_word || at < resume {
            continue;
        }
        let input = aho_corasick::Input::new(&ascii_lower)
            .range(at..)
            .anchored(aho_corasick::Anchored::Yes);
        let Some(found) = m.latin.find(input) else {
            continue;
        };
        resume = found.end();
        let (pattern, term) = &m.latin_terms[found.pattern().as_usize()];
        let matched = &text[found.start()..found.end()];
        let case_ok = matched == pattern
            || matched
                .chars()
                .eq(pattern.chars().flat_map(char::to_uppercase))
            || (term.endings == Endings::Any
                && matched
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(pattern.chars()));
        if !case_ok {
            continue;
        }
        let rest_len: usize = text[found.end()..]
            .chars()
            .take_while(|&c| is_word_char(c))
            .map(char::len_utf8)
            .sum();
        let rest = &text[found.end()..found.end() + rest_len];
        let ending_ok = match term.endings {
            Endings::None => rest.is_empty(),
            Endings::Append => {
                rest.is_empty()
                    || endings()
                        .append
                        .iter()
                        .any(|e| e.eq_ignore_ascii_case(rest))
            }
            Endings::Any => true,
            Endings::Replace => endings()
                .replace_vowel
                .iter()
                .any(|e| e.eq_ignore_ascii_case(rest)),
        };
        if !ending_ok
            || names_water(&ascii_lower[..found.start()])
            || names_language(&text[found.end() + rest_len..])
        {
            continue;
        }
        out.push(Mention::of(term, &found));
    }
    // Cyrillic letters (U+0400–U+04FF) are the characters whose UTF-8 lead byte is D0–D3.
    if text.bytes().any(|b| (0xD0..=0xD3).contains(&b)) {
        let lower = lowercase_same_length(text);
        for found in m.cyrillic.find_iter(&lower) {
            let term = &m.cyrillic_terms[found.pattern().as_usize()];
            if !bounded(&lower, found.start(), found.end(), term.stem) {
                continue;
            }
            let word_end = found.end()
                + lower[found.end()..]
                    .chars()
                    .take_while(|&c| is_word_char(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
            if names_language(&lower[word_end..]) {
                continue;
            }
            out.push(Mention::of(term, &found));
        }
    }
    // Regional indicator letters (U+1F1E6–U+1F1FF) are encoded F0 9F 87 A6–BF.
    if memchr::memmem::find(text.as_bytes(), b"\xF0\x9F\x87").is_some() {
        out.extend(flags(text));
    }
    out.sort_by_key(|m| m.start);
    out
}

/// "🇰🇷🇷🇸": a flag is two regional indicator letters spelling the country's ISO code, and a
/// post that flies it names the country as plainly as a word would.
fn flags(text: &str) -> Vec<Mention> {
    let letter = |c: char| {
        let offset = (c as u32).wrapping_sub(0x1F1E6);
        (offset < 26).then(|| (b'A' + offset as u8) as char)
    };
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let Some(first) = letter(c) else { continue };
        let Some(&(at, next)) = chars.peek() else {
            break;
        };
        let Some(second) = letter(next) else { continue };
        chars.next();
        let code: String = [first, second].iter().collect();
        if let Some((code, _)) = gazetteer::countries().get_key_value(&code) {
            out.push(Mention {
                code: code.as_str(),
                weight: NAME,
                start,
                end: at + next.len_utf8(),
            });
        }
    }
    out
}

/// " языке", " Sprache", " language": the adjective before is a language's ("на английском
/// языке", "in englischer Sprache"), not a country's.
fn names_language(after: &str) -> bool {
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if next.is_empty() || next.len() > 12 {
        return false;
    }
    let lower = next.to_lowercase();
    endings()
        .language_nouns
        .iter()
        .any(|l| lower.starts_with(l.as_str()))
}

/// "… the Strait of ": the name that follows is a sea's or a strait's.
fn names_water(lower_before: &str) -> bool {
    let before = lower_before.trim_end();
    before.len() < lower_before.len()
        && endings().water_before.iter().any(|w| {
            before
                .strip_suffix(w.as_str())
                .is_some_and(|head| head.is_empty() || head.ends_with(|c: char| !is_word_char(c)))
        })
}

/// Lower-cases character by character, keeping byte offsets where a character's case changes its length.
pub(crate) fn lowercase_same_length(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

fn bounded(text: &str, start: usize, end: usize, stem: bool) -> bool {
    let before_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c));
    let after_ok = stem || text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    before_ok && after_ok
}
