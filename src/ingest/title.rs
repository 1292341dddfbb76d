//! The headline: the headline-shaped line cleaned of what scrapers glue to it (a trailing date,
//! time or close button, a leading section word with a date), or, where the page has none, a
//! headline made from the lead's first sentence (at most 120 characters, cut at a word).

use super::dates;
use super::lines::{words, Kind, Line};
use super::patterns::patterns;

const MAX_TITLE: usize = 120;

pub(super) fn clean_title(text: &str) -> String {
    let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let p = patterns();
    // "Headline 10.07.2014 17:11", "Headline X" (a close button): what follows the headline.
    let mut t = p.title_tail.replace(&title, "").into_owned();
    // "Section 01/08/2022 Headline": a section word and a date before the headline.
    if let Some(c) = p.title_head.captures(&t) {
        let rest = &t[c.get(0).map_or(0, |m| m.end())..];
        if words(rest) >= 3 && !c[1].is_empty() {
            t = rest.to_string();
        }
    }
    if words(&t) >= 2 {
        t
    } else {
        title
    }
}

/// A headline from the lead's first sentence, at most 120 characters, cut at a word.
pub fn made_title(lead: &str) -> String {
    let sentence = first_sentences(lead, 1);
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

/// The last index of a headline-shaped line whose text stands twice in `head`.
pub(super) fn repeated_headline(head: &[Line]) -> Option<usize> {
    let shaped = |l: &Line| l.kind == Kind::Short && headline_shaped(&l.text);
    head.iter().enumerate().rev().find_map(|(i, l)| {
        (shaped(l)
            && head[..i]
                .iter()
                .any(|other| shaped(other) && other.text.trim() == l.text.trim()))
        .then_some(i)
    })
}

/// "Name: «A quoted headline»" followed, past blank lines, by a date line: a headline that ends
/// like a sentence, told by the date line standing between it and the article.
pub(super) fn headline_over_date_line(lines: &[Line], at: usize) -> bool {
    let text = &lines[at].text;
    let last_sentence_end = text.trim_end_matches(['»', '”', '"', '“']);
    !last_sentence_end.ends_with('.')
        && lines[at + 1..]
            .iter()
            .find(|l| l.kind != Kind::Blank)
            .is_some_and(|l| l.kind == Kind::Meta && dates::find_full_date(&l.text).is_some())
}

pub(super) fn headline_shaped(text: &str) -> bool {
    let n = words(text);
    (3..=30).contains(&n)
        && text.chars().count() <= 250
        && !text.ends_with(['…', ':', ',', ';'])
        && !text.ends_with("...")
        && !text.starts_with('[')
        && !text.split_whitespace().any(|w| w.matches('/').count() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_titles_are_cut_at_a_word() {
        let long = "word ".repeat(60) + "end.";
        let t = made_title(&long);
        assert!(t.chars().count() <= 120 && t.ends_with("word"), "{t}");
        let lead = "At the invitation of the President of the Republic of Uzbekistan Shavkat Mirziyoyev, the President of Serbia Aleksandar Vučić is paying an official visit to Uzbekistan.";
        assert_eq!(
            made_title(lead),
            "The President of Serbia Aleksandar Vučić is paying an official visit to Uzbekistan"
        );
        let lead = "President of Serbia Aleksandar Vučić paid an official visit to IT Park Uzbekistan, where he familiarized himself with the organization’s key activities and contributions.";
        assert_eq!(
            made_title(lead),
            "President of Serbia Aleksandar Vučić paid an official visit to IT Park Uzbekistan"
        );
        let lead = "In 2013 Uzavtoprom, which is made up of automotive enterprises in Uzbekistan, will commission new facilities producing automotive components worth millions.";
        assert!(
            made_title(lead).starts_with("In 2013 Uzavtoprom"),
            "{}",
            made_title(lead)
        );
        assert_eq!(
            first_sentences("Mr. Krasnikov said so. Then more.", 1),
            "Mr. Krasnikov said so."
        );
    }
}
