//! Ingest: raw scraped articles (`seeds/`) to Markdown with the contract's front matter
//! (`content/`). Each seed is decoded, its article extracted, labelled (countries, pair, themes,
//! tags) and written; what ingest wrote is recorded by hash, so a file a person has edited since
//! is never overwritten without `--force`, and re-running on unchanged seeds changes no byte.

pub mod byline;
pub mod countries;
pub mod dates;
pub mod decode;
pub mod extract;
pub mod language;
pub mod record;
pub mod source;
pub mod tags;
pub mod themes;
pub mod title;

use crate::config::{Config, IngestConfig};
use crate::diagnostics::Diagnostic;
use crate::say;
use crate::slug::slugify_capped;
use crate::taxonomy::Taxonomy;
use countries::Region;
use decode::Decoded;
use extract::{Block, Extracted};
use rayon::prelude::*;
use record::write_atomic;
pub use record::{ManifestEntry, MANIFEST};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use themes::ThemeMatcher;

/// A seed labelled and rendered: everything the sequential part of ingest needs of it.
struct Ready {
    title: String,
    content: String,
    found: String,
    weak: Vec<String>,
    evidence: String,
    /// What decoding found wrong with the seed.
    warnings: Vec<String>,
}

impl Ready {
    fn new(
        seed: &str,
        labelled: &Labelled,
        warnings: Vec<String>,
        explain: bool,
        threshold: f32,
    ) -> Ready {
        let content = render_content(seed, labelled);
        Ready {
            title: labelled.extracted.title.clone(),
            content,
            found: found_line(labelled),
            weak: weak_points(labelled, threshold),
            evidence: if explain {
                explain_line(labelled)
            } else {
                String::new()
            },
            warnings,
        }
    }
}

/// Seeds labelled together before their files are written.
const CHUNK: usize = 512;

#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub seeds: PathBuf,
    pub out: PathBuf,
    /// Overwrite content files that a person has edited.
    pub force: bool,
    /// Only seeds that no content file comes from yet (what `build` does).
    pub only_new: bool,
    /// Only these seed file names (what `serve` does when seeds change).
    pub only: Option<Vec<String>>,
    /// Keep each seed's theme evidence and country scores for the report.
    pub explain: bool,
    /// Print each seed's report line as it is done instead of keeping it: memory stays flat.
    pub stream: bool,
    pub config: IngestConfig,
    /// Paths in messages are shown relative to this folder.
    pub shown_from: PathBuf,
}

/// What happened to one seed.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Written,
    Unchanged,
    /// A person edited the content file since ingest wrote it: left alone.
    KeptEdited,
    Skipped(String),
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct SeedReport {
    pub seed: String,
    pub file: Option<String>,
    pub outcome: Outcome,
    /// What was found: title, date, pair, themes.
    pub found: String,
    /// What the editor should check by hand.
    pub weak: Vec<String>,
    /// Theme evidence and country scores, shown with `--explain`.
    pub evidence: String,
}

impl SeedReport {
    /// A seed that was not read, and why.
    fn skipped(seed: String, why: String) -> SeedReport {
        SeedReport {
            seed,
            file: None,
            outcome: Outcome::Skipped(why),
            found: String::new(),
            weak: vec![],
            evidence: String::new(),
        }
    }

    /// The report line: seed, file, outcome, what was found and what to check by hand.
    pub fn line(&self, explain: bool) -> String {
        let state = match &self.outcome {
            Outcome::Written => "written".to_string(),
            Outcome::Unchanged => "unchanged".to_string(),
            Outcome::KeptEdited => {
                "kept: edited by hand since ingest (use --force to overwrite)".to_string()
            }
            Outcome::Skipped(why) => format!("skipped: {why}"),
            Outcome::Failed(why) => format!("FAILED: {why}"),
        };
        let file = self
            .file
            .as_deref()
            .map(|f| format!(" → {f}"))
            .unwrap_or_default();
        let mut out = format!("{}{file} [{state}]", self.seed);
        if !self.found.is_empty() {
            let _ = write!(out, " {}", self.found);
        }
        if !self.weak.is_empty() {
            let _ = write!(out, " | check: {}", self.weak.join("; "));
        }
        if explain && !self.evidence.is_empty() {
            let _ = write!(out, "\n    {}", self.evidence);
        }
        out
    }
}

/// How many seeds ended how.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub seeds: usize,
    pub written: usize,
    pub unchanged: usize,
    pub kept: usize,
    pub skipped: usize,
    pub failed: usize,
}

