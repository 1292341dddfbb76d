//! An article's card: what every list, feed and the search index show of it. Made once per
//! article and shared by every page that lists it, so it is a typed value, not a JSON tree.

use super::{display_date, is_web_url, valid_lang};
use crate::config::BaseUrl;
use crate::site::{Kind, Site};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, Hash)]
pub struct Card {
    pub title: String,
    pub slug: String,
    pub url: String,
    pub permalink: String,
    pub date: Option<String>,
    pub date_display: String,
    pub summary: String,
    /// The summary as lists show it (see [`excerpt`]).
    pub excerpt: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub seed: Option<String>,
    pub lang: Option<String>,
    /// The language's name, only when it is not the site's.
    pub lang_name: Option<String>,
    pub source_url: Option<String>,
    pub added: Option<String>,
    pub pair: PairLink,
    pub countries: Vec<TermLink>,
    pub themes: Vec<TermLink>,
    pub tags: Vec<TermLink>,
}

#[derive(Debug, Clone, Serialize, Hash)]
pub struct PairLink {
    pub name: String,
    pub url: String,
    pub single: bool,
}

#[derive(Debug, Clone, Serialize, Hash)]
pub struct TermLink {
    pub name: String,
    pub key: String,
    pub url: String,
}

/// An article's card: what every list shows of it. `site_language` decides which items are
/// labelled with their language.
pub fn card(site: &Site, i: usize, base: &BaseUrl, site_language: &str) -> Card {
    let a = &site.articles[i];
    let n = &site.neighbours[i];
    let links = |kind: Kind, terms: &[usize]| -> Vec<TermLink> {
        terms
            .iter()
            .map(|&t| {
                let term = &site.terms(kind)[t];
                TermLink {
                    name: term.name.clone(),
                    key: term.key.clone(),
                    url: base.link(&term.path()),
                }
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
    Card {
        title: a.title.clone(),
        slug: a.slug.clone(),
        url: base.link(&path),
        permalink: base.absolute(&path),
        date: a.date.map(|d| d.to_string()),
        date_display,
        summary: a.summary.clone(),
        excerpt: excerpt(&a.summary),
        outlet: a.outlet.clone(),
        author: a.author.clone(),
        seed: a.seed.clone(),
        lang: lang.map(str::to_string),
        lang_name: foreign.map(language_name),
        source_url: a
            .source_url
            .as_deref()
            .filter(|u| is_web_url(u))
            .map(str::to_string),
        added: a.added.map(|d| d.to_string()),
        pair: PairLink {
            name: pair.name.clone(),
            url: base.link(&pair.path()),
            single: pair.is_single(),
        },
        countries: links(Kind::Country, &n.countries),
        themes: links(Kind::Theme, &n.themes),
        // The article's own spelling, not the tag page's: a card depends on its article alone
        // (serve reuses it while the article is unchanged).
        tags: n
            .tags
            .iter()
            .zip(&a.tag_names)
            .map(|(&t, name)| {
                let term = &site.terms(Kind::Tag)[t];
                TermLink {
                    name: name.clone(),
                    key: term.key.clone(),
                    url: base.link(&term.path()),
                }
            })
            .collect(),
    }
}

/// The longest summary a list shows, in user-perceived characters.
pub const EXCERPT_MAX: usize = 260;

/// The summary cut for lists (after [`EXCERPT_MAX`] characters, with `…`), once per article rather
/// than on every list page that shows it.
fn excerpt(summary: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    match summary.grapheme_indices(true).nth(EXCERPT_MAX) {
        Some((cut, _)) => format!("{}…", &summary[..cut]),
        None => summary.to_string(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_long_summaries_by_characters_not_bytes() {
        assert_eq!(excerpt("Short."), "Short.");
        let exact = "é".repeat(EXCERPT_MAX);
        assert_eq!(excerpt(&exact), exact);
        let long = format!("{exact}e\u{301}tc");
        assert_eq!(excerpt(&long), format!("{exact}…"));
    }
}
