//! `caravan build` and `caravan check`: one pass of the pipeline. Build writes only the files
//! whose bytes changed into the output folder; check renders everything and writes nothing.

use crate::diagnostics::{Diagnostic, Failed};
use crate::ingest::IngestReport;
use crate::output::disk::{self, DiskOutput};
use crate::output::NullSink;
use crate::pipeline::{self, Inputs, ReadCache, Settings};
use crate::{say, tell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `ROOT/public`.
    pub output_dir: Option<PathBuf>,
    pub settings: Settings,
    /// Render everything but write nothing (`caravan check`).
    pub check_only: bool,
    /// Ignore the record of the last build: render every file and replace the folder whole.
    pub clean: bool,
    /// Print where the time went.
    pub timings: bool,
}

#[derive(Debug)]
pub struct BuildSummary {
    pub articles: usize,
    /// Files the site has.
    pub files: usize,
    /// Files written and removed this time.
    pub written: usize,
    pub removed: usize,
    pub output_dir: Option<PathBuf>,
    pub warnings: Vec<Diagnostic>,
    pub ingest: Option<IngestReport>,
    pub elapsed: Duration,
    pub timings: Vec<(&'static str, Duration)>,
    /// Content files, and those unchanged since the last build (taken from its cache).
    pub content_files: (usize, usize),
}

/// Time spent in each stage.
struct Stopwatch {
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
}

impl Stopwatch {
    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.laps.push((stage, now - self.last));
        self.last = now;
    }
}

pub fn build(options: &BuildOptions) -> Result<BuildSummary, Failed> {
    let started = Instant::now();
    let mut watch = Stopwatch {
        last: started,
        laps: Vec::new(),
    };
    let mut inputs = Inputs::open(&options.root, options.settings.clone())?;
    // The output folder is checked before anything is written, ingest included.
    let target = if options.check_only {
        None
    } else {
        let wanted = options
            .output_dir
            .clone()
            .unwrap_or_else(|| inputs.root().join("public"));
        Some(inputs.layout.check_output(&wanted).map_err(Failed::one)?)
    };
    // Files unchanged since the last build into this folder come from its cache.
    let cache_path = target.as_deref().map(|t| disk::beside(t, "cache"));
    let read_at = SystemTime::now();
    let cache = match &cache_path {
        Some(path) if !options.clean => ReadCache::load(path, inputs.read_cache_key()),
        _ => ReadCache::default(),
    };
    inputs.read_all_content(Some(&cache));
    drop(cache);
    let ingest =
        if !options.check_only && inputs.config.ingest_on_build && inputs.layout.seeds.is_dir() {
            let report = inputs.ingest(None)?;
            let content = report
                .seeds
                .iter()
                .filter(|s| s.outcome == crate::ingest::Outcome::Written)
                .filter_map(|s| s.file.as_ref().map(|f| inputs.layout.content.join(f)))
                .collect();
            inputs.apply(&pipeline::Changes {
                content,
                ..pipeline::Changes::default()
            })?;
            Some(report)
        } else {
            None
        };
    watch.lap("read");
    let assembled = inputs.assemble()?;
    let renderer = inputs.renderer().expect("assembled inputs have a renderer");
    watch.lap("group and render articles");
    let planned = pipeline::plan(renderer, &assembled);
    let files = planned.len();
    watch.lap("fingerprint pages");
    let (written, removed) = match &target {
        None => {
            pipeline::render(renderer, &assembled, &planned.files, &NullSink)?;
            watch.lap("render pages");
            (0, 0)
        }
        Some(target) => {
            let output = DiskOutput::open(target, options.clean)
                .map_err(|e| Failed::one(cannot_write(target, &e)))?;
            let update = pipeline::diff(&planned, &output.held());
            pipeline::render(renderer, &assembled, &update.stale, &output)
                .map_err(|failed| collapse_write_errors(failed, target))?;
            watch.lap("render and stage pages");
            let done = output
                .commit(&update.fingerprints, &update.removed)
                .map_err(|e| Failed::one(cannot_write(target, &e)))?;
            // Only a finished build's files are worth remembering; a cache that cannot be
            // written costs the next build time, never correctness.
            if let Some(path) = &cache_path {
                let _ = inputs.save_read_cache(path, read_at);
            }
            watch.lap("write");
            (done.written, done.removed)
        }
    };
    let mut warnings = std::mem::take(&mut inputs.warnings);
    warnings.sort();
    warnings.dedup();
    Ok(BuildSummary {
        articles: assembled.site.articles.len(),
        files,
        written,
        removed,
        output_dir: target,
        warnings,
        ingest,
        elapsed: started.elapsed(),
        timings: watch.laps,
        content_files: inputs.content_files(),
    })
}

