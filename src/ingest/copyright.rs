//! The publisher a copyright footer names ("© 2024 Daily Planet. All rights reserved."): the
//! outlet of last resort, when nothing else on the page named one; and the issuer a press
//! release's letterhead names.

use super::classify::{boilerplate, is_credit_line};
use super::countries;
use super::credits::is_copyright;
use super::lines::{words, Kind, Line};
use super::patterns::patterns;

/// "© 2024 Daily Planet. All rights reserved.", "Daily Planet © 2024 | Imprint" or "All rights
/// reserved. Daily Planet, 2024" under the article: the publisher a copyright footer names, when
/// nothing else on the page named an outlet.
pub(super) fn outlet_from_copyright(tail: &[Line], head: &[Line]) -> Option<String> {
    // The site's name lines above the article: the masthead a footer's holder may repeat.
    // "OstWirtschaft – Das Magazin für Märkte …": a masthead's name before its tagline.
    // A language switcher's items ("Ўзб", "Рус", "Eng"), one short word a line, are no
    // masthead and do not push it down.
    let switcher_item = |l: &Line| words(&l.text) == 1 && l.text.trim().chars().count() <= 4;
    let top: Vec<&str> = head
        .iter()
        .filter(|l| l.kind != Kind::Blank && !switcher_item(l))
        .take(MASTHEAD_LINES)
        .map(|l| l.text.trim())
        .flat_map(|m| {
            let name = [" – ", " — ", " | "]
                .iter()
                .find_map(|dash| m.split_once(dash))
                .map(|(name, _)| name.trim());
            // "☰  COMERCIO GLOBAL  🔍": the name between a menu's and a search's icons.
            let is_icon = |c: char| !c.is_alphanumeric() && !c.is_ascii() && !c.is_whitespace();
            let framed = m.starts_with(is_icon) || m.ends_with(is_icon);
            let between_icons = m
                .split("  ")
                .map(move |part| part.trim_matches(|c: char| is_icon(c) || c.is_whitespace()))
                .filter(move |part| framed && *part != m);
            std::iter::once(m).chain(name).chain(between_icons)
        })
        .filter(|m| !m.is_empty())
        .collect();
    let holder = tail
        .iter()
        .filter(|l| l.kind != Kind::Blank && !is_credit_line(&l.text.to_lowercase()))
        .find_map(|l| copyright_holder(&l.text, &top))?;
    // "© OSTEXPRESS Verlagsgesellschaft mbH" under the masthead "OSTEXPRESS", "© Frontier
    // Ledger Media LLC" under "FRONTIER LEDGER": the name the page goes by, in the footer's case.
    Some(match masthead_of(&holder, &top) {
        Some(m) => holder.chars().take(m.chars().count()).collect(),
        None => masthead_of_publisher(&holder, &top).unwrap_or(holder),
    })
}

/// "© 2024 OstMarkt Verlag GmbH" under the masthead "OstMarkt Kompakt": a publishing house named
/// after its title publishes the masthead's title, and the masthead is the outlet.
fn masthead_of_publisher(holder: &str, top: &[&str]) -> Option<String> {
    let first = holder.split_whitespace().next()?;
    if words(holder) < 2 || first.chars().count() < 4 {
        return None;
    }
    let second = holder.split_whitespace().nth(1);
    top.iter()
        .find(|m| {
            let mut name = m.split_whitespace();
            (2..=4).contains(&words(m))
                && name.next() == Some(first)
                && name.next() != second
                && m.chars().any(char::is_lowercase)
                && !m.bytes().any(|b| b.is_ascii_digit())
        })
        .map(|m| m.to_string())
}

/// How far down the page a masthead may sit: under skip links, a language switcher, a
/// state's name over a ministry's.
const MASTHEAD_LINES: usize = 8;

/// The masthead line a holder's name begins with, at most a company's or a country's words
/// ("Republike Srbije", "of the Republic of Atlantis") longer than it.
fn masthead_of<'a>(holder: &str, top: &[&'a str]) -> Option<&'a str> {
    let holder_lower = holder.to_lowercase();
    top.iter().copied().find(|m| {
        holder_lower
            .strip_prefix(m.to_lowercase().as_str())
            .is_some_and(|rest| {
                let long_words = rest.split_whitespace().filter(|w| w.chars().count() > 3);
                rest.is_empty() || rest.starts_with(' ') && long_words.count() <= 3
            })
    })
}

