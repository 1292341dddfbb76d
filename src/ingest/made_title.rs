//! A headline made from the lead where the page has none, and the lead's first sentences (the
//! summary).

use super::lines::{without_leading_icons, words};
use super::patterns::patterns;

const MAX_TITLE: usize = 120;

/// A headline from the lead's first sentence, at most 120 characters, cut at a word.
pub fn made_title(lead: &str) -> String {
    let sentence = first_sentences(without_leading_icons(lead), 1);
    let mut sentence = sentence
        .trim()
        .trim_end_matches(['.', '!', '?', ':', ';', ','])
        .to_string();
    if sentence.chars().count() <= MAX_TITLE {
        return sentence;
    }
    // "At the invitation of X, the President of Y is paying a visit": the news is the main clause.
    if let Some((opening, rest)) = sentence.split_once(", ") {
        let first_word = opening.split_whitespace().next().unwrap_or("");
        let rest_first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
        let relative = ["which", "who", "whom", "where", "when", "that", "while"]
            .contains(&rest_first.as_str());
        if LEADING_ADVERBIALS.contains(&first_word)
            && words(opening) >= 4
            && !relative
            && rest.chars().count() >= 30
        {
            let mut chars = rest.chars();
            sentence = chars
                .next()
                .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
                .unwrap_or_default();
            if sentence.chars().count() <= MAX_TITLE {
                return sentence;
            }
        }
    }
    let mut title = String::new();
    let mut clause_end = 0;
    for word in sentence.split_whitespace() {
        if title.chars().count() + word.chars().count() + 1 > MAX_TITLE {
            break;
        }
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(word);
        if word.ends_with([',', ';', ':']) {
            clause_end = title.len();
        }
    }
    // Cut at the last clause boundary when it keeps most of the headline.
    if clause_end >= 60 {
        title.truncate(clause_end);
    }
    let mut words: Vec<&str> = title
        .trim_end_matches([',', ';', ':', '–', '—', '-'])
        .split_whitespace()
        .collect();
    while words.len() > 3 && DANGLING.contains(&words[words.len() - 1].to_lowercase().as_str()) {
        words.pop();
    }
    words
        .join(" ")
        .trim_end_matches([',', ';', ':'])
        .to_string()
}

/// Words that open an adverbial clause a headline can do without.
const LEADING_ADVERBIALS: &[&str] = &[
    "At",
    "In",
    "On",
    "During",
    "According",
    "Following",
    "After",
    "Within",
    "As",
    "Under",
    "Amid",
    "Meanwhile",
];

/// Words a headline must not end on.
const DANGLING: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "from",
    "that", "which", "who", "where", "is", "are", "was", "were", "its", "their", "his", "her",
    "himself", "herself", "и", "в", "на", "с", "по", "для",
];

/// The first `n` sentences of a paragraph.
pub fn first_sentences(text: &str, n: usize) -> String {
    let mut end = text.len();
    let mut count = 0;
    for m in patterns().sentence_end.find_iter(text) {
        let before = &text[..m.start()];
        let last_word = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let letters = last_word.chars().filter(|c| c.is_alphabetic()).count();
        // "Mr. Krasnikov", "U.S. visit", "Sh. Sodiqov": an abbreviation or initial, not a sentence end.
        if letters == 1 || last_word.contains('.') || ABBREVIATIONS.contains(&last_word) {
            continue;
        }
        count += 1;
        if count == n {
            end = m.start() + text[m.start()..].find(char::is_whitespace).unwrap_or(0);
            break;
        }
    }
    text[..end].trim().to_string()
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Ms", "Dr", "St", "No", "Co", "vs", "Mrs", "Prof", "Gen", "Gov", "Sen", "Rep", "Jan",
    "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Corp", "etc",
];
