//! The data each template gets, as typed values. A page's fingerprint is the hash of exactly this
//! data (articles enter by the version of what they show), so what decides whether a page is
//! stale is what the page is rendered from, never a list kept beside it by hand.

use super::charts::{self, Cell, Series};
use super::routes::{paged, Paginator, Routes};
use crate::config::{BaseUrl, Config};
use crate::site::{month_name, Kind, Site, Term};
use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// An article made ready for templates, once, and shared by every page that shows it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Title, URL, date, summary and term links: what any list shows of it.
    pub card: Value,
    pub body_html: String,
    /// The distinct words of the article's body, lower-case, for the search index.
    pub words: String,
    /// A hash of the card, the body and the words: pages that show the article change exactly
    /// when it does.
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
pub struct HomeView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub latest: Vec<CardRef<'a>>,
    pub total: usize,
    pub undated: usize,
    /// Pairs of two countries; single-country groups are counted apart.
    pub pair_count: usize,
    pub country_count: usize,
    pub top_pairs: Vec<TermSummary>,
    pub themes: Vec<TermSummary>,
    pub matrix: Option<Matrix>,
    pub chart: Option<Chart>,
    pub years: Vec<Count>,
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
    /// Whether the body has code blocks (and so needs the highlight stylesheet).
    pub has_code: bool,
    pub published: Option<String>,
}

#[derive(Serialize, Hash)]
pub struct IndexView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub kind: KindInfo,
    pub terms: Vec<TermSummary>,
    /// For pairs: the groups of one country, listed apart.
    pub singles: Vec<TermSummary>,
}

/// What a term's first page says about it.
#[derive(Debug, Serialize, Hash)]
pub struct TermStats {
    pub first: Option<String>,
    pub first_display: Option<String>,
    pub last: Option<String>,
    pub last_display: Option<String>,
    pub undated: usize,
    pub sparkline: Option<String>,
    pub sparkline_text: String,
    pub themes: Vec<Count>,
    /// A pair's countries, each with its own page and count.
    pub countries: Vec<Count>,
    /// A country's partners, each linking to the pair's page.
    pub partners: Vec<Count>,
    /// A country's items about it alone.
    pub alone: Option<Count>,
}

#[derive(Serialize, Hash)]
pub struct ListView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub term: TermSummary,
    pub kind: KindInfo,
    pub single: bool,
    /// The term page's own address: cards do not link back to it.
    pub here: String,
    pub stats: Option<TermStats>,
    pub items: Vec<CardRef<'a>>,
    pub paginator: Paginator,
}

/// One year of the archive index: twelve month cells, January first.
#[derive(Debug, Serialize, Hash)]
pub struct YearRow {
    pub year: String,
    pub count: usize,
    pub months: Vec<MonthCell>,
}

#[derive(Debug, Serialize, Hash)]
pub struct MonthCell {
    pub short: &'static str,
    pub label: String,
    pub count: usize,
    pub url: Option<String>,
}

#[derive(Serialize, Hash)]
pub struct TimelineView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub groups: Vec<MonthGroup<'a>>,
    pub years: Vec<YearRow>,
    pub undated: Option<Count>,
    pub paginator: Paginator,
}

#[derive(Serialize, Hash)]
pub struct ArticlesView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub items: Vec<CardRef<'a>>,
    pub total: usize,
    pub paginator: Paginator,
}

