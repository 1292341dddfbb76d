//! `caravan serve`: builds into memory, serves over HTTP, watches the inputs and rebuilds what a
//! change affects, then tells open pages to reload (server-sent events).
//!
//! Pages live in memory ([`Pages`]): a rebuild renders into a batch and lands it under one lock,
//! so a reader never sees half a rebuild, the reload is sent only after the new pages are served,
//! and nothing is left on disk when the server stops.

use crate::build::{self, Settings};
use crate::config::{BaseUrl, Config, CONFIG_FILE};
use crate::content::{self, Article};
use crate::diagnostics::{Diagnostic, Failed};
use crate::ingest::{self, IngestOptions};
use crate::output::{Batch, Pages};
use crate::render::{Page, Prepared, Renderer};
use crate::site::Site;
use crate::taxonomy::Taxonomy;
use crate::{say, tell};
use anyhow::Context as _;
use notify::{RecursiveMode, Watcher};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the live-reload script is served; build output never links it.
pub const LIVE_RELOAD_PATH: &str = "__caravan/live.js";
const EVENTS_PATH: &str = "__caravan/events";
const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");

/// A burst of saves ends after this much quiet; then one rebuild runs.
const QUIET: Duration = Duration::from_millis(40);
/// However long a burst goes on, a rebuild starts after this.
const MAX_WAIT: Duration = Duration::from_millis(150);

pub struct ServeOptions {
    pub root: PathBuf,
    pub interface: String,
    pub port: u16,
    pub open: bool,
    /// Poll for changes instead of using native file events.
    pub poll: bool,
    pub drafts: bool,
}

/// What a rebuild tells the open pages.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    Reload,
    /// Only stylesheets changed: swap them without a reload.
    Css,
    /// The change did not build: the message, `file:line: …` a line.
    Error(String),
    Ok,
}

impl Notice {
    fn as_event(&self) -> String {
        let (name, data) = match self {
            Notice::Reload => ("reload", "reload".to_string()),
            Notice::Css => ("css", "css".to_string()),
            Notice::Error(text) => ("build-error", text.clone()),
            Notice::Ok => ("ok", "ok".to_string()),
        };
        let data: Vec<String> = data.lines().map(|l| format!("data: {l}")).collect();
        format!("event: {name}\n{}\n\n", data.join("\n"))
    }
}

/// The open pages' event streams.
#[derive(Default, Clone)]
pub struct Broadcaster {
    listeners: Arc<Mutex<Vec<Sender<Notice>>>>,
    /// The error being shown, sent to pages that connect while it stands.
    current_error: Arc<Mutex<Option<String>>>,
}

impl Broadcaster {
    pub fn send(&self, notice: Notice) {
        match &notice {
            Notice::Error(text) => {
                *self.current_error.lock().expect("error lock") = Some(text.clone())
            }
            _ => *self.current_error.lock().expect("error lock") = None,
        }
        self.listeners
            .lock()
            .expect("listeners lock")
            .retain(|l| l.send(notice.clone()).is_ok());
    }

    fn subscribe(&self) -> Receiver<Notice> {
        let (tx, rx) = channel();
        if let Some(text) = self.current_error.lock().expect("error lock").clone() {
            let _ = tx.send(Notice::Error(text));
        }
        self.listeners.lock().expect("listeners lock").push(tx);
        rx
    }
}

/// The served site and what it was built from, kept between rebuilds.
pub struct Server {
    root: PathBuf,
    settings: Settings,
    config: Config,
    taxonomy: Taxonomy,
    renderer: Renderer,
    articles: BTreeMap<PathBuf, Arc<Article>>,
    file_errors: BTreeMap<PathBuf, Vec<Diagnostic>>,
    /// Rendered articles by source file, reused while the article is unchanged.
    cache: HashMap<PathBuf, (Arc<Article>, Arc<Prepared>)>,
    signatures: HashMap<String, u64>,
    static_paths: Vec<String>,
    pub pages: Pages,
}

