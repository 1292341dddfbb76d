//! Rendering: the theme's Tera templates (with the site's own `templates/` winning file by file),
//! article bodies, list pages with pagination, feeds, the sitemap and static assets.
//!
//! Each article is rendered and turned into template values once ([`Prepared`]); every page that
//! lists it receives those values, and a list page receives only the items it shows.

use crate::config::{BaseUrl, Config};
use crate::diagnostics::{error_chain, Diagnostic};
use crate::markdown;
use crate::output::Sink;
use crate::site::{month_name, Kind, Site, Term};
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tera::{Context, Tera};
use walkdir::WalkDir;

/// The templates every theme provides.
pub const TEMPLATES: &[&str] = &[
    "base.html",
    "home.html",
    "article.html",
    "list.html",
    "taxonomy.html",
    "timeline.html",
    "404.html",
    "feed.xml",
];

/// The bundled default theme, used when a site has no `themes/default/` folder of its own.
const EMBEDDED_THEME: &[(&str, &str)] = &[
    (
        "templates/base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "templates/macros.html",
        include_str!("../themes/default/templates/macros.html"),
    ),
    (
        "templates/home.html",
        include_str!("../themes/default/templates/home.html"),
    ),
    (
        "templates/article.html",
        include_str!("../themes/default/templates/article.html"),
    ),
    (
        "templates/list.html",
        include_str!("../themes/default/templates/list.html"),
    ),
    (
        "templates/taxonomy.html",
        include_str!("../themes/default/templates/taxonomy.html"),
    ),
    (
        "templates/timeline.html",
        include_str!("../themes/default/templates/timeline.html"),
    ),
    (
        "templates/404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    (
        "templates/feed.xml",
        include_str!("../themes/default/templates/feed.xml"),
    ),
    (
        "static/style.css",
        include_str!("../themes/default/static/style.css"),
    ),
    (
        "static/favicon.svg",
        include_str!("../themes/default/static/favicon.svg"),
    ),
];

/// Writes the bundled default theme into `dir` (used by `caravan init`).
pub fn write_default_theme(dir: &Path) -> std::io::Result<()> {
    for (rel, text) in EMBEDDED_THEME {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("theme files live in folders"))?;
        std::fs::write(path, text)?;
    }
    Ok(())
}

/// One output file of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    Home,
    Article(usize),
    Index(Kind),
    /// A term's list page: kind, index into the kind's terms, page number from 1.
    Term(Kind, usize, usize),
    Timeline(usize),
    NotFound,
    SiteFeed,
    TermFeed(Kind, usize),
    Sitemap,
    Robots,
    HighlightCss,
}

/// An article made ready for templates, once.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Title, URL, date, summary and term links: what any list shows of it.
    pub card: Value,
    pub body_html: String,
    /// A fingerprint of the article: pages that show it compare it to know they are stale.
    pub version: u64,
}

pub struct Renderer {
    tera: Tera,
    template_files: HashMap<String, PathBuf>,
    template_sources: HashMap<String, String>,
    static_files: BTreeMap<String, StaticFile>,
    pub base: BaseUrl,
    pub config: Config,
    /// Serve mode: every HTML page gets the live-reload script.
    pub live_reload: bool,
}

