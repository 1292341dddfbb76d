//! The one pipeline `build`, `check` and `serve` drive: read the inputs (ingesting new seeds),
//! group them into the site model, decide which pages changed by their fingerprints, and render
//! those into a sink. Serve keeps [`Inputs`] alive and feeds it changed paths; build loads it once.

mod files;

use crate::config::{BaseUrl, Config, CONFIG_FILE};
use crate::content::{self, Article};
use crate::diagnostics::{Diagnostic, Failed};
use crate::ingest::{self, IngestOptions, IngestReport};
use crate::layout::Layout;
use crate::output::Sink;
use crate::render::{Page, Prepared, RenderedBody, Renderer, Shape};
use crate::site::Site;
use crate::taxonomy::Taxonomy;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

pub use files::{ContentFile, ReadCache};

/// What a run needs besides the site's own files.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Overrides the config's base_url.
    pub base_url: Option<String>,
    /// Include articles marked `draft = true`.
    pub drafts: bool,
}

/// Everything read from the site's files, kept between serve's rebuilds.
pub struct Inputs {
    pub layout: Layout,
    pub settings: Settings,
    pub config: Config,
    pub taxonomy: Taxonomy,
    /// None while the theme has errors (they are in `theme_errors`).
    renderer: Option<Renderer>,
    theme_errors: Vec<Diagnostic>,
    /// Content files by the path shown in messages.
    files: BTreeMap<PathBuf, ContentFile>,
    /// Problems with the content folder itself.
    listing_errors: Vec<Diagnostic>,
    /// Warnings not yet shown to the user.
    pub warnings: Vec<Diagnostic>,
    /// Prepared articles by source, reused while the article (the same `Arc`) is unchanged.
    prepared_cache: HashMap<PathBuf, (Arc<Article>, Arc<Prepared>)>,
}

/// The site model with every article rendered: what pages are made from.
pub struct Assembled {
    pub site: Site,
    pub prepared: Vec<Arc<Prepared>>,
}

/// One file of the site and the fingerprint of what it is made from.
#[derive(Debug, Clone)]
pub struct Planned {
    pub page: Page,
    pub path: String,
    pub fingerprint: u64,
}

/// What an output must do to hold the current site.
#[derive(Debug, Default)]
pub struct Update {
    /// Files whose inputs changed, or that the output does not hold yet.
    pub stale: Vec<Planned>,
    /// Files the output holds that the site no longer has.
    pub removed: Vec<String>,
    /// Every file of the site with its fingerprint.
    pub fingerprints: HashMap<String, u64>,
}

/// What changed among the inputs, by kind.
#[derive(Debug, Default)]
pub struct Changes {
    pub setup: bool,
    pub theme: bool,
    pub css_only: bool,
    pub seeds: Vec<String>,
    pub content: Vec<PathBuf>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        !self.setup && !self.theme && self.seeds.is_empty() && self.content.is_empty()
    }
}

impl Inputs {
    /// Reads config, taxonomy, theme and every content file of the site at `root`.
    /// Only a broken config or taxonomy fails here; theme and content errors wait for [`Inputs::assemble`],
    /// so that every error is reported at once.
    pub fn load(root: &Path, settings: Settings) -> Result<Inputs, Failed> {
        let mut inputs = Inputs::open(root, settings)?;
        inputs.read_all_content(None);
        Ok(inputs)
    }

