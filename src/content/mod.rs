//! Content files: Markdown with TOML front matter between `+++` lines (the ingest contract).
//! Parsing validates every field and reports problems with the file and line.

mod files;

pub use files::{list_dir, read_article, read_listed_article, Listing};

use crate::diagnostics::{line_of_offset, Diagnostic};
pub use crate::frontmatter::{split_front_matter, Split};
use crate::gazetteer;
use crate::slug::slugify;
use crate::taxonomy::Taxonomy;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// Keys the contract defines, plus `slug` and `draft`.
const KNOWN_KEYS: &[&str] = &[
    "title",
    "date",
    "countries",
    "pair",
    "themes",
    "tags",
    "summary",
    "seed",
    "outlet",
    "author",
    "slug",
    "draft",
    "lang",
    "source_url",
    "added",
];

#[derive(Debug, Clone, PartialEq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Article {
    /// The content file, as shown in messages.
    pub source: PathBuf,
    pub slug: String,
    pub title: String,
    pub date: Option<NaiveDate>,
    pub countries: Vec<String>,
    pub pair: Vec<String>,
    pub themes: Vec<String>,
    pub tags: Vec<String>,
    /// Each tag as the file spells it (`Aleksandar Vučić` for `aleksandar-vucic`), in `tags`' order.
    pub tag_names: Vec<String>,
    pub summary: String,
    pub seed: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub draft: bool,
    pub body: String,
    /// ISO 639-1 code of the article's language, e.g. `en`.
    pub lang: Option<String>,
    /// The page ingest scraped the article from (http or https only).
    pub source_url: Option<String>,
    /// The day ingest added the item.
    pub added: Option<NaiveDate>,
}

