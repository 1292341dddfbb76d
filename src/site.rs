//! The site model: articles in reading order and their groupings by pair, country, theme, tag
//! and month. Everything a page needs to know about its neighbours is decided here, once.

use crate::content::Article;
use crate::diagnostics::Diagnostic;
use crate::gazetteer;
use crate::slug::slugify;
use crate::taxonomy::Taxonomy;
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Pair,
    Country,
    Theme,
    Tag,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Pair, Kind::Country, Kind::Theme, Kind::Tag];

    /// The URL folder of the kind's pages.
    pub fn dir(self) -> &'static str {
        match self {
            Kind::Pair => "pairs",
            Kind::Country => "countries",
            Kind::Theme => "themes",
            Kind::Tag => "tags",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Kind::Pair => "Country pairs",
            Kind::Country => "Countries",
            Kind::Theme => "Themes",
            Kind::Tag => "Tags",
        }
    }

    pub fn singular(self) -> &'static str {
        match self {
            Kind::Pair => "Pair",
            Kind::Country => "Country",
            Kind::Theme => "Theme",
            Kind::Tag => "Tag",
        }
    }

    /// Every pair, country, theme and tag gets a feed of its own (when it has a datable item).
    pub fn has_feed(self) -> bool {
        true
    }
}

/// One pair, country, theme or tag and the articles filed under it.
#[derive(Debug, Clone)]
pub struct Term {
    pub kind: Kind,
    /// The identity in front matter: `RS-UZ`, `UZ`, `it-industry`, `open-source`.
    pub key: String,
    pub slug: String,
    pub name: String,
    /// A line under the name: what a theme covers, the countries of a pair.
    pub note: String,
    /// Indices into [`Site::articles`], in reading order (newest first).
    pub members: Vec<usize>,
    /// The oldest and newest publication dates among the members (undated ones aside).
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// The last day a member was published or added: what feeds and the sitemap may claim.
    pub updated: Option<NaiveDate>,
}

impl Term {
    pub fn path(&self) -> String {
        format!("{}/{}/", self.kind.dir(), self.slug)
    }

    /// A "pair" of one country: items about one country alone.
    pub fn is_single(&self) -> bool {
        self.kind == Kind::Pair && !self.key.contains('-')
    }
}

/// The last day an article was published or added, whichever is later; None when neither is known.
pub fn changed_on(article: &Article) -> Option<NaiveDate> {
    article.date.max(article.added)
}

