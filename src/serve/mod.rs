//! `caravan serve`: builds into memory, serves over HTTP, watches the inputs and rebuilds what a
//! change affects, then tells open pages to reload (server-sent events).
//!
//! Pages live in memory ([`Pages`]): a rebuild renders into a batch and lands it under one lock,
//! so a reader never sees half a rebuild, the reload is sent only after the new pages are served,
//! and nothing is left on disk when the server stops.

pub mod http;

use crate::diagnostics::Failed;
use crate::ingest;
use crate::output::memory::{Batch, Pages};
use crate::output::Sink;
use crate::pipeline::{self, Assembled, Changes, Inputs, Plan, Planned, Settings};
use crate::{say, tell};
use anyhow::Context as _;
use notify::{RecursiveMode, Watcher};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the live-reload script is served; build output never links it.
pub const LIVE_RELOAD_PATH: &str = "__caravan/live.js";
pub(crate) const EVENTS_PATH: &str = "__caravan/events";
pub(crate) const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");

/// A burst of saves ends after this much quiet; then one rebuild runs. An editor's save (write,
/// rename, swap files) lands within a few milliseconds; a checkout of many files keeps extending it.
const QUIET: Duration = Duration::from_millis(10);
/// However long a burst goes on, a rebuild starts after this.
const MAX_WAIT: Duration = Duration::from_millis(120);

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

    pub(crate) fn subscribe(&self) -> Receiver<Notice> {
        let (tx, rx) = channel();
        if let Some(text) = self.current_error.lock().expect("error lock").clone() {
            let _ = tx.send(Notice::Error(text));
        }
        self.listeners.lock().expect("listeners lock").push(tx);
        rx
    }
}

/// The served site and the inputs it was built from, kept between rebuilds.
pub struct Server {
    inputs: Inputs,
    /// Fingerprints of the pages held, by site path: what the next rebuild compares against.
    fingerprints: HashMap<String, u64>,
    /// The last site assembled and its plan, while they are what is served: an edit to an
    /// article's text then re-takes only the fingerprints of the pages that show it.
    last: Option<(Assembled, Plan)>,
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
        let mut inputs = Inputs::load(root, settings)?;
        if inputs.config.ingest_on_build && inputs.layout.seeds.is_dir() {
            let report = inputs.ingest(None)?;
            let content: Vec<PathBuf> = report
                .seeds
                .iter()
                .filter(|s| s.outcome == ingest::Outcome::Written)
                .filter_map(|s| s.file.as_ref().map(|f| inputs.layout.content.join(f)))
                .collect();
            if !content.is_empty() {
                tell!("{}", report.render().trim_end());
            }
            inputs.apply(&Changes {
                content,
                ..Changes::default()
            })?;
        }
        let mut server = Server {
            inputs,
            fingerprints: HashMap::new(),
            last: None,
            pages: Pages::default(),
        };
        server.refresh()?;
        Ok(server)
    }

    /// The site's canonical root.
    pub fn root(&self) -> &Path {
        self.inputs.root()
    }

    /// Assembles the site and renders every page whose fingerprint changed; pages that no longer
    /// exist are removed. Returns the site paths rendered and the number removed.
    fn refresh(&mut self) -> Result<(Vec<String>, usize), Failed> {
        self.last = None;
        let assembled = self.inputs.assemble();
        for w in std::mem::take(&mut self.inputs.warnings) {
            tell!("warning: {w}");
        }
        let assembled = assembled?;
        let renderer = self
            .inputs
            .renderer()
            .expect("assembled inputs have a renderer");
        let plan = pipeline::plan(renderer, &assembled);
        let update = pipeline::diff(&plan, &self.fingerprints);
        self.put(&assembled, &update.stale, &update.removed)?;
        self.fingerprints = update.fingerprints;
        self.last = Some((assembled, plan));
        Ok((
            update.stale.into_iter().map(|p| p.path).collect(),
            update.removed.len(),
        ))
    }

    /// Takes edits to articles' text in without assembling the site again (see
    /// [`Inputs::patch`]); None when the edits need a [`Server::refresh`].
    fn refresh_articles(&mut self, paths: &[PathBuf]) -> Option<Result<Vec<String>, Failed>> {
        let (mut assembled, mut plan) = self.last.take()?;
        let Some(changed) = self.inputs.patch(&mut assembled, paths) else {
            self.last = Some((assembled, plan));
            return None;
        };
        for w in std::mem::take(&mut self.inputs.warnings) {
            tell!("warning: {w}");
        }
        let stale: Vec<Planned> = plan
            .refresh(&assembled.prepared, &changed)
            .into_iter()
            .map(|file| &plan.files[file])
            .filter(|p| self.fingerprints.get(&p.path) != Some(&p.fingerprint))
            .cloned()
            .collect();
        if let Err(failed) = self.put(&assembled, &stale, &[]) {
            return Some(Err(failed));
        }
        for p in &stale {
            self.fingerprints.insert(p.path.clone(), p.fingerprint);
        }
        self.last = Some((assembled, plan));
        Some(Ok(stale.into_iter().map(|p| p.path).collect()))
    }

    /// Renders `stale` and puts it in place of what is served, with `removed` gone.
    fn put(
        &mut self,
        assembled: &Assembled,
        stale: &[Planned],
        removed: &[String],
    ) -> Result<(), Failed> {
        let renderer = self
            .inputs
            .renderer()
            .expect("assembled inputs have a renderer");
        let batch = LiveReloadBatch {
            batch: Batch::default(),
            script: format!(
                "<script src=\"{}\" defer></script>",
                renderer.base.link(LIVE_RELOAD_PATH)
            ),
        };
        pipeline::render(renderer, assembled, stale, &batch)?;
        self.pages.apply(batch.batch, removed);
        Ok(())
    }

    /// Applies a burst of changed paths (absolute, as the watcher reports them).
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Failed> {
        let changes = self.inputs.classify(changed);
        if changes.is_empty() {
            return Ok(Rebuilt::default());
        }
        let report = self.inputs.apply(&changes)?;
        let ingested = report.as_ref().map_or(0, |r| r.written());
        if let Some(report) = report {
            tell!("{}", report.render().trim_end());
        }
        let only_text = !changes.setup && !changes.theme && changes.seeds.is_empty();
        let (rendered, removed) = match only_text
            .then(|| self.refresh_articles(&changes.content))
            .flatten()
        {
            Some(rendered) => (rendered?, 0),
            None => self.refresh()?,
        };
        Ok(Rebuilt {
            css_only: changes.css_only
                && removed == 0
                && rendered.iter().all(|p| p.ends_with(".css")),
            rendered: rendered.len(),
            removed,
            ingested,
            full: changes.setup,
        })
    }

    /// Whether a changed path is an input of the site.
    pub fn concerns(&self, path: &Path) -> bool {
        self.inputs.concerns(path)
    }

    /// The folders to watch: the root itself (config, taxonomy) and the input folders below it.
    pub fn watched(&self) -> Vec<(PathBuf, RecursiveMode)> {
        let mut list = vec![(self.root().to_path_buf(), RecursiveMode::NonRecursive)];
        list.extend(
            self.inputs
                .watched()
                .into_iter()
                .map(|d| (d, RecursiveMode::Recursive)),
        );
        list
    }
}

