//! The site's folders, resolved once to canonical paths: the root, content, seeds, themes, the
//! site's own templates and static files. An output folder that overlaps any of them is refused
//! before anything is touched, and so is a content or seeds folder outside the site.

use crate::config::{Config, CONFIG_FILE};
use crate::diagnostics::Diagnostic;
use std::path::{Component, Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Canonical: absolute, no symlinks, no `..`.
    pub root: PathBuf,
    pub content: PathBuf,
    pub seeds: PathBuf,
    pub themes: PathBuf,
    pub templates: PathBuf,
    pub statics: PathBuf,
    pub config_file: PathBuf,
    pub taxonomy_file: PathBuf,
}

impl Layout {
    /// The canonical root of a site folder given as the user wrote it (`.`, relative, symlinked).
    pub fn canonical_root(root: &Path) -> Result<PathBuf, Diagnostic> {
        root.canonicalize().map_err(|e| {
            Diagnostic::new(
                root,
                None,
                format!("cannot open the site folder: {e}; pass an existing folder with --root"),
            )
        })
    }

    /// Resolves the configured folders below `root` (already canonical).
    pub fn new(root: &Path, config: &Config, config_text: &str) -> Result<Layout, Diagnostic> {
        let config_file = root.join(CONFIG_FILE);
        let inside = |key: &str, dir: &Path| -> Result<PathBuf, Diagnostic> {
            let escapes = dir.is_absolute()
                || dir
                    .components()
                    .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
            let resolved = resolve(&root.join(dir));
            if escapes || !resolved.starts_with(root) || resolved == root {
                return Err(Diagnostic::new(
                    &config_file,
                    key_line(config_text, key),
                    format!(
                        "`{key} = \"{}\"` must name a folder inside the site, like \"{}\"",
                        dir.display(),
                        if key == "seeds_dir" {
                            "seeds"
                        } else {
                            "content"
                        }
                    ),
                ));
            }
            Ok(resolved)
        };
        let content = inside("content_dir", &config.content_dir)?;
        let seeds = inside("seeds_dir", &config.seeds_dir)?;
        Ok(Layout {
            root: root.to_path_buf(),
            content,
            seeds,
            themes: root.join("themes"),
            templates: root.join("templates"),
            statics: root.join("static"),
            taxonomy_file: root.join("themes.toml"),
            config_file,
        })
    }

    /// The folders a build reads.
    fn inputs(&self) -> [(&'static str, &Path); 5] {
        [
            ("the content folder", &self.content),
            ("the seeds folder", &self.seeds),
            ("the themes folder", &self.themes),
            ("the site's templates folder", &self.templates),
            ("the site's static folder", &self.statics),
        ]
    }

    /// The output folder, resolved, if it overlaps no input: it may not be the site root or hold
    /// it, and may not be, hold or lie inside content, seeds, themes, templates or static.
    pub fn check_output(&self, output: &Path) -> Result<PathBuf, Diagnostic> {
        let absolute = if output.is_absolute() {
            output.to_path_buf()
        } else {
            std::env::current_dir()
                .map_err(|e| Diagnostic::new(output, None, format!("cannot resolve: {e}")))?
                .join(output)
        };
        let resolved = resolve(&absolute);
        let refuse = |what: &str| {
            Err(Diagnostic::new(
                output,
                None,
                format!(
                    "refusing to write the site here: it is or holds {what} ({}), which the build would replace; choose another folder, e.g. `--output-dir public`",
                    self.root.display()
                ),
            ))
        };
        if self.root.starts_with(&resolved) {
            return refuse("the site folder");
        }
        for (what, dir) in self.inputs() {
            if resolved.starts_with(dir) || dir.starts_with(&resolved) {
                return Err(Diagnostic::new(
                    output,
                    None,
                    format!(
                        "refusing to write the site here: it overlaps {what} ({}), which the build reads; choose another folder, e.g. `--output-dir public`",
                        dir.display()
                    ),
                ));
            }
        }
        Ok(resolved)
    }
}

/// A path made canonical as far as it exists, with the rest appended lexically (`..` folded), so
/// a folder that does not exist yet still resolves through the symlinks above it. A relative
/// path is taken from the current folder.
pub fn resolve(path: &Path) -> PathBuf {
    let path = &std::env::current_dir()
        .map(|here| here.join(path))
        .unwrap_or_else(|_| path.to_path_buf());
    let mut existing = path.to_path_buf();
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for part in rest.iter().rev() {
                if part == ".." {
                    out.pop();
                } else if part != "." {
                    out.push(part);
                }
            }
            return out;
        }
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => {
                // `..` at the end or no parent: fold lexically.
                if existing.ends_with("..") {
                    rest.push("..".into());
                    existing.pop();
                    continue;
                }
                return path.to_path_buf();
            }
        }
    }
}

/// The 1-based line where `key = …` stands in a TOML text, if it does.
fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, Layout) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let layout = Layout::new(&root, &Config::default(), "").unwrap();
        (dir, layout)
    }

    #[test]
    fn output_overlapping_an_input_is_refused() {
        let (dir, layout) = site();
        let root = dir.path().canonicalize().unwrap();
        for bad in [
            root.clone(),
            root.join("content"),
            root.join("content/sub"),
            root.join("seeds"),
            root.join("themes/default"),
            root.join("static"),
            root.join("templates"),
            root.join("content/../seeds"),
            root.parent().unwrap().to_path_buf(),
        ] {
            assert!(layout.check_output(&bad).is_err(), "{}", bad.display());
        }
        assert_eq!(
            layout.check_output(&root.join("public")).unwrap(),
            root.join("public")
        );
        assert!(layout.check_output(&root.join("../elsewhere")).is_ok());
    }

    #[test]
    fn output_through_a_symlink_to_an_input_is_refused() {
        let (dir, layout) = site();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::os::unix::fs::symlink(root.join("content"), root.join("out")).unwrap();
        assert!(layout.check_output(&root.join("out")).is_err());
        assert!(layout.check_output(&root.join("out/x")).is_err());
    }

    #[test]
    fn content_and_seeds_folders_stay_inside_the_site() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path().canonicalize().unwrap();
        for (text, line) in [
            ("title = \"x\"\ncontent_dir = \"/nonexistent\"\n", 2),
            ("seeds_dir = \"../seeds\"\n", 1),
            ("content_dir = \".\"\n", 1),
        ] {
            let config = Config::parse(text, Path::new("caravan.toml")).unwrap();
            let err = Layout::new(&root, &config, text).unwrap_err();
            assert_eq!(err.line, Some(line), "{err}");
            assert!(err.message.contains("inside the site"), "{err}");
        }
    }
}