#[derive(Debug, Clone, Default)]
pub struct IngestReport {
    /// Each seed's report, unless they were printed as they came (`IngestOptions::stream`).
    pub seeds: Vec<SeedReport>,
    pub tally: Tally,
    /// Show each seed's theme evidence and country scores.
    pub explain: bool,
    pub warnings: Vec<Diagnostic>,
    /// Files that could not be written: the command fails on these.
    pub errors: Vec<Diagnostic>,
}

impl IngestReport {
    pub fn failed(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn written(&self) -> usize {
        self.tally.written
    }

    /// Counts a seed, and prints its line at once or keeps it for [`IngestReport::render`].
    fn record(&mut self, seed: SeedReport, stream: bool) {
        let t = &mut self.tally;
        t.seeds += 1;
        match seed.outcome {
            Outcome::Written => t.written += 1,
            Outcome::Unchanged => t.unchanged += 1,
            Outcome::KeptEdited => t.kept += 1,
            Outcome::Skipped(_) => t.skipped += 1,
            Outcome::Failed(_) => t.failed += 1,
        }
        if stream {
            say!("{}", seed.line(self.explain));
        } else {
            self.seeds.push(seed);
        }
    }

    /// The kept seed lines, then warnings, errors and the tally.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for s in &self.seeds {
            let _ = writeln!(out, "{}", s.line(self.explain));
        }
        for w in &self.warnings {
            let _ = writeln!(out, "warning: {w}");
        }
        for e in &self.errors {
            let _ = writeln!(out, "error: {e}");
        }
        let t = &self.tally;
        let _ = writeln!(
            out,
            "ingest: {} seeds: {} written, {} unchanged, {} kept (edited), {} skipped, {} failed",
            t.seeds, t.written, t.unchanged, t.kept, t.skipped, t.failed
        );
        out
    }
}

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
        // Ambiguous numeric dates (05/06/2020) are read in the order the page's other dates
        // settle, else the order the article's language writes; with neither they are left out.
        let order = dates::order_on_page(text).or_else(|| lang.and_then(dates::order_of_language));
        let mut extracted = dates::with_order(order, || extract::extract(text));
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

    pub fn theme_threshold(&self) -> f32 {
        self.themes.threshold()
    }
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
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Paragraph(t) | Block::Heading(t) | Block::Standfirst(t) => out.push_str(t),
            Block::List(items) => out.push_str(&items.join("\n")),
        }
        out.push('\n');
    }
    out
}

/// Escapes what Markdown would misread in scraped text.
fn escape_markdown(text: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    if at_line_start {
        let starts_block = out.starts_with('#')
            || out.starts_with("+ ")
            || out.starts_with("- ")
            || out.starts_with("= ")
            || out.split_once(['.', ')']).is_some_and(|(n, rest)| {
                !n.is_empty()
                    && n.len() <= 9
                    && n.chars().all(|c| c.is_ascii_digit())
                    && (rest.is_empty() || rest.starts_with(' '))
            });
        if starts_block {
            let first_non_digit = out.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
            out.insert(first_non_digit, '\\');
        }
    }
    out
}

/// The content file: TOML front matter between `+++` lines, then the Markdown body.
pub fn render_content(seed: &str, labelled: &Labelled) -> String {
    let e = &labelled.extracted;
    let q = toml_string;
    let list = |xs: &[String]| {
        format!(
            "[{}]",
            xs.iter().map(|x| q(x)).collect::<Vec<_>>().join(", ")
        )
    };
    let mut out = String::from("+++\n");
    let _ = writeln!(out, "title = {}", q(&e.title));
    if let Some(date) = e.date {
        let _ = writeln!(out, "date = {date}");
    }
    let _ = writeln!(out, "countries = {}", list(&labelled.countries));
    let _ = writeln!(out, "pair = {}", list(&labelled.pair));
    if labelled.pair.is_empty() {
        // Nothing to file it under: kept as a draft for the editor, never published half-labelled.
        out.push_str("draft = true\n");
    }
    let _ = writeln!(out, "themes = {}", list(&labelled.themes));
    if !labelled.tags.is_empty() {
        let _ = writeln!(out, "tags = {}", list(&labelled.tags));
    }
    let _ = writeln!(out, "summary = {}", q(&labelled.summary));
    let _ = writeln!(out, "seed = {}", q(seed));
    if let Some(lang) = labelled.lang {
        let _ = writeln!(out, "lang = {}", q(lang));
    }
    if let Some(url) = &labelled.source_url {
        let _ = writeln!(out, "source_url = {}", q(url));
    }
    if let Some(outlet) = &e.outlet {
        let _ = writeln!(out, "outlet = {}", q(outlet));
    }
    if let Some(author) = &e.author {
        let _ = writeln!(out, "author = {}", q(author));
    }
    let _ = writeln!(out, "{ADDED_KEY}{}", today());
    out.push_str("+++\n");
    for block in &e.blocks {
        out.push('\n');
        match block {
            Block::Paragraph(t) => out.push_str(&escape_markdown(t, true)),
            Block::Heading(t) => {
                out.push_str("## ");
                out.push_str(&escape_markdown(t, false));
            }
            Block::Standfirst(t) => {
                out.push('*');
                out.push_str(&escape_markdown(t, false));
                out.push('*');
            }
            Block::List(items) => {
                let lines: Vec<String> = items
                    .iter()
                    .map(|i| format!("- {}", escape_markdown(i, false)))
                    .collect();
                out.push_str(&lines.join("\n"));
            }
        }
        out.push('\n');
    }
    out
}

