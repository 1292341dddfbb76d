//! The data each template gets, as typed values. A page's fingerprint is the hash of exactly this
//! data (articles enter by the version of what they show), so what decides whether a page is
//! stale is what the page is rendered from, never a list kept beside it by hand.

use super::routes::{paged, Paginator, Routes};
use crate::config::{BaseUrl, Config};
use crate::site::{month_name, Kind, Site, Term};
use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use serde_json::{json, Value};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// An article made ready for templates, once, and shared by every page that shows it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Title, URL, date, summary and term links: what any list shows of it.
    pub card: Value,
    pub body_html: String,
    /// A hash of the card and the body: pages that show the article change exactly when it does.
    pub version: u64,
}

/// An article's card in a view: serialised as the card, hashed as its version.
#[derive(Clone, Copy)]
pub struct CardRef<'a>(pub &'a Prepared);

impl Serialize for CardRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.card.serialize(s)
    }
}

impl Hash for CardRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.version.hash(h)
    }
}

/// An article's rendered body in a view, hashed as its version.
#[derive(Clone, Copy)]
pub struct BodyRef<'a>(pub &'a Prepared);

impl Serialize for BodyRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.body_html)
    }
}

impl Hash for BodyRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.version.hash(h)
    }
}

/// What every page knows of the site.
#[derive(Debug, Serialize, Hash)]
pub struct SiteMeta {
    pub title: String,
    pub description: String,
    pub language: String,
    pub base_url: String,
    pub base_path: String,
    pub feed_url: String,
}

impl SiteMeta {
    pub fn new(config: &Config, base: &BaseUrl) -> SiteMeta {
        SiteMeta {
            title: config.title.clone(),
            description: config.description.clone(),
            language: config.language.clone(),
            base_url: base.full.clone(),
            base_path: base.path.clone(),
            feed_url: base.link("atom.xml"),
        }
    }
}

#[derive(Debug, Serialize, Hash)]
pub struct PageMeta {
    pub title: String,
    pub path: String,
    pub permalink: String,
    pub description: String,
}

#[derive(Debug, Serialize, Hash)]
pub struct TermSummary {
    pub name: String,
    pub key: String,
    pub note: String,
    pub url: String,
    pub feed_url: Option<String>,
    pub count: usize,
}

#[derive(Debug, Serialize, Hash)]
pub struct KindInfo {
    pub dir: &'static str,
    pub title: &'static str,
    pub singular: &'static str,
}

impl From<Kind> for KindInfo {
    fn from(kind: Kind) -> KindInfo {
        KindInfo {
            dir: kind.dir(),
            title: kind.title(),
            singular: kind.singular(),
        }
    }
}

#[derive(Debug, Serialize, Hash)]
pub struct MonthLink {
    pub key: String,
    pub label: String,
    pub count: usize,
    pub url: String,
}

#[derive(Serialize, Hash)]
pub struct MonthGroup<'a> {
    pub key: &'a str,
    pub label: &'a str,
    pub items: Vec<CardRef<'a>>,
}

#[derive(Serialize, Hash)]
pub struct HomeView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub latest: Vec<CardRef<'a>>,
    pub total: usize,
    pub pairs: Vec<TermSummary>,
    pub countries: Vec<TermSummary>,
    pub themes: Vec<TermSummary>,
    pub tags: Vec<TermSummary>,
    pub months: Vec<MonthLink>,
}

#[derive(Serialize, Hash)]
pub struct ArticleView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub article: CardRef<'a>,
    pub body: BodyRef<'a>,
    pub pair: TermSummary,
    pub newer: Option<CardRef<'a>>,
    pub older: Option<CardRef<'a>>,
    pub related: Vec<CardRef<'a>>,
}

#[derive(Serialize, Hash)]
pub struct IndexView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub kind: KindInfo,
    pub terms: Vec<TermSummary>,
}

#[derive(Serialize, Hash)]
pub struct ListView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub term: TermSummary,
    pub kind: KindInfo,
    pub items: Vec<CardRef<'a>>,
    pub paginator: Paginator,
}

#[derive(Serialize, Hash)]
pub struct TimelineView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub groups: Vec<MonthGroup<'a>>,
    pub paginator: Paginator,
}

#[derive(Serialize, Hash)]
pub struct PlainView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
}

/// Builds views from the site model.
pub struct Views<'a> {
    pub site: &'a Site,
    pub prepared: &'a [Arc<Prepared>],
    pub meta: &'a SiteMeta,
    pub base: &'a BaseUrl,
    pub config: &'a Config,
    pub routes: Routes,
}

impl<'a> Views<'a> {
    pub fn page_meta(&self, title: &str, path: &str, description: &str) -> PageMeta {
        PageMeta {
            title: title.to_string(),
            path: self.base.link(path),
            permalink: self.base.absolute(path),
            description: if description.is_empty() {
                self.config.description.clone()
            } else {
                description.to_string()
            },
        }
    }