/// Reads one article. Errors and warnings come back separately; a file with errors yields no article.
pub fn parse_article(
    source: &Path,
    text: &str,
    taxonomy: &Taxonomy,
) -> (Option<Article>, Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut errors_without_line = Vec::new();
    let Some(split) = split_front_matter(text) else {
        errors.push(Diagnostic::new(
            source,
            Some(1),
            "missing front matter: the file must start with a `+++` line, then TOML, then a closing `+++` line",
        ));
        return (None, errors, warnings);
    };
    let fm = split.front_matter;
    let table: toml::Table = match toml::from_str(fm) {
        Ok(table) => table,
        Err(e) => {
            let line = e
                .span()
                .map(|s| line_of_offset(fm, s.start) + split.front_matter_line - 1);
            errors.push(Diagnostic::new(
                source,
                line,
                format!("front matter is not valid TOML: {}", e.message().trim()),
            ));
            return (None, errors, warnings);
        }
    };
    let line_of = |key: &str| key_line(fm, key).map(|l| l + split.front_matter_line - 1);
    let mut error =
        |key: &str, message: String| errors.push(Diagnostic::new(source, line_of(key), message));

    for key in table.keys() {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            warnings.push(Diagnostic::new(
                source,
                line_of(key),
                format!(
                    "unknown key `{key}` is ignored (known keys: {})",
                    KNOWN_KEYS.join(", ")
                ),
            ));
        }
    }

    let title = match string_field(&table, "title") {
        Ok(Some(t)) if !t.trim().is_empty() => t.trim().to_string(),
        Ok(_) => {
            error(
                "title",
                "`title` is missing or empty: add `title = \"…\"`".into(),
            );
            String::new()
        }
        Err(m) => {
            error("title", m);
            String::new()
        }
    };
    let mut date_field = |key: &str| match table.get(key) {
        None => None,
        Some(value) => match date_value(value) {
            Some(d) => Some(d),
            None => {
                error(
                    key,
                    format!("`{key}` must be a date like 2024-04-30, not {value}"),
                );
                None
            }
        },
    };
    let date = date_field("date");
    let added = date_field("added");
    let mut codes = |key: &str, required: bool| -> Vec<String> {
        match string_list(&table, key) {
            Ok(Some(list)) => {
                let mut out = Vec::new();
                for code in list {
                    let upper = code.trim().to_uppercase();
                    if gazetteer::country(&upper).is_none() {
                        error(
                            key,
                            format!("unknown country code `{code}` in `{key}`: use ISO 3166-1 alpha-2 codes such as \"UZ\""),
                        );
                    } else if !out.contains(&upper) {
                        out.push(upper);
                    }
                }
                out.sort();
                out
            }
            Ok(None) => {
                if required {
                    error(
                        key,
                        format!(
                            "`{key}` is missing: add `{key} = [\"UZ\", \"RS\"]` (one or two codes)"
                        ),
                    );
                }
                Vec::new()
            }
            Err(m) => {
                error(key, m);
                Vec::new()
            }
        }
    };
    let pair = codes("pair", true);
    let mut countries = codes("countries", false);
    if pair.len() > 2 {
        error(
            "pair",
            format!("`pair` has {} codes: it takes one or two", pair.len()),
        );
    }
    for code in &pair {
        if !countries.contains(code) {
            countries.push(code.clone());
        }
    }
    countries.sort();

    let themes = match string_list(&table, "themes") {
        Ok(list) => {
            let mut out: Vec<String> = Vec::new();
            for id in list.unwrap_or_default() {
                if taxonomy.get(&id).is_none() {
                    let known: Vec<&str> = taxonomy.ids().collect();
                    error(
                        "themes",
                        format!("unknown theme id `{id}`: use one of {}", known.join(", ")),
                    );
                } else if !out.contains(&id) {
                    out.push(id);
                }
            }
            out.sort();
            out
        }
        Err(m) => {
            error("themes", m);
            Vec::new()
        }
    };
    let (tags, tag_names): (Vec<String>, Vec<String>) = match string_list(&table, "tags") {
        Ok(list) => {
            let mut out: Vec<(String, String)> = list
                .unwrap_or_default()
                .iter()
                .map(|t| {
                    (
                        slugify(t),
                        t.split_whitespace().collect::<Vec<_>>().join(" "),
                    )
                })
                .filter(|(slug, _)| !slug.is_empty())
                .collect();
            // A stable sort: of two spellings of one tag, the first written is kept.
            out.sort_by(|a, b| a.0.cmp(&b.0));
            out.dedup_by(|a, b| a.0 == b.0);
            out.into_iter().unzip()
        }
        Err(m) => {
            error("tags", m);
            (Vec::new(), Vec::new())
        }
    };
    let mut text_field = |key: &str| match string_field(&table, key) {
        Ok(v) => v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        Err(m) => {
            error(key, m);
            None
        }
    };
    let summary = text_field("summary");
    let seed = text_field("seed");
    let outlet = text_field("outlet");
    let author = text_field("author");
    let explicit_slug = text_field("slug");
    let lang = text_field("lang");
    let source_url = text_field("source_url");
    if let Some(code) = &lang {
        if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())) {
            error(
                "lang",
                format!(
                    "`lang` must be an ISO 639-1 code of two lower-case letters, e.g. lang = \"en\", not {}",
                    toml::Value::String(code.clone())
                ),
            );
        }
    }
    if let Some(url) = &source_url {
        if !web_url(url) {
            error(
                "source_url",
                format!(
                    "`source_url` must be an http:// or https:// address, not {}: write the page's web address",
                    toml::Value::String(url.clone())
                ),
            );
        }
    }
    let stem = source
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article");
    let slug = match &explicit_slug {
        Some(given) => {
            let slug = slugify(given);
            let only_slug_chars = given
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !only_slug_chars || slug.is_empty() {
                error(
                    "slug",
                    format!(
                        "`slug` {} is not a usable URL slug: use lower-case letters, digits and hyphens, e.g. slug = \"vucic-visit\"",
                        toml::Value::String(given.clone())
                    ),
                );
            }
            slug
        }
        None => {
            let slug = slugify(stem);
            if slug.is_empty() {
                errors_without_line.push(Diagnostic::new(
                    source,
                    None,
                    "the file name gives an empty URL slug (it would publish over the article index): rename the file with letters or digits, or add `slug = \"…\"`",
                ));
            }
            slug
        }
    };
    let draft = match table.get("draft") {
        None => false,
        Some(toml::Value::Boolean(b)) => *b,
        Some(other) => {
            error(
                "draft",
                format!("`draft` must be true or false, not {other}"),
            );
            false
        }
    };
    // A draft may wait for its countries (ingest writes one when it finds none); a published item may not.
    if pair.is_empty() && table.contains_key("pair") && !draft {
        error(
            "pair",
            "`pair` is empty: add one or two ISO 3166-1 codes, e.g. pair = [\"RS\", \"UZ\"]".into(),
        );
    }
    errors.extend(errors_without_line);
    if !errors.is_empty() {
        return (None, errors, warnings);
    }
    let body = split.body.to_string();
    let summary = summary.unwrap_or_else(|| first_sentence(&body));
    let article = Article {
        source: source.to_path_buf(),
        slug,
        title,
        date,
        countries,
        pair,
        themes,
        tags,
        tag_names,
        summary,
        seed,
        outlet,
        author,
        draft,
        body,
        lang,
        source_url,
        added,
    };
    (Some(article), errors, warnings)
}

