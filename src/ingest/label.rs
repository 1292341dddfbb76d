//! One page to a labelled article: language, the date order it settles, the extracted article,
//! the site's own boilerplate dropped, countries and pair, themes, tags and summary.

use super::countries::{self, Region};
use super::extract::{self, Block, Extracted};
use super::themes::{self, ThemeMatcher};
use super::{dates, explain, home_country, language, source, tags};
use crate::config::IngestConfig;
use crate::taxonomy::Taxonomy;
use std::collections::BTreeMap;

/// The labelled article, ready to write.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub extracted: Extracted,
    pub countries: Vec<String>,
    pub pair: Vec<String>,
    pub themes: Vec<String>,
    pub theme_evidence: themes::Evidence,
    pub tags: Vec<String>,
    pub summary: String,
    pub country_scores: BTreeMap<String, f32>,
    /// ISO 639-1 code of the article's language, when there is enough text to tell.
    pub lang: Option<&'static str>,
    /// The page's own http(s) address, when the seed states it.
    pub source_url: Option<String>,
}

/// Everything ingest needs that does not change between seeds.
pub struct Labeller {
    themes: ThemeMatcher,
    /// The site's own boilerplate fragments (`[ingest] boilerplate`), if any.
    extra_boilerplate: Option<aho_corasick::AhoCorasick>,
}

impl Labeller {
    pub fn new(config: &IngestConfig, taxonomy: &Taxonomy) -> Result<Labeller, String> {
        let ids: Vec<String> = taxonomy.ids().map(String::from).collect();
        let extra_boilerplate = if config.boilerplate.is_empty() {
            None
        } else {
            Some(
                aho_corasick::AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .build(&config.boilerplate)
                    .map_err(|e| format!("[ingest] boilerplate: {e}"))?,
            )
        };
        Ok(Labeller {
            themes: ThemeMatcher::new(config, &ids)?,
            extra_boilerplate,
        })
    }

    /// Extracts and labels one decoded page.
    pub fn label(&self, text: &str) -> Labelled {
        let lang = language::detect(text);
        let mut extracted = dates::with_order(date_order(text, lang), || extract::extract(text));
        if let Some(extra) = &self.extra_boilerplate {
            drop_site_boilerplate(&mut extracted.blocks, extra);
        }
        let body_text = plain_body(&extracted.blocks);
        let rest = body_text.split_once('\n').map_or("", |(_, rest)| rest);
        let found = countries::detect(&[
            (Region::Headline, extracted.title.as_str()),
            (Region::Lead, extracted.lead.as_str()),
            (Region::Body, rest),
        ]);
        let found = home_country::with_home_country(found, lang, masthead(text));
        let theme_evidence = self.themes.evidence(&extracted.title, &body_text);
        let themes = self.themes.themes(&theme_evidence);
        let tags = tags::tags(&body_text, &extracted.title);
        let summary = extract::first_sentences(&extracted.lead, 2);
        let summary = if summary.chars().count() > 320 {
            extract::first_sentences(&extracted.lead, 1)
        } else {
            summary
        };
        Labelled {
            country_scores: found.scores,
            countries: found.countries,
            pair: found.pair,
            themes,
            theme_evidence,
            tags,
            summary,
            extracted,
            lang,
            source_url: source::find(text),
        }
    }

    /// The page as extraction read it, for `--explain`.
    pub fn page_map(&self, text: &str, labelled: &Labelled) -> String {
        dates::with_order(date_order(text, labelled.lang), || {
            explain::page_map(text, &labelled.extracted)
        })
    }

    pub fn theme_threshold(&self) -> f32 {
        self.themes.threshold()
    }
}

/// Ambiguous numeric dates (05/06/2020) are read in the order the page's other dates settle,
/// else the order the article's language writes; with neither they are left out.
fn date_order(text: &str, lang: Option<&'static str>) -> Option<dates::Order> {
    dates::order_on_page(text).or_else(|| lang.and_then(dates::order_of_language))
}

