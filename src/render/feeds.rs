//! Machine-readable files: Atom feeds (through the theme's feed.xml), the sitemap and robots.txt.

use super::routes::{Page, Routes};
use super::view::{BodyRef, CardRef, PageMeta, SiteMeta, Views};
use crate::config::BaseUrl;
use crate::markdown::escape_html;
use crate::site::{changed_on, Site};
use chrono::NaiveDate;
use serde::Serialize;

/// A feed carries at most this much of an article's HTML: a huge body is not copied into every
/// feed that lists it; readers follow the link for the rest.
pub const FEED_CONTENT_MAX_BYTES: usize = 64 * 1024;

/// An article's body in a feed entry, cut at a block boundary past [`FEED_CONTENT_MAX_BYTES`].
#[derive(Clone, Copy, Hash)]
pub struct FeedContent<'a>(pub BodyRef<'a>);

impl serde::Serialize for FeedContent<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let html = &self.0.html();
        if html.len() <= FEED_CONTENT_MAX_BYTES {
            s.serialize_str(html)
        } else {
            s.serialize_str(&crate::markdown::truncate_html_for_feed(
                html,
                FEED_CONTENT_MAX_BYTES,
            ))
        }
    }
}

#[derive(Serialize, Hash)]
pub struct FeedHead {
    pub title: String,
    pub id: String,
    pub self_url: String,
    pub alternate_url: String,
    pub updated: String,
}

#[derive(Serialize, Hash)]
pub struct FeedEntry<'a> {
    pub card: CardRef<'a>,
    /// The item's own publication date, when it has one.
    pub published: Option<String>,
    /// Its publication date, else the day ingest added it: never another item's date.
    pub updated: String,
    pub content: FeedContent<'a>,
}

#[derive(Serialize, Hash)]
pub struct FeedView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub feed: FeedHead,
    pub entries: Vec<FeedEntry<'a>>,
}

impl<'a> Views<'a> {
    /// The feed of `members` at `list_path`: the `feed_limit` most recently published or added.
    ///
    /// Atom requires every entry to have an `<updated>` date. An item's own date gives it; an
    /// undated item has the day ingest added it, a fact. An item with neither is left out of
    /// feeds: any date given to it would be invented (another item's date, or 1970), and the
    /// item is still on every page of the site. The feed's own `<updated>` is the newest of its
    /// entries' dates. A list none of whose items can be dated has an empty feed, and that feed's
    /// `<updated>` is the last day the digest itself changed (a real date, and a statement about
    /// the feed document, not about any entry); a site without any such day has no feeds at all
    /// (see `Routes::all_pages`).
    pub fn feed(&self, title: &str, list_path: &str, members: &[usize]) -> FeedView<'a> {
        let mut dated: Vec<(NaiveDate, usize)> = members
            .iter()
            .filter_map(|&i| {
                let a = &self.site.articles[i];
                a.date.or(a.added).map(|d| (d, i))
            })
            .collect();
        // Newest first; members are in reading order already, and the sort is stable.
        dated.sort_by_key(|&(day, _)| std::cmp::Reverse(day));
        dated.truncate(self.config.feed_limit);
        let updated = dated
            .iter()
            .map(|(d, _)| *d)
            .max()
            .or(self.site.updated)
            .map(rfc3339)
            .unwrap_or_default();
        let entries = dated
            .iter()
            .map(|&(day, i)| FeedEntry {
                card: self.prepared.card(i),
                published: self.site.articles[i].date.map(rfc3339),
                updated: rfc3339(day),
                content: FeedContent(self.prepared.body(i)),
            })
            .collect();
        let feed_url = self.base.absolute(&format!("{list_path}atom.xml"));
        FeedView {
            site: self.meta,
            page: self.page_meta(title, list_path, &self.config.description),
            feed: FeedHead {
                title: title.to_string(),
                id: feed_url.clone(),
                self_url: feed_url,
                alternate_url: self.base.absolute(list_path),
                updated,
            },
            entries,
        }
    }
}

/// A sitemap file: every HTML page's absolute URL with its date where it has one, or (on a site
/// with more pages than one sitemap may list) the index of the parts that do.
#[derive(Hash)]
pub enum SitemapView {
    Urls(Vec<(String, Option<NaiveDate>)>),
    Index(Vec<(String, Option<NaiveDate>)>),
}