fn cannot_write(target: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::new(
        target,
        None,
        format!("cannot write the output folder: {e}; the previous output is as it was or is repaired by the next build"),
    )
}

/// A full disk fails every file the same way: say it once, with the count.
fn collapse_write_errors(failed: Failed, target: &Path) -> Failed {
    let (writes, others): (Vec<Diagnostic>, Vec<Diagnostic>) = failed
        .errors
        .into_iter()
        .partition(|e| e.message.starts_with("cannot write:"));
    let mut errors = others;
    let mut by_message: HashMap<String, (Diagnostic, usize)> = HashMap::new();
    for e in writes {
        by_message
            .entry(e.message.clone())
            .and_modify(|(_, n)| *n += 1)
            .or_insert((e, 1));
    }
    for (_, (first, n)) in by_message {
        errors.push(if n == 1 {
            first
        } else {
            Diagnostic::new(
                target,
                None,
                format!(
                    "{n} files, the first {}: {}; is the disk full? `df -h {}` shows the free space",
                    first.file.display(),
                    first.message,
                    target.parent().unwrap_or(target).display()
                ),
            )
        });
    }
    Failed::new(errors)
}

/// Runs build or check as a command: prints warnings, the ingest report, every error, and a summary.
pub fn run_command(options: &BuildOptions) -> std::process::ExitCode {
    match build(options) {
        Ok(summary) => {
            if let Some(report) = &summary.ingest {
                if report.written() > 0 || !report.warnings.is_empty() {
                    tell!("{}", report.render().trim_end());
                }
            }
            for warning in &summary.warnings {
                tell!("warning: {warning}");
            }
            if options.timings {
                for (stage, took) in &summary.timings {
                    tell!("  {:>8.1} ms  {stage}", took.as_secs_f64() * 1000.0);
                }
                let (files, cached) = summary.content_files;
                tell!("  {cached} of {files} content files unchanged since the last build (not read again)");
            }
            match &summary.output_dir {
                None => say!(
                    "Checked {} articles, {} files in {} ms.",
                    summary.articles,
                    summary.files,
                    summary.elapsed.as_millis()
                ),
                Some(dir) => {
                    say!(
                        "Built {} articles, {} files into {} in {} ms: {} written, {} removed, {} unchanged.",
                        summary.articles,
                        summary.files,
                        dir.display(),
                        summary.elapsed.as_millis(),
                        summary.written,
                        summary.removed,
                        summary.files.saturating_sub(summary.written)
                    );
                    let from = if options.root == Path::new(".") {
                        String::new()
                    } else {
                        format!(" in {}", options.root.display())
                    };
                    say!(
                        "Preview it with `caravan serve`{from} (in a checkout: `cargo run --release -- serve`), or serve {} with any static web server.",
                        dir.display()
                    );
                }
            }
            std::process::ExitCode::SUCCESS
        }
        Err(failed) => {
            tell!("{failed}");
            tell!(
                "{} failed with {} error{}; {}",
                if options.check_only { "check" } else { "build" },
                failed.errors.len(),
                if failed.errors.len() == 1 { "" } else { "s" },
                if options.check_only {
                    "nothing was written."
                } else {
                    "the previous output is untouched."
                }
            );
            std::process::ExitCode::FAILURE
        }
    }
}

/// `caravan init DIR`: a config, empty seeds/ and content/, and the default theme.
pub fn init(dir: &Path) -> anyhow::Result<()> {
    use anyhow::Context as _;
    if dir.join(crate::config::CONFIG_FILE).exists() {
        anyhow::bail!(
            "{} already holds a caravan.toml: choose an empty folder",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir.join("seeds"))
        .with_context(|| format!("cannot create {}", dir.display()))?;
    std::fs::create_dir_all(dir.join("content"))?;
    std::fs::create_dir_all(dir.join("templates"))?;
    std::fs::create_dir_all(dir.join("static"))?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "Cooperation digest".into());
    std::fs::write(
        dir.join(crate::config::CONFIG_FILE),
        format!(
            "# caravan site configuration: every key is optional.\ntitle = \"{}\"\ndescription = \"News about cooperation between countries.\"\nbase_url = \"http://127.0.0.1:1111/\"\nlanguage = \"en\"\ntheme = \"default\"\npaginate_by = 20\n",
            name.replace(['"', '\\'], "").chars().filter(|c| !c.is_control()).collect::<String>()
        ),
    )?;
    crate::render::write_default_theme(&dir.join("themes").join("default"))?;
    Ok(())
}
