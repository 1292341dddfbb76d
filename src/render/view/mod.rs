//! The data each template gets, as typed values. A page's fingerprint is the hash of exactly this
//! data (articles enter by the version of what they show), so what decides whether a page is
//! stale is what the page is rendered from, never a list kept beside it by hand.

use super::body::RenderedBody;
use super::charts::{self, Cell, Series};
use super::routes::{paged, Paginator, Routes};
use crate::config::{BaseUrl, Config};
use crate::site::{month_name, Kind, Site, Term};
use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

mod card;
mod lists;
mod overview;
pub use card::{card, Card};
pub use lists::*;
pub use overview::*;

/// An article made ready for templates, once, and shared by every page that shows it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Title, URL, date, summary and term links: what any list shows of it.
    pub card: Card,
    pub body: Arc<RenderedBody>,
    /// A hash of the card and the body: pages that show the article change exactly when it does.
    pub version: u64,
}

/// The prepared articles as views reach them. A view names each article it shows by its index,
/// and while a page's shape is taken ([`reading`]) every index its view reads is noted: which
/// pages an article reaches is derived from the views themselves, never listed beside them.
#[derive(Clone, Copy)]
pub struct PreparedArticles<'a>(&'a [Arc<Prepared>]);

impl<'a> PreparedArticles<'a> {
    pub fn new(items: &'a [Arc<Prepared>]) -> Self {
        PreparedArticles(items)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Article `i`, noted as read.
    pub fn get(&self, i: usize) -> &'a Prepared {
        READS.with(|reads| {
            if let Some(reads) = reads.borrow_mut().as_mut() {
                reads.push(i as u32);
            }
        });
        &self.0[i]
    }

    pub fn card(&self, i: usize) -> CardRef<'a> {
        CardRef {
            index: i as u32,
            prepared: self.get(i),
        }
    }

    pub fn body(&self, i: usize) -> BodyRef<'a> {
        BodyRef {
            index: i as u32,
            prepared: self.get(i),
        }
    }
}

thread_local! {
    /// The articles read by the view being hashed on this thread; None when nobody is noting.
    static READS: RefCell<Option<Vec<u32>>> = const { RefCell::new(None) };
}

/// Runs `f`, returning what it gave and the indices of the articles it read through
/// [`PreparedArticles`], sorted and distinct. `f` must not hand work to other threads.
pub fn reading<T>(f: impl FnOnce() -> T) -> (T, Vec<u32>) {
    let outer = READS.with(|reads| reads.replace(Some(Vec::new())));
    let out = f();
    let mut reads = READS.with(|reads| reads.replace(outer)).unwrap_or_default();
    reads.sort_unstable();
    reads.dedup();
    (out, reads)
}

/// An article's card in a view: serialised as the card, hashed as the article's index (its
/// content enters a fingerprint by version, beside the page's shape).
#[derive(Clone, Copy)]
pub struct CardRef<'a> {
    index: u32,
    prepared: &'a Prepared,
}

impl Serialize for CardRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.prepared.card.serialize(s)
    }
}

impl Hash for CardRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.index.hash(h)
    }
}

/// An article's rendered body in a view, hashed like [`CardRef`].
#[derive(Clone, Copy)]
pub struct BodyRef<'a> {
    index: u32,
    prepared: &'a Prepared,
}

impl BodyRef<'_> {
    pub fn html(&self) -> String {
        self.prepared.body.html()
    }
}

impl Serialize for BodyRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.prepared.body.html())
    }
}

impl Hash for BodyRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        // Distinct from the card of the same article.
        (u32::MAX - self.index).hash(h)
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
    /// None when no item has a date or an added day: the site then has no feed.
    pub feed_url: Option<String>,
    /// The site-wide sharing image, absolute.
    pub og_image: Option<String>,
    /// Whether the site has any article (and so an `/articles/` index).
    pub has_articles: bool,
}

