//! How an outlet's name is written once found: without a label before it ("Canal: X"), and in
//! the short form the page prints beside the full name ("ONR" for "Observatoire des Nouvelles
//! Routes"), as the contract asks.

use super::boilerplate::boilerplate;
use super::countries;
use super::credits;
use super::lines::{words, Line};

/// "Canal: Agencia Orbe", "Izvor: Beta": a name under a source's or a channel's label is the
/// outlet without it; under a writer's label ("Autor: Name"), or a press officer's post, it is
/// no outlet at all. An institution's press service, or a state body named with its state, is
/// the institution or the body.
pub(super) fn unlabelled_outlet(outlet: String) -> Option<String> {
    // "Referentin Kommunikation" beside a contact's name: a post, no outlet ("The Observer"
    // is one).
    let first_word = outlet.split_whitespace().next().unwrap_or("");
    if words(&outlet) <= 4 && credits::is_role(first_word) {
        return None;
    }
    let Some((label, name)) = outlet.split_once(':') else {
        let outlet = without_press_service(&outlet).unwrap_or(outlet);
        return Some(without_state(&outlet).unwrap_or(outlet));
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

/// "Ўзбекистон Республикаси Рақамли технологиялар вазирлиги": the state body without the
/// state's name before it.
fn without_state(outlet: &str) -> Option<String> {
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let at = words
        .iter()
        .take(3)
        .position(|w| boilerplate().state_words.contains(&w.to_lowercase()))?;
    let rest = &words[at + 1..];
    (at >= 1 && rest.len() >= 2 && !countries::mentions(&words[..at].join(" ")).is_empty())
        .then(|| rest.join(" "))
}

/// "TAFU Matbuot xizmati", "Example Ministry Press Office": the institution its press service
/// speaks for.
fn without_press_service(outlet: &str) -> Option<String> {
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let [name @ .., press, unit] = words.as_slice() else {
        return None;
    };
    (!name.is_empty()
        && boilerplate().press_words.contains(&press.to_lowercase())
        && credits::is_unit(unit))
    .then(|| name.join(" "))
}

/// "Observatoire des Nouvelles Routes" where the page prints "ONR" more often: the short form.
/// A word in capitals the page prints spells the name: each of the name's words (small words of
/// three letters or fewer left out unless capitalised) gives its first letter, a compound may
/// give one more from inside ("Deutsch-Usbekische Wirtschaftsvereinigung": DUWV).
pub(super) fn short_form(outlet: &str, lines: &[Line]) -> Option<String> {
    if words(outlet) < 2 {
        return None;
    }
    let name_words: Vec<String> = outlet
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            w.starts_with(char::is_uppercase) || letters > 3
        })
        // "d’études": the word after an elided article.
        .map(|w| w.rsplit(['’', '\'']).next().unwrap_or(w))
        .map(|w| deunicode::deunicode(w).to_uppercase())
        .filter(|w| !w.is_empty())
        .collect();
    if !(2..=6).contains(&name_words.len()) {
        return None;
    }
    // The form the page prints more often ("ONR" in the masthead, the footer and the citation).
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut full = 0;
    let finder = memchr::memmem::Finder::new(outlet);
    let first = name_words[0].as_bytes()[0];
    for l in lines {
        full += finder.find_iter(l.text.as_bytes()).count();
        // Most lines hold no capital the short form could start with.
        if memchr::memchr(first, l.text.as_bytes()).is_none() {
            continue;
        }
        for token in l.text.split(|c: char| !c.is_alphanumeric()) {
            if (2..=6).contains(&token.len())
                && token.as_bytes()[0] == first
                && token.bytes().all(|b| b.is_ascii_uppercase())
                && spells(token.as_bytes(), &name_words)
            {
                match counts.iter_mut().find(|(t, _)| *t == token) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((token, 1)),
                }
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .filter(|&(_, n)| n > full)
        .map(|(token, _)| token.to_string())
}

/// "Senzacija.rs" in the copyright footer where the text says "saznaje Senzacija": the name the
/// page prints without its address's ending.
pub(super) fn without_domain(outlet: &str, lines: &[Line]) -> Option<String> {
    let (name, ending) = outlet.rsplit_once('.')?;
    let domain_like = (2..=4).contains(&ending.len())
        && ending.bytes().all(|b| b.is_ascii_lowercase())
        && !name.contains([' ', '.'])
        && name.starts_with(char::is_uppercase);
    if !domain_like {
        return None;
    }
    // As often bare as with the ending, at least ("Bajtovi.rs" three times, "Bajtovi" once,
    // stays).
    let bare = |text: &str| {
        text.match_indices(name)
            .filter(|&(at, _)| {
                let before = text[..at].chars().next_back();
                let after = &text[at + name.len()..];
                before.is_none_or(|c| !c.is_alphanumeric())
                    && !after.starts_with(|c: char| c.is_alphanumeric())
                    && !after
                        .strip_prefix('.')
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
            })
            .count()
    };
    let (bare_count, full_count): (usize, usize) = lines
        .iter()
        .map(|l| (bare(&l.text), l.text.matches(outlet).count()))
        .fold((0, 0), |(b, f), (x, y)| (b + x, f + y));
    (bare_count > 0 && bare_count >= full_count).then(|| name.to_string())
}

/// Whether `short` takes each word's first letter in order, and at most one more letter from
/// inside a word of eight letters or more.
fn spells(short: &[u8], name_words: &[String]) -> bool {
    fn go(short: &[u8], words: &[String], inner_left: bool) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return short.is_empty();
        };
        let bytes = word.as_bytes();
        if short.first() != bytes.first() {
            return false;
        }
        if go(&short[1..], rest, inner_left) {
            return true;
        }
        inner_left
            && bytes.len() >= 8
            && short.len() >= 2
            && bytes[1..].contains(&short[1])
            && go(&short[2..], rest, false)
    }
    go(short, name_words, true)
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

    /// (outlet, the page's lines, the short form expected)
    const SHORT_FORMS: &[(&str, &[&str], Option<&str>)] = &[
        (
            "Observatoire des Nouvelles Routes",
            &[
                "ONR Observatoire des Nouvelles Routes Accueil Analyses",
                "© ONR 2024",
            ],
            Some("ONR"),
        ),
        (
            "Institut d’études balkaniques et européennes",
            &[
                "IEBE – Institut d’études balkaniques et européennes Accueil",
                "© IEBE 2024",
            ],
            Some("IEBE"),
        ),
        // Not printed, or printed less often than the name: the name stands.
        (
            "Observatoire des Nouvelles Routes",
            &["Observatoire des Nouvelles Routes", "Accueil"],
            None,
        ),
        (
            "Balkan Code Review",
            &[
                "Balkan Code Review (BCR)",
                "© Balkan Code Review",
                "Balkan Code Review: about us",
                "BCR newsletter",
            ],
            None,
        ),
        // A compound gives a letter from inside; a word in capitals that spells nothing stays.
        (
            "Deutsch-Usbekische Wirtschaftsvereinigung",
            &[
                "DUWV Rundbrief",
                "Foto: DUWV",
                "© Deutsch-Usbekische Wirtschaftsvereinigung",
            ],
            Some("DUWV"),
        ),
        (
            "Deutsch-Usbekische Wirtschaftsvereinigung",
            &[
                "DUX Rundbrief",
                "Foto: DUX",
                "© Deutsch-Usbekische Wirtschaftsvereinigung",
            ],
            None,
        ),
    ];

    #[test]
    fn the_short_form_the_page_prints() {
        for (outlet, page, short) in SHORT_FORMS {
            assert_eq!(
                short_form(outlet, &lines(page)).as_deref(),
                *short,
                "{page:?}"
            );
        }
    }

    /// An address's bare name where the page writes it bare at least as often.
    #[test]
    fn the_name_without_its_address() {
        for (page, bare) in [
            (
                &[
                    "Saznaje Senzacija. Ugovor je potpisan.",
                    "© Senzacija.rs 2025",
                ][..],
                Some("Senzacija"),
            ),
            (&["© Senzacija.rs 2025"][..], None),
            (
                &[
                    "Senzacija.rs | Senzacija.rs",
                    "saznaje Senzacija",
                    "© Senzacija.rs",
                ][..],
                None,
            ),
        ] {
            assert_eq!(
                without_domain("Senzacija.rs", &lines(page)).as_deref(),
                bare,
                "{page:?}"
            );
        }
    }
}
