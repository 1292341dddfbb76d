//! What ingest tells the editor: each seed's outcome, what was found in it and what to check
//! by hand, and the tally.

use super::Labelled;
use crate::diagnostics::Diagnostic;
use crate::say;
use std::fmt::Write as _;

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
    pub(super) fn skipped(seed: String, why: String) -> SeedReport {
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
    /// Streamed seed lines not printed yet: printed a chunk at a time, since one write a line
    /// (10,000 into a pipe) cost more than labelling some of the seeds.
    pub(super) pending: String,
}

impl IngestReport {
    pub fn failed(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn written(&self) -> usize {
        self.tally.written
    }

    /// Counts a seed, and prints its line at once or keeps it for [`IngestReport::render`].
    pub(super) fn record(&mut self, seed: SeedReport, stream: bool) {
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
            let _ = writeln!(self.pending, "{}", seed.line(self.explain));
        } else {
            self.seeds.push(seed);
        }
    }

    /// Prints the streamed seed lines recorded since the last call.
    pub(super) fn flush(&mut self) {
        if let Some(lines) = self.pending.strip_suffix('\n') {
            say!("{lines}");
        }
        self.pending.clear();
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

/// What to check by hand.
pub(super) fn weak_points(labelled: &Labelled, threshold: f32) -> Vec<String> {
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

pub(super) fn found_line(labelled: &Labelled) -> String {
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

pub(super) fn explain_line(labelled: &Labelled) -> String {
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