enum StaticFile {
    Disk(PathBuf),
    Embedded(&'static str),
}

impl Renderer {
    /// Loads the theme and the site's overrides. Every template error is reported, with its file and line.
    pub fn new(
        root: &Path,
        config: &Config,
        base: BaseUrl,
        live_reload: bool,
    ) -> Result<Renderer, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let mut static_files: BTreeMap<String, StaticFile> = BTreeMap::new();
        let theme_dir = root.join("themes").join(&config.theme);
        let mut errors = Vec::new();
        if theme_dir.is_dir() {
            read_layer(
                &theme_dir,
                root,
                &mut sources,
                &mut static_files,
                &mut errors,
            );
        } else if config.theme == "default" {
            for (rel, text) in EMBEDDED_THEME {
                if let Some(name) = rel.strip_prefix("templates/") {
                    let shown = PathBuf::from("themes/default").join(rel);
                    sources.insert(name.to_string(), (shown, text.to_string()));
                } else if let Some(name) = rel.strip_prefix("static/") {
                    static_files.insert(name.to_string(), StaticFile::Embedded(text));
                }
            }
        } else {
            return Err(vec![Diagnostic::new(
                root.join(crate::config::CONFIG_FILE),
                None,
                format!(
                    "theme `{}` not found: expected a folder {}",
                    config.theme,
                    theme_dir.display()
                ),
            )]);
        }
        // The site's own files win over the theme's, file by file.
        read_layer(root, root, &mut sources, &mut static_files, &mut errors);
        for name in TEMPLATES {
            if !sources.contains_key(*name) {
                errors.push(Diagnostic::new(
                    theme_dir.join("templates").join(name),
                    None,
                    format!("template `{name}` is missing from the theme"),
                ));
            }
        }
        // Parse each template alone first, so that every broken file is named with its line.
        for (name, (path, text)) in &sources {
            if let Err(e) = tera::Template::new(name, None, text) {
                errors.push(template_error(path, &e));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        // Tera's own escaper writes `/` as `&#x2F;`: valid, but it makes every URL unreadable.
        tera.set_escape_fn(markdown::escape_html);
        let templates: Vec<(&str, &str)> = sources
            .iter()
            .map(|(n, (_, t))| (n.as_str(), t.as_str()))
            .collect();
        if let Err(e) = tera.add_raw_templates(templates) {
            // Syntax is fine in every file, so this is about inheritance or imports: name the file tera names.
            let message = error_chain(&e);
            let name = TeraMessage::quoted_template(&message).unwrap_or("base.html");
            let path = sources
                .get(name)
                .map(|(p, _)| p.clone())
                .unwrap_or_else(|| PathBuf::from(name));
            return Err(vec![Diagnostic::new(path, None, one_line(&message))]);
        }
        Ok(Renderer {
            tera,
            template_files: sources
                .iter()
                .map(|(n, (p, _))| (n.clone(), p.clone()))
                .collect(),
            template_sources: sources.into_iter().map(|(n, (_, t))| (n, t)).collect(),
            static_files,
            base,
            config: config.clone(),
            live_reload,
        })
    }

    /// Renders one article's body and template values.
    pub fn prepare(&self, site: &Site, index: usize) -> Arc<Prepared> {
        let article = &site.articles[index];
        let mut hasher = DefaultHasher::new();
        article.hash(&mut hasher);
        Arc::new(Prepared {
            card: self.card(site, index),
            body_html: markdown::render(&article.body, self.config.allow_html),
            version: hasher.finish(),
        })
    }

    pub fn prepare_all(&self, site: &Site) -> Vec<Arc<Prepared>> {
        (0..site.articles.len())
            .into_par_iter()
            .map(|i| self.prepare(site, i))
            .collect()
    }

    /// A fingerprint of everything `page` shows. Serve re-renders a page only when it changes.
    pub fn signature(&self, site: &Site, prepared: &[Arc<Prepared>], page: Page) -> u64 {
        let mut h = DefaultHasher::new();
        self.page_path(site, page).hash(&mut h);
        let versions = |members: &mut dyn Iterator<Item = usize>, h: &mut DefaultHasher| {
            members.for_each(|i| prepared[i].version.hash(h))
        };
        let term_heads = |terms: &[Term], h: &mut DefaultHasher| {
            terms
                .iter()
                .for_each(|t| (&t.name, &t.slug, &t.note, t.members.len()).hash(h))
        };
        match page {
            Page::Home => {
                versions(
                    &mut (0..site.articles.len().min(self.config.home_latest)),
                    &mut h,
                );
                site.articles.len().hash(&mut h);
                Kind::ALL
                    .iter()
                    .for_each(|&k| term_heads(site.terms(k), &mut h));
                site.timeline
                    .iter()
                    .for_each(|m| (&m.key, m.members.len()).hash(&mut h));
            }
            Page::Article(i) => {
                let n = &site.neighbours[i];
                let shown = std::iter::once(i)
                    .chain(n.newer_in_pair)
                    .chain(n.older_in_pair)
                    .chain(n.related.iter().copied());
                versions(&mut shown.into_iter(), &mut h);
                (n.newer_in_pair.is_some(), n.older_in_pair.is_some()).hash(&mut h);
                term_heads(
                    std::slice::from_ref(&site.terms(Kind::Pair)[n.pair]),
                    &mut h,
                );
            }
            Page::Index(kind) => term_heads(site.terms(kind), &mut h),
            Page::Term(kind, t, number) => {
                let term = &site.terms(kind)[t];
                term_heads(std::slice::from_ref(term), &mut h);
                let (start, end) = self.page_range(term.members.len(), number);
                versions(&mut term.members[start..end].iter().copied(), &mut h);
            }
            Page::Timeline(number) => {
                let (start, end) = self.page_range(site.articles.len(), number);
                site.articles.len().hash(&mut h);
                versions(&mut (start..end), &mut h);
            }
            Page::SiteFeed => versions(
                &mut (0..site.articles.len().min(self.config.feed_limit)),
                &mut h,
            ),
            Page::TermFeed(kind, t) => {
                let members = &site.terms(kind)[t].members;
                versions(
                    &mut members.iter().take(self.config.feed_limit).copied(),
                    &mut h,
                );
            }
            Page::Sitemap => {
                site.articles
                    .iter()
                    .for_each(|a| (&a.slug, a.date).hash(&mut h));
                Kind::ALL
                    .iter()
                    .for_each(|&k| term_heads(site.terms(k), &mut h));
            }
            Page::NotFound | Page::Robots | Page::HighlightCss => {}
        }
        h.finish()
    }

    /// The template a page is rendered with (base.html and macros.html stand behind every HTML page).
    pub fn template_of(page: Page) -> Option<&'static str> {
        match page {
            Page::Home => Some("home.html"),
            Page::Article(_) => Some("article.html"),
            Page::Index(_) => Some("taxonomy.html"),
            Page::Term(..) => Some("list.html"),
            Page::Timeline(_) => Some("timeline.html"),
            Page::NotFound => Some("404.html"),
            Page::SiteFeed | Page::TermFeed(..) => Some("feed.xml"),
            Page::Sitemap | Page::Robots | Page::HighlightCss => None,
        }
    }

