//! Tags: salient named things that recur in the article (capitalised names and acronyms), not
//! countries, months, weekdays or function words.

use crate::gazetteer;
use crate::slug::slugify_capped;
use rustc_hash::{FxHashMap, FxHashSet};

const STOP: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "And",
    "To",
    "By",
    "With",
    "From",
    "As",
    "It",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "Our",
    "His",
    "Her",
    "Their",
    "Its",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "President",
    "Minister",
    "Ministry",
    "Government",
    "Republic",
    "Prime",
    "Deputy",
    "First",
    "Head",
    "Chairman",
    "According",
    "During",
    "After",
    "Also",
    "However",
    "Meanwhile",
    "Both",
    "Last",
    "Next",
    "Following",
    "Particular",
    "Special",
    "State",
    "National",
    "International",
    "Federal",
    "Secretary",
    "Ambassador",
    "General",
    "Director",
    "Vice",
    "Senior",
    "Plans",
    "Over",
    "In",
    "Compared",
    "Regarding",
    "Specifically",
    "Additionally",
    "Previously",
    "Among",
    "Guests",
    "Another",
    "One",
    "Two",
    "Three",
    "Several",
    "Some",
    "All",
    "Every",
    "Year",
    "Today",
    "Central",
    "Asia",
    "Europe",
    "European",
    "Union",
    "Eurasian",
    "Balkans",
    "Western",
    "Eastern",
    "South",
    "North",
    "East",
    "West",
    "Global",
    "Great",
    "Silk",
    "Road",
    "Belt",
    "Initiative",
    "Forum",
    "Summit",
    "Business",
    "Cabinet",
    "Strategy",
    "Decree",
    "Supporting",
    "Regional",
    "Local",
    "Council",
    "Why",
    "What",
    "When",
    "How",
    "Further",
    "Such",
    "Many",
    "ICT",
    "ICTs",
    "MOU",
    "MoU",
    "CEO",
    "GDP",
    "USD",
    "SME",
    "SMEs",
    "FDI",
    "NGO",
    "LLC",
    "JSC",
    "В",
    "На",
    "И",
    "С",
    "По",
    "Для",
    "Согласно",
    "Также",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Builds the word sets ahead of the first page (see `ingest::warm_up`).
pub(super) fn warm() {
    stop_words();
    month_words();
    country_words();
}

/// Words that neither start nor end a tag: function words, titles, generic institutions.
fn stop_words() -> &'static FxHashSet<&'static str> {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| STOP.iter().copied().collect())
}

fn month_words() -> &'static FxHashSet<&'static str> {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        (1..=12u8)
            .filter_map(|m| chrono::Month::try_from(m).ok())
            .map(|m| m.name())
            .chain(WEEKDAYS.iter().copied())
            .collect()
    })
}

/// Salient named things worth a page: capitalised names and acronyms that recur, not countries.
pub fn tags(body: &str, title: &str) -> Vec<String> {
    let country_words = country_words();
    let (stop, months) = (stop_words(), month_words());
    let mut counts: FxHashMap<String, (usize, usize)> = FxHashMap::default();
    // A match, not a list of characters: a list is scanned for every character of the body.
    fn ends(c: char) -> bool {
        matches!(
            c,
            '.' | '\n' | ';' | ':' | '!' | '?' | '(' | ')' | '“' | '”' | '"' | '—' | '–'
        )
    }
    // The headline and the body as one text, its sentences read in order (the line break
    // between the two ends a sentence), without copying them into one string.
    let sentences = title.split(ends).chain(body.split(ends));
    let mut run: Vec<&str> = Vec::new();
    let mut key = String::new();
    for (order, sentence) in sentences.enumerate() {
        let tokens = sentence
            .split_whitespace()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()));
        let mut finish = |run: &mut Vec<&str>| {
            while run
                .first()
                .is_some_and(|w| stop.contains(w) || country_words.contains(*w))
            {
                run.remove(0);
            }
            while run
                .last()
                .is_some_and(|w| stop.contains(w) || country_words.contains(*w))
            {
                run.pop();
            }
            let keep = match run.len() {
                0 => false,
                1 => is_acronym(run[0]) && run[0].chars().count() >= 3,
                n => n <= 4,
            };
            if keep
                && !run
                    .iter()
                    .any(|w| months.contains(w) || country_words.contains(*w))
            {
                key.clear();
                for (i, w) in run.iter().enumerate() {
                    if i > 0 {
                        key.push(' ');
                    }
                    key.push_str(w);
                }
                match counts.get_mut(key.as_str()) {
                    Some(entry) => entry.0 += 1,
                    None => {
                        counts.insert(key.clone(), (1, order));
                    }
                }
            }
            run.clear();
        };
        for token in tokens {
            let capital = token.chars().next().is_some_and(|c| c.is_uppercase());
            if capital && !token.is_empty() {
                run.push(token);
            } else {
                finish(&mut run);
            }
        }
        finish(&mut run);
    }
    let mut ranked: Vec<(String, usize, usize)> = counts
        .into_iter()
        .filter(|(_, (n, _))| *n >= 2)
        .map(|(k, (n, o))| (k, n, o))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
    let mut tags: Vec<String> = Vec::new();
    for (name, _, _) in ranked {
        let slug = slugify_capped(&name, 40);
        if !slug.is_empty()
            && !tags
                .iter()
                .any(|t| t.contains(&slug) || slug.contains(t.as_str()))
        {
            tags.push(slug);
        }
        if tags.len() == 4 {
            break;
        }
    }
    tags.sort();
    tags
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().filter(|c| c.is_uppercase()).count() * 2 > letters.len()
}

/// Every word of every country's names, demonyms and cities: not tag material on its own.
fn country_words() -> &'static FxHashSet<String> {
    static WORDS: std::sync::OnceLock<FxHashSet<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = FxHashSet::default();
        for c in gazetteer::countries().values() {
            for term in std::iter::once(&c.name)
                .chain(&c.names)
                .chain(&c.demonyms)
                .chain(&c.cities)
            {
                for w in term.split_whitespace() {
                    words.insert(w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_string());
                }
            }
        }
        words
    })
}
