//! The theme: Tera templates and static files from `themes/<name>/` (or the bundled default),
//! with the site's own `templates/` and `static/` winning file by file.

use crate::config::Config;
use crate::diagnostics::{error_chain, Diagnostic};
use crate::markdown;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use tera::Tera;
use walkdir::WalkDir;

/// The templates every theme provides; each renders one kind of page.
pub const TEMPLATES: &[&str] = &[
    "base.html",
    "home.html",
    "article.html",
    "list.html",
    "taxonomy.html",
    "timeline.html",
    "articles.html",
    "search.html",
    "404.html",
    "feed.xml",
];

macro_rules! embedded {
    ($($rel:literal),* $(,)?) => {
        &[$(($rel, include_str!(concat!("../../themes/default/", $rel)))),*]
    };
}

/// The bundled default theme, used when a site has no `themes/default/` folder of its own.
const EMBEDDED_THEME: &[(&str, &str)] = embedded!(
    "templates/base.html",
    "templates/macros.html",
    "templates/home.html",
    "templates/article.html",
    "templates/list.html",
    "templates/taxonomy.html",
    "templates/timeline.html",
    "templates/articles.html",
    "templates/search.html",
    "templates/404.html",
    "templates/feed.xml",
    "static/style.css",
    "static/favicon.svg",
    "static/search.js",
);

/// Files of the bundled theme that themes written by older versions lack: taken from the
/// bundled theme when a theme folder has none of its own.
const ADDED_LATER: &[&str] = &[
    "templates/articles.html",
    "templates/search.html",
    "static/search.js",
];

/// Writes the bundled default theme into `dir` (used by `caravan init`).
pub fn write_default_theme(dir: &Path) -> std::io::Result<()> {
    for (rel, text) in EMBEDDED_THEME {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("theme files live in folders"))?;
        std::fs::write(path, text)?;
    }
    Ok(())
}

/// A static file: copied to the output as it is.
#[derive(Debug, Clone)]
pub enum StaticFile {
    Disk(PathBuf),
    Embedded(&'static str),
}

impl StaticFile {
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            StaticFile::Disk(path) => std::fs::read(path),
            StaticFile::Embedded(text) => Ok(text.as_bytes().to_vec()),
        }
    }
}

pub struct Theme {
    pub tera: Tera,
    template_files: BTreeMap<String, PathBuf>,
    template_sources: BTreeMap<String, String>,
    /// Static files by site path, in order.
    pub static_files: Vec<(String, StaticFile)>,
    /// Per page template: a hash of its source and of every template it may draw on.
    template_fingerprints: BTreeMap<String, u64>,
}

impl Theme {
    /// Loads the theme and the site's overrides. Every template error is reported, with its file and line.
    pub fn load(root: &Path, config: &Config) -> Result<Theme, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let mut static_files: BTreeMap<String, StaticFile> = BTreeMap::new();
        let theme_dir = root.join("themes").join(&config.theme);
        let mut errors = Vec::new();
        if theme_dir.is_dir() {
            read_layer(
                &theme_dir,
                root,
                &mut sources,
                &mut static_files,
                &mut errors,
            );
        } else if config.theme == "default" {
            for (rel, text) in EMBEDDED_THEME {
                if let Some(name) = rel.strip_prefix("templates/") {
                    let shown = PathBuf::from("themes/default").join(rel);
                    sources.insert(name.to_string(), (shown, text.to_string()));
                } else if let Some(name) = rel.strip_prefix("static/") {
                    static_files.insert(name.to_string(), StaticFile::Embedded(text));
                }
            }
        } else {
            return Err(vec![Diagnostic::new(
                root.join(crate::config::CONFIG_FILE),
                None,
                format!(
                    "theme `{}` not found: expected a folder {}",
                    config.theme,
                    theme_dir.display()
                ),
            )]);
        }
        // The site's own files win over the theme's, file by file.
        read_layer(root, root, &mut sources, &mut static_files, &mut errors);
        // A theme written before a page type existed (`caravan init` copies the bundled theme
        // into the site) gets that page's bundled template and files, instead of failing.
        for (rel, text) in EMBEDDED_THEME {
            if !ADDED_LATER.contains(rel) {
                continue;
            }
            if let Some(name) = rel.strip_prefix("templates/") {
                sources.entry(name.to_string()).or_insert_with(|| {
                    (PathBuf::from("themes/default").join(rel), text.to_string())
                });
            } else if let Some(name) = rel.strip_prefix("static/") {
                static_files
                    .entry(name.to_string())
                    .or_insert(StaticFile::Embedded(text));
            }
        }
        for name in TEMPLATES {
            if !sources.contains_key(*name) {
                errors.push(Diagnostic::new(
                    theme_dir.join("templates").join(name),
                    None,
                    format!("template `{name}` is missing from the theme"),
                ));
            }
        }
        // Parse each template alone first, so that every broken file is named with its line.
        for (name, (path, text)) in &sources {
            if let Err(e) = tera::Template::new(name, None, text) {
                errors.push(template_error(path, &e));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        // Tera's own escaper writes `/` as `&#x2F;`: valid, but it makes every URL unreadable.
        tera.set_escape_fn(markdown::escape_html);
        let templates: Vec<(&str, &str)> = sources
            .iter()
            .map(|(n, (_, t))| (n.as_str(), t.as_str()))
            .collect();
        if let Err(e) = tera.add_raw_templates(templates) {
            // Syntax is fine in every file, so this is about inheritance or imports: name the file tera names.
            let message = error_chain(&e);
            let name = quoted_template(&message).unwrap_or("base.html");
            let path = sources
                .get(name)
                .map(|(p, _)| p.clone())
                .unwrap_or_else(|| PathBuf::from(name));
            return Err(vec![Diagnostic::new(path, None, one_line(&message))]);
        }
        let template_sources: BTreeMap<String, String> = sources
            .iter()
            .map(|(n, (_, t))| (n.clone(), t.clone()))
            .collect();
        Ok(Theme {
            tera,
            template_files: sources.into_iter().map(|(n, (p, _))| (n, p)).collect(),
            template_fingerprints: fingerprint_templates(&template_sources),
            template_sources,
            static_files: static_files.into_iter().collect(),
        })
    }

    /// The fingerprint of a page template and everything it may include, extend or import.
    pub fn template_fingerprint(&self, name: &str) -> u64 {
        self.template_fingerprints.get(name).copied().unwrap_or(0)
    }

    /// An error from rendering `template`, pointing at the template file and, where it can, the line.
    pub fn render_error(&self, template: &str, error: &tera::Error) -> Diagnostic {
        let message = error_chain(error);
        let failing = quoted_template(&message).unwrap_or(template).to_string();
        let path = self
            .template_files
            .get(&failing)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(&failing));
        let line = quoted_variable(&message).and_then(|var| {
            self.template_sources
                .get(&failing)
                .and_then(|src| src.lines().position(|l| l.contains(var)).map(|i| i + 1))
        });
        Diagnostic::new(path, line, one_line(&message))
    }
}