    /// Every file of the site.
    pub fn all_pages(&self, site: &Site) -> Vec<Page> {
        let mut pages = vec![
            Page::Home,
            Page::Timeline(1),
            Page::NotFound,
            Page::SiteFeed,
            Page::Sitemap,
            Page::Robots,
            Page::HighlightCss,
        ];
        pages.extend((2..=self.page_count(site.articles.len())).map(Page::Timeline));
        pages.extend((0..site.articles.len()).map(Page::Article));
        for kind in Kind::ALL {
            pages.push(Page::Index(kind));
            for (t, term) in site.terms(kind).iter().enumerate() {
                pages.extend(
                    (1..=self.page_count(term.members.len())).map(|p| Page::Term(kind, t, p)),
                );
                if kind.has_feed() {
                    pages.push(Page::TermFeed(kind, t));
                }
            }
        }
        pages
    }

    /// Pages of a list of `items` items (one page even when empty).
    pub fn page_count(&self, items: usize) -> usize {
        items.div_ceil(self.config.paginate_by).max(1)
    }

    /// The site path a page is written to.
    pub fn page_path(&self, site: &Site, page: Page) -> String {
        match page {
            Page::Home => "index.html".into(),
            Page::Article(i) => format!("articles/{}/index.html", site.articles[i].slug),
            Page::Index(kind) => format!("{}/index.html", kind.dir()),
            Page::Term(kind, t, p) => {
                format!("{}index.html", paged(&site.terms(kind)[t].path(), p))
            }
            Page::Timeline(p) => format!("{}index.html", paged("timeline/", p)),
            Page::NotFound => "404.html".into(),
            Page::SiteFeed => "atom.xml".into(),
            Page::TermFeed(kind, t) => format!("{}atom.xml", site.terms(kind)[t].path()),
            Page::Sitemap => "sitemap.xml".into(),
            Page::Robots => "robots.txt".into(),
            Page::HighlightCss => "highlight.css".into(),
        }
    }

