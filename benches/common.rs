//! Shared by the benchmarks: timing a command with /usr/bin/time, and counting files.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::Instant;

pub struct Measured {
    pub seconds: f64,
    /// User plus system CPU time.
    pub cpu_seconds: f64,
    pub peak_kib: u64,
    pub ok: bool,
    pub stdout: String,
}

/// Runs a command under `/usr/bin/time -v` and reads wall time and peak resident memory.
/// Dirty pages are flushed first, so that no run pays for writing back the previous one's
/// output (or the deletion of it): with Hugo at 100,000 articles that is gigabytes.
pub fn measure(program: &str, args: &[&str]) -> Measured {
    let _ = Command::new("sync").status();
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(program)
        .args(args)
        .output()
        .expect("/usr/bin/time runs (apt-get install time)");
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let peak_kib = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let field = |name: &str| -> f64 {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0)
    };
    let cpu_seconds = field("User time (seconds): ") + field("System time (seconds): ");
    if !out.status.success() {
        eprintln!(
            "{program} failed:\n{}",
            stderr
                .chars()
                .rev()
                .take(2000)
                .collect::<String>()
                .chars()
                .rev()
                .collect::<String>()
        );
    }
    Measured {
        seconds,
        cpu_seconds,
        peak_kib,
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

pub fn count_files(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count()
}

pub fn count_pages(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .count()
}

pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

/// `../shared/tools/gen-corpus`, beside the checkout.
pub fn gen_corpus() -> Option<std::path::PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/gen-corpus");
    path.is_file().then_some(path)
}

/// Runs gen-corpus: `articles` articles into `dir`, in `format` (caravan, hugo or zola).
pub fn generate(gen: &Path, articles: usize, dir: &Path, format: &str) {
    let ok = std::process::Command::new("python3")
        .arg(gen)
        .args([
            &articles.to_string(),
            dir.to_str().unwrap(),
            "--format",
            format,
        ])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "gen-corpus --format {format} failed");
}

/// The numbers given after `cargo bench --bench NAME --`.
pub fn numeric_args() -> Vec<usize> {
    std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect()
}
