//! Machine-readable files: Atom feeds (through the theme's feed.xml), the sitemap and robots.txt.

use super::routes::{Page, Routes};
use super::view::{BodyRef, CardRef, PageMeta, SiteMeta, Views};
use crate::config::BaseUrl;
use crate::markdown::escape_html;
use crate::site::Site;
use chrono::NaiveDate;
use serde::Serialize;

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
    pub updated: String,
    pub content: BodyRef<'a>,
}

#[derive(Serialize, Hash)]
pub struct FeedView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub feed: FeedHead,
    pub entries: Vec<FeedEntry<'a>>,
}

impl<'a> Views<'a> {
    /// The feed of `members` (newest first) at `list_path`.
    pub fn feed(&self, title: &str, list_path: &str, members: &[usize]) -> FeedView<'a> {
        let newest = members
            .iter()
            .filter_map(|&i| self.site.articles[i].date)
            .max();
        let updated = newest
            .map(rfc3339)
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let entries = members
            .iter()
            .take(self.config.feed_limit)
            .map(|&i| FeedEntry {
                card: CardRef(&self.prepared[i]),
                updated: self.site.articles[i]
                    .date
                    .map(rfc3339)
                    .unwrap_or_else(|| updated.clone()),
                content: BodyRef(&self.prepared[i]),
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

/// Every HTML page's absolute URL with its date where it has one.
#[derive(Hash)]
pub struct SitemapView {
    pub urls: Vec<(String, Option<NaiveDate>)>,
}

impl SitemapView {
    pub fn new(site: &Site, routes: &Routes, base: &BaseUrl) -> SitemapView {
        let urls = routes
            .all_pages(site, 0)
            .into_iter()
            .filter_map(|page| {
                let lastmod = match page {
                    Page::Article(i) => site.articles[i].date,
                    Page::Home | Page::Index(_) | Page::Term(..) | Page::Timeline(_) => None,
                    _ => return None,
                };
                Some((base.absolute(&routes.page_dir(site, page)), lastmod))
            })
            .collect();
        SitemapView { urls }
    }

    pub fn render(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (loc, lastmod) in &self.urls {
            out.push_str("  <url><loc>");
            out.push_str(&escape_html(loc));
            out.push_str("</loc>");
            if let Some(date) = lastmod {
                out.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            out.push_str("</url>\n");
        }
        out.push_str("</urlset>\n");
        out
    }
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