/// What one rebuild did.
#[derive(Debug, Default)]
pub struct Rebuilt {
    pub rendered: usize,
    pub removed: usize,
    pub ingested: usize,
    pub css_only: bool,
    pub full: bool,
}

impl Server {
    /// Ingests new seeds and builds everything into memory.
    pub fn start(root: &Path, settings: Settings) -> Result<Server, Failed> {
        build::ingest_new_seeds(root)?;
        let (config, taxonomy, renderer) = load_setup(root, &settings)?;
        let mut server = Server {
            root: root.to_path_buf(),
            settings,
            config,
            taxonomy,
            renderer,
            articles: BTreeMap::new(),
            file_errors: BTreeMap::new(),
            cache: HashMap::new(),
            signatures: HashMap::new(),
            static_paths: Vec::new(),
            pages: Pages::default(),
        };
        server.reload_all_content();
        server.assemble(&BTreeSet::new(), true)?;
        server.copy_static()?;
        Ok(server)
    }

    fn content_dir(&self) -> PathBuf {
        self.root.join(&self.config.content_dir)
    }

    fn seeds_dir(&self) -> PathBuf {
        self.root.join(&self.config.seeds_dir)
    }

    fn reload_all_content(&mut self) {
        let loaded = content::load_dir(&self.content_dir(), &self.root, &self.taxonomy);
        self.articles = loaded
            .articles
            .into_iter()
            .map(|a| (a.source.clone(), Arc::new(a)))
            .collect();
        self.file_errors.clear();
        for e in loaded.errors {
            self.file_errors.entry(e.file.clone()).or_default().push(e);
        }
        for w in loaded.warnings {
            tell!("warning: {w}");
        }
    }

    /// Re-reads one content file (or forgets it when it is gone).
    fn reload_content_file(&mut self, path: &Path) {
        let shown = path.strip_prefix(&self.root).unwrap_or(path).to_path_buf();
        self.articles.remove(&shown);
        self.file_errors.remove(&shown);
        let Ok(bytes) = std::fs::read(path) else {
            return;
        };
        let text = String::from_utf8_lossy(&bytes);
        let (article, errors, warnings) = content::parse_article(&shown, &text, &self.taxonomy);
        warnings.iter().for_each(|w| tell!("warning: {w}"));
        if !errors.is_empty() {
            self.file_errors.insert(shown.clone(), errors);
        }
        if let Some(article) = article {
            self.articles.insert(shown, Arc::new(article));
        }
    }

