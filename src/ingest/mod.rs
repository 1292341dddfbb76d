//! Ingest: raw scraped articles (`seeds/`) to Markdown with the contract's front matter
//! (`content/`). Each seed is decoded, its article extracted, labelled (countries, pair, themes,
//! tags) and written; what ingest wrote is recorded by hash, so a file a person has edited since
//! is never overwritten without `--force`, and re-running on unchanged seeds changes no byte.

mod article_date;
mod article_end;
mod body;
mod boilerplate;
mod by_line;
pub mod byline;
mod classify;
mod copyright;
pub mod countries;
mod country_names;
mod credits;
mod date_labels;
mod date_lines;
mod date_traps;
mod dateline;
pub mod dates;
pub mod decode;
mod explain;
pub mod extract;
mod feed;
mod glued;
mod headline_by_kind;
mod home_country;
mod label;
pub mod language;
mod lines;
mod made_title;
mod markup;
mod outlet_name;
mod outlet_signs;
mod patterns;
mod prefix_index;
mod reader_view;
pub mod record;
mod render;
mod report;
mod script;
pub mod source;
pub mod tags;
pub mod themes;
pub mod title;
mod title_text;
mod widgets;
mod wrapping;

use crate::config::{Config, IngestConfig};
use crate::diagnostics::Diagnostic;
use crate::layout::resolve;
use crate::say;
use crate::slug::slugify_capped;
use crate::taxonomy::Taxonomy;
use decode::Decoded;
pub use label::{Labelled, Labeller};
use rayon::prelude::*;
use record::write_atomic;
pub use record::{ManifestEntry, MANIFEST};
use render::{keep_added, sha256};
pub use render::{render_content, today};
use report::{explain_line, found_line, weak_points};
pub use report::{IngestReport, Outcome, SeedReport, Tally};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
        page_map: Option<String>,
        threshold: f32,
    ) -> Ready {
        let content = render_content(seed, labelled);
        Ready {
            title: labelled.extracted.title.clone(),
            content,
            found: found_line(labelled),
            weak: weak_points(labelled, threshold),
            evidence: page_map
                .map(|map| format!("{}\n    {map}", explain_line(labelled)))
                .unwrap_or_default(),
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
        // A plain file listed in the folder is inside it: no need to resolve its path (10,000
        // seeds cost ~40 ms of calls before any seed was read).
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            seeds.push(path);
            continue;
        }
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
    // `ingest` reads every seed; `build` and `serve` only new or changed ones, often none.
    let read_all = !options.only_new && options.only.is_none();
    if read_all {
        warm_up();
    }
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
                format!(
                    "cannot read the seeds folder: {e}; pass the seeds folder (by default `seeds`) or one seed file"
                ),
            ));
            return report;
        }
    };
    // Content files written among the seeds would be read back as seeds by the next run.
    if resolve(&options.out) == resolve(&options.seeds) {
        report.errors.push(Diagnostic::new(
            shown(&options.out),
            None,
            "refusing to write content into the seeds folder: the next ingest would read each \
             content file as a new seed; choose another folder, e.g. `--out content`"
                .to_string(),
        ));
        return report;
    }
    if let Err(e) = std::fs::create_dir_all(&options.out) {
        report.errors.push(Diagnostic::new(
            shown(&options.out),
            None,
            format!("cannot create the content folder: {e}"),
        ));
        return report;
    }
    let existing = Listing::of(&options.out);
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
    if !read_all && !todo.is_empty() {
        warm_up();
    }

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
                                let page_map =
                                    options.explain.then(|| labeller.page_map(&text, &labelled));
                                Ok(Ready::new(
                                    &name,
                                    &labelled,
                                    warnings,
                                    page_map,
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
                            let file = unique_file_name(
                                &ready.title,
                                &name,
                                &taken,
                                &existing,
                                &options.out,
                            );
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
                    existing.absent(&options.out, file),
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
        report.flush();
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
    report.flush();

    let manifest_text = format!(
        "# What caravan ingest wrote: seed → content file and the SHA-256 of the bytes written.\n# A content file whose hash differs has been edited by hand, and ingest leaves it alone.\n{}",
        record::to_toml(&manifest)
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

/// Starts building ingest's regexes and automata on both cores while the seeds are listed and
/// read: built on first use instead, one thread built them all (~0.13 s) while the other waited.
fn warm_up() {
    rayon::spawn(|| {
        patterns::patterns();
        by_line::warm();
    });
    rayon::spawn(|| {
        dates::warm();
        countries::warm();
        classify::boilerplate();
        language::warm();
        tags::warm();
        source::warm();
    });
}

/// The names in the output directory, read once: asking the file system about each new
/// name costs a failing lookup apiece. Without a listing, each name is looked up.
struct Listing(Option<HashSet<String>>);

impl Listing {
    fn of(dir: &Path) -> Self {
        let names = std::fs::read_dir(dir).ok().map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .collect()
        });
        Listing(names)
    }

    fn absent(&self, dir: &Path, name: &str) -> bool {
        match &self.0 {
            Some(names) => !names.contains(name),
            None => !dir.join(name).exists(),
        }
    }
}

fn write_one(
    path: &Path,
    text: &str,
    recorded: Option<&ManifestEntry>,
    force: bool,
    known_absent: bool,
) -> (Outcome, String) {
    let write = |text: &str| match write_atomic(path, text.as_bytes()) {
        Ok(()) => Outcome::Written,
        Err(e) => Outcome::Failed(e.to_string()),
    };
    // A seed ingest has never written for cannot have a file of ours to compare with.
    if recorded.is_none() && !force && known_absent {
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
    existing: &Listing,
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
        None => existing.absent(out, name),
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
    // One seed file given instead of the folder: read just that one from its folder.
    let (seeds, only) = match (seeds.is_file(), seeds.file_name()) {
        (true, Some(name)) => {
            let only = vec![name.to_string_lossy().into_owned()];
            let folder = seeds.parent().filter(|p| !p.as_os_str().is_empty());
            (folder.unwrap_or(Path::new(".")).to_path_buf(), Some(only))
        }
        _ => (seeds, None),
    };
    let options = IngestOptions {
        seeds,
        out,
        force,
        only_new: false,
        only,
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
