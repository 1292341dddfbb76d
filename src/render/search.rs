//! The search index the theme's `search.js` reads: a head (`search/index.json`,
//! `{"v":2, "pairs":[names], "countries":[names], "themes":[names], "langs":[codes], "parts":N}`)
//! and N parts (`search/items/1.json`…), each a list of up to [`PART_ITEMS`] items
//! `[title, path, date, pair, [countries], [themes], lang, summary, words]`, where pair,
//! countries, themes and lang are indices into the head's lists, `path` is relative to the base
//! URL (so the index works under any base path) and `words` is the article's distinct words.
//! They are pages like any other, so build and serve produce the same bytes; split so that an
//! edit to one article re-writes one part.

use super::view::PreparedArticles;
use crate::site::{Kind, Site};
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};

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

/// How many articles one part of the index holds: editing an article re-writes its part only.
pub const PART_ITEMS: usize = 500;

/// How many parts the items of `articles` articles take.
pub fn part_count(articles: usize) -> usize {
    articles.div_ceil(PART_ITEMS)
}

/// The language codes items refer to by index.
fn langs(site: &Site) -> Vec<&str> {
    site.articles
        .iter()
        .filter_map(|a| a.lang.as_deref())
        .filter(|l| super::view::valid_lang(l))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn names(site: &Site, kind: Kind) -> Vec<&str> {
    site.terms(kind).iter().map(|t| t.name.as_str()).collect()
}

/// The index's head (`search/index.json`): the names items refer to and how many parts hold
/// the items. It changes only when the groups or the number of parts do.
#[derive(Serialize)]
pub struct HeadView<'a> {
    countries: Vec<&'a str>,
    langs: Vec<&'a str>,
    pairs: Vec<&'a str>,
    parts: usize,
    themes: Vec<&'a str>,
    v: u32,
}

impl<'a> HeadView<'a> {
    pub fn new(site: &'a Site) -> Self {
        HeadView {
            countries: names(site, Kind::Country),
            langs: langs(site),
            pairs: names(site, Kind::Pair),
            parts: part_count(site.articles.len()),
            themes: names(site, Kind::Theme),
            v: 2,
        }
    }

    pub fn render(&self) -> String {
        serde_json::to_string(self).expect("the index head serialises: its keys are strings")
    }
}

impl Hash for HeadView<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        (
            &self.countries,
            &self.langs,
            &self.pairs,
            self.parts,
            &self.themes,
        )
            .hash(h);
        self.v.hash(h);
    }
}

/// Part `number` (from 1) of the items: the articles `(number - 1) * PART_ITEMS..` in the
/// site's order, each `[title, path, date, pair, [countries], [themes], lang, summary, words]`.
pub struct PartView<'a> {
    pub site: &'a Site,
    pub prepared: PreparedArticles<'a>,
    pub number: usize,
}

impl PartView<'_> {
    fn members(&self) -> std::ops::Range<usize> {
        let total = self.site.articles.len();
        let start = ((self.number - 1) * PART_ITEMS).min(total);
        start..(start + PART_ITEMS).min(total)
    }

    /// The part as JSON, written item by item.
    pub fn render(&self) -> String {
        serde_json::to_string(self).expect("the index serialises: its keys are strings")
    }
}

impl Hash for PartView<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        langs(self.site).hash(h);
        for i in self.members() {
            let n = &self.site.neighbours[i];
            (n.pair, &n.countries, &n.themes).hash(h);
            // Title, path, date, summary, language and words: all of the card or the body.
            self.prepared.body(i).hash(h);
        }
    }
}

impl Serialize for PartView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let site = self.site;
        let langs = langs(site);
        let members = self.members();
        let mut seq = s.serialize_seq(Some(members.len()))?;
        for i in members {
            let n = &site.neighbours[i];
            let prepared = self.prepared.get(i);
            let card = &prepared.card;
            let lang = card
                .lang
                .as_deref()
                .and_then(|l| langs.iter().position(|x| *x == l));
            seq.serialize_element(&(
                &card.title,
                format!("articles/{}/", card.slug),
                &card.date_display,
                n.pair,
                &n.countries,
                &n.themes,
                lang,
                &card.summary,
                prepared.body.words(),
            ))?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::BaseUrl;
    use crate::render::view::{card, reading, Prepared};
    use crate::render::RenderedBody;
    use crate::site::fixtures::{article, taxonomy};
    use std::sync::Arc;

    #[test]
    fn the_items_are_split_into_parts_that_each_read_only_their_own_articles() {
        let articles = (0..PART_ITEMS * 2 + 1)
            .map(|i| Arc::new(article(&format!("a{i:04}"), None, &["RS", "UZ"], &[])))
            .collect();
        let site = Site::new(articles, &taxonomy(), 3).unwrap();
        let base = BaseUrl::parse("https://example.org/");
        let prepared: Vec<Arc<Prepared>> = (0..site.articles.len())
            .map(|i| {
                let body =
                    RenderedBody::new(&format!("Body of w{}x.", site.articles[i].slug), false);
                Arc::new(Prepared {
                    card: card(&site, i, &base, "en"),
                    body: Arc::new(body),
                    version: i as u64,
                })
            })
            .collect();
        let head: serde_json::Value = serde_json::from_str(&HeadView::new(&site).render()).unwrap();
        assert_eq!(head["parts"], 3);
        let mut items = Vec::new();
        for number in 1..=3 {
            let part = PartView {
                site: &site,
                prepared: PreparedArticles::new(&prepared),
                number,
            };
            let (_, reads) =
                reading(|| part.hash(&mut std::collections::hash_map::DefaultHasher::new()));
            let start = (number - 1) * PART_ITEMS;
            let expected: Vec<u32> = (start..(start + PART_ITEMS).min(site.articles.len()))
                .map(|i| i as u32)
                .collect();
            assert_eq!(reads, expected, "part {number}");
            let json: Vec<serde_json::Value> = serde_json::from_str(&part.render()).unwrap();
            items.extend(json);
        }
        assert_eq!(items.len(), site.articles.len());
        for (item, a) in items.iter().zip(&site.articles) {
            assert_eq!(item[1], format!("articles/{}/", a.slug));
            assert!(item[8].as_str().unwrap().contains(&format!("w{}x", a.slug)));
        }
    }

    #[test]
    fn words_are_distinct_lower_case_and_free_of_markup() {
        assert_eq!(
            words(&["**Vučić** visits [Tashkent](https://x.uz)", "VISITS again"]),
            "vučić visits tashkent https uz again"
        );
    }
}