const ADDED_KEY: &str = "added = ";

/// The day ingest writes on: `CARAVAN_TODAY` (YYYY-MM-DD, for tests) or the local date.
pub fn today() -> chrono::NaiveDate {
    static TODAY: std::sync::OnceLock<chrono::NaiveDate> = std::sync::OnceLock::new();
    *TODAY.get_or_init(|| {
        std::env::var("CARAVAN_TODAY")
            .ok()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    })
}

/// The `added = …` line of a content file's front matter, if it has one.
fn added_line(text: &str) -> Option<&str> {
    let front = text.strip_prefix("+++\n")?;
    let end = front.find("\n+++\n").unwrap_or(front.len());
    front[..end]
        .lines()
        .find(|l| l.starts_with(ADDED_KEY) && l.len() == ADDED_KEY.len() + 10)
}

/// The content as ingest would write it over `existing`: the day the item was first added is
/// kept, so that a re-run on an unchanged seed changes no byte.
fn keep_added(content: &str, existing: &str) -> Option<String> {
    let old = added_line(existing)?;
    let new = added_line(content)?;
    (old != new).then(|| content.replacen(new, old, 1))
}

/// What to check by hand.
fn weak_points(labelled: &Labelled, threshold: f32) -> Vec<String> {
    let mut weak = Vec::new();
    let e = &labelled.extracted;
    if e.date.is_none() {
        weak.push(format!("no date ({})", e.date_note));
    }
    if e.title_made {
        weak.push("no headline: title made from the lead".into());
    }
    match labelled.countries.len() {
        0 => weak.push(
            "no country found: written as a draft; add countries and pair, then remove draft"
                .into(),
        ),
        1 => weak.push("one country only".into()),
        _ => {}
    }
    if labelled.themes.is_empty() {
        weak.push("no theme reached the threshold".into());
    } else {
        let low: Vec<&String> = labelled
            .themes
            .iter()
            .filter(|t| labelled.theme_evidence.get(*t).map_or(0.0, |e| e.score) < threshold * 1.5)
            .collect();
        if !low.is_empty() {
            weak.push(format!(
                "low theme evidence: {}",
                low.iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if e.blocks.len() < 2 {
        weak.push("short body".into());
    }
    weak
}

fn found_line(labelled: &Labelled) -> String {
    let e = &labelled.extracted;
    let date = e
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    let pair = labelled.pair.join("–");
    format!(
        "\"{}\" {date}, pair {}, themes {}{}",
        e.title.chars().take(60).collect::<String>(),
        if pair.is_empty() { "none" } else { &pair },
        if labelled.themes.is_empty() {
            "none".to_string()
        } else {
            labelled.themes.join(",")
        },
        e.outlet
            .as_deref()
            .map(|o| format!(", outlet {o}"))
            .unwrap_or_default()
    )
}

fn explain_line(labelled: &Labelled) -> String {
    let themes: Vec<String> = labelled
        .theme_evidence
        .iter()
        .map(|(id, e)| format!("{id} {:.1}/{}s", e.score, e.sentences))
        .collect();
    let countries: Vec<String> = labelled
        .country_scores
        .iter()
        .map(|(c, s)| format!("{c} {s:.1}"))
        .collect();
    let e = &labelled.extracted;
    let date = match e.date {
        Some(d) if e.date_note.is_empty() => format!("{d} (first dated line above the article)"),
        Some(d) => format!("{d} ({})", e.date_note),
        None => format!("none ({})", e.date_note),
    };
    format!(
        "lang: {} | date: {date} | title: {} | themes: {} | countries: {}",
        labelled.lang.unwrap_or("unknown"),
        if e.title_made {
            "made from the lead (no headline-shaped line above it)"
        } else {
            "the headline-shaped line above the first paragraph"
        },
        themes.join(", "),
        countries.join(", ")
    )
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A TOML basic string. (toml's own serializer builds a whole document per value: too slow here.)
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The seeds to read, sorted, and the entries refused with the reason: a symlink (or any path)
/// that resolves outside the seeds folder, a dangling or looping link, an unreadable entry.
/// Hidden files and folders are passed by; nothing else is dropped without a word.
#[allow(clippy::type_complexity)]
fn list_seeds(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<(String, String)>)> {
    let root = std::fs::canonicalize(dir)?;
    let mut seeds = Vec::new();
    let mut refused = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                refused.push(("(unnamed entry)".to_string(), format!("cannot list: {e}")));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        let resolved = match std::fs::canonicalize(&path) {
            Ok(r) => r,
            Err(e) => {
                let why = if e.raw_os_error() == Some(40) {
                    "symbolic link loop".to_string()
                } else if is_link && e.kind() == std::io::ErrorKind::NotFound {
                    "dangling symbolic link: its target does not exist".to_string()
                } else {
                    format!("cannot resolve: {e}")
                };
                refused.push((name, why));
                continue;
            }
        };
        if !resolved.starts_with(&root) {
            refused.push((
                name,
                format!(
                    "resolves outside the seeds folder (to {}): not followed",
                    resolved.display()
                ),
            ));
            continue;
        }
        match std::fs::metadata(&resolved) {
            Ok(m) if m.is_file() => seeds.push(path),
            Ok(m) if m.is_dir() && !is_link => {}
            Ok(_) => refused.push((name, "not a regular file".to_string())),
            Err(e) => refused.push((name, format!("cannot read: {e}"))),
        }
    }
    seeds.sort();
    refused.sort();
    Ok((seeds, refused))
}

/// Ingests the seeds folder. One bad seed never stops the others.
pub fn run(options: &IngestOptions, taxonomy: &Taxonomy) -> IngestReport {
    let shown = |p: &Path| {
        p.strip_prefix(&options.shown_from)
            .unwrap_or(p)
            .to_path_buf()
    };
    let mut report = IngestReport {
        explain: options.explain,
        ..IngestReport::default()
    };
    let labeller = match Labeller::new(&options.config, taxonomy) {
        Ok(l) => l,
        Err(e) => {
            report.errors.push(Diagnostic::new("caravan.toml", None, e));
            return report;
        }
    };
    let (seeds, refused) = match list_seeds(&options.seeds) {
        Ok(listed) => listed,
        Err(e) => {
            report.errors.push(Diagnostic::new(
                shown(&options.seeds),
                None,
                format!("cannot read the seeds folder: {e}"),
            ));
            return report;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&options.out) {
        report.errors.push(Diagnostic::new(
            shown(&options.out),
            None,
            format!("cannot create the content folder: {e}"),
        ));
        return report;
    }
    let manifest_path = options.out.join(MANIFEST);
    let mut manifest = match record::read(&options.out) {
        Ok(loaded) => {
            if let Some(note) = loaded.note {
                report
                    .warnings
                    .push(Diagnostic::new(shown(&manifest_path), None, note));
            }
            loaded.manifest
        }
        Err(refused) => {
            report.errors.push(Diagnostic::new(
                shown(&manifest_path),
                Some(refused.line),
                format!("{}; nothing was written", refused.message),
            ));
            return report;
        }
    };
    let covered: HashSet<String> = if options.only_new {
        manifest
            .keys()
            .cloned()
            .chain(record::seeds_in_content(&options.out).into_keys())
            .collect()
    } else {
        HashSet::new()
    };
    let todo: Vec<&PathBuf> = seeds
        .iter()
        .filter(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            !covered.contains(&name)
                && options
                    .only
                    .as_ref()
                    .is_none_or(|only| only.contains(&name))
        })
        .collect();

    for (name, why) in refused {
        let wanted = !covered.contains(&name)
            && options
                .only
                .as_ref()
                .is_none_or(|only| only.contains(&name));
        if wanted {
            report.warnings.push(Diagnostic::new(
                shown(&options.seeds.join(&name)),
                None,
                format!("{why}; not read"),
            ));
            report.record(SeedReport::skipped(name, why), options.stream);
        }
    }
    // Seeds go through in chunks: decoded, labelled and rendered in parallel, then named and
    // written in order, so names are stable and memory stays flat however many seeds there are.
    let mut taken: HashMap<String, String> = manifest
        .iter()
        .map(|(seed, e)| (e.file.clone(), seed.clone()))
        .collect();
    let label_chunk = |chunk: &[&PathBuf]| -> Vec<(String, Result<Ready, String>)> {
        chunk
            .par_iter()
            .map(|path| {
                let name = path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let result = match std::fs::read(path) {
                    Err(e) => Err(format!("cannot read: {e}")),
                    Ok(bytes) => match decode::decode(&bytes, options.config.max_seed_bytes) {
                        Decoded::Skipped(why) => Err(why),
                        Decoded::Text { text, warnings } => {
                            let labelled = labeller.label(&text);
                            if labelled.extracted.title.trim().is_empty() {
                                Err("no headline or article text found, only page furniture"
                                    .to_string())
                            } else {
                                Ok(Ready::new(
                                    &name,
                                    &labelled,
                                    warnings,
                                    options.explain,
                                    labeller.theme_threshold(),
                                ))
                            }
                        }
                    },
                };
                (name, result)
            })
            .collect()
    };
    // Names are given in order, so they are stable; the writes run in parallel. While one chunk
    // is named and written, the next one is labelled.
    let mut write_chunk = |labelled: Vec<(String, Result<Ready, String>)>| {
        let mut named: Vec<(String, Ready, String)> = Vec::new();
        for (name, result) in labelled {
            let seed_path = shown(&options.seeds.join(&name));
            match result {
                Err(why) => {
                    report.warnings.push(Diagnostic::new(
                        &seed_path,
                        None,
                        format!("{why}; skipped"),
                    ));
                    report.record(SeedReport::skipped(name, why), options.stream);
                }
                Ok(ready) => {
                    for w in &ready.warnings {
                        report
                            .warnings
                            .push(Diagnostic::new(&seed_path, None, w.clone()));
                    }
                    let file = match manifest.get(&name) {
                        Some(entry) => entry.file.clone(),
                        None => {
                            let file = unique_file_name(&ready.title, &name, &taken, &options.out);
                            taken.insert(file.clone(), name.clone());
                            file
                        }
                    };
                    named.push((name, ready, file));
                }
            }
        }
        let outcomes: Vec<(Outcome, String)> = named
            .par_iter()
            .map(|(name, ready, file)| {
                write_one(
                    &options.out.join(file),
                    &ready.content,
                    manifest.get(name),
                    options.force,
                )
            })
            .collect();
        for ((name, ready, file), (outcome, sha)) in named.into_iter().zip(outcomes) {
            let path = options.out.join(&file);
            match &outcome {
                Outcome::Written | Outcome::Unchanged => {
                    manifest.insert(name.clone(), ManifestEntry { file: file.clone(), sha256: sha });
                }
                Outcome::KeptEdited => report.warnings.push(Diagnostic::new(
                    shown(&path),
                    None,
                    "edited by hand since ingest wrote it: left as it is (ingest --force overwrites it)",
                )),
                Outcome::Failed(why) => report.errors.push(Diagnostic::new(shown(&path), None, format!("cannot write: {why}"))),
                Outcome::Skipped(_) => {}
            }
            let seed = SeedReport {
                seed: name,
                file: Some(file),
                outcome,
                found: ready.found,
                weak: ready.weak,
                evidence: ready.evidence,
            };
            report.record(seed, options.stream);
        }
    };
    let chunks: Vec<&[&PathBuf]> = todo.chunks(CHUNK).collect();
    let mut next = chunks.first().map(|chunk| label_chunk(chunk));
    for i in 0..chunks.len() {
        let current = next
            .take()
            .expect("each chunk is labelled before it is written");
        let ((), following) = rayon::join(
            || write_chunk(current),
            || chunks.get(i + 1).map(|chunk| label_chunk(chunk)),
        );
        next = following;
    }

    let manifest_text = format!(
        "# What caravan ingest wrote: seed → content file and the SHA-256 of the bytes written.\n# A content file whose hash differs has been edited by hand, and ingest leaves it alone.\n{}",
        toml::to_string(&manifest).unwrap_or_default()
    );
    if std::fs::read_to_string(&manifest_path).ok().as_deref() != Some(manifest_text.as_str()) {
        if let Err(e) = write_atomic(&manifest_path, manifest_text.as_bytes()) {
            report.errors.push(Diagnostic::new(
                shown(&manifest_path),
                None,
                format!("cannot write the ingest record: {e}"),
            ));
        }
    }
    report
}

fn write_one(
    path: &Path,
    text: &str,
    recorded: Option<&ManifestEntry>,
    force: bool,
) -> (Outcome, String) {
    let write = |text: &str| match write_atomic(path, text.as_bytes()) {
        Ok(()) => Outcome::Written,
        Err(e) => Outcome::Failed(e.to_string()),
    };
    // A seed ingest has never written for cannot have a file of ours to compare with.
    if recorded.is_none() && !force && !path.exists() {
        return (write(text), sha256(text.as_bytes()));
    }
    match std::fs::read(path) {
        Ok(existing) => {
            let kept = keep_added(text, &String::from_utf8_lossy(&existing));
            let text = kept.as_deref().unwrap_or(text);
            let sha = sha256(text.as_bytes());
            if existing == text.as_bytes() {
                return (Outcome::Unchanged, sha);
            }
            let ours = recorded.is_some_and(|r| r.sha256 == sha256(&existing));
            if !ours && !force {
                return (Outcome::KeptEdited, sha);
            }
            (write(text), sha)
        }
        Err(_) => (write(text), sha256(text.as_bytes())),
    }
}

/// A file name from the title, unique among the files of other seeds; stable across runs
/// because a seed keeps the name recorded for it.
fn unique_file_name(
    title: &str,
    seed: &str,
    taken: &HashMap<String, String>,
    out: &Path,
) -> String {
    let mut base = slugify_capped(title, 80);
    if base.is_empty() {
        base = slugify_capped(seed.trim_end_matches(".txt"), 80);
    }
    if base.is_empty() {
        // Neither headline nor seed name has a letter or digit: the name still needs a stem.
        base = format!("item-{}", &sha256(seed.as_bytes())[..8]);
    }
    let free = |name: &str| match taken.get(name) {
        Some(owner) => owner == seed,
        None => !out.join(name).exists(),
    };
    let candidate = format!("{base}.md");
    if free(&candidate) {
        return candidate;
    }
    let suffix = &sha256(seed.as_bytes())[..6];
    format!("{base}-{suffix}.md")
}

/// `caravan ingest`: prints the report; exits non-zero only when something could not be written.
pub fn run_command(
    root: &Path,
    seeds: PathBuf,
    out: PathBuf,
    force: bool,
    explain: bool,
) -> anyhow::Result<ExitCode> {
    let config = Config::load(root).map_err(|d| anyhow::anyhow!("{d}"))?;
    let taxonomy = Taxonomy::load(root).map_err(|d| anyhow::anyhow!("{d}"))?;
    let options = IngestOptions {
        seeds,
        out,
        force,
        only_new: false,
        only: None,
        explain,
        stream: true,
        config: config.ingest,
        shown_from: std::env::current_dir().unwrap_or_default(),
    };
    let report = run(&options, &taxonomy);
    say!("{}", report.render().trim_end());
    Ok(if report.failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn toml_strings_round_trip() {
        for text in [
            "plain",
            "quote \" and \\ backslash",
            "tab\tnew\nline",
            "bell\u{7} and “curly” Vučić",
        ] {
            let parsed: toml::Table =
                toml::from_str(&format!("x = {}", toml_string(text))).unwrap();
            assert_eq!(parsed["x"].as_str(), Some(text));
        }
    }

    #[test]
    fn markdown_escapes() {
        assert_eq!(
            escape_markdown("a*b_c [x] <y>", false),
            "a\\*b\\_c \\[x\\] \\<y\\>"
        );
        assert_eq!(escape_markdown("1995. A year", true), "1995\\. A year");
        assert_eq!(
            escape_markdown("# not a heading", true),
            "\\# not a heading"
        );
        assert_eq!(escape_markdown("- not a list", true), "\\- not a list");
    }

    #[test]
    fn tags_are_recurring_named_things_not_countries() {
        let body = "IT Park Uzbekistan hosted the talks. UZINFOCOM showed Palm ID. IT Park residents and UZINFOCOM agreed. Palm ID will launch in Serbia.";
        assert_eq!(tags::tags(body, ""), ["it-park", "palm-id", "uzinfocom"]);
    }
}
