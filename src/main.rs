//! The command line: parses arguments and hands over to the library.

use anyhow::Result;
use caravan::build::{self, BuildOptions};
use caravan::pipeline::Settings;
use caravan::{ingest, say, serve, tell};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

// Ingest and build allocate many small strings from several threads; mimalloc is faster at that
// than the system allocator and keeps peak memory lower.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "caravan",
    version,
    about = "Build cooperation digests: ingest scraped articles, render a themed static site, preview it live."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest new seeds, then build the site into the output folder (replaced only on success).
    Build {
        /// The site's root folder (holds caravan.toml, seeds/, content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public].
        #[arg(long)]
        output_dir: Option<PathBuf>,
        /// Base URL the site is served from, e.g. https://example.org/digest/ [default: the config's base_url].
        #[arg(long)]
        base_url: Option<String>,
        /// Include articles marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// Ignore the record of the last build: render every file and replace the output folder whole
        /// (files caravan did not write go too).
        #[arg(long)]
        clean: bool,
        /// Print where the build's time went, stage by stage.
        #[arg(long)]
        timings: bool,
    },
    /// Do everything build does, templates included, but write nothing; exit non-zero on any error.
    Check {
        /// The site's root folder (holds caravan.toml, content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Base URL the site is served from [default: the config's base_url].
        #[arg(long)]
        base_url: Option<String>,
        /// Include articles marked `draft = true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Turn raw scraped articles into Markdown with front matter, and report what each one lacks.
    Ingest {
        /// Folder of raw articles, or one raw article to read alone.
        #[arg(default_value = "seeds")]
        seeds_dir: PathBuf,
        /// Folder for the content files.
        #[arg(long = "out", default_value = "content")]
        out: PathBuf,
        /// Overwrite content files even where a person has edited them since ingest wrote them.
        #[arg(long)]
        force: bool,
        /// The site root whose caravan.toml configures ingest.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Show each seed's theme evidence, country scores and the page as read: which line
        /// became the headline, where the article starts and ends, and the dates passed over.
        #[arg(long)]
        explain: bool,
    },
    /// Build, serve over HTTP and rebuild on every change, reloading open pages.
    Serve {
        /// The site's root folder (holds caravan.toml, seeds/, content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Address to bind; loopback by default.
        #[arg(long, default_value = "127.0.0.1")]
        interface: String,
        /// Port to try first; a busy port moves to the next free one.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Watch by polling instead of native file events (network or container file systems).
        #[arg(long)]
        poll: bool,
        /// Include articles marked `draft = true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Scaffold a new digest (config, seeds/, content/, the default theme) that builds at once.
    Init {
        /// The folder to create.
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            tell!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build {
            root,
            output_dir,
            base_url,
            drafts,
            clean,
            timings,
        } => Ok(build::run_command(&BuildOptions {
            root,
            output_dir,
            settings: Settings { base_url, drafts },
            check_only: false,
            clean,
            timings,
        })),
        Command::Check {
            root,
            base_url,
            drafts,
        } => Ok(build::run_command(&BuildOptions {
            root,
            output_dir: None,
            settings: Settings { base_url, drafts },
            check_only: true,
            clean: false,
            timings: false,
        })),
        Command::Ingest {
            seeds_dir,
            out,
            force,
            root,
            explain,
        } => ingest::run_command(&root, seeds_dir, out, force, explain),
        Command::Serve {
            root,
            interface,
            port,
            open,
            poll,
            drafts,
        } => serve::run(serve::ServeOptions {
            root,
            interface,
            port,
            open,
            poll,
            drafts,
        }),
        Command::Init { dir } => {
            caravan::build::init(&dir)?;
            say!(
                "Created a new digest in {}. Build it with: cd {} && caravan build",
                dir.display(),
                dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