    /// Groups the articles and renders every page whose inputs changed (all pages when `full`,
    /// and every page of a template in `templates`); pages that no longer exist are removed.
    fn assemble(&mut self, templates: &BTreeSet<String>, full: bool) -> Result<Rebuilt, Failed> {
        let errors: Vec<Diagnostic> = self.file_errors.values().flatten().cloned().collect();
        if !errors.is_empty() {
            return Err(Failed::new(errors));
        }
        let articles: Vec<Arc<Article>> = self
            .articles
            .values()
            .filter(|a| self.settings.drafts || !a.draft)
            .cloned()
            .collect();
        let unpublishable: Vec<Diagnostic> = articles
            .iter()
            .filter(|a| a.pair.is_empty())
            .map(build::no_pair_yet)
            .collect();
        if !unpublishable.is_empty() {
            return Err(Failed::new(unpublishable));
        }
        let site =
            Site::new(articles, &self.taxonomy, self.config.related_limit).map_err(Failed::new)?;
        let prepared: Vec<Arc<Prepared>> = (0..site.articles.len())
            .into_par_iter()
            .map(|i| {
                let article = &site.articles[i];
                match self.cache.get(&article.source) {
                    // An unchanged file keeps its Arc: the same pointer means the same article.
                    Some((cached, prepared)) if !full && Arc::ptr_eq(cached, article) => {
                        prepared.clone()
                    }
                    _ => self.renderer.prepare(&site, i),
                }
            })
            .collect();
        self.cache = site
            .articles
            .iter()
            .zip(&prepared)
            .map(|(a, p)| (a.source.clone(), (a.clone(), p.clone())))
            .collect();

        let all = self.renderer.all_pages(&site);
        let base_and_macros = templates
            .iter()
            .any(|t| !crate::render::TEMPLATES.contains(&t.as_str()) || t == "base.html");
        let signed: Vec<(Page, String, u64)> = all
            .par_iter()
            .map(|&page| {
                (
                    page,
                    self.renderer.page_path(&site, page),
                    self.renderer.signature(&site, &prepared, page),
                )
            })
            .collect();
        let stale: Vec<Page> = signed
            .iter()
            .filter(|(page, path, signature)| {
                let template = Renderer::template_of(*page);
                full || self.signatures.get(path) != Some(signature)
                    || template.is_some_and(|t| {
                        templates.contains(t) || (base_and_macros && t.ends_with(".html"))
                    })
            })
            .map(|(page, _, _)| *page)
            .collect();
        let batch = Batch::default();
        let errors = self.renderer.render_pages(&site, &prepared, &stale, &batch);
        if !errors.is_empty() {
            return Err(Failed::new(errors));
        }
        let new_signatures: HashMap<String, u64> = signed
            .into_iter()
            .map(|(_, path, sig)| (path, sig))
            .collect();
        let removed: Vec<String> = self
            .signatures
            .keys()
            .filter(|p| !new_signatures.contains_key(*p))
            .cloned()
            .collect();
        self.pages.apply(batch, &removed);
        self.signatures = new_signatures;
        Ok(Rebuilt {
            rendered: stale.len(),
            removed: removed.len(),
            full,
            ..Rebuilt::default()
        })
    }

    fn copy_static(&mut self) -> Result<usize, Failed> {
        let batch = Batch::default();
        let (paths, errors) = self.renderer.copy_static(&batch);
        if !errors.is_empty() {
            return Err(Failed::new(errors));
        }
        let removed: Vec<String> = self
            .static_paths
            .iter()
            .filter(|p| !paths.contains(p))
            .cloned()
            .collect();
        self.pages.apply(batch, &removed);
        self.static_paths = paths;
        Ok(self.static_paths.len())
    }

