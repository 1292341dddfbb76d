//! One pass of the pipeline: ingest new seeds, read content, group, render, and swap the output
//! in atomically. `check` runs the same pass and writes nothing.

use crate::config::{BaseUrl, Config};
use crate::content;
use crate::diagnostics::{Diagnostic, Failed};
use crate::ingest::{self, IngestOptions, IngestReport};
use crate::output::{NullSink, Sink, Staging};
use crate::render::{Prepared, Renderer};
use crate::site::Site;
use crate::taxonomy::Taxonomy;
use crate::{say, tell};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a build needs besides the site's own files.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Overrides the config's base_url.
    pub base_url: Option<String>,
    /// Include articles marked `draft = true`.
    pub drafts: bool,
    /// Serve mode: inject the live-reload script.
    pub live_reload: bool,
}

/// A site read, validated and grouped, ready to render any of its pages.
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    pub taxonomy: Taxonomy,
    pub renderer: Renderer,
    pub site: Site,
    pub prepared: Vec<std::sync::Arc<Prepared>>,
    pub warnings: Vec<Diagnostic>,
}

impl Project {
    /// Reads everything; fails with every error found in config, templates and content.
    pub fn load(root: &Path, settings: &Settings) -> Result<Project, Failed> {
        let config = Config::load(root).map_err(Failed::one)?;
        let taxonomy = Taxonomy::load(root).map_err(Failed::one)?;
        let base = BaseUrl::parse(settings.base_url.as_deref().unwrap_or(&config.base_url));
        let renderer = Renderer::new(root, &config, base, settings.live_reload);
        let loaded = content::load_dir(&root.join(&config.content_dir), root, &taxonomy);
        let mut errors = loaded.errors;
        let renderer = match renderer {
            Ok(r) => Some(r),
            Err(template_errors) => {
                errors.extend(template_errors);
                None
            }
        };
        let articles: Vec<_> = loaded
            .articles
            .into_iter()
            .filter(|a| settings.drafts || !a.draft)
            .map(std::sync::Arc::new)
            .collect();
        errors.extend(
            articles
                .iter()
                .filter(|a| a.pair.is_empty())
                .map(no_pair_yet),
        );
        let site = Site::new(articles, &taxonomy, config.related_limit);
        let site = match site {
            Ok(site) if errors.is_empty() => site,
            Ok(_) => return Err(Failed::new(errors)),
            Err(slug_errors) => {
                errors.extend(slug_errors);
                return Err(Failed::new(errors));
            }
        };
        let renderer = renderer.expect("no errors means the templates loaded");
        let prepared = renderer.prepare_all(&site);
        let mut warnings = loaded.warnings;
        warnings.sort();
        Ok(Project {
            root: root.to_path_buf(),
            config,
            taxonomy,
            renderer,
            site,
            prepared,
            warnings,
        })
    }

    /// Renders every page and static file into `sink`; returns the number of files.
    pub fn render_all(&self, sink: &dyn Sink) -> Result<usize, Failed> {
        let pages = self.renderer.all_pages(&self.site);
        let mut errors = self
            .renderer
            .render_pages(&self.site, &self.prepared, &pages, sink);
        let (statics, static_errors) = self.renderer.copy_static(sink);
        errors.extend(static_errors);
        if errors.is_empty() {
            Ok(pages.len() + statics.len())
        } else {
            Err(Failed::new(errors))
        }
    }
}

/// A draft without countries cannot be published, even with `--drafts`.
pub fn no_pair_yet(article: &std::sync::Arc<crate::content::Article>) -> Diagnostic {
    Diagnostic::new(
        &article.source,
        None,
        "this draft has no `pair` yet: add one or two ISO 3166-1 codes before publishing it",
    )
}

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `ROOT/public`.
    pub output_dir: Option<PathBuf>,
    pub settings: Settings,
    /// Render everything but write nothing (`caravan check`).
    pub check_only: bool,
}

#[derive(Debug)]
pub struct BuildSummary {
    pub articles: usize,
    pub files: usize,
    pub output_dir: Option<PathBuf>,
    pub warnings: Vec<Diagnostic>,
    pub ingest: Option<IngestReport>,
    pub elapsed: Duration,
}

