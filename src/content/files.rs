//! Finding and reading content files: the folder walked without following links, each file
//! read as UTF-8 (a symlink only to a file inside the site), then parsed by [`parse_article`].

use super::{parse_article, Article};
use crate::diagnostics::Diagnostic;
use crate::taxonomy::Taxonomy;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The content files of a folder, to be read one by one with [`read_article`].
#[derive(Default)]
pub struct Listing {
    /// Every `.md` file, sorted.
    pub files: Vec<PathBuf>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Every `.md` file under `dir`. Paths in messages are shown relative to `shown_from`, the site
/// root, when they lie under it. Nothing is skipped silently: a folder that cannot be read or a
/// symlinked folder is reported.
pub fn list_dir(dir: &Path, shown_from: &Path) -> Listing {
    let mut loaded = Listing::default();
    let files = &mut loaded.files;
    let shown = |path: &Path| path.strip_prefix(shown_from).unwrap_or(path).to_path_buf();
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let missing = e
                    .io_error()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound);
                if e.depth() == 0 && missing {
                    // No content folder yet: an empty site, as before.
                    continue;
                }
                let path = e.path().unwrap_or(dir);
                let reason = e
                    .io_error()
                    .map_or_else(|| e.to_string(), ToString::to_string);
                loaded.errors.push(Diagnostic::new(
                    shown(path),
                    None,
                    format!("cannot read this folder: {reason}: check its permissions"),
                ));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy();
        let is_md = entry.path().extension().is_some_and(|x| x == "md");
        if entry.depth() == 0 || entry.file_type().is_dir() || name.starts_with('.') {
            continue;
        }
        if is_md && (entry.file_type().is_file() || entry.path_is_symlink()) {
            files.push(entry.into_path());
        } else if entry.path_is_symlink() && entry.path().is_dir() {
            loaded.warnings.push(Diagnostic::new(
                shown(entry.path()),
                None,
                "symlinked folder is not read: move or copy its files into the content folder",
            ));
        }
    }
    files.sort();
    loaded
}

/// Reads and parses one content file by the rules [`list_dir`]'s files need: a symlink is
/// followed only to a file inside `shown_from` (the site root), and the file must be UTF-8.
/// Every reason a file yields no article is an error naming the file.
pub fn read_article(
    path: &Path,
    shown_from: &Path,
    taxonomy: &Taxonomy,
) -> (Option<Article>, Vec<Diagnostic>, Vec<Diagnostic>) {
    read_checked(path, shown_from, taxonomy, false)
}

/// [`read_article`] for a file of a [`list_dir`] listing: its folders were walked without
/// following links, so only a symlink at the file itself needs resolving.
pub fn read_listed_article(
    path: &Path,
    shown_from: &Path,
    taxonomy: &Taxonomy,
) -> (Option<Article>, Vec<Diagnostic>, Vec<Diagnostic>) {
    read_checked(path, shown_from, taxonomy, true)
}

fn read_checked(
    path: &Path,
    shown_from: &Path,
    taxonomy: &Taxonomy,
    listed: bool,
) -> (Option<Article>, Vec<Diagnostic>, Vec<Diagnostic>) {
    let shown = path.strip_prefix(shown_from).unwrap_or(path);
    let fail = |message: String| (None, vec![Diagnostic::new(shown, None, message)], vec![]);
    let metadata = std::fs::symlink_metadata(path);
    let is_link = metadata.as_ref().is_ok_and(|m| m.file_type().is_symlink());
    if listed && metadata.as_ref().is_ok_and(|m| m.is_file()) {
        return read_text(path, shown, taxonomy);
    }
    let real = match std::fs::canonicalize(path) {
        Ok(real) => real,
        Err(e) if is_link => {
            let target = std::fs::read_link(path)
                .map(|t| format!(" to {}", t.display()))
                .unwrap_or_default();
            return fail(format!(
                "broken symlink{target} (it points nowhere or loops: {e}): point it at a file inside the site, or replace it with the file itself"
            ));
        }
        Err(e) => {
            return fail(format!(
                "cannot read: {e}: check that the file exists and is readable"
            ))
        }
    };
    let root = std::fs::canonicalize(shown_from).unwrap_or_else(|_| shown_from.to_path_buf());
    if !real.starts_with(&root) {
        return fail(format!(
            "symlink to {}, outside the site folder, is not followed: copy the file into the content folder instead",
            real.display()
        ));
    }
    if !real.is_file() {
        return fail("not a regular file: a content file must be a Markdown file".into());
    }
    read_text(path, shown, taxonomy)
}

/// Reads a file known to be a regular file inside the site, as UTF-8, and parses it.
fn read_text(
    path: &Path,
    shown: &Path,
    taxonomy: &Taxonomy,
) -> (Option<Article>, Vec<Diagnostic>, Vec<Diagnostic>) {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => parse_article(shown, &text, taxonomy),
            Err(e) => {
                let bytes = e.as_bytes();
                let valid = &bytes[..e.utf8_error().valid_up_to()];
                // The prefix is valid UTF-8 by definition.
                let valid = std::str::from_utf8(valid).unwrap_or_default();
                let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
                let line = valid.matches('\n').count() + 1;
                let column = valid[line_start..].chars().count() + 1;
                (
                    None,
                    vec![Diagnostic::at_column(
                        shown,
                        line,
                        column,
                        "not valid UTF-8 here: save the file as UTF-8",
                    )],
                    vec![],
                )
            }
        },
        Err(e) => (
            None,
            vec![Diagnostic::new(
                shown,
                None,
                format!(
                    "cannot read: {e}: check the file's permissions (it must be readable by you)"
                ),
            )],
            vec![],
        ),
    }
}
