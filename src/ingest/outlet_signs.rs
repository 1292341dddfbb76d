//! Signs of the outlet outside a credit line: the agency in the lead's dateline ("CITY, date
//! (AGENCY):", "AGENCY. Date."), a source beside its post's age over the headline, a domain in
//! the date line, a name glued to the last paragraph, and the masthead's spelling of a name
//! ("told BBT" for the initials the header spells out).

use super::boilerplate::boilerplate;
use super::countries;
use super::dateline::{dateline_agency, signed_dateline};
use super::dates;
use super::lines::{words, Kind, Line};
use super::patterns::patterns;

/// Whether an address on the lines spells the name ("mercadosemergentes.es" for "Mercados
/// Emergentes").
pub(super) fn spelled_by_address(name: &str, lines: &[Line]) -> bool {
    let squashed: String = deunicode::deunicode(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    if squashed.len() < 4 {
        return false;
    }
    // "ASTU News" over "https://astu.example/news/rss.xml": the address may spell the name's
    // first word alone, where it is the name's initials in capitals (not "News" of any site).
    let first_word = name.split_whitespace().next().unwrap_or("");
    let initials = first_word.chars().all(|c| c.is_uppercase());
    let first: String = deunicode::deunicode(first_word)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let spells = |label: &str| label == squashed || initials && first.len() >= 4 && label == first;
    lines
        .iter()
        .any(|l| site_names(&l.text).any(|label| spells(&label)))
}

/// The first label of each address's host, without hyphens: "https://www.eurasie-economie.fr/…"
/// and "www.eurasie-economie.fr" give "eurasieeconomie".
fn site_names(text: &str) -> impl Iterator<Item = String> + '_ {
    let hosts = text
        .match_indices("://")
        .map(|(at, sep)| &text[at + sep.len()..])
        .chain(text.match_indices("www.").map(|(at, _)| &text[at..]));
    hosts.filter_map(|host| {
        let host = host.strip_prefix("www.").unwrap_or(host);
        let (label, _) = host.split_once('.')?;
        (!label.contains(['/', ' '])).then(|| label.replace('-', "").to_ascii_lowercase())
    })
}

pub(super) fn outlet_from_lead(dateline: &str, lead: &str) -> Option<String> {
    let p = patterns();
    // "JIVA (Uzbekistán), 9 oct. (Meridiana) –": the country beside the city is no agency.
    let not_a_place = |name: &str| countries::mentions(name).is_empty();
    if let Some(signed) = signed_dateline(lead) {
        return Some(signed.agency);
    }
    if let Some(agency) = dateline_agency(dateline) {
        return Some(agency.to_string());
    }
    if let Some(c) = p
        .dateline_outlet_paren(dateline, not_a_place)
        .or_else(|| p.dateline_outlet_slash(dateline))
    {
        return Some(c[1].to_string());
    }
    // "ISLAMABAD, September 01 (APP): …", "DUSHANBE, July 18, Asia-Plus - …", "Бишкек. 11 июля. КирТАГ – …",
    // "AGENCY-NEWS. October 18, 2011. …", "Bishkek, July 18, 2019 / Agency /. …".
    if let Some(c) = p.agency_dateline(lead) {
        return Some(c[1].to_string());
    }
    // "ТАШКЕНТ, 12 сентября — ИА «Туронпресс».", "Toshkent, 12-iyun. «Turon-Axborot».".
    if let Some(c) = p.quoted_agency.captures(lead) {
        return Some(c[1].to_string());
    }
    let head = &lead[..lead.floor_char_boundary(90)];
    if let Some(c) = p.dateline_outlet_slash(head) {
        return Some(c[1].to_string());
    }
    // The dateline before its dash, past a full stop the dateline split stopped at.
    let before_dash = [" – ", " — ", " - "]
        .iter()
        .filter_map(|dash| head.find(dash))
        .min()
        .map(|at| &head[..at]);
    if let Some(c) = before_dash.and_then(|d| p.dateline_outlet_paren(d, not_a_place)) {
        return Some(c[1].to_string());
    }
    if let Some(c) = p.lead_credit(lead) {
        if let Some(m) = c.get(1).or_else(|| c.get(2)) {
            return Some(m.as_str().to_string());
        }
    }
    if let Some(c) = p.reports.captures(lead) {
        return Some(c[1].to_string());
    }
    p.reports_ru
        .captures(lead)
        .map(|c| c[1].trim_end_matches('.').to_string())
        .or_else(|| caps_agency_dateline(lead))
}

/// "SINGAPORE. KAZINFORM - Text …": a city and an agency in capitals, before a dash. The
/// agency is written as the lead itself writes it elsewhere ("… Kazinform has learned").
fn caps_agency_dateline(lead: &str) -> Option<String> {
    let head = &lead[..lead.floor_char_boundary(60)];
    let (city, rest) = head.split_once(". ")?;
    let cut = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| rest.find(d))
        .min()?;
    let agency = rest[..cut].trim();
    let caps = |t: &str| {
        t.chars().any(char::is_alphabetic)
            && t.chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-')
    };
    if !caps(city) || !caps(agency) || words(city) > 3 || words(agency) > 3 {
        return None;
    }
    let as_written = lead[cut..]
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| w.trim_end_matches('.'))
        .find(|w| *w != agency && w.to_lowercase() == agency.to_lowercase());
    Some(as_written.unwrap_or(agency).to_string())
}