fn copyright_holder(text: &str, top: &[&str]) -> Option<String> {
    let marked = text.contains('©') || is_copyright(text);
    let notice = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| boilerplate().rights_words.contains(&w.to_lowercase()))
    };
    if !marked && (words(text) > 20 || !notice(text)) {
        return None;
    }
    // The footer's parts: the one with the mark names the holder; without a mark, the part
    // beside the rights notice that carries the year.
    let parts = text
        .split(['|', '·', '•'])
        .flat_map(|part| part.split(" — "))
        .flat_map(|part| part.split(" – "))
        .flat_map(split_sentences)
        .map(str::trim);
    for part in parts {
        if marked {
            let Some(at) = part.find('©').or_else(|| is_copyright(part).then_some(0)) else {
                continue;
            };
            let (before, after) = (&part[..at], &part[at..]);
            // "Comercio Global © 2023 Ediciones Mercantil S.L." under the masthead "COMERCIO
            // GLOBAL": the title before the mark is the outlet, its publisher after it is not.
            let title = holder(before, top).filter(|name| {
                masthead_of(name, top).is_some_and(|m| m.chars().count() == name.chars().count())
            });
            if let Some(name) = title
                .or_else(|| holder(after, top))
                .or_else(|| holder(before, top))
            {
                return Some(name);
            }
        } else if !notice(part) && part.bytes().filter(u8::is_ascii_digit).count() == 4 {
            if let Some(name) = holder(part, top) {
                return Some(name);
            }
        }
    }
    None
}

/// Sentences of a footer's part ("Daily Planet d.o.o. All rights reserved"): cut at a stop
/// before a space; a company form keeps its dots.
fn split_sentences(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in part.match_indices(". ") {
        let word = part[start..at + 1].rsplit(' ').next().unwrap_or("");
        // "Handelskammer e. V.": an abbreviation's letter goes on.
        if word.chars().count() == 2 {
            continue;
        }
        let form = boilerplate().company_forms.contains(&word.to_lowercase());
        out.push(&part[start..if form { at + 1 } else { at }]);
        start = at + 2;
    }
    out.push(&part[start..]);
    out
}

/// The holder's name in a footer's part: marks, the word "copyright" and years taken off.
fn holder(part: &str, top: &[&str]) -> Option<String> {
    let mut t = part.trim();
    // "Copyright © 2019-2024, " / "(c) 2024 " / "© Copyright 2024 ": marks and years go.
    loop {
        let start = t.len();
        for mark in ["©", "(c)", "(C)"] {
            t = t.strip_prefix(mark).unwrap_or(t).trim_start();
        }
        if t.get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
        {
            t = &t[9..];
        }
        t = t.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',' | ':')
        });
        if t.len() == start {
            break;
        }
    }
    // «Name»: a quoted name is the whole name ("© 2015–2024 ИА «Янги Замон»").
    if let Some(quoted) = t.split_once('«').and_then(|(_, rest)| rest.split_once('»')) {
        return publisher_name(quoted.0, top);
    }
    publisher_name(&t[..t.find([',', ';']).unwrap_or(t.len())], top)
}

/// A publisher's name from a footer's words: without a trailing year or company form, never a
/// rights notice ("Все права защищены", "All Rights Reserved"). A name that reads like a
/// sentence ("Министерство цифровых технологий …") counts when the masthead prints it too.
fn publisher_name(name: &str, top: &[&str]) -> Option<String> {
    let b = boilerplate();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while let Some(last) = words.last() {
        let year = last.len() == 4 && last.bytes().all(|c| c.is_ascii_digit());
        let lower = last.to_lowercase();
        // "Verlags-GmbH & Co. KG": a compound company form and its joints go too.
        let form = b.company_forms.contains(&lower)
            || lower.ends_with("-gmbh")
            || matches!(lower.as_str(), "&" | "co" | "co.");
        // "e. V.", "S. A.": a form written with a space inside.
        let spaced_form = words.len() >= 3
            && b.company_forms
                .contains(&format!("{}{}", words[words.len() - 2], last).to_lowercase());
        if spaced_form {
            words.truncate(words.len() - 2);
            continue;
        }
        if !(year || form) {
            break;
        }
        words.pop();
    }
    let name = words.join(" ");
    let name = name.trim().trim_end_matches('.');
    let n = name.split_whitespace().count();
    // "digitalnaSrbija.info": a site's address is a name in whatever case it is written.
    let address = n == 1 && patterns().lone_domain(name).is_some();
    let starts_capitalised = name.chars().next().is_some_and(char::is_uppercase) || address;
    // "Самаркандский вестник", "Le Courrier d'Asie centrale": after its first, a short name's
    // words and a longer one's particles and one more word may be in small letters; more than
    // that is a sentence.
    let capitalised = n <= 3
        || name
            .split_whitespace()
            // "d'Asie": a particle glued by an apostrophe.
            .map(|w| match w.split_once(['\'', '’']) {
                Some((particle, word)) if particle.chars().count() <= 2 => word,
                _ => w,
            })
            .filter(|w| !w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 3)
            .count()
            <= 1;
    let notice = name
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| b.rights_words.contains(&w.to_lowercase()));
    let furniture = b.lines.contains(name.to_lowercase().as_str());
    let named_above = n <= 12 && masthead_of(name, top).is_some();
    let name_like = (1..=5).contains(&n) && capitalised || named_above;
    (name_like && starts_capitalised && !notice && !furniture).then(|| name.to_string())
}