    pub fn cards(&self, members: &[usize]) -> Vec<CardRef<'a>> {
        members
            .iter()
            .map(|&i| CardRef(&self.prepared[i]))
            .collect()
    }

    pub fn term_summary(&self, term: &Term) -> TermSummary {
        TermSummary {
            name: term.name.clone(),
            key: term.key.clone(),
            note: term.note.clone(),
            url: self.base.link(&term.path()),
            feed_url: term
                .kind
                .has_feed()
                .then(|| self.base.link(&format!("{}atom.xml", term.path()))),
            count: term.members.len(),
        }
    }

    pub fn term_summaries(&self, kind: Kind) -> Vec<TermSummary> {
        self.site
            .terms(kind)
            .iter()
            .map(|t| self.term_summary(t))
            .collect()
    }

    pub fn home(&self) -> HomeView<'a> {
        let latest: Vec<usize> =
            (0..self.site.articles.len().min(self.config.home_latest)).collect();
        HomeView {
            site: self.meta,
            page: self.page_meta(&self.config.title, "", &self.config.description),
            latest: self.cards(&latest),
            total: self.site.articles.len(),
            pairs: self.term_summaries(Kind::Pair),
            countries: self.term_summaries(Kind::Country),
            themes: self.term_summaries(Kind::Theme),
            tags: self.term_summaries(Kind::Tag),
            months: self.month_links(),
        }
    }

    pub fn article(&self, i: usize, path: &str) -> ArticleView<'a> {
        let article = &self.site.articles[i];
        let n = &self.site.neighbours[i];
        ArticleView {
            site: self.meta,
            page: self.page_meta(&article.title, path, &article.summary),
            article: CardRef(&self.prepared[i]),
            body: BodyRef(&self.prepared[i]),
            pair: self.term_summary(&self.site.terms(Kind::Pair)[n.pair]),
            newer: n.newer_in_pair.map(|j| CardRef(&self.prepared[j])),
            older: n.older_in_pair.map(|j| CardRef(&self.prepared[j])),
            related: self.cards(&n.related),
        }
    }

    pub fn index(&self, kind: Kind) -> IndexView<'a> {
        IndexView {
            site: self.meta,
            page: self.page_meta(kind.title(), &format!("{}/", kind.dir()), ""),
            kind: kind.into(),
            terms: self.term_summaries(kind),
        }
    }

    pub fn list(&self, kind: Kind, t: usize, number: usize) -> ListView<'a> {
        let term = &self.site.terms(kind)[t];
        let list_path = term.path();
        let (start, end) = self.routes.page_range(term.members.len(), number);
        let title = match number {
            1 => term.name.clone(),
            n => format!("{} (page {n})", term.name),
        };
        ListView {
            site: self.meta,
            page: self.page_meta(&title, &paged(&list_path, number), &term.note),
            term: self.term_summary(term),
            kind: kind.into(),
            items: self.cards(&term.members[start..end]),
            paginator: Paginator::new(
                &self.routes,
                term.members.len(),
                number,
                |p| self.base.link(p),
                &list_path,
            ),
        }
    }

    pub fn timeline(&self, number: usize) -> TimelineView<'a> {
        let total = self.site.articles.len();
        let (start, end) = self.routes.page_range(total, number);
        let title = match number {
            1 => "Timeline".to_string(),
            n => format!("Timeline (page {n})"),
        };
        let mut groups = Vec::new();
        let mut seen = 0;
        for month in &self.site.timeline {
            let (from, to) = (seen, seen + month.members.len());
            seen = to;
            if to <= start || from >= end {
                continue;
            }
            groups.push(MonthGroup {
                key: &month.key,
                label: &month.label,
                items: self.cards(&month.members[start.max(from) - from..end.min(to) - from]),
            });
        }
        TimelineView {
            site: self.meta,
            page: self.page_meta(
                &title,
                &paged("timeline/", number),
                "All items by month, newest first.",
            ),
            groups,
            paginator: Paginator::new(
                &self.routes,
                total,
                number,
                |p| self.base.link(p),
                "timeline/",
            ),
        }
    }

    pub fn not_found(&self) -> PlainView<'a> {
        PlainView {
            site: self.meta,
            page: self.page_meta("Page not found", "404.html", ""),
        }
    }

    /// Months with their counts and the timeline page each starts on.
    fn month_links(&self) -> Vec<MonthLink> {
        let mut seen = 0;
        self.site
            .timeline
            .iter()
            .map(|m| {
                let page = seen / self.routes.paginate_by + 1;
                seen += m.members.len();
                MonthLink {
                    key: m.key.clone(),
                    label: m.label.clone(),
                    count: m.members.len(),
                    url: format!("{}#m-{}", self.base.link(&paged("timeline/", page)), m.key),
                }
            })
            .collect()
    }
}

/// An article's card: what every list shows of it.
pub fn card(site: &Site, i: usize, base: &BaseUrl) -> Value {
    let a = &site.articles[i];
    let n = &site.neighbours[i];
    let links = |kind: Kind, terms: &[usize]| -> Vec<Value> {
        terms
            .iter()
            .map(|&t| {
                let term = &site.terms(kind)[t];
                json!({"name": term.name, "key": term.key, "url": base.link(&term.path())})
            })
            .collect()
    };
    let pair = &site.terms(Kind::Pair)[n.pair];
    let path = format!("articles/{}/", a.slug);
    json!({
        "title": a.title,
        "slug": a.slug,
        "url": base.link(&path),
        "permalink": base.absolute(&path),
        "date": a.date.map(|d| d.to_string()),
        "date_display": a.date.map(display_date).unwrap_or_else(|| "undated".into()),
        "summary": a.summary,
        "outlet": a.outlet,
        "author": a.author,
        "seed": a.seed,
        "lang": a.lang,
        "source_url": a.source_url,
        "added": a.added.map(|d| d.to_string()),
        "pair": {"name": pair.name, "url": base.link(&pair.path())},
        "countries": links(Kind::Country, &n.countries),
        "themes": links(Kind::Theme, &n.themes),
        "tags": links(Kind::Tag, &n.tags),
    })
}

pub fn display_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}