/// serve's sink: pages gather in a batch, and every HTML page gets the live-reload script.
struct LiveReloadBatch {
    batch: Batch,
    script: String,
}

impl Sink for LiveReloadBatch {
    fn put(&self, site_path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        if !site_path.ends_with(".html") {
            return self.batch.put(site_path, bytes);
        }
        let html = String::from_utf8_lossy(&bytes);
        let injected = match html.rfind("</body>") {
            Some(at) => format!("{}{}{}", &html[..at], self.script, &html[at..]),
            None => format!("{html}{}", self.script),
        };
        self.batch.put(site_path, injected.into_bytes())
    }
}

/// Editors' swap, backup and temporary files, our own hidden files, and anything below the
/// site's `public/`, `target/` or `.git/` are not changes. Only the part of `path` below `root`
/// is looked at: a site may live in a folder named `target`.
pub fn ignored(path: &Path, root: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let below = path.strip_prefix(root).unwrap_or(path);
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
        || below.components().any(|c| {
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
    let root = server.root().to_path_buf();
    let handler = move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result {
            if matches!(event.kind, notify::EventKind::Access(_)) {
                return;
            }
            for path in event.paths {
                if !ignored(&path, &root) {
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
        server.root().display()
    );

    let broadcaster = Broadcaster::default();
    let pages = server.pages.clone();
    let http = Arc::new(http);
    {
        let (http, broadcaster) = (http.clone(), broadcaster.clone());
        std::thread::spawn(move || http::serve_http(&http, &pages, &broadcaster));
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
                        .filter(|e| e.file_type().is_file() && !ignored(e.path(), server.root()))
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
                    describe(&relevant, server.root()),
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

#[cfg(test)]
mod tests {
    use super::*;

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
            assert!(ignored(Path::new(name), Path::new("/site")), "{name}");
        }
        let root = Path::new("/home/me/target/digest");
        assert!(!ignored(&root.join("content/x.md"), root));
        assert!(ignored(&root.join("public/x.html"), root));
        assert!(ignored(&root.join("target/x"), root));
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
