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
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
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
    /// The index as JSON, written item by item: no tree of the whole index is built, so its
    /// memory is the size of the file.
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
        let file = IndexFile {
            countries: names(Kind::Country),
            items: Items {
                view: self,
                langs: &langs,
            },
            langs: &langs,
            pairs: names(Kind::Pair),
            themes: names(Kind::Theme),
            v: 1,
        };
        serde_json::to_string(&file).expect("the index serialises: its keys are strings")
    }
}

/// The index file; keys in alphabetical order, as the index has always had them.
#[derive(Serialize)]
struct IndexFile<'a> {
    countries: Vec<&'a str>,
    items: Items<'a>,
    langs: &'a [&'a str],
    pairs: Vec<&'a str>,
    themes: Vec<&'a str>,
    v: u32,
}

/// Every article as an index item: `[title, path, date, pair, [countries], [themes], lang,
/// summary, words]`.
struct Items<'a> {
    view: &'a IndexView<'a>,
    langs: &'a [&'a str],
}

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let site = self.view.site;
        let mut seq = s.serialize_seq(Some(site.articles.len()))?;
        for (i, a) in site.articles.iter().enumerate() {
            let n = &site.neighbours[i];
            let prepared = &self.view.prepared[i];
            let lang = a
                .lang
                .as_deref()
                .and_then(|l| self.langs.iter().position(|x| *x == l));
            seq.serialize_element(&(
                &a.title,
                format!("articles/{}/", a.slug),
                &prepared.card.date_display,
                n.pair,
                &n.countries,
                &n.themes,
                lang,
                &a.summary,
                prepared.body.words(),
            ))?;
        }
        seq.end()
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