#[derive(Serialize, Hash)]
pub struct SearchView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub index_url: String,
    pub script_url: String,
    pub total: usize,
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

    pub fn home(&self) -> HomeView<'a> {
        let latest: Vec<usize> =
            (0..self.site.articles.len().min(self.config.home_latest)).collect();
        let pairs = self.site.terms(Kind::Pair);
        let bilateral: Vec<&Term> = pairs.iter().filter(|t| !t.is_single()).collect();
        let mut page = self.page_meta(&self.config.title, "", &self.config.description);
        page.jsonld = jsonld(&json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.config.title,
            "url": self.base.absolute(""),
            "potentialAction": {
                "@type": "SearchAction",
                "target": format!("{}?q={{q}}", self.base.absolute("search/")),
                "query-input": "required name=q",
            },
        }));
        HomeView {
            site: self.meta,
            page,
            latest: self.cards(&latest),
            total: self.site.articles.len(),
            undated: self
                .site
                .articles
                .iter()
                .filter(|a| a.date.is_none())
                .count(),
            pair_count: bilateral.len(),
            country_count: self.site.terms(Kind::Country).len(),
            // Pairs are sorted by count, busiest first.
            top_pairs: bilateral
                .iter()
                .take(HOME_PAIRS)
                .map(|t| self.term_summary(t))
                .collect(),
            themes: self
                .site
                .terms(Kind::Theme)
                .iter()
                .filter(|t| !t.members.is_empty())
                .map(|t| self.term_summary(t))
                .collect(),
            matrix: self.matrix(),
            chart: self.archive_chart(),
            years: self.year_links(),
        }
    }

    /// The busiest countries and how many items each two of them share.
    fn matrix(&self) -> Option<Matrix> {
        let countries = self.site.terms(Kind::Country);
        let mut top: Vec<usize> = (0..countries.len()).collect();
        top.sort_by(|&a, &b| {
            countries[b]
                .members
                .len()
                .cmp(&countries[a].members.len())
                .then(countries[a].name.cmp(&countries[b].name))
        });
        top.truncate(MATRIX_COUNTRIES);
        if top.len() < 2 {
            return None;
        }
        let at: BTreeMap<&str, usize> = top
            .iter()
            .enumerate()
            .map(|(i, &c)| (countries[c].key.as_str(), i))
            .collect();
        let n = top.len();
        let mut cells: Vec<Vec<Option<Cell>>> =
            (0..n).map(|_| (0..n).map(|_| None).collect()).collect();
        for pair in self.site.terms(Kind::Pair) {
            let mut keys = pair.key.split('-');
            let (Some(a), Some(b)) = (keys.next(), keys.next()) else {
                continue;
            };
            let (Some(&i), Some(&j)) = (at.get(a), at.get(b)) else {
                continue;
            };
            for (r, c) in [(i, j), (j, i)] {
                cells[r][c] = Some(Cell {
                    count: pair.members.len(),
                    url: self.base.link(&pair.path()),
                    pair: pair.name.clone(),
                });
            }
        }
        let names: Vec<String> = top.iter().map(|&c| countries[c].name.clone()).collect();
        let svg = charts::matrix(&names, &cells);
        Some(Matrix {
            svg,
            countries: top.iter().map(|&c| self.count_of(&countries[c])).collect(),
            rows: cells
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|c| {
                            c.map(|c| Count {
                                name: c.pair,
                                url: c.url,
                                count: c.count,
                            })
                        })
                        .collect()
                })
                .collect(),
        })
    }

    fn archive_chart(&self) -> Option<Chart> {
        let series = Series::of(self.site.articles.iter().filter_map(|a| a.date))?;
        let (svg, bars) = charts::archive_bars(&series);
        Some(Chart {
            svg,
            description: series.describe(),
            rows: bars
                .into_iter()
                .map(|b| Count {
                    name: b.label,
                    url: String::new(),
                    count: b.count,
                })
                .collect(),
        })
    }

    /// Years of the archive, newest first, each linking to its place on the timeline.
    fn year_links(&self) -> Vec<Count> {
        let mut years: Vec<Count> = Vec::new();
        for (key, count, url) in self.month_places() {
            let year = key.get(..4).unwrap_or(&key).to_string();
            let year = if key == "undated" {
                "Undated".into()
            } else {
                year
            };
            match years.last_mut() {
                Some(y) if y.name == year => y.count += count,
                _ => years.push(Count {
                    name: year,
                    url,
                    count,
                }),
            }
        }
        years
    }

    /// Each month of the timeline: key, count and the address of its first item.
    fn month_places(&self) -> Vec<(String, usize, String)> {
        let mut seen = 0;
        self.site
            .timeline
            .iter()
            .map(|m| {
                let page = seen / self.routes.paginate_by + 1;
                seen += m.members.len();
                let url = format!("{}#m-{}", self.base.link(&paged("timeline/", page)), m.key);
                (m.key.clone(), m.members.len(), url)
            })
            .collect()
    }

    pub fn article(&self, i: usize, path: &str) -> ArticleView<'a> {
        let article = &self.site.articles[i];
        let n = &self.site.neighbours[i];
        let pair_term = &self.site.terms(Kind::Pair)[n.pair];
        let mut page = self.page_meta(&article.title, path, &article.summary);
        page.section = "articles";
        let permalink = self.base.absolute(path);
        let mut news = json!({
            "@type": "NewsArticle",
            "headline": truncate_chars(&article.title, 110),
            "url": permalink,
            "mainEntityOfPage": permalink,
            "about": n.countries.iter().map(|&c| json!({"@type": "Country", "name": self.site.terms(Kind::Country)[c].name})).collect::<Vec<_>>(),
            "keywords": n.themes.iter().map(|&t| self.site.terms(Kind::Theme)[t].name.clone()).collect::<Vec<_>>(),
            "isPartOf": {"@type": "WebSite", "name": self.config.title, "url": self.base.absolute("")},
        });
        let fields = news.as_object_mut().expect("an object");
        if !article.summary.is_empty() {
            fields.insert("description".into(), json!(article.summary));
        }
        if let Some(date) = article.date {
            fields.insert("datePublished".into(), json!(date.to_string()));
        }
        if let Some(author) = &article.author {
            fields.insert("author".into(), json!({"@type": "Person", "name": author}));
        }
        if let Some(outlet) = &article.outlet {
            fields.insert(
                "publisher".into(),
                json!({"@type": "Organization", "name": outlet}),
            );
        }
        if let Some(lang) = article.lang.as_deref().filter(|l| valid_lang(l)) {
            fields.insert("inLanguage".into(), json!(lang));
        }
        if let Some(url) = article.source_url.as_deref().filter(|u| is_web_url(u)) {
            fields.insert("isBasedOn".into(), json!(url));
        }
        if let Some(image) = &self.meta.og_image {
            fields.insert("image".into(), json!(image));
        }
        let pair_path = pair_term.path();
        page.jsonld = jsonld(&json!({
            "@context": "https://schema.org",
            "@graph": [news, self.breadcrumbs(&[(pair_term.name.as_str(), pair_path.as_str())], &article.title, path)],
        }));
        let prepared = &self.prepared[i];
        ArticleView {
            site: self.meta,
            page,
            article: CardRef(prepared),
            body: BodyRef(prepared),
            pair: self.term_summary(pair_term),
            newer: n.newer_in_pair.map(|j| CardRef(&self.prepared[j])),
            older: n.older_in_pair.map(|j| CardRef(&self.prepared[j])),
            related: self.cards(&n.related),
            has_code: prepared.body_html.contains("<pre class=\"code"),
            published: article.date.map(|d| d.to_string()),
        }
    }

    pub fn index(&self, kind: Kind) -> IndexView<'a> {
        let (singles, terms): (Vec<&Term>, Vec<&Term>) =
            self.site.terms(kind).iter().partition(|t| t.is_single());
        let description = match kind {
            Kind::Pair => format!(
                "All {} country pairs of the digest with their item counts, busiest first, and {} countries covered alone.",
                terms.len(),
                singles.len()
            ),
            _ => format!(
                "All {} {} of the digest with their item counts.",
                terms.len(),
                kind.title().to_lowercase()
            ),
        };
        IndexView {
            site: self.meta,
            page: self.page_meta_in(
                kind.dir(),
                kind.title(),
                &format!("{}/", kind.dir()),
                &description,
                &[],
            ),
            kind: kind.into(),
            terms: terms.iter().map(|t| self.term_summary(t)).collect(),
            singles: singles.iter().map(|t| self.term_summary(t)).collect(),
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
        // The summary (and the description drawn from it) is the first page's; later pages
        // say which slice they hold, which keeps every description unique and cheap.
        let stats = (number == 1).then(|| self.term_stats(term));
        let description = match &stats {
            Some(stats) => self.describe_term(term, stats),
            None => format!(
                "Page {number} of {}: items {}–{end} of {}{}.",
                term.name,
                start + 1,
                term.members.len(),
                match (term.first, term.last) {
                    (Some(a), Some(b)) => format!(", {} to {}", display_date(a), display_date(b)),
                    _ => String::new(),
                }
            ),
        };
        let index_path = format!("{}/", kind.dir());
        ListView {
            site: self.meta,
            page: self.page_meta_in(
                kind.dir(),
                &title,
                &paged(&list_path, number),
                &description,
                &[(kind.title(), index_path.as_str())],
            ),
            term: self.term_summary(term),
            kind: kind.into(),
            single: term.is_single(),
            here: self.base.link(&list_path),
            stats,
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

    fn term_stats(&self, term: &Term) -> TermStats {
        let articles = &self.site.articles;
        let series = Series::of(term.members.iter().filter_map(|&i| articles[i].date));
        let mut themes: BTreeMap<usize, usize> = BTreeMap::new();
        let mut partners: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in &term.members {
            let n = &self.site.neighbours[i];
            if term.kind != Kind::Theme {
                for &th in &n.themes {
                    *themes.entry(th).or_default() += 1;
                }
            }
            if term.kind == Kind::Country {
                *partners.entry(n.pair).or_default() += 1;
            }
        }
        let theme_terms = self.site.terms(Kind::Theme);
        let pair_terms = self.site.terms(Kind::Pair);
        let by_count = |mut list: Vec<Count>| {
            list.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
            list
        };
        let mut alone = None;
        let mut partner_list = Vec::new();
        for (p, count) in partners {
            let pair = &pair_terms[p];
            // Items that name the country but file it under another pair have no partner here.
            if !pair.key.split('-').any(|k| k == term.key) {
                continue;
            }
            if pair.is_single() {
                alone = Some(Count {
                    name: format!("{} alone", term.name),
                    url: self.base.link(&pair.path()),
                    count,
                });
            } else {
                let other = pair
                    .key
                    .split('-')
                    .find(|k| *k != term.key)
                    .map(crate::gazetteer::name_of)
                    .unwrap_or(&pair.name);
                partner_list.push(Count {
                    name: other.to_string(),
                    url: self.base.link(&pair.path()),
                    count,
                });
            }
        }
        let countries = if term.kind == Kind::Pair {
            let country_terms = self.site.terms(Kind::Country);
            term.key
                .split('-')
                .filter_map(|k| country_terms.iter().find(|c| c.key == k))
                .map(|c| self.count_of(c))
                .collect()
        } else {
            Vec::new()
        };
        TermStats {
            first: term.first.map(|d| d.to_string()),
            first_display: term.first.map(display_date),
            last: term.last.map(|d| d.to_string()),
            last_display: term.last.map(display_date),
            undated: term
                .members
                .iter()
                .filter(|&&i| articles[i].date.is_none())
                .count(),
            sparkline_text: series.as_ref().map(Series::describe).unwrap_or_default(),
            sparkline: series.as_ref().map(charts::sparkline),
            themes: by_count(
                themes
                    .into_iter()
                    .map(|(th, count)| Count {
                        name: theme_terms[th].name.clone(),
                        url: self.base.link(&theme_terms[th].path()),
                        count,
                    })
                    .collect(),
            ),
            countries,
            partners: by_count(partner_list),
            alone,
        }
    }

    /// A term page's meta description: what it holds, over which dates, with whom.
    fn describe_term(&self, term: &Term, stats: &TermStats) -> String {
        let n = term.members.len();
        let items = format!("{n} item{}", if n == 1 { "" } else { "s" });
        let range = match (&stats.first_display, &stats.last_display) {
            (Some(a), Some(b)) if a == b => format!(" from {a}"),
            (Some(a), Some(b)) => format!(" from {a} to {b}"),
            _ => " (undated)".into(),
        };
        let names = |list: &[Count], max: usize| -> String {
            let shown: Vec<&str> = list.iter().take(max).map(|c| c.name.as_str()).collect();
            let more = list.len().saturating_sub(max);
            if more > 0 {
                format!("{} and {more} more", shown.join(", "))
            } else {
                shown.join(", ")
            }
        };
        let themes = if stats.themes.is_empty() {
            String::new()
        } else {
            format!(" Themes: {}.", names(&stats.themes, 3))
        };
        match term.kind {
            Kind::Pair if term.is_single() => {
                format!("{items} about {} alone,{range}.{themes}", term.name)
            }
            Kind::Pair => {
                let both: Vec<&str> = stats.countries.iter().map(|c| c.name.as_str()).collect();
                format!(
                    "{items} on cooperation between {},{range}.{themes}",
                    both.join(" and ")
                )
            }
            Kind::Country => {
                let partners = if stats.partners.is_empty() {
                    String::new()
                } else {
                    format!(" Partners: {}.", names(&stats.partners, 4))
                };
                format!("{items} involving {},{range}.{partners}{themes}", term.name)
            }
            Kind::Theme => {
                let covers = if term.note.is_empty() {
                    String::new()
                } else {
                    format!(" Covers {}.", term.note.trim_end_matches('.'))
                };
                format!("{items} on {},{range}.{covers}", term.name)
            }
            Kind::Tag => format!("{items} tagged “{}”,{range}.", term.name),
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
        let description = match (groups.first(), groups.last()) {
            (Some(a), Some(b)) if number > 1 || self.routes.page_count(total) > 1 => format!(
                "Timeline page {number}: items {}–{end}, {} to {}.",
                start + 1,
                a.label,
                b.label
            ),
            _ => "All items by month, newest first.".into(),
        };
        let (years, undated) = self.year_rows();
        TimelineView {
            site: self.meta,
            page: self.page_meta_in(
                "timeline",
                &title,
                &paged("timeline/", number),
                &description,
                &[],
            ),
            groups,
            years,
            undated,
            paginator: Paginator::new(
                &self.routes,
                total,
                number,
                |p| self.base.link(p),
                "timeline/",
            ),
        }
    }

    /// The archive index: a row of twelve months per year, newest year first.
    fn year_rows(&self) -> (Vec<YearRow>, Option<Count>) {
        let mut rows: Vec<YearRow> = Vec::new();
        let mut undated = None;
        for (key, count, url) in self.month_places() {
            let Some((year, month)) = key
                .split_once('-')
                .and_then(|(y, m)| Some((y.to_string(), m.parse::<usize>().ok()?)))
            else {
                undated = Some(Count {
                    name: "Undated".into(),
                    url,
                    count,
                });
                continue;
            };
            if rows.last().is_none_or(|r| r.year != year) {
                rows.push(YearRow {
                    months: (1..=12)
                        .map(|m| MonthCell {
                            short: &month_name(m)[..3],
                            label: format!("{} {year}", month_name(m)),
                            count: 0,
                            url: None,
                        })
                        .collect(),
                    year: year.clone(),
                    count: 0,
                });
            }
            let row = rows.last_mut().expect("a row is open");
            row.count += count;
            if let Some(cell) = row.months.get_mut(month.wrapping_sub(1)) {
                cell.count = count;
                cell.url = Some(url);
            }
        }
        (rows, undated)
    }

    pub fn articles(&self, number: usize) -> ArticlesView<'a> {
        let total = self.site.articles.len();
        let (start, end) = self.routes.page_range(total, number);
        let title = match number {
            1 => "All articles".to_string(),
            n => format!("All articles (page {n})"),
        };
        let description = if number == 1 {
            format!("All {total} items of the digest, newest first.")
        } else {
            format!(
                "All items of the digest, newest first: page {number}, items {}–{end}.",
                start + 1
            )
        };
        let members: Vec<usize> = (start..end).collect();
        ArticlesView {
            site: self.meta,
            page: self.page_meta_in(
                "articles",
                &title,
                &paged("articles/", number),
                &description,
                &[],
            ),
            items: self.cards(&members),
            total,
            paginator: Paginator::new(
                &self.routes,
                total,
                number,
                |p| self.base.link(p),
                "articles/",
            ),
        }
    }

    pub fn search(&self) -> SearchView<'a> {
        SearchView {
            site: self.meta,
            page: self.page_meta_in(
                "search",
                "Search",
                "search/",
                "Search every item of the digest by word, pair, country, theme and language.",
                &[],
            ),
            index_url: self.base.link("search/index.json"),
            script_url: self.base.link("search.js"),
            total: self.site.articles.len(),
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

/// English names of the languages digests meet most; others are shown by their code.
fn language_name(tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let name = match primary.as_str() {
        "ar" => "Arabic",
        "az" => "Azerbaijani",
        "bg" => "Bulgarian",
        "bs" => "Bosnian",
        "cs" => "Czech",
        "de" => "German",
        "el" => "Greek",
        "en" => "English",
        "es" => "Spanish",
        "fa" => "Persian",
        "fr" => "French",
        "he" => "Hebrew",
        "hi" => "Hindi",
        "hr" => "Croatian",
        "hu" => "Hungarian",
        "hy" => "Armenian",
        "id" => "Indonesian",
        "it" => "Italian",
        "ja" => "Japanese",
        "ka" => "Georgian",
        "kk" => "Kazakh",
        "ko" => "Korean",
        "ky" => "Kyrgyz",
        "mk" => "Macedonian",
        "mn" => "Mongolian",
        "nl" => "Dutch",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ro" => "Romanian",
        "ru" => "Russian",
        "sk" => "Slovak",
        "sl" => "Slovenian",
        "sq" => "Albanian",
        "sr" => "Serbian",
        "sv" => "Swedish",
        "tg" => "Tajik",
        "th" => "Thai",
        "tk" => "Turkmen",
        "tr" => "Turkish",
        "uk" => "Ukrainian",
        "uz" => "Uzbek",
        "vi" => "Vietnamese",
        "zh" => "Chinese",
        _ => return tag.to_string(),
    };
    name.to_string()
}

/// An article's card: what every list shows of it. `site_language` decides which items are
/// labelled with their language.
pub fn card(site: &Site, i: usize, base: &BaseUrl, site_language: &str) -> Value {
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
    let lang = a.lang.as_deref().filter(|l| valid_lang(l));
    let primary = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    let foreign = lang.filter(|l| primary(l) != primary(site_language));
    let date_display = match (a.date, a.added) {
        (Some(d), _) => display_date(d),
        (None, Some(added)) => format!("undated (added {})", display_date(added)),
        (None, None) => "undated".into(),
    };
    json!({
        "title": a.title,
        "slug": a.slug,
        "url": base.link(&path),
        "permalink": base.absolute(&path),
        "date": a.date.map(|d| d.to_string()),
        "date_display": date_display,
        "summary": a.summary,
        "outlet": a.outlet,
        "author": a.author,
        "seed": a.seed,
        "lang": lang,
        "lang_name": foreign.map(language_name),
        "source_url": a.source_url.as_deref().filter(|u| is_web_url(u)),
        "added": a.added.map(|d| d.to_string()),
        "pair": {"name": pair.name, "url": base.link(&pair.path()), "single": pair.is_single()},
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
