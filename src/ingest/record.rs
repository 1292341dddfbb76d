//! The ingest record (`content/.caravan-ingest.toml`): which content file ingest wrote for each
//! seed, and the hash of the bytes it wrote. It is read as untrusted input: a file name that
//! leaves the content folder is an error, and a record that is missing, cut short or corrupt is
//! rebuilt from the content files' own `seed = "…"` fields, so that nothing is written twice and
//! no hand-edited file is overwritten.

use std::collections::BTreeMap;
use std::path::Path;

/// The record of what ingest wrote, kept in the content folder.
pub const MANIFEST: &str = ".caravan-ingest.toml";

pub type Manifest = BTreeMap<String, ManifestEntry>;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct ManifestEntry {
    /// The content file written for the seed.
    pub file: String,
    /// SHA-256 of the bytes ingest wrote; empty when the record was rebuilt and the bytes are
    /// unknown (the file is then treated as edited by hand unless ingest would write it as is).
    pub sha256: String,
}

/// The record as read, and what the report should say about it.
pub struct Loaded {
    pub manifest: Manifest,
    /// One line for the report when the record had to be rebuilt.
    pub note: Option<String>,
}

/// A record problem that stops ingest: the line it stands on (from 1) and what is wrong.
pub struct Refused {
    pub line: usize,
    pub message: String,
}

/// The record as TOML, byte for byte as `toml` writes it. Plain ASCII names (ingest's own file
/// names and most seed names) are written here: through `toml`, 10,000 entries took ~50 ms at
/// the end of every run while the other core idled. Anything else still goes through `toml`.
pub fn to_toml(manifest: &Manifest) -> String {
    let plain = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    };
    if !manifest
        .iter()
        .all(|(seed, e)| plain(seed) && plain(&e.file) && plain(&e.sha256))
    {
        return toml::to_string(manifest).unwrap_or_default();
    }
    let mut out = String::with_capacity(manifest.len() * 160);
    for (i, (seed, e)) in manifest.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // A key of letters, digits, '_' and '-' stands bare; any other is quoted.
        let bare = seed
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'));
        let quote = if bare { "" } else { "\"" };
        out.push_str(&format!(
            "[{quote}{seed}{quote}]\nfile = \"{}\"\nsha256 = \"{}\"\n",
            e.file, e.sha256
        ));
    }
    out
}

/// A plain file name of the content folder: no folder part, not `.`/`..`, not absolute, not
/// hidden, and a Markdown file.
pub fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0', ':'])
        && name.ends_with(".md")
        && name.len() > 3
        && Path::new(name).components().count() == 1
}

/// Reads the record. A bad file name is refused (ingest must not write there); a record that
/// cannot be parsed, or lacks seeds that content files name, is rebuilt from those files.
pub fn read(out: &Path) -> Result<Loaded, Refused> {
    let path = out.join(MANIFEST);
    let text = std::fs::read_to_string(&path);
    let mut note = None;
    let mut manifest: Manifest = match &text {
        Ok(text) => match toml::from_str::<Manifest>(text) {
            Ok(m) => m,
            Err(e) => {
                // Before rebuilding, a bad file name in a readable line is still refused.
                if let Some(refused) = scan_file_lines(text) {
                    return Err(refused);
                }
                let first = e.message().lines().next().unwrap_or("").to_string();
                note = Some(format!(
                    "the ingest record {MANIFEST} could not be read ({first}): rebuilt from the content files' seed fields"
                ));
                Manifest::new()
            }
        },
        Err(_) => Manifest::new(),
    };
    if let Ok(text) = &text {
        for (seed, entry) in &manifest {
            if !is_plain_file_name(&entry.file) {
                return Err(Refused {
                    line: line_of_entry(text, seed, &entry.file),
                    message: format!(
                        "the entry for seed \"{seed}\" names file \"{}\": only a plain .md file name inside the content folder is accepted",
                        entry.file
                    ),
                });
            }
        }
    }
    let recorded_files: std::collections::HashSet<String> =
        manifest.values().map(|e| e.file.clone()).collect();
    let mut added = 0;
    for (seed, file) in seeds_in_content(out) {
        if manifest.contains_key(&seed) || recorded_files.contains(&file) {
            continue;
        }
        manifest.insert(
            seed,
            ManifestEntry {
                file,
                sha256: String::new(),
            },
        );
        added += 1;
    }
    if added > 0 && note.is_none() {
        note = Some(format!(
            "the ingest record {MANIFEST} {} {added} seed(s) that content files name: rebuilt from their seed fields",
            if text.is_ok() { "lacked" } else { "is missing;" }
        ));
    }
    Ok(Loaded { manifest, note })
}