    /// Reads config, taxonomy and theme, not the content yet ([`Inputs::read_all_content`]).
    pub fn open(root: &Path, settings: Settings) -> Result<Inputs, Failed> {
        let root = Layout::canonical_root(root).map_err(Failed::one)?;
        let config_path = root.join(CONFIG_FILE);
        let config_text = match std::fs::read_to_string(&config_path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return Err(Failed::one(Diagnostic::new(
                    &config_path,
                    None,
                    format!("cannot read: {e}"),
                )))
            }
        };
        let config = Config::parse(&config_text, &config_path).map_err(Failed::one)?;
        let layout = Layout::new(&root, &config, &config_text).map_err(Failed::one)?;
        let taxonomy = Taxonomy::load(&root).map_err(Failed::one)?;
        let mut inputs = Inputs {
            layout,
            settings,
            config,
            taxonomy,
            renderer: None,
            theme_errors: Vec::new(),
            files: BTreeMap::new(),
            listing_errors: Vec::new(),
            warnings: Vec::new(),
            prepared_cache: HashMap::new(),
        };
        inputs.reload_theme();
        Ok(inputs)
    }

    pub fn root(&self) -> &Path {
        &self.layout.root
    }

    pub fn base(&self) -> BaseUrl {
        BaseUrl::parse(
            self.settings
                .base_url
                .as_deref()
                .unwrap_or(&self.config.base_url),
        )
    }

    fn reload_theme(&mut self) {
        match Renderer::new(self.root(), &self.config, self.base()) {
            Ok(renderer) => {
                self.renderer = Some(renderer);
                self.theme_errors.clear();
            }
            Err(errors) => {
                self.renderer = None;
                self.theme_errors = errors;
            }
        }
    }

    /// Reads every content file, taking unchanged ones from `cache` (see [`ReadCache`]).
    pub fn read_all_content(&mut self, cache: Option<&ReadCache>) {
        let listing = content::list_dir(&self.layout.content, self.root());
        let (root, taxonomy, allow_html) = (self.root(), &self.taxonomy, self.config.allow_html);
        let files: Vec<(PathBuf, ContentFile)> = listing
            .files
            .par_iter()
            .map(|path| {
                let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
                (
                    shown,
                    files::read(path, root, taxonomy, allow_html, cache, true),
                )
            })
            .collect();
        self.listing_errors = listing.errors;
        self.warnings.extend(listing.warnings);
        for (_, file) in &files {
            self.warnings.extend(file.warnings.iter().cloned());
        }
        self.files = files.into_iter().collect();
        self.prepared_cache.clear();
    }

    /// Re-reads one content file (or forgets it when it is gone), by the same rules as a full load.
    fn reload_content_file(&mut self, path: &Path) {
        let shown = path.strip_prefix(self.root()).unwrap_or(path).to_path_buf();
        self.files.remove(&shown);
        if std::fs::symlink_metadata(path).is_err() {
            return;
        }
        let file = files::read(
            path,
            self.root(),
            &self.taxonomy,
            self.config.allow_html,
            None,
            false,
        );
        self.warnings.extend(file.warnings.iter().cloned());
        self.files.insert(shown, file);
    }

    /// How many content files there are, and how many of them came from a [`ReadCache`].
    pub fn content_files(&self) -> (usize, usize) {
        let cached = self.files.values().filter(|f| f.from_cache).count();
        (self.files.len(), cached)
    }

    /// The key a [`ReadCache`] of this site must have.
    pub fn read_cache_key(&self) -> u64 {
        ReadCache::setup_key(self.config.allow_html, &self.taxonomy, self.root())
    }

    /// Saves the content files read at `read_at` or before as a [`ReadCache`] at `path`.
    pub fn save_read_cache(&self, path: &Path, read_at: SystemTime) -> std::io::Result<()> {
        ReadCache::save(path, self.read_cache_key(), self.files.iter(), read_at)
    }

    /// Sorts changed paths (absolute, as a file watcher reports them) by the input they belong to.
    pub fn classify(&self, changed: &[PathBuf]) -> Changes {
        let l = &self.layout;
        let theme_dir = l.themes.join(&self.config.theme);
        let mut changes = Changes {
            css_only: true,
            ..Changes::default()
        };
        for path in changed {
            let path = crate::layout::resolve(path);
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if path == l.config_file || path == l.taxonomy_file {
                changes.setup = true;
            } else if path.starts_with(l.statics.as_path())
                || path.starts_with(theme_dir.join("static"))
            {
                changes.theme = true;
                changes.css_only &= name.ends_with(".css");
            } else if path.starts_with(l.templates.as_path()) || path.starts_with(&theme_dir) {
                changes.theme = true;
                changes.css_only = false;
            } else if path.starts_with(&l.seeds) {
                changes.seeds.push(name);
            } else if path.starts_with(&l.content) && name.ends_with(".md") {
                changes.content.push(path);
            }
        }
        changes.css_only &= changes.theme
            && !changes.setup
            && changes.content.is_empty()
            && changes.seeds.is_empty();
        changes
    }

    /// Takes changed paths in: config and taxonomy reload everything, templates and static files
    /// reload the theme, seeds are ingested and their content files read, content files re-read.
    /// A broken config or taxonomy leaves the inputs as they were.
    pub fn apply(&mut self, changes: &Changes) -> Result<Option<IngestReport>, Failed> {
        if changes.setup {
            let fresh = Inputs::load(self.root(), self.settings.clone())?;
            let warnings = std::mem::take(&mut self.warnings);
            *self = fresh;
            self.warnings.splice(0..0, warnings);
            return Ok(None);
        }
        if changes.theme {
            self.reload_theme();
        }
        let mut content = changes.content.clone();
        let mut report = None;
        if !changes.seeds.is_empty() {
            let done = self.ingest(Some(changes.seeds.clone()))?;
            for s in &done.seeds {
                if let (ingest::Outcome::Written, Some(file)) = (&s.outcome, &s.file) {
                    content.push(self.layout.content.join(file));
                }
            }
            report = Some(done);
        }
        for path in &content {
            self.reload_content_file(path);
        }
        Ok(report)
    }

    /// Ingests seeds: those named in `only`, or every seed with no content file yet.
    pub fn ingest(&self, only: Option<Vec<String>>) -> Result<IngestReport, Failed> {
        ingest_seeds(&self.layout, &self.config, &self.taxonomy, only)
    }

    /// Groups the articles and renders each one, reusing what is unchanged since the last call.
    /// Fails with every error of the theme and the content.
    pub fn assemble(&mut self) -> Result<Assembled, Failed> {
        let mut errors: Vec<Diagnostic> = self.theme_errors.clone();
        errors.extend(self.listing_errors.iter().cloned());
        errors.extend(self.files.values().flat_map(|f| f.errors.iter().cloned()));
        let mut bodies: HashMap<&Path, &Arc<RenderedBody>> = HashMap::new();
        let mut articles: Vec<Arc<Article>> = Vec::new();
        for (article, body) in self.files.values().filter_map(|f| f.article.as_ref()) {
            if self.settings.drafts || !article.draft {
                bodies.insert(&article.source, body);
                articles.push(article.clone());
            }
        }
        errors.extend(
            articles
                .iter()
                .filter(|a| a.pair.is_empty())
                .map(no_pair_yet),
        );
        let site = match Site::new(articles, &self.taxonomy, self.config.related_limit) {
            Ok(site) => site,
            Err(slug_errors) => {
                errors.extend(slug_errors);
                return Err(Failed::new(errors));
            }
        };
        let Some(renderer) = &self.renderer else {
            return Err(Failed::new(errors));
        };
        if !errors.is_empty() {
            return Err(Failed::new(errors));
        }
        let prepared: Vec<Arc<Prepared>> = (0..site.articles.len())
            .into_par_iter()
            .map(|i| {
                let article = &site.articles[i];
                match self.prepared_cache.get(&article.source) {
                    Some((cached, prepared)) if Arc::ptr_eq(cached, article) => prepared.clone(),
                    _ => renderer.prepare(&site, i, bodies[article.source.as_path()].clone()),
                }
            })
            .collect();
        self.prepared_cache = site
            .articles
            .iter()
            .zip(&prepared)
            .map(|(a, p)| (a.source.clone(), (a.clone(), p.clone())))
            .collect();
        Ok(Assembled { site, prepared })
    }

    /// Takes re-read content files (`paths`, as [`Changes::content`] has them) into `assembled`
    /// without grouping the site again, when all that changed is the text of articles already
    /// in it: their fields are equal, so every grouping is too. Returns the indices of those
    /// articles, or None (and leaves `assembled` alone) when anything else changed: a field, a
    /// new, gone or broken file. `assembled` must be the last assembly of these inputs.
    pub fn patch(&mut self, assembled: &mut Assembled, paths: &[PathBuf]) -> Option<Vec<usize>> {
        let renderer = self.renderer.as_ref()?;
        let mut swaps = Vec::with_capacity(paths.len());
        for path in paths {
            let shown = path.strip_prefix(self.root()).unwrap_or(path);
            let file = self.files.get(shown)?;
            let (article, body) = file.article.as_ref().filter(|_| file.errors.is_empty())?;
            let index = assembled
                .site
                .articles
                .iter()
                .position(|a| a.source == article.source)?;
            if *assembled.site.articles[index] != **article {
                return None;
            }
            swaps.push((index, article.clone(), body.clone()));
        }
        let mut changed = Vec::with_capacity(swaps.len());
        for (index, article, body) in swaps {
            assembled.site.articles[index] = article.clone();
            let prepared = renderer.prepare(&assembled.site, index, body);
            assembled.prepared[index] = prepared.clone();
            self.prepared_cache
                .insert(article.source.clone(), (article, prepared));
            changed.push(index);
        }
        Some(changed)
    }

    /// The renderer; present whenever [`Inputs::assemble`] succeeded.
    pub fn renderer(&self) -> Option<&Renderer> {
        self.renderer.as_ref()
    }

    /// The folders and files a watcher must see.
    pub fn watched(&self) -> Vec<PathBuf> {
        let l = &self.layout;
        [&l.seeds, &l.content, &l.themes, &l.templates, &l.statics]
            .into_iter()
            .filter(|d| d.is_dir())
            .cloned()
            .collect()
    }

    /// Whether a path is one of the site's inputs.
    pub fn concerns(&self, path: &Path) -> bool {
        !self.classify(&[path.to_path_buf()]).is_empty()
    }
}