    /// Renders pages in parallel into `sink`; returns every error, sorted.
    pub fn render_pages(
        &self,
        site: &Site,
        prepared: &[Arc<Prepared>],
        pages: &[Page],
        sink: &dyn Sink,
    ) -> Vec<Diagnostic> {
        let mut errors: Vec<Diagnostic> = pages
            .par_iter()
            .filter_map(|&page| {
                let path = self.page_path(site, page);
                match self.render_page(site, prepared, page) {
                    Ok(bytes) => sink
                        .put(&path, bytes)
                        .err()
                        .map(|e| Diagnostic::new(&path, None, format!("cannot write: {e}"))),
                    Err(e) => Some(e),
                }
            })
            .collect();
        errors.sort();
        errors.dedup();
        errors
    }

    /// Copies the theme's and the site's static files, and returns their site paths.
    pub fn copy_static(&self, sink: &dyn Sink) -> (Vec<String>, Vec<Diagnostic>) {
        let mut errors = Vec::new();
        for (rel, file) in &self.static_files {
            let result = match file {
                StaticFile::Disk(path) => sink.copy(rel, path),
                StaticFile::Embedded(text) => sink.put(rel, text.as_bytes().to_vec()),
            };
            if let Err(e) = result {
                errors.push(Diagnostic::new(
                    rel,
                    None,
                    format!("cannot copy static file: {e}"),
                ));
            }
        }
        (self.static_files.keys().cloned().collect(), errors)
    }

    pub fn render_page(
        &self,
        site: &Site,
        prepared: &[Arc<Prepared>],
        page: Page,
    ) -> Result<Vec<u8>, Diagnostic> {
        let html = |template: &str, ctx: Context| -> Result<Vec<u8>, Diagnostic> {
            let text = self
                .tera
                .render(template, &ctx)
                .map_err(|e| self.render_error(template, &e))?;
            Ok(self.finish_html(text).into_bytes())
        };
        let cards = |members: &[usize]| -> Vec<&Value> {
            members.iter().map(|&i| &prepared[i].card).collect()
        };
        match page {
            Page::Home => {
                let mut ctx =
                    self.context(self.config.title.as_str(), "", &self.config.description);
                let latest: Vec<usize> =
                    (0..site.articles.len().min(self.config.home_latest)).collect();
                ctx.insert("latest", &cards(&latest));
                ctx.insert("total", &site.articles.len());
                for kind in Kind::ALL {
                    ctx.insert(kind.dir(), &self.term_summaries(site.terms(kind)));
                }
                ctx.insert("months", &self.month_summaries(site));
                html("home.html", ctx)
            }
            Page::Article(i) => {
                let article = &site.articles[i];
                let n = &site.neighbours[i];
                let path = self.page_dir(site, page);
                let mut ctx = self.context(&article.title, &path, &article.summary);
                ctx.insert("article", &prepared[i].card);
                ctx.insert("body", &prepared[i].body_html);
                ctx.insert("pair", &self.term_summary(&site.terms(Kind::Pair)[n.pair]));
                ctx.insert("newer", &n.newer_in_pair.map(|j| &prepared[j].card));
                ctx.insert("older", &n.older_in_pair.map(|j| &prepared[j].card));
                ctx.insert("related", &cards(&n.related));
                html("article.html", ctx)
            }
            Page::Index(kind) => {
                let mut ctx = self.context(kind.title(), &format!("{}/", kind.dir()), "");
                ctx.insert(
                    "kind",
                    &json!({"dir": kind.dir(), "title": kind.title(), "singular": kind.singular()}),
                );
                ctx.insert("terms", &self.term_summaries(site.terms(kind)));
                html("taxonomy.html", ctx)
            }
            Page::Term(kind, t, number) => {
                let term = &site.terms(kind)[t];
                let (start, end, paginator) =
                    self.paginate(&term.path(), term.members.len(), number);
                let title = match number {
                    1 => term.name.clone(),
                    n => format!("{} (page {n})", term.name),
                };
                let mut ctx = self.context(&title, &paged(&term.path(), number), &term.note);
                ctx.insert("term", &self.term_summary(term));
                ctx.insert(
                    "kind",
                    &json!({"dir": kind.dir(), "title": kind.title(), "singular": kind.singular()}),
                );
                ctx.insert("items", &cards(&term.members[start..end]));
                ctx.insert("paginator", &paginator);
                html("list.html", ctx)
            }
            Page::Timeline(number) => {
                let (start, end, paginator) =
                    self.paginate("timeline/", site.articles.len(), number);
                let title = match number {
                    1 => "Timeline".to_string(),
                    n => format!("Timeline (page {n})"),
                };
                let mut ctx = self.context(
                    &title,
                    &paged("timeline/", number),
                    "All items by month, newest first.",
                );
                ctx.insert("groups", &self.timeline_groups(site, prepared, start, end));
                ctx.insert("paginator", &paginator);
                html("timeline.html", ctx)
            }
            Page::NotFound => html("404.html", self.context("Page not found", "404.html", "")),
            Page::SiteFeed => {
                let members: Vec<usize> = (0..site.articles.len()).collect();
                self.feed(site, prepared, &self.config.title, "", &members)
            }
            Page::TermFeed(kind, t) => {
                let term = &site.terms(kind)[t];
                let title = format!("{} — {}", term.name, self.config.title);
                self.feed(site, prepared, &title, &term.path(), &term.members)
            }
            Page::Sitemap => Ok(self.sitemap(site).into_bytes()),
            Page::Robots => Ok(format!(
                "User-agent: *\nAllow: /\n\nSitemap: {}\n",
                self.base.absolute("sitemap.xml")
            )
            .into_bytes()),
            Page::HighlightCss => Ok(markdown::highlight_css().into_bytes()),
        }
    }

