//! The content file format both ingest (which writes it) and content (which reads it) share:
//! TOML front matter between `+++` lines, then the Markdown body.

/// The front matter and body of a content file, and the line the body starts on.
pub struct Split<'a> {
    pub front_matter: &'a str,
    pub body: &'a str,
    /// 1-based line of the first front-matter line (after the opening `+++`).
    pub front_matter_line: usize,
}

/// Splits `+++\nTOML\n+++\nbody`. `None` when the file does not open and close the block.
pub fn split_front_matter(text: &str) -> Option<Split<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_end = text.find('\n')?;
    if text[..first_end].trim_end() != "+++" {
        return None;
    }
    let rest = &text[first_end + 1..];
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some(Split {
                front_matter: &rest[..offset],
                body: &rest[offset + line.len()..],
                front_matter_line: 2,
            });
        }
        offset += line.len();
    }
    if rest[offset..].trim_end() == "+++" {
        return Some(Split {
            front_matter: &rest[..offset],
            body: "",
            front_matter_line: 2,
        });
    }
    None
}