/// A draft without countries cannot be published, even with `--drafts`.
fn no_pair_yet(article: &Arc<Article>) -> Diagnostic {
    Diagnostic::new(
        &article.source,
        None,
        "this draft has no `pair` yet: add one or two ISO 3166-1 codes before publishing it",
    )
}

/// Runs ingest over the site's seeds folder into its content folder.
pub fn ingest_seeds(
    layout: &Layout,
    config: &Config,
    taxonomy: &Taxonomy,
    only: Option<Vec<String>>,
) -> Result<IngestReport, Failed> {
    let options = IngestOptions {
        seeds: layout.seeds.clone(),
        out: layout.content.clone(),
        force: false,
        only_new: only.is_none(),
        only,
        explain: false,
        stream: false,
        config: config.ingest.clone(),
        shown_from: layout.root.clone(),
    };
    let report = ingest::run(&options, taxonomy);
    if report.failed() {
        return Err(Failed::new(report.errors.clone()));
    }
    Ok(report)
}

/// Every file of the site with its fingerprint, and what each is made from: the one notion of
/// "what changed → which pages" that build and serve share.
pub struct Plan {
    pub files: Vec<Planned>,
    shapes: Vec<Shape>,
    /// For each article (by index in the site), the files (by index in `files`) that show it.
    shown_on: Vec<Vec<u32>>,
}