/// Ingests seeds that have no content file yet (when the config allows it).
pub fn ingest_new_seeds(root: &Path) -> Result<Option<IngestReport>, Failed> {
    let config = Config::load(root).map_err(Failed::one)?;
    let seeds = root.join(&config.seeds_dir);
    if !config.ingest_on_build || !seeds.is_dir() {
        return Ok(None);
    }
    let taxonomy = Taxonomy::load(root).map_err(Failed::one)?;
    let options = IngestOptions {
        seeds,
        out: root.join(&config.content_dir),
        force: false,
        only_new: true,
        only: None,
        explain: false,
        stream: false,
        config: config.ingest.clone(),
        shown_from: root.to_path_buf(),
    };
    let report = ingest::run(&options, &taxonomy);
    if report.failed() {
        return Err(Failed::new(report.errors.clone()));
    }
    Ok(Some(report))
}

pub fn build(options: &BuildOptions) -> Result<BuildSummary, Failed> {
    let started = Instant::now();
    let ingest = if options.check_only {
        None
    } else {
        ingest_new_seeds(&options.root)?
    };
    let project = Project::load(&options.root, &options.settings)?;
    let (files, output_dir) = if options.check_only {
        (project.render_all(&NullSink)?, None)
    } else {
        let target = options
            .output_dir
            .clone()
            .unwrap_or_else(|| options.root.join("public"));
        let staging = Staging::new(&target).map_err(|e| {
            Failed::one(Diagnostic::new(
                &target,
                None,
                format!("cannot prepare the output folder: {e}"),
            ))
        })?;
        let files = project.render_all(&staging)?;
        staging.commit().map_err(|e| {
            Failed::one(Diagnostic::new(
                &target,
                None,
                format!("cannot replace the output folder: {e}"),
            ))
        })?;
        (files, Some(target))
    };
    Ok(BuildSummary {
        articles: project.site.articles.len(),
        files,
        output_dir,
        warnings: project.warnings,
        ingest,
        elapsed: started.elapsed(),
    })
}

/// Runs build or check as a command: prints warnings, the ingest report, every error, and a summary.
pub fn run_command(options: &BuildOptions) -> std::process::ExitCode {
    match build(options) {
        Ok(summary) => {
            if let Some(report) = &summary.ingest {
                if report.written() > 0 || !report.warnings.is_empty() {
                    tell!("{}", report.render().trim_end());
                }
            }
            for warning in &summary.warnings {
                tell!("warning: {warning}");
            }
            let verb = if options.check_only {
                "Checked"
            } else {
                "Built"
            };
            let place = summary
                .output_dir
                .as_ref()
                .map(|d| format!(" into {}", d.display()))
                .unwrap_or_default();
            say!(
                "{verb} {} articles, {} files{place} in {} ms.",
                summary.articles,
                summary.files,
                summary.elapsed.as_millis()
            );
            if let Some(dir) = &summary.output_dir {
                say!(
                    "Preview it with `caravan serve --root {}` (in a checkout: `cargo run --release -- serve`), or serve {} with any static web server.",
                    options.root.display(),
                    dir.display()
                );
            }
            std::process::ExitCode::SUCCESS
        }
        Err(failed) => {
            tell!("{failed}");
            tell!(
                "{} failed with {} error{}; {}",
                if options.check_only { "check" } else { "build" },
                failed.errors.len(),
                if failed.errors.len() == 1 { "" } else { "s" },
                if options.check_only {
                    "nothing was written."
                } else {
                    "the previous output is untouched."
                }
            );
            std::process::ExitCode::FAILURE
        }
    }
}

/// `caravan init DIR`: a config, empty seeds/ and content/, and the default theme.
pub fn init(dir: &Path) -> anyhow::Result<()> {
    use anyhow::Context as _;
    if dir.join(crate::config::CONFIG_FILE).exists() {
        anyhow::bail!(
            "{} already holds a caravan.toml: choose an empty folder",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir.join("seeds"))
        .with_context(|| format!("cannot create {}", dir.display()))?;
    std::fs::create_dir_all(dir.join("content"))?;
    std::fs::create_dir_all(dir.join("templates"))?;
    std::fs::create_dir_all(dir.join("static"))?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "Cooperation digest".into());
    std::fs::write(
        dir.join(crate::config::CONFIG_FILE),
        format!(
            "# caravan site configuration: every key is optional.\ntitle = \"{}\"\ndescription = \"News about cooperation between countries.\"\nbase_url = \"http://127.0.0.1:1111/\"\nlanguage = \"en\"\ntheme = \"default\"\npaginate_by = 20\n",
            name.replace('"', "")
        ),
    )?;
    crate::render::write_default_theme(&dir.join("themes").join("default"))?;
    Ok(())
}