    fn page_dir(&self, site: &Site, page: Page) -> String {
        self.page_path(site, page)
            .trim_end_matches("index.html")
            .to_string()
    }

    fn context(&self, title: &str, path: &str, description: &str) -> Context {
        let mut ctx = Context::new();
        ctx.insert(
            "site",
            &json!({
                "title": self.config.title,
                "description": self.config.description,
                "language": self.config.language,
                "base_url": self.base.full,
                "base_path": self.base.path,
                "feed_url": self.base.link("atom.xml"),
                "live_reload": self.live_reload,
            }),
        );
        ctx.insert(
            "page",
            &json!({
                "title": title,
                "path": self.base.link(path),
                "permalink": self.base.absolute(path),
                "description": if description.is_empty() { self.config.description.as_str() } else { description },
            }),
        );
        ctx
    }

    fn card(&self, site: &Site, i: usize) -> Value {
        let a = &site.articles[i];
        let n = &site.neighbours[i];
        let links = |kind: Kind, terms: &[usize]| -> Vec<Value> {
            terms
                .iter()
                .map(|&t| {
                    let term = &site.terms(kind)[t];
                    json!({"name": term.name, "key": term.key, "url": self.base.link(&term.path())})
                })
                .collect()
        };
        let pair = &site.terms(Kind::Pair)[n.pair];
        let path = format!("articles/{}/", a.slug);
        json!({
            "title": a.title,
            "slug": a.slug,
            "url": self.base.link(&path),
            "permalink": self.base.absolute(&path),
            "date": a.date.map(|d| d.to_string()),
            "date_display": a.date.map(display_date).unwrap_or_else(|| "undated".into()),
            "summary": a.summary,
            "outlet": a.outlet,
            "author": a.author,
            "seed": a.seed,
            "pair": {"name": pair.name, "url": self.base.link(&pair.path())},
            "countries": links(Kind::Country, &n.countries),
            "themes": links(Kind::Theme, &n.themes),
            "tags": links(Kind::Tag, &n.tags),
        })
    }

    fn term_summary(&self, term: &Term) -> Value {
        json!({
            "name": term.name,
            "key": term.key,
            "note": term.note,
            "url": self.base.link(&term.path()),
            "feed_url": if term.kind.has_feed() { Some(self.base.link(&format!("{}atom.xml", term.path()))) } else { None },
            "count": term.members.len(),
        })
    }