/// Every file of the site with its fingerprint, computed in parallel.
pub fn plan(renderer: &Renderer, assembled: &Assembled) -> Plan {
    let (site, prepared) = (&assembled.site, &assembled.prepared);
    let (files, shapes): (Vec<Planned>, Vec<Shape>) = renderer
        .pages(site)
        .into_par_iter()
        .map(|page| {
            let path = renderer.path(site, page);
            let shape = renderer.shape(site, prepared, page, &path);
            let planned = Planned {
                page,
                fingerprint: shape.fingerprint(prepared),
                path,
            };
            (planned, shape)
        })
        .unzip();
    let mut shown_on = vec![Vec::new(); prepared.len()];
    for (file, shape) in shapes.iter().enumerate() {
        for &article in shape.reads() {
            shown_on[article as usize].push(file as u32);
        }
    }
    Plan {
        files,
        shapes,
        shown_on,
    }
}

impl Plan {
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// After [`Inputs::patch`] gave new versions of the articles at `changed` (the site itself
    /// unchanged), takes the fingerprints of the files that show them again. Returns those
    /// files' indices.
    pub fn refresh(&mut self, prepared: &[Arc<Prepared>], changed: &[usize]) -> Vec<usize> {
        let mut touched: Vec<usize> = changed
            .iter()
            .flat_map(|&article| self.shown_on[article].iter().map(|&f| f as usize))
            .collect();
        touched.sort_unstable();
        touched.dedup();
        for &file in &touched {
            self.files[file].fingerprint = self.shapes[file].fingerprint(prepared);
        }
        touched
    }
}

/// Compares the plan with what an output holds (`held`: path → fingerprint).
pub fn diff(plan: &Plan, held: &HashMap<String, u64>) -> Update {
    let fingerprints: HashMap<String, u64> = plan
        .files
        .iter()
        .map(|p| (p.path.clone(), p.fingerprint))
        .collect();
    let mut removed: Vec<String> = held
        .keys()
        .filter(|p| !fingerprints.contains_key(*p))
        .cloned()
        .collect();
    removed.sort();
    let stale = plan
        .files
        .iter()
        .filter(|p| held.get(&p.path) != Some(&p.fingerprint))
        .cloned()
        .collect();
    Update {
        stale,
        removed,
        fingerprints,
    }
}

/// Renders `pages` in parallel into `sink`; returns every error, sorted.
pub fn render(
    renderer: &Renderer,
    assembled: &Assembled,
    pages: &[Planned],
    sink: &dyn Sink,
) -> Result<(), Failed> {
    let errors: Vec<Diagnostic> = pages
        .par_iter()
        .filter_map(|planned| {
            match renderer.render(&assembled.site, &assembled.prepared, planned.page) {
                Ok(bytes) => sink
                    .put(&planned.path, bytes)
                    .err()
                    .map(|e| Diagnostic::new(&planned.path, None, format!("cannot write: {e}"))),
                Err(e) => Some(e),
            }
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failed::new(errors))
    }
}