impl SitemapView {
    /// The view of `page`: [`Page::Sitemap`] or one [`Page::SitemapPart`].
    pub fn new(site: &Site, routes: &Routes, base: &BaseUrl, page: Page) -> SitemapView {
        let mut urls = every_url(site, routes, base);
        let max = routes.sitemap_max_urls;
        match page {
            Page::SitemapPart(n) => {
                let start = ((n - 1) * max).min(urls.len());
                let end = (start + max).min(urls.len());
                SitemapView::Urls(urls.drain(start..end).collect())
            }
            _ if urls.len() <= max => SitemapView::Urls(urls),
            _ => SitemapView::Index(
                urls.chunks(max)
                    .enumerate()
                    .map(|(i, part)| {
                        let newest = part.iter().filter_map(|(_, date)| *date).max();
                        (base.absolute(&format!("sitemaps/{}.xml", i + 1)), newest)
                    })
                    .collect(),
            ),
        }
    }

    pub fn render(&self) -> String {
        let (list, item, entries) = match self {
            SitemapView::Urls(urls) => ("urlset", "url", urls),
            SitemapView::Index(parts) => ("sitemapindex", "sitemap", parts),
        };
        let mut out = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{list} xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (loc, lastmod) in entries {
            out.push_str(&format!("  <{item}><loc>"));
            out.push_str(&escape_html(loc));
            out.push_str("</loc>");
            if let Some(date) = lastmod {
                out.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            out.push_str(&format!("</{item}>\n"));
        }
        out.push_str(&format!("</{list}>\n"));
        out
    }
}

/// Every HTML page's absolute URL, in route order, with its last change where it has one.
fn every_url(site: &Site, routes: &Routes, base: &BaseUrl) -> Vec<(String, Option<NaiveDate>)> {
    routes
        .all_pages(site, 0)
        .into_iter()
        .filter_map(|page| {
            // A page's last change: its item's, or the newest among the items it lists.
            let newest = |members: &mut dyn Iterator<Item = usize>| {
                members.filter_map(|i| changed_on(&site.articles[i])).max()
            };
            let lastmod = match page {
                Page::Article(i) => changed_on(&site.articles[i]),
                Page::Home | Page::Index(_) | Page::Search => site.updated,
                // A term's first page summarises all its items.
                Page::Term(kind, t, 1) => site.terms(kind)[t].updated,
                Page::Term(kind, t, number) => {
                    let members = &site.terms(kind)[t].members;
                    let (start, end) = routes.page_range(members.len(), number);
                    newest(&mut members[start..end].iter().copied())
                }
                Page::Timeline(number) | Page::Articles(number) => {
                    let (start, end) = routes.page_range(site.articles.len(), number);
                    newest(&mut (start..end))
                }
                _ => return None,
            };
            Some((base.absolute(&routes.page_dir(site, page)), lastmod))
        })
        .collect()
}

pub fn robots(base: &BaseUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        base.absolute("sitemap.xml")
    )
}

fn rfc3339(date: NaiveDate) -> String {
    format!("{date}T00:00:00Z")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::{article, taxonomy};
    use std::sync::Arc;

    #[test]
    fn a_site_larger_than_one_sitemap_gets_an_index_of_parts() {
        let articles = (0..7)
            .map(|i| {
                Arc::new(article(
                    &format!("a{i}"),
                    Some((2024, 1, i + 1)),
                    &["RS", "UZ"],
                    &[],
                ))
            })
            .collect();
        let site = Site::new(articles, &taxonomy(), 3).unwrap();
        let base = BaseUrl::parse("https://digest.example.org/sub/");
        let whole = Routes {
            paginate_by: 5,
            sitemap_max_urls: crate::render::routes::SITEMAP_MAX_URLS,
        };
        let SitemapView::Urls(all) = SitemapView::new(&site, &whole, &base, Page::Sitemap) else {
            panic!("a small site has one sitemap");
        };
        assert!(!whole.all_pages(&site, 0).contains(&Page::SitemapPart(1)));

        let split = Routes {
            sitemap_max_urls: 4,
            ..whole
        };
        let parts: Vec<Page> = split
            .all_pages(&site, 0)
            .into_iter()
            .filter(|p| matches!(p, Page::SitemapPart(_)))
            .collect();
        assert_eq!(parts.len(), all.len().div_ceil(4));
        let index = SitemapView::new(&site, &split, &base, Page::Sitemap);
        let xml = index.render();
        assert!(xml.contains("<sitemapindex"), "{xml}");
        assert!(xml.contains("<loc>https://digest.example.org/sub/sitemaps/1.xml</loc>"));
        // The parts hold every URL once, in order, none more than the limit.
        let mut joined = Vec::new();
        for part in &parts {
            let SitemapView::Urls(urls) = SitemapView::new(&site, &split, &base, *part) else {
                panic!("a part lists URLs");
            };
            assert!(!urls.is_empty() && urls.len() <= 4);
            joined.extend(urls);
        }
        assert_eq!(joined, all);
        assert_eq!(
            split.file_path(&site, parts[0], &[]),
            "sitemaps/1.xml".to_string()
        );
    }
}