    fn term_summaries(&self, terms: &[Term]) -> Vec<Value> {
        terms.iter().map(|t| self.term_summary(t)).collect()
    }

    /// Months with their counts and the timeline page each starts on.
    fn month_summaries(&self, site: &Site) -> Vec<Value> {
        let mut seen = 0;
        site.timeline
            .iter()
            .map(|m| {
                let page = seen / self.config.paginate_by + 1;
                seen += m.members.len();
                json!({"key": m.key, "label": m.label, "count": m.members.len(),
                       "url": format!("{}#m-{}", self.base.link(&paged("timeline/", page)), m.key)})
            })
            .collect()
    }

    fn timeline_groups(
        &self,
        site: &Site,
        prepared: &[Arc<Prepared>],
        start: usize,
        end: usize,
    ) -> Vec<Value> {
        let mut groups: Vec<Value> = Vec::new();
        let mut seen = 0;
        for month in &site.timeline {
            let (from, to) = (seen, seen + month.members.len());
            seen = to;
            if to <= start || from >= end {
                continue;
            }
            let items: Vec<&Value> = month.members[start.max(from) - from..end.min(to) - from]
                .iter()
                .map(|&i| &prepared[i].card)
                .collect();
            groups.push(json!({"key": month.key, "label": month.label, "items": items}));
        }
        groups
    }

    /// The items a list page shows: `start..end` of its list.
    fn page_range(&self, total: usize, number: usize) -> (usize, usize) {
        let start = ((number - 1) * self.config.paginate_by).min(total);
        (start, (start + self.config.paginate_by).min(total))
    }

    /// The item range of page `number` and the paginator the template shows.
    fn paginate(&self, list_path: &str, total: usize, number: usize) -> (usize, usize, Value) {
        let pages = self.page_count(total);
        let (start, end) = self.page_range(total, number);
        let url = |n: usize| self.base.link(&paged(list_path, n));
        let paginator = json!({
            "current": number,
            "total_pages": pages,
            "total_items": total,
            "first_item": if total == 0 { 0 } else { start + 1 },
            "last_item": end,
            "previous": if number > 1 { Some(url(number - 1)) } else { None },
            "next": if number < pages { Some(url(number + 1)) } else { None },
            "pages": (1..=pages).map(|n| json!({"number": n, "url": url(n), "current": n == number})).collect::<Vec<_>>(),
        });
        (start, end, paginator)
    }

    fn feed(
        &self,
        site: &Site,
        prepared: &[Arc<Prepared>],
        title: &str,
        list_path: &str,
        members: &[usize],
    ) -> Result<Vec<u8>, Diagnostic> {
        let newest = members.iter().filter_map(|&i| site.articles[i].date).max();
        let updated = newest
            .map(rfc3339)
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let entries: Vec<Value> = members
            .iter()
            .take(self.config.feed_limit)
            .map(|&i| {
                let a = &site.articles[i];
                let stamp = a.date.map(rfc3339).unwrap_or_else(|| updated.clone());
                json!({"card": prepared[i].card, "updated": stamp, "content": prepared[i].body_html})
            })
            .collect();
        let mut ctx = self.context(title, list_path, &self.config.description);
        ctx.insert(
            "feed",
            &json!({
                "title": title,
                "id": self.base.absolute(&format!("{list_path}atom.xml")),
                "self_url": self.base.absolute(&format!("{list_path}atom.xml")),
                "alternate_url": self.base.absolute(list_path),
                "updated": updated,
            }),
        );
        ctx.insert("entries", &entries);
        self.tera
            .render("feed.xml", &ctx)
            .map(String::into_bytes)
            .map_err(|e| self.render_error("feed.xml", &e))
    }

    fn sitemap(&self, site: &Site) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for page in self.all_pages(site) {
            let lastmod = match page {
                Page::Article(i) => site.articles[i].date,
                Page::Home | Page::Index(_) | Page::Term(..) | Page::Timeline(_) => None,
                _ => continue,
            };
            let loc = self.base.absolute(&self.page_dir(site, page));
            out.push_str(&format!(
                "  <url><loc>{}</loc>",
                markdown::escape_html(&loc)
            ));
            if let Some(date) = lastmod {
                out.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            out.push_str("</url>\n");
        }
        out.push_str("</urlset>\n");
        out
    }