/// "DUWK  Deutsch-Usbekischer Wirtschaftskreis e.V." over "PRESSEMITTEILUNG": a short name set
/// apart before the full one, that also starts the page's running header or footer ("DUWK e.V. ·
/// Friedrichstraße 140 · …"), is the issuer's name as the release uses it.
fn short_name_over_release<'a>(
    filled: &[&'a Line],
    head_len: usize,
    page: &[Line],
    release_word: &dyn Fn(&str) -> bool,
) -> Option<&'a str> {
    let release_line = filled
        .iter()
        .take(10)
        .position(|l| words(&l.text) <= 4 && release_word(l.text.trim()))?;
    filled[..release_line].iter().find_map(|l| {
        let (short, full) = l.text.trim().split_once("  ")?;
        let starts_a_later_line = |line: &Line| {
            line.text
                .trim()
                .strip_prefix(short)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace() || c == '-'))
        };
        (words(short) == 1
            && words(full) >= 2
            && short.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !short.chars().any(char::is_lowercase)
            && page.iter().skip(head_len).any(starts_a_later_line))
        .then_some(short)
    })
}

/// "NORDWERK SOFTWARE AG        PRESS RELEASE", "Example GmbH · Pressemitteilung": the issuer a
/// release's letterhead names at the top of the page, with its company form, in the case the
/// text prints it. Or a state body's letterhead in capitals over "SAOPŠTENJE ZA JAVNOST" alone
/// ("REPUBLIKA SRBIJA" / "KANCELARIJA ZA DIGITALNU UPRAVU"): the first line naming no country.
pub(super) fn letterhead_issuer(head: &[Line], page: &[Line]) -> Option<String> {
    let release_words = &boilerplate().release_words;
    let release_word = |p: &str| {
        let lower = p.to_lowercase();
        release_words.iter().any(|w| lower.starts_with(w.as_str()))
    };
    let filled: Vec<&Line> = head.iter().filter(|l| l.kind != Kind::Blank).collect();
    if let Some(short) = short_name_over_release(&filled, head.len(), page, &release_word) {
        return Some(short.to_string());
    }
    let issuer = match filled.iter().take(3).find(|l| {
        let lower = l.text.to_lowercase();
        release_words.iter().any(|w| lower.contains(w.as_str()))
    }) {
        Some(line) => {
            let parts: Vec<&str> = line
                .text
                .split("   ")
                .flat_map(|p| p.split(" · "))
                .flat_map(|p| p.split(" | "))
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            let (issuer, rest) = parts.split_first()?;
            if !rest.iter().any(|p| release_word(p)) || release_word(issuer) {
                return None;
            }
            *issuer
        }
        None => {
            let alone = filled
                .iter()
                .take(10)
                .position(|l| words(&l.text) <= 4 && release_word(l.text.trim()))?;
            // "Deutsche Botschaft Belgrad" over "PRESSEMITTEILUNG Nr. 41/2024", its footer
            // starting with the same name: the issuer, whatever its case.
            let printed_below = |t: &str| {
                page.iter()
                    .skip(head.len())
                    .any(|l| l.text.trim().starts_with(t))
            };
            filled[..alone].iter().map(|l| l.text.trim()).find(|t| {
                (2..=6).contains(&words(t))
                    && !t.bytes().any(|b| b.is_ascii_digit())
                    && (!t.chars().any(char::is_lowercase) && countries::mentions(t).is_empty()
                        // ("РЕПУБЛИКА СРБИЈА" over a ministry is the state, not the issuer.)
                        || t.chars().any(char::is_lowercase)
                            && !countries::is_only_a_place(t)
                            && printed_below(t))
            })?
        }
    };
    if !(1..=6).contains(&words(issuer)) || !issuer.chars().any(char::is_alphabetic) {
        return None;
    }
    // "NORDWERK SOFTWARE AG": the text's own spelling of the name, where it prints one.
    if issuer.chars().any(char::is_lowercase) {
        return Some(issuer.to_string());
    }
    let wanted = issuer.to_lowercase();
    let spelled = page.iter().find_map(|l| {
        let lower = l.text.to_lowercase();
        // Lower-casing keeps these scripts' byte lengths, so the offset holds in the original.
        let at = lower.find(&wanted)?;
        (lower.len() == l.text.len())
            .then(|| l.text.get(at..at + wanted.len()).map(str::to_string))
            .flatten()
            .filter(|name| name.chars().any(char::is_lowercase))
    });
    Some(spelled.unwrap_or_else(|| issuer.to_string()))
}