impl SiteMeta {
    pub fn new(config: &Config, base: &BaseUrl, with_feed: bool, has_articles: bool) -> SiteMeta {
        SiteMeta {
            title: config.title.clone(),
            description: config.description.clone(),
            language: config.language.clone(),
            base_url: base.full.clone(),
            base_path: base.path.clone(),
            feed_url: with_feed.then(|| base.link("atom.xml")),
            og_image: config
                .og_image
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|image| {
                    if is_web_url(image) {
                        image.to_string()
                    } else {
                        base.absolute(image.trim_start_matches('/'))
                    }
                }),
            has_articles,
        }
    }
}

#[derive(Debug, Serialize, Hash)]
pub struct PageMeta {
    pub title: String,
    /// The `<title>`: the page title and the site's, kept within [`TITLE_MAX`] characters.
    pub head_title: String,
    pub path: String,
    pub permalink: String,
    pub description: String,
    /// The main-navigation section the page belongs to (`pairs`, `timeline`…), for aria-current.
    pub section: &'static str,
    /// JSON-LD for the page, ready to sit inside a script element.
    pub jsonld: String,
}

/// The longest meta description pages get.
pub const DESCRIPTION_MAX: usize = 200;

/// The longest `<title>` pages get; search results cut longer ones anyway.
pub const TITLE_MAX: usize = 70;

/// `title · site`, cut to [`TITLE_MAX`] characters: the page title is shortened first, and the
/// site name goes when the page title would keep fewer than 30 characters.
pub fn head_title(title: &str, site: &str) -> String {
    let cut = |text: &str, max: usize| -> String {
        if text.chars().count() <= max {
            text.to_string()
        } else {
            let kept: String = text.chars().take(max.saturating_sub(1)).collect();
            format!("{}…", kept.trim_end())
        }
    };
    if title == site || title.is_empty() {
        return cut(site, TITLE_MAX);
    }
    let suffix = format!(" · {site}");
    let room = TITLE_MAX.saturating_sub(suffix.chars().count());
    if title.chars().count() <= room {
        format!("{title}{suffix}")
    } else if room >= 30 {
        format!("{}{suffix}", cut(title, room))
    } else {
        cut(title, TITLE_MAX)
    }
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

/// A link with a count: a theme of a pair, a partner of a country, a year of the archive.
#[derive(Debug, Serialize, Hash)]
pub struct Count {
    pub name: String,
    pub url: String,
    pub count: usize,
}

#[derive(Serialize, Hash)]
pub struct MonthGroup<'a> {
    pub key: &'a str,
    pub label: &'a str,
    pub items: Vec<CardRef<'a>>,
}

/// A chart and its text alternative.
#[derive(Debug, Serialize, Hash)]
pub struct Chart {
    pub svg: String,
    pub description: String,
    /// The figures the chart draws, as rows of a table.
    pub rows: Vec<Count>,
}

/// The country × country matrix: its drawing and the same figures as a table.
#[derive(Debug, Serialize, Hash)]
pub struct Matrix {
    pub svg: String,
    pub countries: Vec<Count>,
    /// `rows[i][j]`: items shared by countries i and j, None on the diagonal.
    pub rows: Vec<Vec<Option<Count>>>,
}

#[derive(Serialize, Hash)]
pub struct PlainView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
}

/// Builds views from the site model.
pub struct Views<'a> {
    pub site: &'a Site,
    pub prepared: PreparedArticles<'a>,
    pub meta: &'a SiteMeta,
    pub base: &'a BaseUrl,
    pub config: &'a Config,
    pub routes: Routes,
}

/// How many pairs the home page lists, and how many countries its matrix shows.
pub const HOME_PAIRS: usize = 8;
pub const MATRIX_COUNTRIES: usize = 12;

impl<'a> Views<'a> {
    pub fn page_meta(&self, title: &str, path: &str, description: &str) -> PageMeta {
        PageMeta {
            title: title.to_string(),
            head_title: head_title(title, &self.config.title),
            path: self.base.link(path),
            permalink: self.base.absolute(path),
            // Cut here once rather than by a filter in each of the three tags that show it.
            description: truncate_chars(
                if description.is_empty() {
                    &self.config.description
                } else {
                    description
                },
                DESCRIPTION_MAX,
            ),
            section: "",
            jsonld: String::new(),
        }
    }

