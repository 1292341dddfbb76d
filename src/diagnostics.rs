//! Errors and warnings that name a file and, where known, a line.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in an input file, printed as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl AsRef<Path>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.as_ref().to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// A build that found errors: every one of them, sorted by file and line.
#[derive(Debug, thiserror::Error)]
#[error("{}", render_list(.errors))]
pub struct Failed {
    pub errors: Vec<Diagnostic>,
}

impl Failed {
    pub fn new(mut errors: Vec<Diagnostic>) -> Self {
        errors.sort();
        errors.dedup();
        Failed { errors }
    }

    pub fn one(diagnostic: Diagnostic) -> Self {
        Failed::new(vec![diagnostic])
    }
}

fn render_list(errors: &[Diagnostic]) -> String {
    let lines: Vec<String> = errors.iter().map(|e| format!("error: {e}")).collect();
    lines.join("\n")
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of_offset(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Flattens an error and its sources into one line (tera and toml nest the useful part).
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}