/// An absolute http(s) address with a host and no spaces or control characters.
fn web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn key_line(front_matter: &str, key: &str) -> Option<usize> {
    front_matter
        .lines()
        .position(|line| {
            let line = line.trim_start();
            line.strip_prefix(key)
                .or_else(|| line.strip_prefix(&format!("\"{key}\"")))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

fn type_name(value: &toml::Value) -> &'static str {
    value.type_str()
}

fn string_field(table: &toml::Table, key: &str) -> Result<Option<String>, String> {
    match table.get(key) {
        None => Ok(None),
        Some(toml::Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!(
            "`{key}` must be a string, not {}",
            type_name(other)
        )),
    }
}

fn string_list(table: &toml::Table, key: &str) -> Result<Option<Vec<String>>, String> {
    match table.get(key) {
        None => Ok(None),
        Some(toml::Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                toml::Value::String(s) => Ok(s.clone()),
                other => Err(format!(
                    "`{key}` must list strings, but holds a {}",
                    type_name(other)
                )),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(toml::Value::String(s)) => Ok(Some(vec![s.clone()])),
        Some(other) => Err(format!(
            "`{key}` must be a list of strings, not a {}",
            type_name(other)
        )),
    }
}

fn date_value(value: &toml::Value) -> Option<NaiveDate> {
    let text = match value {
        toml::Value::Datetime(d) => d
            .date
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))?,
        toml::Value::String(s) => s.trim().get(..10)?.to_string(),
        _ => return None,
    };
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok()
}

/// The first sentence of a Markdown body, as plain text, for a summary nobody wrote.
pub fn first_sentence(body: &str) -> String {
    let paragraph = body
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#') && !p.starts_with("```"))
        .unwrap_or("");
    let plain: String = paragraph.replace('\n', " ");
    let plain = plain.trim_start_matches(['-', '*', '>', ' ']);
    match plain.find(". ") {
        Some(end) if end < 300 => plain[..=end].to_string(),
        _ => plain.chars().take(300).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taxonomy() -> Taxonomy {
        Taxonomy::parse(crate::taxonomy::DEFAULT_THEMES, Path::new("themes.toml")).unwrap()
    }

    #[test]
    fn parses_the_contract_fields() {
        let text = "+++\ntitle = \"T\"\ndate = 2017-08-15\ncountries = [\"UZ\", \"KR\"]\npair = [\"KR\", \"UZ\"]\nthemes = [\"it-industry\"]\ntags = [\"Open Source\"]\nsummary = \"S.\"\nseed = \"a.txt\"\n+++\nBody.\n";
        let (article, errors, warnings) =
            parse_article(Path::new("content/x.md"), text, &taxonomy());
        assert!(
            errors.is_empty() && warnings.is_empty(),
            "{errors:?} {warnings:?}"
        );
        let a = article.unwrap();
        assert_eq!(a.slug, "x");
        assert_eq!(a.countries, vec!["KR", "UZ"]);
        assert_eq!(a.tags, vec!["open-source"]);
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2017, 8, 15));
        assert_eq!(a.body, "Body.\n");
    }

    #[test]
    fn errors_name_the_line() {
        let text = "+++\ntitle = \"T\"\npair = [\"UZ\"]\nthemes = [\"cooking\"]\ncountries = [\"XX\"]\n+++\n";
        let (article, errors, _) = parse_article(Path::new("c.md"), text, &taxonomy());
        assert!(article.is_none());
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(
            shown
                .iter()
                .any(|e| e.starts_with("c.md:4:") && e.contains("cooking")),
            "{shown:?}"
        );
        assert!(
            shown
                .iter()
                .any(|e| e.starts_with("c.md:5:") && e.contains("XX")),
            "{shown:?}"
        );
    }

    #[test]
    fn invalid_toml_and_missing_fences() {
        let (_, errors, _) = parse_article(
            Path::new("c.md"),
            "+++\ntitle = \"T\npair = []\n+++\n",
            &taxonomy(),
        );
        assert!(errors[0].to_string().starts_with("c.md:2:"), "{errors:?}");
        let (_, errors, _) = parse_article(Path::new("c.md"), "title = \"T\"\n", &taxonomy());
        assert!(errors[0].message.contains("+++"));
    }

    #[test]
    fn an_empty_pair_is_an_error_unless_the_item_is_a_draft() {
        let text = "+++\ntitle = \"T\"\npair = []\n+++\n";
        let (article, errors, _) = parse_article(Path::new("c.md"), text, &taxonomy());
        assert!(
            article.is_none() && errors[0].to_string().starts_with("c.md:3:"),
            "{errors:?}"
        );
        let draft = "+++\ntitle = \"T\"\npair = []\ndraft = true\n+++\n";
        assert!(parse_article(Path::new("c.md"), draft, &taxonomy())
            .0
            .is_some());
    }

    #[test]
    fn unknown_key_is_a_warning() {
        let text = "+++\ntitle = \"T\"\npair = [\"UZ\"]\ncolour = \"red\"\n+++\n";
        let (article, errors, warnings) = parse_article(Path::new("c.md"), text, &taxonomy());
        assert!(article.is_some() && errors.is_empty());
        assert!(warnings[0].to_string().starts_with("c.md:4:"));
    }
}
