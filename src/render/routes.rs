//! The route table: every file of the site, where it is written, and how lists split into pages.

use crate::site::{Kind, Site};
use serde::Serialize;

/// One output file of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    Home,
    Article(usize),
    Index(Kind),
    /// A term's list page: kind, index into the kind's terms, page number from 1.
    Term(Kind, usize, usize),
    Timeline(usize),
    /// Every article, newest first, by page number from 1.
    Articles(usize),
    /// The search page and the index its script reads.
    Search,
    SearchIndex,
    /// One part of the search index's items, from 1.
    SearchPart(usize),
    NotFound,
    SiteFeed,
    TermFeed(Kind, usize),
    /// `sitemap.xml`: the sitemap, or an index of its parts when the site has more pages than
    /// one sitemap may list.
    Sitemap,
    /// One part of a split sitemap, from 1.
    SitemapPart(usize),
    Robots,
    HighlightCss,
    /// A theme or site static file, by its index in the theme's list.
    Static(usize),
}

impl Page {
    /// The template a page is rendered with, if any.
    pub fn template(self) -> Option<&'static str> {
        match self {
            Page::Home => Some("home.html"),
            Page::Article(_) => Some("article.html"),
            Page::Index(_) => Some("taxonomy.html"),
            Page::Term(..) => Some("list.html"),
            Page::Timeline(_) => Some("timeline.html"),
            Page::Articles(_) => Some("articles.html"),
            Page::Search => Some("search.html"),
            Page::NotFound => Some("404.html"),
            Page::SiteFeed | Page::TermFeed(..) => Some("feed.xml"),
            Page::SearchIndex
            | Page::SearchPart(_)
            | Page::Sitemap
            | Page::SitemapPart(_)
            | Page::Robots
            | Page::HighlightCss
            | Page::Static(_) => None,
        }
    }

    /// An HTML page (with a folder of its own and a place in the sitemap).
    pub fn is_html(self) -> bool {
        matches!(
            self,
            Page::Home
                | Page::Article(_)
                | Page::Index(_)
                | Page::Term(..)
                | Page::Timeline(_)
                | Page::Articles(_)
                | Page::Search
        )
    }
}

/// The most URLs one sitemap file may list (sitemaps.org); larger sites get an index of parts.
pub const SITEMAP_MAX_URLS: usize = 50_000;

/// How lists are cut into pages, and sitemaps into parts.
#[derive(Debug, Clone, Copy)]
pub struct Routes {
    pub paginate_by: usize,
    pub sitemap_max_urls: usize,
}

impl Routes {
    /// Every file of the site, static files included. A site none of whose items has a date
    /// or an added day has no feeds: they could only carry invented dates.
    pub fn all_pages(&self, site: &Site, static_files: usize) -> Vec<Page> {
        let mut pages = vec![
            Page::Home,
            Page::NotFound,
            Page::Search,
            Page::SearchIndex,
            Page::Sitemap,
            Page::Robots,
            Page::HighlightCss,
        ];
        pages.extend((1..=super::search::part_count(site.articles.len())).map(Page::SearchPart));
        if site.updated.is_some() {
            pages.push(Page::SiteFeed);
        }
        let list_pages = 1..=self.page_count(site.articles.len());
        pages.extend(list_pages.clone().map(Page::Timeline));
        if !site.articles.is_empty() {
            pages.extend(list_pages.map(Page::Articles));
        }
        pages.extend((0..site.articles.len()).map(Page::Article));
        for kind in Kind::ALL {
            pages.push(Page::Index(kind));
            for (t, term) in site.terms(kind).iter().enumerate() {
                pages.extend(
                    (1..=self.page_count(term.members.len())).map(|p| Page::Term(kind, t, p)),
                );
                if kind.has_feed() && site.updated.is_some() {
                    pages.push(Page::TermFeed(kind, t));
                }
            }
        }
        let urls = pages.iter().filter(|p| p.is_html()).count();
        if urls > self.sitemap_max_urls {
            pages.extend((1..=urls.div_ceil(self.sitemap_max_urls)).map(Page::SitemapPart));
        }
        pages.extend((0..static_files).map(Page::Static));
        pages
    }

    /// Pages of a list of `items` items (one page even when empty).
    pub fn page_count(&self, items: usize) -> usize {
        items.div_ceil(self.paginate_by).max(1)
    }

    /// The items a list page shows: `start..end` of its list.
    pub fn page_range(&self, total: usize, number: usize) -> (usize, usize) {
        let start = ((number - 1) * self.paginate_by).min(total);
        (start, (start + self.paginate_by).min(total))
    }

