//! The search index: one compact JSON file (`search/index.json`) that the theme's `search.js`
//! reads. It is a page like any other: its view holds every article by version, so build and
//! serve produce the same bytes, and it changes exactly when an article does.
//!
//! Shape: `{"v":1, "pairs":[names], "countries":[names], "themes":[names], "langs":[codes],
//! "items":[[title, path, date, pair, [countries], [themes], lang, summary, words], …]}`, where
//! pair, countries, themes and lang are indices into the lists, `path` is relative to the base
//! URL (so the index works under any base path) and `words` is the article's distinct words.

use super::view::{CardRef, Prepared};
use crate::site::{Kind, Site};
use serde_json::{json, Value};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// The distinct words of a Markdown body, title and summary, lower-case, in first-seen order,
/// for matching: markup characters fall away because only letters and digits make words.
pub fn words(parts: &[&str]) -> String {
    // Words already in lower case are borrowed, not copied: most of them are.
    let mut seen: rustc_hash::FxHashSet<Cow<str>> = rustc_hash::FxHashSet::default();
    let mut out = String::new();
    for part in parts {
        for word in part
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 2)
        {
            let word = if word.chars().any(char::is_uppercase) {
                Cow::Owned(word.to_lowercase())
            } else {
                Cow::Borrowed(word)
            };
            if word.chars().nth(1).is_some() && !seen.contains(&word) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&word);
                seen.insert(word);
            }
        }
    }
    out
}

/// What the index is made from: every article (by version) and the names of its groups.
pub struct IndexView<'a> {
    pub site: &'a Site,
    pub prepared: &'a [Arc<Prepared>],
}

impl Hash for IndexView<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        for p in self.prepared {
            CardRef(p).hash(h);
        }
        for kind in [Kind::Pair, Kind::Country, Kind::Theme] {
            for term in self.site.terms(kind) {
                term.name.hash(h);
                term.key.hash(h);
            }
        }
    }
}

impl IndexView<'_> {
    pub fn render(&self) -> String {
        let site = self.site;
        let names = |kind: Kind| -> Vec<&str> {
            site.terms(kind).iter().map(|t| t.name.as_str()).collect()
        };
        let langs: Vec<&str> = site
            .articles
            .iter()
            .filter_map(|a| a.lang.as_deref())
            .filter(|l| super::view::valid_lang(l))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let items: Vec<Value> = site
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let n = &site.neighbours[i];
                let lang = a
                    .lang
                    .as_deref()
                    .and_then(|l| langs.iter().position(|x| *x == l));
                json!([
                    a.title,
                    format!("articles/{}/", a.slug),
                    self.prepared[i].card["date_display"],
                    n.pair,
                    n.countries,
                    n.themes,
                    lang,
                    a.summary,
                    self.prepared[i].body.words(),
                ])
            })
            .collect();
        json!({
            "v": 1,
            "pairs": names(Kind::Pair),
            "countries": names(Kind::Country),
            "themes": names(Kind::Theme),
            "langs": langs,
            "items": items,
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_distinct_lower_case_and_free_of_markup() {
        assert_eq!(
            words(&["**Vučić** visits [Tashkent](https://x.uz)", "VISITS again"]),
            "vučić visits tashkent https uz again"
        );
    }
}