    /// Applies a burst of changed paths: what kind of input each is decides what is redone.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Failed> {
        let content_dir = self.content_dir();
        let seeds_dir = self.seeds_dir();
        let theme_dir = self.root.join("themes").join(&self.config.theme);
        let mut config_changed = false;
        let mut templates: BTreeSet<String> = BTreeSet::new();
        let mut statics = false;
        let mut css_only = true;
        let mut seeds: Vec<String> = Vec::new();
        let mut contents: Vec<PathBuf> = Vec::new();
        for path in changed {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if path == &self.root.join(CONFIG_FILE) || path == &self.root.join("themes.toml") {
                config_changed = true;
            } else if let Some(rel) = under(
                path,
                &[self.root.join("templates"), theme_dir.join("templates")],
            ) {
                templates.insert(rel);
            } else if under(path, &[self.root.join("static"), theme_dir.join("static")]).is_some() {
                statics = true;
                css_only &= name.ends_with(".css");
            } else if path.starts_with(&seeds_dir) {
                seeds.push(name);
            } else if path.starts_with(&content_dir) && name.ends_with(".md") {
                contents.push(path.clone());
            }
        }
        if config_changed {
            let (config, taxonomy, renderer) = load_setup(&self.root, &self.settings)?;
            self.config = config;
            self.taxonomy = taxonomy;
            self.renderer = renderer;
            self.reload_all_content();
            let mut done = self.assemble(&BTreeSet::new(), true)?;
            self.copy_static()?;
            done.full = true;
            return Ok(done);
        }
        if !templates.is_empty() || statics {
            self.renderer =
                Renderer::new(&self.root, &self.config, self.base(), true).map_err(Failed::new)?;
        }
        let mut ingested = 0;
        if !seeds.is_empty() {
            let report = ingest::run(
                &IngestOptions {
                    seeds: seeds_dir.clone(),
                    out: content_dir.clone(),
                    force: false,
                    only_new: false,
                    only: Some(seeds),
                    explain: false,
                    stream: false,
                    config: self.config.ingest.clone(),
                    shown_from: self.root.clone(),
                },
                &self.taxonomy,
            );
            tell!("{}", report.render().trim_end());
            if report.failed() {
                return Err(Failed::new(report.errors));
            }
            for s in &report.seeds {
                if let (ingest::Outcome::Written, Some(file)) = (&s.outcome, &s.file) {
                    contents.push(content_dir.join(file));
                    ingested += 1;
                }
            }
        }
        for path in &contents {
            self.reload_content_file(path);
        }
        let mut done = if !contents.is_empty() || !templates.is_empty() {
            self.assemble(&templates, false)?
        } else {
            Rebuilt::default()
        };
        if statics {
            self.copy_static()?;
            done.css_only = css_only && contents.is_empty() && templates.is_empty();
            done.rendered += 1;
        }
        done.ingested = ingested;
        Ok(done)
    }

    fn base(&self) -> BaseUrl {
        BaseUrl::parse(self.settings.base_url.as_deref().unwrap_or("/"))
    }

    /// Whether a changed path is an input of the site (a config, template, static file, seed or article).
    pub fn concerns(&self, path: &Path) -> bool {
        let theme_dir = self.root.join("themes").join(&self.config.theme);
        path == self.root.join(CONFIG_FILE)
            || path == self.root.join("themes.toml")
            || [
                self.root.join("templates"),
                self.root.join("static"),
                theme_dir,
                self.seeds_dir(),
            ]
            .iter()
            .any(|d| path.starts_with(d))
            || (path.starts_with(self.content_dir()) && path.extension().is_some_and(|x| x == "md"))
    }

    /// The folders and files to watch.
    pub fn watched(&self) -> Vec<(PathBuf, RecursiveMode)> {
        let mut list = vec![(self.root.clone(), RecursiveMode::NonRecursive)];
        for dir in [
            self.seeds_dir(),
            self.content_dir(),
            self.root.join("themes"),
            self.root.join("templates"),
            self.root.join("static"),
        ] {
            if dir.is_dir() {
                list.push((dir, RecursiveMode::Recursive));
            }
        }
        list
    }
}

fn load_setup(root: &Path, settings: &Settings) -> Result<(Config, Taxonomy, Renderer), Failed> {
    let config = Config::load(root).map_err(Failed::one)?;
    let taxonomy = Taxonomy::load(root).map_err(Failed::one)?;
    let base = BaseUrl::parse(settings.base_url.as_deref().unwrap_or("/"));
    let renderer = Renderer::new(root, &config, base, true).map_err(Failed::new)?;
    Ok((config, taxonomy, renderer))
}

/// The path of `path` below the first of `dirs` that holds it, with `/` separators.
fn under(path: &Path, dirs: &[PathBuf]) -> Option<String> {
    dirs.iter()
        .find_map(|d| path.strip_prefix(d).ok())
        .map(|rel| rel.to_string_lossy().replace('\\', "/"))
}

/// Editors' swap, backup and temporary files, and our own hidden files, are not changes.
pub fn ignored(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.is_empty()
        || name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name == "4913"
        || path.components().any(|c| {
            let c = c.as_os_str().to_string_lossy();
            c == ".git" || c == "public" || c == "target"
        })
}