    /// The site path of an HTML page's folder (`articles/x/`), or of a file.
    pub fn page_dir(&self, site: &Site, page: Page) -> String {
        match page {
            Page::Home => String::new(),
            Page::Article(i) => format!("articles/{}/", site.articles[i].slug),
            Page::Index(kind) => format!("{}/", kind.dir()),
            Page::Term(kind, t, p) => paged(&site.terms(kind)[t].path(), p),
            Page::Timeline(p) => paged("timeline/", p),
            Page::Articles(p) => paged("articles/", p),
            Page::Search => "search/".into(),
            other => self.file_path(site, other, &[]),
        }
    }

    /// The site path a page is written to; `static_names` are the theme's static files in order.
    pub fn file_path(&self, site: &Site, page: Page, static_names: &[String]) -> String {
        match page {
            Page::SearchIndex => "search/index.json".into(),
            Page::SearchPart(n) => format!("search/items/{n}.json"),
            Page::NotFound => "404.html".into(),
            Page::SiteFeed => "atom.xml".into(),
            Page::TermFeed(kind, t) => format!("{}atom.xml", site.terms(kind)[t].path()),
            Page::Sitemap => "sitemap.xml".into(),
            Page::SitemapPart(n) => format!("sitemaps/{n}.xml"),
            Page::Robots => "robots.txt".into(),
            Page::HighlightCss => "highlight.css".into(),
            Page::Static(i) => static_names.get(i).cloned().unwrap_or_default(),
            html => {
                debug_assert!(html.is_html());
                format!("{}index.html", self.page_dir(site, html))
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

/// What a list page's navigation shows.
#[derive(Debug, Serialize, Hash)]
pub struct Paginator {
    pub current: usize,
    pub total_pages: usize,
    pub total_items: usize,
    pub first_item: usize,
    pub last_item: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub first: String,
    pub last: String,
    /// Numbered links: the first, the last and a few around the current page, with gaps between.
    pub pages: Vec<PageLink>,
}

#[derive(Debug, Serialize, Hash)]
pub struct PageLink {
    /// 0 marks a gap (shown as an ellipsis).
    pub number: usize,
    pub url: String,
    pub current: bool,
}

/// How many numbered links stand on each side of the current page.
const WINDOW: usize = 2;

impl Paginator {
    /// The paginator of page `number` of a list of `total` items at `list_path`: its size is bounded
    /// by the window, not by the length of the list.
    pub fn new(
        routes: &Routes,
        total: usize,
        number: usize,
        link: impl Fn(&str) -> String,
        list_path: &str,
    ) -> Paginator {
        let pages = routes.page_count(total);
        let (start, end) = routes.page_range(total, number);
        let url = |n: usize| link(&paged(list_path, n));
        let mut numbers: Vec<usize> = vec![1, pages];
        numbers.extend(number.saturating_sub(WINDOW).max(1)..=(number + WINDOW).min(pages));
        numbers.sort_unstable();
        numbers.dedup();
        let mut links = Vec::with_capacity(numbers.len() * 2);
        let mut last = 0;
        for n in numbers {
            if n > last + 1 {
                links.push(PageLink {
                    number: 0,
                    url: String::new(),
                    current: false,
                });
            }
            links.push(PageLink {
                number: n,
                url: url(n),
                current: n == number,
            });
            last = n;
        }
        Paginator {
            current: number,
            total_pages: pages,
            total_items: total,
            first_item: if total == 0 { 0 } else { start + 1 },
            last_item: end,
            previous: (number > 1).then(|| url(number - 1)),
            next: (number < pages).then(|| url(number + 1)),
            first: url(1),
            last: url(pages),
            pages: links,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(p: &Paginator) -> Vec<usize> {
        p.pages.iter().map(|l| l.number).collect()
    }

    #[test]
    fn numbered_pagination_is_a_window_with_gaps() {
        let routes = Routes {
            paginate_by: 10,
            sitemap_max_urls: SITEMAP_MAX_URLS,
        };
        let link = |p: &str| format!("/{p}");
        let middle = Paginator::new(&routes, 5_000, 250, link, "timeline/");
        assert_eq!(
            numbers(&middle),
            vec![1, 0, 248, 249, 250, 251, 252, 0, 500]
        );
        assert_eq!(middle.previous.as_deref(), Some("/timeline/page/249/"));
        assert_eq!(middle.first, "/timeline/");
        let first = Paginator::new(&routes, 35, 1, link, "timeline/");
        assert_eq!(numbers(&first), vec![1, 2, 3, 4]);
        assert!(first.previous.is_none());
        let empty = Paginator::new(&routes, 0, 1, link, "timeline/");
        assert_eq!(numbers(&empty), vec![1]);
        assert_eq!((empty.first_item, empty.last_item), (0, 0));
    }
}