/// Where an article stands among the others.
#[derive(Debug, Clone, Default)]
pub struct Neighbours {
    pub pair: usize,
    pub countries: Vec<usize>,
    pub themes: Vec<usize>,
    pub tags: Vec<usize>,
    pub newer_in_pair: Option<usize>,
    pub older_in_pair: Option<usize>,
    pub related: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Month {
    /// `2024-04`, or `undated`.
    pub key: String,
    pub label: String,
    pub members: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Site {
    /// Shared with the caller: serve keeps them between rebuilds without copying.
    pub articles: Vec<Arc<Article>>,
    pub neighbours: Vec<Neighbours>,
    pub terms: BTreeMap<Kind, Vec<Term>>,
    /// Months, newest first; undated items last.
    pub timeline: Vec<Month>,
    /// The last day any article was published or added; None when no article has either date,
    /// and then the site has no feed (it could only invent dates).
    pub updated: Option<NaiveDate>,
}

impl Site {
    /// Groups the articles. Two articles that would share a URL are an error naming both files.
    pub fn new(
        mut articles: Vec<Arc<Article>>,
        taxonomy: &Taxonomy,
        related_limit: usize,
    ) -> Result<Site, Vec<Diagnostic>> {
        articles.sort_by(|a, b| {
            b.date
                .is_some()
                .cmp(&a.date.is_some())
                .then(b.date.cmp(&a.date))
                .then_with(|| a.title.cmp(&b.title))
                .then_with(|| a.slug.cmp(&b.slug))
        });
        check_unique_slugs(&articles)?;

        // Keys are borrowed from the articles: a site of 10,000 items must not allocate per grouping.
        let pair_keys: Vec<String> = articles.iter().map(|a| a.pair.join("-")).collect();
        let mut groups: BTreeMap<Kind, FxHashMap<&str, Vec<usize>>> = BTreeMap::new();
        for theme in &taxonomy.themes {
            groups
                .entry(Kind::Theme)
                .or_default()
                .entry(theme.id.as_str())
                .or_default();
        }
        fn add<'a>(
            groups: &mut BTreeMap<Kind, FxHashMap<&'a str, Vec<usize>>>,
            kind: Kind,
            key: &'a str,
            i: usize,
        ) {
            groups
                .entry(kind)
                .or_default()
                .entry(key)
                .or_default()
                .push(i);
        }
        for (i, article) in articles.iter().enumerate() {
            add(&mut groups, Kind::Pair, &pair_keys[i], i);
            article
                .countries
                .iter()
                .for_each(|c| add(&mut groups, Kind::Country, c, i));
            article
                .themes
                .iter()
                .for_each(|t| add(&mut groups, Kind::Theme, t, i));
            article
                .tags
                .iter()
                .for_each(|t| add(&mut groups, Kind::Tag, t, i));
        }

        // A tag is named as its newest item spells it (articles are in reading order).
        let mut tag_names: FxHashMap<&str, &str> = FxHashMap::default();
        for article in &articles {
            for (slug, name) in article.tags.iter().zip(&article.tag_names) {
                tag_names.entry(slug.as_str()).or_insert(name.as_str());
            }
        }
        let mut terms: BTreeMap<Kind, Vec<Term>> = BTreeMap::new();
        for kind in Kind::ALL {
            let mut list: Vec<Term> = groups
                .remove(&kind)
                .unwrap_or_default()
                .into_iter()
                .map(|(key, members)| {
                    let mut term = make_term(kind, key.to_string(), members, taxonomy);
                    if let Some(name) = tag_names.get(key).filter(|_| kind == Kind::Tag) {
                        term.name = name.to_string();
                    }
                    term
                })
                .collect();
            match kind {
                Kind::Theme => {
                    list.sort_by_key(|t| taxonomy.themes.iter().position(|x| x.id == t.key))
                }
                Kind::Pair => list.sort_by(|a, b| {
                    b.members
                        .len()
                        .cmp(&a.members.len())
                        .then(a.name.cmp(&b.name))
                }),
                _ => list.sort_by(|a, b| a.name.cmp(&b.name)),
            }
            terms.insert(kind, list);
        }

        let index: HashMap<(Kind, &str), usize> = terms
            .iter()
            .flat_map(|(kind, list)| {
                list.iter()
                    .enumerate()
                    .map(move |(i, t)| ((*kind, t.key.as_str()), i))
            })
            .collect();
        let neighbours = articles
            .par_iter()
            .enumerate()
            .map(|(i, a)| {
                let pair = index[&(Kind::Pair, pair_keys[i].as_str())];
                let lookup = |kind: Kind, keys: &[String]| {
                    keys.iter().map(|k| index[&(kind, k.as_str())]).collect()
                };
                let pair_members = &terms[&Kind::Pair][pair].members;
                let at = pair_members
                    .binary_search(&i)
                    .expect("article is in its pair");
                let themes: Vec<usize> = lookup(Kind::Theme, &a.themes);
                Neighbours {
                    pair,
                    countries: lookup(Kind::Country, &a.countries),
                    tags: lookup(Kind::Tag, &a.tags),
                    newer_in_pair: at.checked_sub(1).map(|j| pair_members[j]),
                    older_in_pair: pair_members.get(at + 1).copied(),
                    related: related(
                        i,
                        pair_members,
                        &themes,
                        &terms[&Kind::Theme],
                        related_limit,
                    ),
                    themes,
                }
            })
            .collect();
        let timeline = timeline(&articles);
        drop(index);
        for list in terms.values_mut() {
            for term in list.iter_mut() {
                // Members are newest first, undated last.
                let mut dated = term.members.iter().filter_map(|&i| articles[i].date);
                term.last = dated.clone().next();
                term.first = dated.next_back();
                term.updated = term
                    .members
                    .iter()
                    .filter_map(|&i| changed_on(&articles[i]))
                    .max();
            }
        }
        let updated = articles.iter().filter_map(|a| changed_on(a)).max();
        Ok(Site {
            articles,
            neighbours,
            terms,
            timeline,
            updated,
        })
    }

    pub fn terms(&self, kind: Kind) -> &[Term] {
        self.terms.get(&kind).map(Vec::as_slice).unwrap_or(&[])
    }
}

fn check_unique_slugs(articles: &[Arc<Article>]) -> Result<(), Vec<Diagnostic>> {
    let mut seen: HashMap<&str, &Arc<Article>> = HashMap::new();
    let mut errors = Vec::new();
    for article in articles {
        if let Some(first) = seen.insert(&article.slug, article) {
            let (a, b) = if first.source <= article.source {
                (first, article)
            } else {
                (article, first)
            };
            errors.push(Diagnostic::new(
                &b.source,
                None,
                format!(
                    "its URL /articles/{}/ is taken by {} too: give one of them another file name or a `slug = \"…\"`",
                    article.slug,
                    a.source.display()
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn make_term(kind: Kind, key: String, members: Vec<usize>, taxonomy: &Taxonomy) -> Term {
    let (name, note) = match kind {
        Kind::Pair => {
            let mut names: Vec<&str> = key.split('-').map(gazetteer::name_of).collect();
            names.sort();
            let note = if names.len() == 1 {
                "Single-country items".to_string()
            } else {
                String::new()
            };
            (names.join(" – "), note)
        }
        Kind::Country => (gazetteer::name_of(&key).to_string(), String::new()),
        Kind::Theme => match taxonomy.get(&key) {
            Some(theme) => (theme.name.clone(), theme.covers.clone()),
            None => (key.clone(), String::new()),
        },
        Kind::Tag => (key.clone(), String::new()),
    };
    let slug = match kind {
        Kind::Theme | Kind::Tag => key.clone(),
        Kind::Pair => {
            let mut names: Vec<String> = key
                .split('-')
                .map(|c| slugify(gazetteer::name_of(c)))
                .collect();
            names.sort();
            names.join("-")
        }
        Kind::Country => slugify(&name),
    };
    Term {
        kind,
        key,
        slug,
        name,
        note,
        members,
        first: None,
        last: None,
        updated: None,
    }
}

/// Same pair first (nearest in time), then items sharing a theme, nearest first.
fn related(
    i: usize,
    pair_members: &[usize],
    themes: &[usize],
    theme_terms: &[Term],
    limit: usize,
) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(limit);
    let take_nearest = |members: &[usize], out: &mut Vec<usize>| {
        let Ok(at) = members.binary_search(&i) else {
            return;
        };
        let mut step = 1;
        while out.len() < limit && (step <= at || at + step < members.len()) {
            for candidate in [
                at.checked_sub(step).map(|j| members[j]),
                members.get(at + step).copied(),
            ]
            .into_iter()
            .flatten()
            {
                if out.len() < limit && !out.contains(&candidate) {
                    out.push(candidate);
                }
            }
            step += 1;
        }
    };
    take_nearest(pair_members, &mut out);
    for &theme in themes {
        if out.len() >= limit {
            break;
        }
        take_nearest(&theme_terms[theme].members, &mut out);
    }
    out
}

fn timeline(articles: &[Arc<Article>]) -> Vec<Month> {
    let mut months: Vec<Month> = Vec::new();
    let mut current: Option<Option<(i32, u32)>> = None;
    for (i, article) in articles.iter().enumerate() {
        let month = article.date.map(|d| (d.year(), d.month()));
        if current == Some(month) {
            months.last_mut().expect("a month is open").members.push(i);
            continue;
        }
        current = Some(month);
        let (key, label) = match month {
            Some((y, m)) => (format!("{y:04}-{m:02}"), format!("{} {y}", month_name(m))),
            None => ("undated".to_string(), "Undated".to_string()),
        };
        months.push(Month {
            key,
            label,
            members: vec![i],
        });
    }
    months
}

/// The English name of a month, 1 = January (from chrono, not a list of our own).
pub fn month_name(month: u32) -> &'static str {
    chrono::Month::try_from(month.clamp(1, 12) as u8)
        .map(|m| m.name())
        .unwrap_or("January")
}

/// Articles and sites made in code, for the tests of later stages.
#[cfg(test)]
pub mod fixtures {
    use super::*;
    use chrono::NaiveDate;
    use std::path::{Path, PathBuf};

    pub fn article(
        slug: &str,
        date: Option<(i32, u32, u32)>,
        pair: &[&str],
        themes: &[&str],
    ) -> Article {
        Article {
            source: PathBuf::from(format!("content/{slug}.md")),
            slug: slug.into(),
            title: slug.to_uppercase(),
            date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            countries: pair.iter().map(|s| s.to_string()).collect(),
            pair: pair.iter().map(|s| s.to_string()).collect(),
            themes: themes.iter().map(|s| s.to_string()).collect(),
            tags: vec![],
            tag_names: vec![],
            summary: String::new(),
            seed: None,
            outlet: None,
            author: None,
            draft: false,
            lang: None,
            source_url: None,
            added: None,
            body: String::new(),
        }
    }

    pub fn taxonomy() -> Taxonomy {
        Taxonomy::parse(crate::taxonomy::DEFAULT_THEMES, Path::new("t.toml")).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{article, taxonomy};
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn groups_orders_and_links_neighbours() {
        let site = Site::new(
            vec![
                Arc::new(article(
                    "old",
                    Some((2017, 8, 15)),
                    &["RS", "UZ"],
                    &["diplomacy"],
                )),
                Arc::new(article("none", None, &["RS"], &["diplomacy"])),
                Arc::new(article(
                    "new",
                    Some((2024, 4, 30)),
                    &["RS", "UZ"],
                    &["it-industry"],
                )),
            ],
            &taxonomy(),
            5,
        )
        .unwrap();
        let slugs: Vec<&str> = site.articles.iter().map(|a| a.slug.as_str()).collect();
        assert_eq!(slugs, ["new", "old", "none"]);
        let pairs = site.terms(Kind::Pair);
        assert_eq!(pairs[0].slug, "serbia-uzbekistan");
        assert_eq!(pairs[0].name, "Serbia – Uzbekistan");
        assert_eq!(pairs[1].slug, "serbia");
        assert_eq!(site.neighbours[0].older_in_pair, Some(1));
        assert_eq!(site.neighbours[1].newer_in_pair, Some(0));
        assert_eq!(site.neighbours[1].related, vec![0, 2]);
        assert_eq!(site.terms(Kind::Theme).len(), 13);
        let labels: Vec<&str> = site.timeline.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["April 2024", "August 2017", "Undated"]);
    }

    #[test]
    fn duplicate_slugs_name_both_files() {
        let mut a = article("same", None, &["UZ"], &[]);
        let b = article("same", None, &["RS"], &[]);
        a.source = PathBuf::from("content/a/same.md");
        let errors = Site::new(vec![Arc::new(a), Arc::new(b)], &taxonomy(), 5).unwrap_err();
        let shown = errors[0].to_string();
        assert!(
            shown.contains("content/a/same.md") && shown.contains("content/same.md"),
            "{shown}"
        );
    }
}
