//! The content file ingest writes: TOML front matter between `+++` lines, then the Markdown
//! body, and the `added` day kept across re-runs so that an unchanged seed changes no byte.

use super::extract::Block;
use super::Labelled;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// Escapes what Markdown would misread in scraped text.
fn escape_markdown(text: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Every character escaped is ASCII: runs between them are copied whole.
    let mut run = 0;
    for (i, b) in text.bytes().enumerate() {
        if matches!(
            b,
            b'\\' | b'*' | b'_' | b'`' | b'[' | b']' | b'<' | b'>' | b'|' | b'~'
        ) {
            out.push_str(&text[run..i]);
            out.push('\\');
            run = i;
        }
    }
    out.push_str(&text[run..]);
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
    // Sized once for the body and front matter: growing it block by block copied it many times.
    let body: usize = e.blocks.iter().map(block_len).sum();
    let mut out = String::with_capacity(body + e.lead.len() + 1024);
    out.push_str("+++\n");
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

/// The bytes of a block's text.
pub(super) fn block_len(block: &Block) -> usize {
    match block {
        Block::Paragraph(t) | Block::Heading(t) | Block::Standfirst(t) => t.len() + 8,
        Block::List(items) => items.iter().map(|i| i.len() + 4).sum(),
    }
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
pub(super) fn keep_added(content: &str, existing: &str) -> Option<String> {
    let old = added_line(existing)?;
    let new = added_line(content)?;
    (old != new).then(|| content.replacen(new, old, 1))
}

pub(super) fn sha256(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    // One string written into, not a string formatted for each of the 32 bytes.
    let mut hex = String::with_capacity(64);
    for b in Sha256::digest(bytes) {
        let _ = write!(hex, "{b:02x}");
    }
    hex
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
