//! Rendering: turns the site model into files. Split by job: [`theme`] loads templates and static
//! files, [`routes`] says which files exist and where, [`view`] makes the data each template gets,
//! [`feeds`] writes feeds, the sitemap and robots.txt. This module ties them together: for any
//! page, its fingerprint (a hash of its view) and its bytes.

pub mod body;
pub mod charts;
pub mod feeds;
pub mod routes;
pub mod search;
pub mod theme;
pub mod view;

use crate::config::{BaseUrl, Config};
use crate::diagnostics::Diagnostic;
use crate::markdown;
use crate::site::Site;
use feeds::{FeedView, SitemapView};
use serde::Serialize;
use std::hash::{BuildHasher, Hash, Hasher};
use std::path::Path;
use std::sync::Arc;
use view::PreparedArticles;

pub use body::RenderedBody;
pub use routes::{paged, Page, Routes};
pub use theme::{write_default_theme, Theme, TEMPLATES};
pub use view::{display_date, Prepared, SiteMeta};

/// What a page is made from apart from the articles it shows: a hash of its path, template and
/// view (articles in it by index), and the articles its view read. With those articles'
/// versions it gives the page's fingerprint; equal fingerprints mean equal bytes.
#[derive(Debug, Clone)]
pub struct Shape {
    hash: u64,
    reads: Box<[u32]>,
}

impl Shape {
    /// The fingerprint of the page with the articles as `prepared` holds them now.
    pub fn fingerprint(&self, prepared: &[Arc<Prepared>]) -> u64 {
        let mut h = stable_hasher();
        self.hash.hash(&mut h);
        for &i in self.reads.iter() {
            prepared[i as usize].version.hash(&mut h);
        }
        h.finish()
    }

    /// The indices of the articles the page shows, sorted.
    pub fn reads(&self) -> &[u32] {
        &self.reads
    }
}

pub struct Renderer {
    pub theme: Theme,
    pub config: Config,
    pub base: BaseUrl,
    /// What pages know of the site, by whether it has a feed (some item has a date or an added
    /// day) and whether it has any article (else no `/articles/` index): `metas[feed][articles]`.
    metas: [[SiteMeta; 2]; 2],
    pub routes: Routes,
    static_names: Vec<String>,
}

