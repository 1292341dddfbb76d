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
    } else if b.is_author_label(&label) {
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
pub(super) fn without_press_service(outlet: &str) -> Option<String> {
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let [name @ .., press, unit] = words.as_slice() else {
        return None;
    };
    (!name.is_empty()
        && boilerplate().press_words.contains(&press.to_lowercase())
        && credits::is_unit(unit))
    .then(|| name.join(" "))
}

/// "Пресс-служба Агентства цифровых госуслуг", "Press Office of the Ministry of Trade" at the
/// article's end: the institution the press service speaks for, its first word in the form a
/// line of the page opens with (the masthead's "Агентство …", the footer's "© 2025 Агентство"),
/// or as printed after a link that leaves it as it is ("of the").
pub(super) fn press_service_issuer(
    at: impl IntoIterator<Item = usize>,
    lines: &[Line],
) -> Option<String> {
    at.into_iter().find_map(|i| {
        let t = lines[i].text.trim();
        let signed = words(t) <= 10 && !t.ends_with(['.', ':', '!', '?']);
        // "Press-service of the President …" over "Government Portal of …": a list of links.
        let next = lines[i + 1..]
            .iter()
            .map(|l| l.text.trim())
            .find(|t| !t.is_empty());
        (signed && !next.is_some_and(is_name_like))
            .then(|| issuer_after_press_service(t, lines))
            .flatten()
    })
}

/// A line that reads like a name: capitalised, three words or more, without a stop, a
/// colon or a figure.
fn is_name_like(text: &str) -> bool {
    (3..=12).contains(&words(text))
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', '!', '?'])
        && !text.contains(':')
        && !text.bytes().any(|b| b.is_ascii_digit())
}

/// "Министерство цифровых технологий" from a sign-off, where the footer's holder begins with it
/// ("… Республики Узбекистан"): the footer's fuller name.
pub(super) fn fuller_form(name: String, footer: Option<String>) -> String {
    match footer {
        Some(f) if f.len() > name.len() && f.to_lowercase().starts_with(&name.to_lowercase()) => f,
        _ => name,
    }
}

fn issuer_after_press_service(text: &str, lines: &[Line]) -> Option<String> {
    let b = boilerplate();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    // "Пресс-служба", "Press Service", "Pressestelle": a press word and a unit's word.
    let (mut press, mut unit, mut at) = (false, false, 0);
    while let Some(word) = lower.get(at) {
        let part_press = word
            .split('-')
            .any(|part| b.press_words.iter().any(|p| part.starts_with(p.as_str())));
        let part_unit = word
            .split('-')
            .any(|part| b.unit_words.iter().any(|u| part.starts_with(u.as_str())));
        if !(part_press || part_unit) {
            break;
        }
        (press, unit, at) = (press || part_press, unit || part_unit, at + 1);
    }
    if !(press && unit) {
        return None;
    }
    let (mut plain_link, mut inflecting_link) = (false, false);
    while let Some(word) = lower.get(at) {
        if b.press_links.contains(word) {
            plain_link = true;
        } else if b.inflecting_press_links.contains(word) {
            inflecting_link = true;
        } else {
            break;
        }
        at += 1;
    }
    let name = &tokens[at..];
    let first = name.first()?;
    if name.len() < 2 || !first.starts_with(char::is_uppercase) {
        return None;
    }
    // After "of the", "de la": the name as printed. Else ("Пресс-служба Агентства …",
    // "Pressestelle des Ministeriums"): its first word in the form a line opens with.
    if plain_link && !inflecting_link {
        return Some(name.join(" "));
    }
    let form = nominative_on_page(first, lines)?;
    Some(format!("{form} {}", name[1..].join(" ")))
}

/// The form of `word` a line of the page opens with, after a copyright mark and its years:
/// the word itself, or one sharing all but its last two letters ("Агентство" for "Агентства",
/// "Bundesministerium" for "Bundesministeriums").
fn nominative_on_page(word: &str, lines: &[Line]) -> Option<String> {
    let word_chars: Vec<char> = word.chars().collect();
    let stem = word_chars.len().saturating_sub(2).max(4);
    let openings = || {
        lines.iter().filter_map(|l| {
            l.text
                .trim_start_matches(|c: char| {
                    c == '©'
                        || c.is_ascii_digit()
                        || c.is_whitespace()
                        || matches!(c, '-' | '–' | '*')
                })
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches([',', '.', ':']))
        })
    };
    // The word itself, where a line opens with it, before any kin of it.
    if openings().any(|opening| opening == word) {
        return Some(word.to_string());
    }
    openings().find_map(|opening| {
        let chars: Vec<char> = opening.chars().collect();
        let shared = chars
            .iter()
            .zip(&word_chars)
            .take_while(|(a, b)| a == b)
            .count();
        let close = chars.len().abs_diff(word_chars.len()) <= 2;
        (opening.starts_with(char::is_uppercase) && shared >= stem && close)
            .then(|| opening.to_string())
    })
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
    // "Observatoire des nouvelles routes eurasiennes — ONRE": a line that gives both names
    // declares the short one, which then needs only to be printed as often.
    let declared = |token: &str| {
        lines
            .iter()
            .any(|l| l.text.contains(outlet) && l.text.contains(token))
    };
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .filter(|&(token, n)| n > full || (n == full && declared(token)))
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
        // A masthead that gives both names declares the short one: printed as often is enough.
        (
            "Observatoire des nouvelles routes eurasiennes",
            &[
                "Observatoire des nouvelles routes eurasiennes — ONRE",
                "Inscrivez-vous à la lettre mensuelle de l'ONRE.",
                "© 2025 Observatoire des nouvelles routes eurasiennes · Lyon",
            ],
            Some("ONRE"),
        ),
        (
            "Observatoire des nouvelles routes eurasiennes",
            &[
                "Observatoire des nouvelles routes eurasiennes",
                "Inscrivez-vous à la lettre mensuelle de l'ONRE.",
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