/// Drops the body lines that carry one of the site's own boilerplate fragments.
fn drop_site_boilerplate(blocks: &mut Vec<Block>, extra: &aho_corasick::AhoCorasick) {
    blocks.retain_mut(|b| match b {
        Block::Paragraph(t) | Block::Heading(t) | Block::Standfirst(t) => {
            !extra.is_match(t.as_str())
        }
        Block::List(items) => {
            items.retain(|i| !extra.is_match(i.as_str()));
            !items.is_empty()
        }
    });
}

fn plain_body(blocks: &[Block]) -> String {
    let mut out = String::with_capacity(blocks.iter().map(super::render::block_len).sum());
    for b in blocks {
        match b {
            Block::Paragraph(t) | Block::Heading(t) | Block::Standfirst(t) => out.push_str(t),
            Block::List(items) => out.push_str(&items.join("\n")),
        }
        out.push('\n');
    }
    out
}

/// The page's first lines, where a site prints its name (and a government's site its country).
fn masthead(text: &str) -> &str {
    let end = text
        .match_indices('\n')
        .nth(MASTHEAD_LINES - 1)
        .map_or(text.len(), |(at, _)| at);
    // A page that lost its line breaks has no masthead of lines.
    &text[..text.floor_char_boundary(end.min(MASTHEAD_BYTES))]
}

const MASTHEAD_BYTES: usize = 400;

const MASTHEAD_LINES: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::render_content;
    use std::path::Path;

    /// Scraped pages arrive cut off anywhere; whatever the cut, labelling must not panic and the
    /// content it renders must parse.
    #[test]
    fn truncated_and_odd_pages_never_panic() {
        let taxonomy =
            crate::taxonomy::Taxonomy::parse(crate::taxonomy::DEFAULT_THEMES, Path::new("t"))
                .unwrap();
        let labeller = Labeller::new(&IngestConfig::default(), &taxonomy).unwrap();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut pages: Vec<String> = std::fs::read_dir(seeds)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        pages.extend(
            [
                "",
                "\n\n",
                "“",
                "- ",
                "# x",
                "TASHKENT, ",
                "By ",
                "(X, 1.1.2020)",
                "Ё".repeat(500).as_str(),
            ]
            .map(String::from),
        );
        for page in &pages {
            for cut in (0..=page.len()).step_by(41) {
                let cut = page.floor_char_boundary(cut);
                let labelled = labeller.label(&page[..cut]);
                let content = render_content("seed.txt", &labelled);
                let split = crate::frontmatter::split_front_matter(&content).expect("front matter");
                toml::from_str::<toml::Table>(split.front_matter)
                    .unwrap_or_else(|e| panic!("cut at {cut}: {e}\n{content}"));
            }
        }
    }

    #[test]
    fn site_boilerplate_from_config_is_dropped() {
        let taxonomy =
            crate::taxonomy::Taxonomy::parse(crate::taxonomy::DEFAULT_THEMES, Path::new("t"))
                .unwrap();
        let config = IngestConfig {
            boilerplate: vec!["Our Weekly Quiz".into()],
            ..IngestConfig::default()
        };
        let labeller = Labeller::new(&config, &taxonomy).unwrap();
        let page = "Serbia and Uzbekistan sign an IT deal\n\nSerbia and Uzbekistan signed an IT agreement in Tashkent on Monday, officials said.\n\nTry our weekly quiz and win a prize every single week of the year.\n\nThe Serbian delegation visited IT Park and met software companies there.\n";
        let content = render_content("s.txt", &labeller.label(page));
        assert!(!content.contains("quiz"), "{content}");
        assert!(content.contains("met software companies"), "{content}");
    }

    #[test]
    fn tags_are_recurring_named_things_not_countries() {
        let body = "IT Park Uzbekistan hosted the talks. UZINFOCOM showed Palm ID. IT Park residents and UZINFOCOM agreed. Palm ID will launch in Serbia.";
        assert_eq!(tags::tags(body, ""), ["it-park", "palm-id", "uzinfocom"]);
    }
}