/// The data one page is made from. One lives at a time per page being rendered, so its size
/// does not matter.
#[derive(Hash)]
#[allow(clippy::large_enum_variant)]
enum View<'a> {
    Home(view::HomeView<'a>),
    Article(view::ArticleView<'a>),
    Index(view::IndexView<'a>),
    List(view::ListView<'a>),
    Timeline(view::TimelineView<'a>),
    Articles(view::ArticlesView<'a>),
    Search(view::SearchView<'a>),
    SearchIndex(search::HeadView<'a>),
    SearchPart(search::PartView<'a>),
    NotFound(view::PlainView<'a>),
    Feed(FeedView<'a>),
    Sitemap(SitemapView),
    Robots(String),
    HighlightCss,
    Static(usize),
}

impl Renderer {
    /// Loads the theme and the site's overrides; every template error is reported.
    pub fn new(root: &Path, config: &Config, base: BaseUrl) -> Result<Renderer, Vec<Diagnostic>> {
        let theme = Theme::load(root, config)?;
        let static_names = theme.static_files.iter().map(|(n, _)| n.clone()).collect();
        Ok(Renderer {
            theme,
            metas: [false, true].map(|feed| {
                [false, true].map(|articles| SiteMeta::new(config, &base, feed, articles))
            }),
            routes: Routes {
                paginate_by: config.paginate_by,
                sitemap_max_urls: routes::SITEMAP_MAX_URLS,
            },
            config: config.clone(),
            base,
            static_names,
        })
    }

    /// What every page of `site` knows of it.
    pub fn meta(&self, site: &Site) -> &SiteMeta {
        &self.metas[site.updated.is_some() as usize][!site.articles.is_empty() as usize]
    }

    /// Makes one article's card and joins it to its rendered body.
    pub fn prepare(&self, site: &Site, index: usize, body: Arc<RenderedBody>) -> Arc<Prepared> {
        let card = view::card(site, index, &self.base, &self.config.language);
        let mut h = stable_hasher();
        card.hash(&mut h);
        body.hash.hash(&mut h);
        Arc::new(Prepared {
            card,
            body,
            version: h.finish(),
        })
    }

    /// Every file of the site.
    pub fn pages(&self, site: &Site) -> Vec<Page> {
        self.routes.all_pages(site, self.static_names.len())
    }

    /// The site path a page is written to (`articles/x/index.html`).
    pub fn path(&self, site: &Site, page: Page) -> String {
        self.routes.file_path(site, page, &self.static_names)
    }

    fn views<'a>(&'a self, site: &'a Site, prepared: &'a [Arc<Prepared>]) -> view::Views<'a> {
        view::Views {
            site,
            prepared: PreparedArticles::new(prepared),
            meta: self.meta(site),
            base: &self.base,
            config: &self.config,
            routes: self.routes,
        }
    }

    fn view<'a>(&'a self, site: &'a Site, prepared: &'a [Arc<Prepared>], page: Page) -> View<'a> {
        let views = self.views(site, prepared);
        match page {
            Page::Home => View::Home(views.home()),
            Page::Article(i) => View::Article(views.article(i, &self.routes.page_dir(site, page))),
            Page::Index(kind) => View::Index(views.index(kind)),
            Page::Term(kind, t, number) => View::List(views.list(kind, t, number)),
            Page::Timeline(number) => View::Timeline(views.timeline(number)),
            Page::Articles(number) => View::Articles(views.articles(number)),
            Page::Search => View::Search(views.search()),
            Page::SearchIndex => View::SearchIndex(search::HeadView::new(site)),
            Page::SearchPart(number) => View::SearchPart(search::PartView {
                site,
                prepared: PreparedArticles::new(prepared),
                number,
            }),
            Page::NotFound => View::NotFound(views.not_found()),
            Page::SiteFeed => {
                let members: Vec<usize> = (0..site.articles.len()).collect();
                View::Feed(views.feed(&self.config.title, "", &members))
            }
            Page::TermFeed(kind, t) => {
                let term = &site.terms(kind)[t];
                let title = format!("{} — {}", term.name, self.config.title);
                View::Feed(views.feed(&title, &term.path(), &term.members))
            }
            Page::Sitemap | Page::SitemapPart(_) => {
                View::Sitemap(SitemapView::new(site, &self.routes, &self.base, page))
            }
            Page::Robots => View::Robots(feeds::robots(&self.base)),
            Page::HighlightCss => View::HighlightCss,
            Page::Static(i) => View::Static(i),
        }
    }

    /// The shape of `page`: everything it is made from but the content of the articles it shows,
    /// which [`Shape::fingerprint`] adds. `path` is the page's own, as [`Renderer::path`] gives it.
    pub fn shape(&self, site: &Site, prepared: &[Arc<Prepared>], page: Page, path: &str) -> Shape {
        let (hash, reads) = view::reading(|| {
            let mut h = stable_hasher();
            path.hash(&mut h);
            page.template()
                .map(|t| self.theme.template_fingerprint(t))
                .hash(&mut h);
            match self.view(site, prepared, page) {
                View::Static(i) => match self.theme.static_files[i].1.read() {
                    Ok(bytes) => bytes.hash(&mut h),
                    // Unreadable now: never equal to a fingerprint of readable bytes.
                    Err(_) => u64::MAX.hash(&mut h),
                },
                view => view.hash(&mut h),
            }
            h.finish()
        });
        Shape {
            hash,
            reads: reads.into_boxed_slice(),
        }
    }

    /// The bytes of one page.
    pub fn render(
        &self,
        site: &Site,
        prepared: &[Arc<Prepared>],
        page: Page,
    ) -> Result<Vec<u8>, Diagnostic> {
        let template = page.template().unwrap_or_default();
        match self.view(site, prepared, page) {
            View::Home(v) => self.templated(template, &v),
            View::Article(mut v) => {
                if let Page::Article(i) = page {
                    let path = self.routes.page_dir(site, page);
                    v.page.jsonld = self.views(site, prepared).article_jsonld(i, &path);
                }
                self.templated(template, &v)
            }
            View::Index(v) => self.templated(template, &v),
            View::List(v) => self.templated(template, &v),
            View::Timeline(v) => self.templated(template, &v),
            View::Articles(v) => self.templated(template, &v),
            View::Search(v) => self.templated(template, &v),
            View::SearchIndex(v) => Ok(v.render().into_bytes()),
            View::SearchPart(v) => Ok(v.render().into_bytes()),
            View::NotFound(v) => self.templated(template, &v),
            View::Feed(v) => self.templated(template, &v),
            View::Sitemap(v) => Ok(v.render().into_bytes()),
            View::Robots(text) => Ok(text.into_bytes()),
            View::HighlightCss => Ok(markdown::highlight_css().into_bytes()),
            View::Static(i) => {
                let (name, file) = &self.theme.static_files[i];
                file.read().map_err(|e| {
                    Diagnostic::new(name, None, format!("cannot read static file: {e}"))
                })
            }
        }
    }

    fn templated(&self, template: &str, view: &impl Serialize) -> Result<Vec<u8>, Diagnostic> {
        let context = tera::Context::from_serialize(view)
            .map_err(|e| Diagnostic::new(template, None, e.to_string()))?;
        self.theme
            .tera
            .render(template, &context)
            .map(String::into_bytes)
            .map_err(|e| self.theme.render_error(template, &e))
    }
}

/// The hasher of fingerprints: fast on the many small writes a view makes, of good quality, and
/// the same from run to run (a fixed seed), since fingerprints are kept in the build record.
pub fn stable_hasher() -> impl Hasher {
    foldhash::quality::FixedState::with_seed(0x6361_7261_7661_6e21).build_hasher()
}