    /// Page meta with a section and a breadcrumb trail (`(name, site path)`, home first implied).
    fn page_meta_in(
        &self,
        section: &'static str,
        title: &str,
        path: &str,
        description: &str,
        trail: &[(&str, &str)],
    ) -> PageMeta {
        let mut meta = self.page_meta(title, path, description);
        meta.section = section;
        meta.jsonld = jsonld(&json!({
            "@context": "https://schema.org",
            "@graph": [self.breadcrumbs(trail, title, path)],
        }));
        meta
    }

    fn breadcrumbs(&self, trail: &[(&str, &str)], title: &str, path: &str) -> Value {
        let mut items = vec![("Home", ""), (title, path)];
        items.splice(1..1, trail.iter().copied());
        let list: Vec<Value> = items
            .iter()
            .enumerate()
            .map(|(i, (name, p))| {
                json!({"@type": "ListItem", "position": i + 1, "name": name, "item": self.base.absolute(p)})
            })
            .collect();
        json!({"@type": "BreadcrumbList", "itemListElement": list})
    }

    pub fn cards(&self, members: &[usize]) -> Vec<CardRef<'a>> {
        members.iter().map(|&i| self.prepared.card(i)).collect()
    }

    pub fn term_summary(&self, term: &Term) -> TermSummary {
        TermSummary {
            name: term.name.clone(),
            key: term.key.clone(),
            note: term.note.clone(),
            url: self.base.link(&term.path()),
            feed_url: (term.kind.has_feed() && self.site.updated.is_some())
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

    fn count_of(&self, term: &Term) -> Count {
        Count {
            name: term.name.clone(),
            url: self.base.link(&term.path()),
            count: term.members.len(),
        }
    }

    pub fn not_found(&self) -> PlainView<'a> {
        PlainView {
            site: self.meta,
            page: self.page_meta(
                "Page not found",
                "404.html",
                "There is nothing at this address.",
            ),
        }
    }
}

/// JSON for a script element: `<` escaped so that no string can close the element.
pub fn jsonld(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

/// Only http and https addresses become links; anything else (javascript:, data:, relative
/// paths, spaces) is shown as nothing. Checked again here although ingest checks it too.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && url.len() > 8
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// A BCP 47-shaped language tag: `uz`, `sr-Latn`, `pt-BR`.
pub fn valid_lang(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

pub fn display_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_stay_within_the_limit() {
        assert_eq!(head_title("Digest", "Digest"), "Digest");
        assert_eq!(head_title("Short", "Digest"), "Short · Digest");
        let long = "Uzbekistan and the Republic of Korea sign a memorandum on cooperation in digital technologies, education and healthcare";
        let t = head_title(long, "Cooperation digest");
        assert!(t.chars().count() <= TITLE_MAX, "{t}");
        assert!(t.ends_with("… · Cooperation digest"), "{t}");
        let t = head_title(long, &"A very long site name ".repeat(3));
        assert!(
            t.chars().count() <= TITLE_MAX && t.starts_with("Uzbekistan"),
            "{t}"
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(is_web_url("https://uza.uz/en/posts/1"));
        assert!(is_web_url("HTTP://example.org/"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("https://a b"));
        assert!(!is_web_url("/relative"));
        assert!(
            valid_lang("uz") && valid_lang("sr-Latn") && !valid_lang("x") && !valid_lang("en_US")
        );
    }

    #[test]
    fn jsonld_cannot_close_its_script() {
        let text = jsonld(&json!({"headline": "</script><script>alert(1)</script>"}));
        assert!(!text.contains('<'));
        assert_eq!(
            serde_json::from_str::<Value>(&text).unwrap()["headline"],
            "</script><script>alert(1)</script>"
        );
    }
}