/// A page template's output depends on its own source and, through `extends`, `include` and
/// `import`, possibly on any template that is not itself a page template (base, macros, partials)
/// and on base.html. Another page template's edit leaves it alone.
fn fingerprint_templates(sources: &BTreeMap<String, String>) -> BTreeMap<String, u64> {
    let shared: Vec<(&String, &String)> = sources
        .iter()
        .filter(|(name, _)| name.as_str() == "base.html" || !TEMPLATES.contains(&name.as_str()))
        .collect();
    sources
        .iter()
        .map(|(name, text)| {
            let mut h = super::stable_hasher();
            (name, text).hash(&mut h);
            shared.hash(&mut h);
            (name.clone(), h.finish())
        })
        .collect()
}

/// The last quoted template name in a tera message.
fn quoted_template(message: &str) -> Option<&str> {
    let mut last = None;
    let mut rest = message;
    while let Some(start) = rest.find('\'') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('\'') else { break };
        let name = &after[..end];
        if name.ends_with(".html") || name.ends_with(".xml") {
            last = Some(name);
        }
        rest = &after[end + 1..];
    }
    last
}

fn quoted_variable(message: &str) -> Option<&str> {
    let start = message.find("Variable `")? + "Variable `".len();
    let end = message[start..].find('`')?;
    Some(&message[start..start + end])
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn template_error(path: &Path, error: &tera::Error) -> Diagnostic {
    let message = error_chain(error);
    let line = message.find("--> ").and_then(|at| {
        let digits: String = message[at + 4..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    });
    Diagnostic::new(path, line, one_line(&message))
}

/// One layer of templates and static files: a theme's folder, or the site's root (which wins).
fn read_layer(
    layer: &Path,
    root: &Path,
    sources: &mut BTreeMap<String, (PathBuf, String)>,
    static_files: &mut BTreeMap<String, StaticFile>,
    errors: &mut Vec<Diagnostic>,
) {
    for (name, path) in layer_files(&layer.join("templates"), root, errors) {
        let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                sources.insert(name, (shown, text));
            }
            Err(e) => errors.push(Diagnostic::new(
                shown,
                None,
                format!("cannot read template: {e}"),
            )),
        }
    }
    for (name, path) in layer_files(&layer.join("static"), root, errors) {
        static_files.insert(name, StaticFile::Disk(path));
    }
}

/// The visible files below `dir` by their `/`-separated path in it. Editors' backups and hidden
/// files are passed over; anything that cannot be read, or a link that leads outside the site,
/// is an error, never silently dropped or published.
fn layer_files(dir: &Path, root: &Path, errors: &mut Vec<Diagnostic>) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return files;
    }
    for entry in WalkDir::new(dir).follow_links(true).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                errors.push(Diagnostic::new(
                    path,
                    None,
                    format!("cannot read: {e}; remove the link or fix its target"),
                ));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(dir) else {
            continue;
        };
        let name = rel.to_string_lossy().replace('\\', "/");
        let hidden = name.split('/').any(|part| part.starts_with('.'));
        if hidden || name.ends_with('~') {
            continue;
        }
        let inside = entry
            .path()
            .canonicalize()
            .is_ok_and(|real| real.starts_with(root));
        if !inside {
            let shown = entry.path().strip_prefix(root).unwrap_or(entry.path());
            errors.push(Diagnostic::new(
                shown,
                None,
                "links to a file outside the site: copy the file into the site instead",
            ));
            continue;
        }
        files.push((name, entry.into_path()));
    }
    files
}