/// Waits for a burst of changes to end; returns the changed paths, or None when the watcher is gone.
fn next_burst(events: &Receiver<PathBuf>) -> Option<Vec<PathBuf>> {
    let first = events.recv().ok()?;
    let started = Instant::now();
    let mut paths: BTreeSet<PathBuf> = BTreeSet::from([first]);
    loop {
        let left = MAX_WAIT.saturating_sub(started.elapsed());
        if left.is_zero() {
            break;
        }
        match events.recv_timeout(QUIET.min(left)) {
            Ok(path) => {
                paths.insert(path);
            }
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    Some(paths.into_iter().collect())
}

/// Starts a file watcher that sends every relevant changed path; polls where native events are missing.
/// Returns the watcher and the paths it watches.
fn watch(
    server: &Server,
    tx: Sender<PathBuf>,
    poll: bool,
) -> anyhow::Result<(Box<dyn Watcher + Send>, Vec<PathBuf>)> {
    let handler = move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result {
            if matches!(event.kind, notify::EventKind::Access(_)) {
                return;
            }
            for path in event.paths {
                if !ignored(&path) {
                    let _ = tx.send(path);
                }
            }
        }
    };
    let poll = poll || std::env::var_os("CARAVAN_POLL").is_some();
    let mut watcher: Box<dyn Watcher + Send> =
        match (poll, notify::recommended_watcher(handler.clone())) {
            (false, Ok(w)) => Box::new(w),
            _ => {
                tell!("watching by polling every 250 ms");
                // notify's poller sees mtimes to the second: two saves within a second would look
                // like one, so it compares contents too. Slower on big sites; never misses a save.
                let config = notify::Config::default()
                    .with_poll_interval(Duration::from_millis(250))
                    .with_compare_contents(true);
                Box::new(notify::PollWatcher::new(handler, config)?)
            }
        };
    let mut watching = Vec::new();
    for (path, mode) in server.watched() {
        watcher
            .watch(&path, mode)
            .with_context(|| format!("cannot watch {}", path.display()))?;
        watching.push(path);
    }
    Ok((watcher, watching))
}

/// Binds the first free port from `port` on.
fn bind(interface: &str, port: u16) -> anyhow::Result<(tiny_http::Server, u16)> {
    let mut last_error = None;
    for candidate in port..port.saturating_add(50) {
        match tiny_http::Server::http((interface, candidate)) {
            Ok(server) => {
                if candidate != port {
                    tell!("port {port} is busy; using {candidate}");
                }
                return Ok((server, candidate));
            }
            Err(e) => last_error = Some(e),
        }
    }
    anyhow::bail!(
        "no free port from {port} to {}: {}",
        port.saturating_add(49),
        last_error.map(|e| e.to_string()).unwrap_or_default()
    )
}

pub fn run(options: ServeOptions) -> anyhow::Result<ExitCode> {
    let (http, port) = bind(&options.interface, options.port)?;
    let host = if options.interface == "0.0.0.0" {
        "127.0.0.1"
    } else {
        options.interface.as_str()
    };
    let url = format!("http://{host}:{port}/");
    let settings = Settings {
        base_url: Some("/".into()),
        drafts: options.drafts,
        live_reload: true,
    };
    let started = Instant::now();
    let mut server = match Server::start(&options.root, settings) {
        Ok(server) => server,
        Err(failed) => {
            tell!("{failed}");
            anyhow::bail!("the site does not build; fix the errors above and run serve again");
        }
    };
    // Watch before announcing the URL: an edit made the moment the page opens is not lost.
    let (tx, rx) = channel();
    let (mut watcher, mut watching) = watch(&server, tx, options.poll)?;
    say!(
        "Built {} pages in {} ms.",
        server.pages.len(),
        started.elapsed().as_millis()
    );
    say!(
        "Serving {} at {url} (Ctrl-C stops).",
        options.root.display()
    );

    let broadcaster = Broadcaster::default();
    let pages = server.pages.clone();
    let http = Arc::new(http);
    {
        let (http, broadcaster) = (http.clone(), broadcaster.clone());
        std::thread::spawn(move || serve_http(&http, &pages, &broadcaster));
    }
    ctrlc::set_handler(move || {
        say!("\nStopped.");
        std::process::exit(0);
    })
    .context("cannot install the Ctrl-C handler")?;
    if options.open {
        if let Err(e) = open::that(&url) {
            tell!("cannot open a browser: {e}");
        }
    }

    let mut showing_error = false;
    while let Some(changed) = next_burst(&rx) {
        let started = Instant::now();
        // A folder made since the start (static/, templates/) is watched from now on, and the
        // files already in it count as changed: they may have landed before the watch did.
        let mut changed = changed;
        for (path, mode) in server.watched() {
            if !watching.contains(&path) && watcher.watch(&path, mode).is_ok() {
                changed.extend(
                    walkdir::WalkDir::new(&path)
                        .into_iter()
                        .filter_map(Result::ok)
                        .filter(|e| e.file_type().is_file() && !ignored(e.path()))
                        .map(|e| e.into_path()),
                );
                watching.push(path);
            }
        }
        let relevant: Vec<PathBuf> = changed
            .iter()
            .filter(|p| server.concerns(p))
            .cloned()
            .collect();
        match server.rebuild(&relevant) {
            Ok(done) if done.rendered == 0 && done.removed == 0 => {
                if std::mem::take(&mut showing_error) {
                    broadcaster.send(Notice::Reload);
                }
            }
            Ok(done) => {
                showing_error = false;
                say!(
                    "{} changed: rendered {} page{}, removed {}{}{} in {} ms",
                    describe(&relevant, &options.root),
                    done.rendered,
                    if done.rendered == 1 { "" } else { "s" },
                    done.removed,
                    if done.ingested > 0 {
                        format!(", ingested {}", done.ingested)
                    } else {
                        String::new()
                    },
                    if done.full { " (full rebuild)" } else { "" },
                    started.elapsed().as_millis()
                );
                broadcaster.send(if done.css_only {
                    Notice::Css
                } else {
                    Notice::Reload
                });
            }
            Err(failed) => {
                showing_error = true;
                tell!("{failed}");
                tell!("the last good version stays served; fix the file and save again.");
                let text: Vec<String> = failed.errors.iter().map(|e| e.to_string()).collect();
                broadcaster.send(Notice::Error(text.join("\n")));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(changed: &[PathBuf], root: &Path) -> String {
    let names: Vec<String> = changed
        .iter()
        .take(3)
        .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
        .collect();
    match changed.len() {
        n if n > 3 => format!("{} and {} more", names.join(", "), n - 3),
        _ => names.join(", "),
    }
}

fn serve_http(http: &tiny_http::Server, pages: &Pages, broadcaster: &Broadcaster) {
    for request in http.incoming_requests() {
        let pages = pages.clone();
        let broadcaster = broadcaster.clone();
        std::thread::spawn(move || respond(request, &pages, &broadcaster));
    }
}

/// What a request path resolves to.
#[derive(Debug, PartialEq)]
pub enum Resolved {
    File(String),
    Redirect(String),
    Refused,
    NotFound,
    LiveReload,
    Events,
}

/// Maps a request URL to a site path; anything that tries to leave the site is refused.
pub fn resolve(url: &str, exists: impl Fn(&str) -> bool) -> Resolved {
    let raw = url.split(['?', '#']).next().unwrap_or("");
    let lower = raw.to_ascii_lowercase();
    if !raw.starts_with('/')
        || lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%00")
    {
        return Resolved::Refused;
    }
    let Ok(decoded) = percent_encoding::percent_decode_str(raw).decode_utf8() else {
        return Resolved::Refused;
    };
    if decoded.contains('\\') || decoded.split('/').any(|seg| seg == ".." || seg == ".") {
        return Resolved::Refused;
    }
    let path = decoded.trim_start_matches('/');
    if path == LIVE_RELOAD_PATH {
        return Resolved::LiveReload;
    }
    if path == EVENTS_PATH {
        return Resolved::Events;
    }
    if path.is_empty() || path.ends_with('/') {
        let index = format!("{path}index.html");
        return if exists(&index) {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if exists(path) {
        return Resolved::File(path.to_string());
    }
    if exists(&format!("{path}/index.html")) {
        return Resolved::Redirect(format!("/{path}/"));
    }
    Resolved::NotFound
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn content_type(path: &str) -> String {
    if path.ends_with(".xml") && path.contains("atom") {
        return "application/atom+xml; charset=utf-8".into();
    }
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    match mime.type_() {
        mime_guess::mime::TEXT => format!("{mime}; charset=utf-8"),
        _ if mime.subtype() == "xml" || mime.subtype() == "javascript" => {
            format!("{mime}; charset=utf-8")
        }
        _ => mime.to_string(),
    }
}

fn respond(request: tiny_http::Request, pages: &Pages, broadcaster: &Broadcaster) {
    let resolved = resolve(request.url(), |p| pages.get(p).is_some());
    let no_store = header("Cache-Control", "no-store");
    let result = match resolved {
        Resolved::File(path) => {
            let bytes = pages
                .get(&path)
                .map(|b| b.as_ref().clone())
                .unwrap_or_default();
            request.respond(
                tiny_http::Response::from_data(bytes)
                    .with_header(header("Content-Type", &content_type(&path)))
                    .with_header(no_store),
            )
        }
        Resolved::Redirect(to) => {
            request.respond(tiny_http::Response::empty(301).with_header(header("Location", &to)))
        }
        Resolved::Refused => request.respond(
            tiny_http::Response::from_string("403 forbidden: outside the site\n")
                .with_status_code(403)
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        ),
        Resolved::NotFound => {
            let body = pages
                .get("404.html")
                .map(|b| b.as_ref().clone())
                .unwrap_or_else(|| b"404 not found\n".to_vec());
            request.respond(
                tiny_http::Response::from_data(body)
                    .with_status_code(404)
                    .with_header(header("Content-Type", "text/html; charset=utf-8"))
                    .with_header(no_store),
            )
        }
        Resolved::LiveReload => request.respond(
            tiny_http::Response::from_string(LIVE_RELOAD_JS)
                .with_header(header("Content-Type", "text/javascript; charset=utf-8"))
                .with_header(no_store),
        ),
        Resolved::Events => {
            stream_events(request, broadcaster);
            Ok(())
        }
    };
    let _ = result;
}

/// A server-sent event stream: one event per rebuild, a comment every 15 s to keep it open.
fn stream_events(request: tiny_http::Request, broadcaster: &Broadcaster) {
    use std::io::Write;
    let notices = broadcaster.subscribe();
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n: caravan live reload\n\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|_| writer.flush())
        .is_err()
    {
        return;
    }
    loop {
        let text = match notices.recv_timeout(Duration::from_secs(15)) {
            Ok(notice) => notice.as_event(),
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if writer
            .write_all(text.as_bytes())
            .and_then(|_| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_directories_and_refuses_traversal() {
        let exists = |p: &str| ["index.html", "a/index.html", "style.css"].contains(&p);
        assert_eq!(resolve("/", exists), Resolved::File("index.html".into()));
        assert_eq!(
            resolve("/a/?x=1", exists),
            Resolved::File("a/index.html".into())
        );
        assert_eq!(resolve("/a", exists), Resolved::Redirect("/a/".into()));
        assert_eq!(
            resolve("/style.css", exists),
            Resolved::File("style.css".into())
        );
        assert_eq!(resolve("/nope", exists), Resolved::NotFound);
        for bad in [
            "/../etc/passwd",
            "/a/../../x",
            "/%2e%2e/etc/passwd",
            "/a%2f..%2fx",
            "/..%5cx",
            "/a/./b",
        ] {
            assert_eq!(resolve(bad, exists), Resolved::Refused, "{bad}");
        }
    }

    #[test]
    fn editor_files_are_ignored() {
        for name in [
            "x.md~",
            ".x.md.swp",
            "#x.md#",
            "4913",
            ".caravan-ingest.toml",
            "x.tmp",
        ] {
            assert!(ignored(Path::new(name)), "{name}");
        }
        assert!(!ignored(Path::new("content/x.md")));
    }

    #[test]
    fn notices_are_server_sent_events() {
        assert_eq!(Notice::Reload.as_event(), "event: reload\ndata: reload\n\n");
        assert_eq!(
            Notice::Error("a\nb".into()).as_event(),
            "event: build-error\ndata: a\ndata: b\n\n"
        );
    }
}