/// A `file = "…"` line whose name is not plain, in a record that does not parse as a whole.
fn scan_file_lines(text: &str) -> Option<Refused> {
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim().strip_prefix("file") else {
            continue;
        };
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        if let Ok(toml::Value::String(file)) = value.trim().parse::<toml::Value>() {
            if !is_plain_file_name(&file) {
                return Some(Refused {
                    line: i + 1,
                    message: format!(
                        "file \"{file}\": only a plain .md file name inside the content folder is accepted"
                    ),
                });
            }
        }
    }
    None
}

/// The line of the record that names `file` for `seed` (the seed's table header when the name
/// cannot be found as written).
fn line_of_entry(text: &str, seed: &str, file: &str) -> usize {
    let mut in_seed = false;
    let mut header = 0;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            in_seed = t.contains(seed);
            if in_seed {
                header = i + 1;
            }
        } else if in_seed && t.starts_with("file") && t.contains(file) {
            return i + 1;
        }
    }
    header.max(1)
}

/// Seeds named in existing content files' front matter, with the file that names each (the
/// first by name when several do). Hand-written content counts too.
pub fn seeds_in_content(out: &Path) -> BTreeMap<String, String> {
    let mut seeds = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(out) else {
        return seeds;
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| is_plain_file_name(n))
        .collect();
    names.sort();
    for name in names {
        let Ok(text) = std::fs::read_to_string(out.join(&name)) else {
            continue;
        };
        if let Some(split) = crate::frontmatter::split_front_matter(&text) {
            if let Ok(table) = toml::from_str::<toml::Table>(split.front_matter) {
                if let Some(toml::Value::String(seed)) = table.get("seed") {
                    seeds.entry(seed.clone()).or_insert(name);
                }
            }
        }
    }
    seeds
}

/// Writes through a temporary file and a rename: a content file is never half-written.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Hidden, so serve's watcher and build's content reader pass it by.
    let tmp = path.with_file_name(format!(".{name}.caravan-tmp"));
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_is_written_as_toml_writes_it() {
        let entry = |file: &str, sha: &str| ManifestEntry {
            file: file.into(),
            sha256: sha.into(),
        };
        let cases: Vec<Manifest> = vec![
            Manifest::new(),
            [("a.txt".to_string(), entry("a.md", "ab12"))].into(),
            [
                ("123".to_string(), entry("x-1.md", "00ff")),
                ("a-b_c".to_string(), entry("y.md", "1")),
                ("z.v2.txt".to_string(), entry("z.md", "2")),
            ]
            .into(),
            [("Ünïcode name.txt".to_string(), entry("u.md", "3"))].into(),
            [("q\"uote's.txt".to_string(), entry("q.md", ""))].into(),
        ];
        for m in cases {
            assert_eq!(to_toml(&m), toml::to_string(&m).unwrap(), "{m:?}");
        }
    }

    #[test]
    fn only_plain_markdown_names_are_accepted() {
        for ok in ["a.md", "uzbekistan-serbia.md", "x-1a2b3c.md"] {
            assert!(is_plain_file_name(ok), "{ok}");
        }
        for bad in [
            "../x.md",
            "../../x.md",
            "/etc/x.md",
            "sub/x.md",
            "..",
            ".md",
            ".hidden.md",
            "x.txt",
            "a\\b.md",
            "C:x.md",
            "",
        ] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
    }
}
