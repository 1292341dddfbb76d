//! `caravan.toml`: every key optional, unknown keys rejected with the key and the file named.

use crate::diagnostics::{line_of_offset, Diagnostic};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "caravan.toml";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The digest's name, shown in every page header and feed.
    pub title: String,
    pub description: String,
    /// Where the site is served from, e.g. `https://example.org/digest/`.
    pub base_url: String,
    /// The `lang` attribute of every page.
    pub language: String,
    /// A folder name under `themes/`.
    pub theme: String,
    /// Items per list page.
    pub paginate_by: usize,
    /// Entries per Atom feed.
    pub feed_limit: usize,
    /// Latest items on the home page.
    pub home_latest: usize,
    /// Related items under an article.
    pub related_limit: usize,
    /// Raw HTML in content passes through untouched: only for trusted content.
    pub allow_html: bool,
    /// Folders, relative to the site root.
    pub seeds_dir: PathBuf,
    pub content_dir: PathBuf,
    /// `caravan build` ingests seeds that have no content file yet.
    pub ingest_on_build: bool,
    pub ingest: IngestConfig,
    /// An image shown when a page is shared (og:image, Twitter card): an absolute URL, or a
    /// path in the site such as `card.png`. None: pages declare no image.
    pub og_image: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IngestConfig {
    /// Evidence a theme needs (sum of keyword weights) before an article gets it.
    pub theme_threshold: f32,
    /// Extra keywords per theme id: `"keyword" = weight`.
    pub theme_keywords: BTreeMap<String, BTreeMap<String, f32>>,
    /// When true, `theme_keywords` replaces the bundled lists instead of extending them.
    pub replace_theme_keywords: bool,
    /// Seeds larger than this are cut to it, with a warning.
    pub max_seed_bytes: usize,
    /// Extra boilerplate: a body line containing one of these (case-insensitive) is dropped.
    pub boilerplate: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Cooperation digest".into(),
            description: "News about cooperation between countries.".into(),
            base_url: "http://127.0.0.1:1111/".into(),
            language: "en".into(),
            theme: "default".into(),
            paginate_by: 20,
            feed_limit: 20,
            home_latest: 10,
            related_limit: 5,
            allow_html: false,
            seeds_dir: "seeds".into(),
            content_dir: "content".into(),
            ingest_on_build: true,
            ingest: IngestConfig::default(),
            og_image: None,
        }
    }
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig {
            theme_threshold: 3.0,
            theme_keywords: BTreeMap::new(),
            replace_theme_keywords: false,
            max_seed_bytes: 1 << 20,
            boilerplate: Vec::new(),
        }
    }
}

impl Config {
    /// Reads `ROOT/caravan.toml`; a site without one gets the defaults.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Diagnostic::new(&path, None, format!("cannot read: {e}"))),
        };
        Config::parse(&text, &path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config, Diagnostic> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of_offset(text, s.start));
            Diagnostic::new(path, line, e.message().trim().to_string())
        })?;
        if config.paginate_by == 0 {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("paginate_by"))
                .map(|i| i + 1);
            return Err(Diagnostic::new(
                path,
                line,
                "paginate_by must be at least 1 (items per list page), e.g. paginate_by = 20",
            ));
        }
        Ok(config)
    }
}

/// A base URL split into what absolute links need (`origin`) and what root-relative links need (`path`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BaseUrl {
    /// `https://example.org/digest/`, always ending in `/`.
    pub full: String,
    /// `https://example.org`
    pub origin: String,
    /// `/digest/`, always starting and ending in `/`.
    pub path: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> BaseUrl {
        let url = url.trim();
        let (origin, path) = match url.find("://") {
            Some(scheme_end) => {
                let after = scheme_end + 3;
                match url[after..].find('/') {
                    Some(slash) => (&url[..after + slash], &url[after + slash..]),
                    None => (url, "/"),
                }
            }
            None => ("", url),
        };
        let mut path = path.trim_matches('/').to_string();
        path = if path.is_empty() {
            "/".into()
        } else {
            format!("/{path}/")
        };
        BaseUrl {
            full: format!("{origin}{path}"),
            origin: origin.to_string(),
            path,
        }
    }

    /// A root-relative link to a site path like `articles/x/`.
    pub fn link(&self, site_path: &str) -> String {
        format!("{}{}", self.path, site_path)
    }

    /// An absolute URL to a site path, for feeds, the sitemap and canonical tags.
    pub fn absolute(&self, site_path: &str) -> String {
        format!("{}{}{}", self.origin, self.path, site_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_an_error_naming_key_file_and_line() {
        let err = Config::parse(
            "title = \"x\"\ncolour = \"red\"\n",
            Path::new("caravan.toml"),
        )
        .unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with("caravan.toml:2:"), "{shown}");
        assert!(shown.contains("colour"), "{shown}");
    }

    #[test]
    fn paginate_by_zero_names_its_line() {
        let err = Config::parse(
            "title = \"x\"\npaginate_by = 0\n",
            Path::new("caravan.toml"),
        )
        .unwrap_err();
        assert_eq!(err.line, Some(2), "{err}");
    }

    #[test]
    fn every_key_is_optional() {
        let config = Config::parse("", Path::new("caravan.toml")).unwrap();
        assert_eq!(config.paginate_by, 20);
        assert_eq!(config.theme, "default");
    }

    #[test]
    fn base_url_with_sub_path() {
        let base = BaseUrl::parse("https://example.org/digest");
        assert_eq!(base.path, "/digest/");
        assert_eq!(
            base.absolute("articles/a/"),
            "https://example.org/digest/articles/a/"
        );
        assert_eq!(base.link("atom.xml"), "/digest/atom.xml");
        assert_eq!(BaseUrl::parse("https://example.org").path, "/");
    }
}
