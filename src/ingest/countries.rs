//! Which countries an article is about: the country names found in it (`country_names.rs`),
//! weighed by where they stand (headline, lead, body) and what they are (a name counts more than a
//! city), so that passing mentions drop out.

use std::collections::BTreeMap;

use super::country_names::is_word_char;
pub(crate) use super::country_names::lowercase_same_length;
pub(super) use super::country_names::warm;
pub use super::country_names::{is_only_a_place, mentions, Mention};

/// Where a mention stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Region {
    Headline,
    Lead,
    Body,
}

impl Region {
    fn weight(self) -> f32 {
        match self {
            Region::Headline => 3.0,
            Region::Lead => 2.0,
            Region::Body => 1.0,
        }
    }
}

/// The countries of an article and the pair it is filed under.
#[derive(Debug, Clone, PartialEq)]
pub struct Countries {
    pub countries: Vec<String>,
    pub pair: Vec<String>,
    /// Score per code, for the report.
    pub scores: BTreeMap<String, f32>,
}

/// Scores every country over the regions and keeps those that are parties, not passing mentions.
pub fn detect(regions: &[(Region, &str)]) -> Countries {
    let mut scores: BTreeMap<&'static str, f32> = BTreeMap::new();
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut in_headline: Vec<&'static str> = Vec::new();
    let mut together: BTreeMap<(&'static str, &'static str), usize> = BTreeMap::new();
    for (region, text) in regions {
        let found = mentions(text);
        for m in &found {
            *scores.entry(m.code).or_default() += m.weight * region.weight();
            *counts.entry(m.code).or_default() += 1;
            if *region == Region::Headline && !in_headline.contains(&m.code) {
                in_headline.push(m.code);
            }
        }
        // "Uzbek-Serbian", "Russia–Uzbekistan", "Germany and Uzbekistan": two parties side by side.
        // Not inside a longer list ("Serbia, North Macedonia and Albania"): three names in a row
        // name a group, and no two of them are the pair.
        // A declined name's match stops before its case ending ("Srbij|e"): skip the ending.
        let linked = |i: usize| {
            i + 1 < found.len()
                && found[i].code != found[i + 1].code
                && joined(text[found[i].end..found[i + 1].start].trim_start_matches(is_word_char))
        };
        for i in 0..found.len().saturating_sub(1) {
            let (a, b) = (&found[i], &found[i + 1]);
            let in_list = (i > 0 && linked(i - 1)) || linked(i + 1);
            if linked(i) && !in_list {
                let key = if a.code < b.code {
                    (a.code, b.code)
                } else {
                    (b.code, a.code)
                };
                *together.entry(key).or_default() += 1;
            }
        }
    }
    let top = scores.values().cloned().fold(0.0_f32, f32::max);
    // A country named once is kept when no other country is named at all: the item is about it.
    let alone = scores.len() == 1;
    let mut kept: Vec<(&'static str, f32)> = scores
        .iter()
        .filter(|(code, &score)| {
            let count = counts[*code];
            let headline = in_headline.contains(code);
            let paired = together.keys().any(|(a, b)| a == *code || b == *code);
            alone || (count >= 2 || headline || paired) && score >= 0.2 * top && score >= 1.5
        })
        .map(|(c, s)| (*c, *s))
        .collect();
    kept.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));

    let pair = choose_pair(&kept, &together, top);
    let mut countries: Vec<String> = kept.iter().map(|(c, _)| c.to_string()).collect();
    countries.sort();
    Countries {
        countries,
        pair,
        scores: scores
            .into_iter()
            .map(|(c, s)| (c.to_string(), s))
            .collect(),
    }
}

fn joined(between: &str) -> bool {
    let b = between.trim();
    let b = b
        .trim_start_matches(['\'', '’'])
        .trim_start_matches('s')
        .trim();
    matches!(
        b,
        "-" | "–"
            | "—"
            | "/"
            | "and"
            | "и"
            | "i"
            | "va"
            | "&"
            | ","
            | "und"
            | "et"
            | "y"
            | "e"
            | "ve"
    )
}

fn choose_pair(
    kept: &[(&'static str, f32)],
    together: &BTreeMap<(&str, &str), usize>,
    top: f32,
) -> Vec<String> {
    if kept.is_empty() {
        return Vec::new();
    }
    let mut best: Option<(f32, &str, &str)> = None;
    // "Polen und Rumänien" named side by side in passing in an article on two others: the
    // pair takes in the country the article names most.
    let leader = kept[0].0;
    for (i, (a, sa)) in kept.iter().enumerate() {
        for (b, sb) in &kept[i + 1..] {
            if *a != leader && *b != leader {
                continue;
            }
            let key = if a < b { (*a, *b) } else { (*b, *a) };
            let bonus = together.get(&key).copied().unwrap_or(0) as f32 * 3.0;
            let score = sa + sb + bonus;
            // A pair needs its weaker side to be a real party: near the leader, or named side by side.
            let weaker = sa.min(*sb);
            if (weaker >= 0.3 * top || bonus > 0.0) && best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, a, b));
            }
        }
    }
    match best {
        Some((_, a, b)) => {
            let mut pair = vec![a.to_string(), b.to_string()];
            pair.sort();
            pair
        }
        None => vec![kept[0].0.to_string()],
    }
}

#[cfg(test)]
#[path = "countries_tests.rs"]
mod tests;