    fn finish_html(&self, html: String) -> String {
        if !self.live_reload {
            return html;
        }
        let script = format!(
            "<script src=\"{}\" defer></script>",
            self.base.link(crate::serve::LIVE_RELOAD_PATH)
        );
        match html.rfind("</body>") {
            Some(at) => format!("{}{}{}", &html[..at], script, &html[at..]),
            None => html + &script,
        }
    }

    fn render_error(&self, template: &str, error: &tera::Error) -> Diagnostic {
        let message = error_chain(error);
        // Tera names the template where rendering failed; find it and, for a missing variable, its line.
        let failing = TeraMessage::quoted_template(&message)
            .unwrap_or(template)
            .to_string();
        let path = self
            .template_files
            .get(&failing)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(&failing));
        let line = TeraMessage::quoted_variable(&message).and_then(|var| {
            self.template_sources
                .get(&failing)
                .and_then(|src| src.lines().position(|l| l.contains(var)).map(|i| i + 1))
        });
        Diagnostic::new(path, line, one_line(&message))
    }
}

/// Small helpers to pull names out of tera's messages.
struct TeraMessage;

impl TeraMessage {
    fn quoted_template(message: &str) -> Option<&str> {
        let mut last = None;
        let mut rest = message;
        while let Some(start) = rest.find('\'') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('\'') else { break };
            let name = &after[..end];
            if name.ends_with(".html") || name.ends_with(".xml") {
                last = Some(name);
            }
            rest = &after[end + 1..];
        }
        last
    }

    fn quoted_variable(message: &str) -> Option<&str> {
        let start = message.find("Variable `")? + "Variable `".len();
        let end = message[start..].find('`')?;
        Some(&message[start..start + end])
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn template_error(path: &Path, error: &tera::Error) -> Diagnostic {
    let message = error_chain(error);
    let line = message.find("--> ").and_then(|at| {
        let digits: String = message[at + 4..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    });
    Diagnostic::new(path, line, one_line(&message))
}

/// One layer of templates and static files: a theme's folder, or the site's root (which wins).
fn read_layer(
    layer: &Path,
    root: &Path,
    sources: &mut BTreeMap<String, (PathBuf, String)>,
    static_files: &mut BTreeMap<String, StaticFile>,
    errors: &mut Vec<Diagnostic>,
) {
    read_templates(&layer.join("templates"), root, sources, errors);
    read_static(&layer.join("static"), static_files);
}

fn read_templates(
    dir: &Path,
    root: &Path,
    sources: &mut BTreeMap<String, (PathBuf, String)>,
    errors: &mut Vec<Diagnostic>,
) {
    for entry in WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let path = entry.path();
        let Ok(rel) = path.strip_prefix(dir) else {
            continue;
        };
        let name = rel.to_string_lossy().replace('\\', "/");
        if name.starts_with('.') || name.ends_with('~') {
            continue;
        }
        let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        match std::fs::read_to_string(path) {
            Ok(text) => {
                sources.insert(name, (shown, text));
            }
            Err(e) => errors.push(Diagnostic::new(
                shown,
                None,
                format!("cannot read template: {e}"),
            )),
        }
    }
}

fn read_static(dir: &Path, static_files: &mut BTreeMap<String, StaticFile>) {
    for entry in WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        if let Ok(rel) = entry.path().strip_prefix(dir) {
            let name = rel.to_string_lossy().replace('\\', "/");
            if !name.starts_with('.') {
                static_files.insert(name, StaticFile::Disk(entry.path().to_path_buf()));
            }
        }
    }
}

/// `pairs/x/` page 1 → `pairs/x/`, page 3 → `pairs/x/page/3/`.
pub fn paged(list_path: &str, number: usize) -> String {
    if number <= 1 {
        list_path.to_string()
    } else {
        format!("{list_path}page/{number}/")
    }
}

pub fn display_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

fn rfc3339(date: NaiveDate) -> String {
    format!("{date}T00:00:00Z")
}
