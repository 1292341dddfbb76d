//! Errors and warnings that name a file and, where known, a line.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in an input file, printed as `file:line: message` (or `file:line:column:`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: Option<usize>,
    /// 1-based column on `line`, where a problem is that precise (a bad byte).
    pub column: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl AsRef<Path>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.as_ref().to_path_buf(),
            line,
            column: None,
            message: message.into(),
        }
    }
}

impl Diagnostic {
    /// A problem at a line and column, printed as `file:line:column: message`.
    pub fn at_column(
        file: impl AsRef<Path>,
        line: usize,
        column: usize,
        message: impl AsRef<str>,
    ) -> Self {
        Diagnostic {
            column: Some(column),
            ..Diagnostic::new(file, Some(line), message.as_ref())
        }
    }
}

/// `text` with control and bidi-override characters escaped, so that a file name or a value
/// quoted in a message cannot start a new `error:` line or reorder what the reader sees.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let risky =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(risky) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if risky(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.into()
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display().to_string();
        let file = escape_controls(&file);
        let message = escape_controls(&self.message);
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{file}:{line}:{column}: {message}"),
            (Some(line), None) => write!(f, "{file}:{line}: {message}"),
            (None, _) => write!(f, "{file}: {message}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_escapes_control_characters() {
        let d = Diagnostic::new("a\nerror: forged.md", Some(2), "bad\u{7}\u{202e} value\n");
        assert_eq!(
            d.to_string(),
            "a\\nerror: forged.md:2: bad\\u{7}\\u{202e} value\\n"
        );
        assert_eq!(
            Diagnostic::at_column("c.md", 3, 7, "bad byte").to_string(),
            "c.md:3:7: bad byte"
        );
    }
}