/// "Beta 1 hour ago", "Tanjug pre 2 sata": an agency's name before a relative time, under the
/// headline.
pub(super) fn outlet_before_relative_time(
    head: &[Line],
    title_at: Option<usize>,
) -> Option<String> {
    let t = title_at?;
    let units = &boilerplate().relative_units;
    // Or just over the headline: "Source Name · 6 hours ago · 4 min read" on an aggregator.
    let over = head[..t]
        .iter()
        .rev()
        .filter(|l| l.kind != Kind::Blank)
        .take(2);
    head[t + 1..]
        .iter()
        .chain(over)
        // "Last updated 3 hours ago": a date's label is no outlet.
        .filter(|l| l.kind == Kind::Meta && dates::label_of(&l.text).is_none())
        .find_map(|l| {
            // The name and the time are the line's first two cells.
            let text = l
                .text
                .replace(" | ", " · ")
                .splitn(3, " · ")
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            if words(&text) > 6 {
                return None;
            }
            let tokens: Vec<&str> = text.split_whitespace().collect();
            let n = tokens
                .iter()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            // "6 min čitanja": a reading time, not the post's age.
            let lower: Vec<String> = tokens[n..].iter().map(|w| w.to_lowercase()).collect();
            let relative = lower.iter().any(|w| units.contains(w))
                && !lower
                    .iter()
                    .any(|w| boilerplate().reading_words.contains(w));
            let digit = tokens[n..]
                .iter()
                .any(|w| w.chars().all(|c| c.is_ascii_digit()));
            ((1..=3).contains(&n) && relative && digit).then(|| tokens[..n].join(" "))
        })
}

pub(super) fn outlet_from_domain(head: &[Line]) -> Option<String> {
    head.iter().filter(|l| l.kind == Kind::Meta).find_map(|l| {
        patterns().domain.captures(&l.text).map(|c| {
            let name = &c[1];
            // "tuads.uz" under "FEED: TUADS News": the name in the case the page prints it.
            let printed = head.iter().find_map(|l| {
                l.text
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| w.eq_ignore_ascii_case(name) && w.starts_with(char::is_uppercase))
            });
            if let Some(printed) = printed {
                return printed.to_string();
            }
            let mut chars = name.chars();
            chars
                .next()
                .map(|f| f.to_uppercase().collect::<String>() + chars.as_str())
                .unwrap_or_default()
        })
    })
}

/// "(Meridiana)" in the dateline under the masthead "Agencia Meridiana · Noticias …": the full
/// name the page's top lines give the credited outlet, where one ends or starts with it.
pub(super) fn masthead_name(outlet: &str, head: &[Line]) -> Option<String> {
    // "(TNA)", "(YDA)": an agency credited by its initials keeps them, as the page prints them.
    let letters = outlet.chars().count();
    if (2..=6).contains(&letters) && outlet.chars().all(char::is_uppercase) {
        return None;
    }
    name_around(outlet, head)
}

/// "(AAN)" under the masthead "AAN - Agencia Atlántica de Noticias": the name on the page's
/// top lines whose capitalised words' initials spell the credited abbreviation.
pub(super) fn expanded_initials(outlet: &str, head: &[Line]) -> Option<String> {
    let letters = outlet.chars().count();
    if !(2..=6).contains(&letters) || !outlet.chars().all(char::is_uppercase) {
        return None;
    }
    head.iter()
        .filter(|l| l.kind != Kind::Blank)
        .take(8)
        .flat_map(|l| l.text.split(['|', '·', '•', '—', '–', '-', '(', ')', '»']))
        .map(str::trim)
        .find(|part| {
            let initials: String = part
                .split_whitespace()
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            words(part) <= letters + 3 && initials == outlet
        })
        .map(str::to_string)
}

fn name_around(outlet: &str, head: &[Line]) -> Option<String> {
    // "Vía Agencia Orbe · hace 3 horas" over an aggregator's copy: the credit names it in full,
    // wherever it stands, before the aggregator's own masthead does.
    let via = head
        .iter()
        .flat_map(|l| l.text.split(['|', '·', '•']))
        .filter_map(|part| {
            let part = part.trim();
            part.strip_prefix("Via ")
                .or_else(|| part.strip_prefix("Vía "))
        });
    let top = head
        .iter()
        .filter(|l| l.kind != Kind::Blank)
        .take(3)
        .flat_map(|l| l.text.split(['|', '·', '•', '—', '–']))
        .map(str::trim);
    via.chain(top)
        .find(|part| {
            part.len() > outlet.len()
                && (2..=4).contains(&words(part))
                && (part.strip_suffix(outlet).is_some_and(|p| p.ends_with(' '))
                    || part
                        .strip_prefix(outlet)
                        .is_some_and(|p| p.starts_with(' ')))
        })
        .map(str::to_string)
}

/// "… mentorske programe za mlade programerke. (Tanjug)": the agency's credit glued to the end
/// of the last paragraph, after its full stop.
pub(super) fn outlet_glued_to_last_paragraph(body: &[Line]) -> Option<String> {
    let last = body.iter().rev().find(|l| l.kind == Kind::Prose)?;
    let text = last.text.trim_end();
    let open = text.rfind(" (")?;
    let before = text[..open].trim_end();
    if !before.ends_with(['.', '!', '?', '"', '”', '»']) {
        return None;
    }
    patterns()
        .lone_credit(text[open + 1..].trim())
        .filter(|c| words(&c[1]) <= 3)
        .map(|c| c[1].to_string())
}

#[cfg(test)]
#[path = "outlet_signs_tests.rs"]
mod tests;
