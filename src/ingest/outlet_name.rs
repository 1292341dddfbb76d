//! How an outlet's name is written once found: without a label before it ("Canal: X"), and in
//! the short form the page prints beside the full name ("ONR" for "Observatoire des Nouvelles
//! Routes"), as the contract asks.

use super::boilerplate::boilerplate;
use super::lines::{words, Line};

/// "Canal: Agencia Orbe", "Izvor: Beta": a name under a source's or a channel's label is the
/// outlet without it; under a writer's label ("Autor: Name") it is no outlet at all.
pub(super) fn unlabelled_outlet(outlet: String) -> Option<String> {
    let Some((label, name)) = outlet.split_once(':') else {
        return Some(outlet);
    };
    let label = label.trim().to_lowercase();
    let b = boilerplate();
    if words(&label) > 2 || name.trim().is_empty() {
        Some(outlet)
    } else if b.author_labels.contains(&label) {
        None
    } else if b.source_labels.contains(&label) || b.channel_labels.contains(&label) {
        Some(name.trim().to_string())
    } else {
        Some(outlet)
    }
}

/// "Observatoire des Nouvelles Routes" where the page prints "ONR" more often: the short form.
/// The initials of the name's words (small words of three letters or fewer left out unless
/// capitalised) must spell a word in capitals the page prints.
pub(super) fn short_form(outlet: &str, lines: &[Line]) -> Option<String> {
    if words(outlet) < 3 {
        return None;
    }
    let initials: String = outlet
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            w.starts_with(char::is_uppercase) || letters > 3
        })
        .filter_map(|w| {
            // "d’études": the word after an elided article.
            let w = w.rsplit(['’', '\'']).next().unwrap_or(w);
            w.chars().next()
        })
        .flat_map(char::to_uppercase)
        .collect();
    let initials = deunicode::deunicode(&initials);
    if !(2..=6).contains(&initials.len()) || !initials.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    // The form the page prints more often ("ONR" in the masthead, the footer and the citation).
    let (mut short, mut full) = (0, 0);
    for l in lines {
        full += l.text.matches(outlet).count();
        short += l
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|token| *token == initials)
            .count();
    }
    (short > full).then_some(initials)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::lines::Kind;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .map(|t| Line {
                kind: Kind::Short,
                text: t.to_string(),
            })
            .collect()
    }

    #[test]
    fn the_short_form_the_page_prints() {
        let page = lines(&[
            "ONR Observatoire des Nouvelles Routes Accueil Analyses",
            "© ONR 2024",
        ]);
        assert_eq!(
            short_form("Observatoire des Nouvelles Routes", &page).as_deref(),
            Some("ONR")
        );
        let page = lines(&[
            "IEBE – Institut d’études balkaniques et européennes Accueil",
            "© IEBE 2024",
        ]);
        assert_eq!(
            short_form("Institut d’études balkaniques et européennes", &page).as_deref(),
            Some("IEBE")
        );
        // Not printed, or printed less often than the name: the name stands.
        let page = lines(&["Observatoire des Nouvelles Routes", "Accueil"]);
        assert_eq!(short_form("Observatoire des Nouvelles Routes", &page), None);
        let page = lines(&[
            "Balkan Code Review (BCR)",
            "© Balkan Code Review",
            "Balkan Code Review: about us",
            "BCR newsletter",
        ]);
        assert_eq!(short_form("Balkan Code Review", &page), None);
        // Two words are short enough.
        assert_eq!(short_form("Daily Hit", &lines(&["DH"])), None);
    }
}
