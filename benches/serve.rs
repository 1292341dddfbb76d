//! Edit-to-reload latency of `caravan serve`: the time from writing an article to the reload
//! event reaching an open page, on the bundled digest and on a generated 10,000-article digest,
//! next to the full build time of each.
//!
//! cargo bench --bench serve             (10,000 articles, 10 edits each)
//! cargo bench --bench serve -- 100000 5  (another size and number of edits)
//!
//! Also reports serve's start time (until it listens) and its peak and final memory.

mod common;
#[path = "../tests/common/mod.rs"]
mod fixtures;
use common::*;
use fixtures::server::{next_event, start};
use std::path::Path;
use std::time::Instant;

/// What one serve session showed: start time (until it listens), edit→reload samples, and
/// peak and final memory.
struct Session {
    start_ms: f64,
    samples: Vec<f64>,
    memory_mib: (f64, f64),
}

fn latency(root: &Path, article: &Path, edits: usize) -> Session {
    let started = Instant::now();
    let serve = start(root);
    let start_ms = started.elapsed().as_secs_f64() * 1000.0;
    let events = serve.events();
    let original = std::fs::read_to_string(article).unwrap();
    let mut samples = Vec::new();
    for k in 0..edits {
        std::thread::sleep(std::time::Duration::from_millis(300));
        let started = Instant::now();
        std::fs::write(article, format!("{original}\nEdit number {k}.\n")).unwrap();
        let (name, _) = next_event(&serve, &events);
        assert_eq!(name, "reload");
        samples.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    std::fs::write(article, original).unwrap();
    Session {
        start_ms,
        samples,
        memory_mib: serve.memory_mib(),
    }
}

fn report(label: &str, root: &Path, article: &Path, edits: usize) {
    let bin = env!("CARGO_BIN_EXE_caravan");
    let out = root.join("bench-public");
    let build = measure(
        bin,
        &[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output-dir",
            out.to_str().unwrap(),
        ],
    );
    let session = latency(root, article, edits);
    let samples = &session.samples;
    let (min, max) = samples
        .iter()
        .fold((f64::MAX, 0.0_f64), |(a, b), &x| (a.min(x), b.max(x)));
    println!(
        "{label:<28} full build {:>7.0} ms ({:.0} MiB) | serve start {:>7.0} ms, memory peak {:.0} MiB, after the edits {:.0} MiB | edit→reload median {:>5.0} ms (min {:.0}, max {:.0}, {} edits)",
        build.seconds * 1000.0,
        build.peak_kib as f64 / 1024.0,
        session.start_ms,
        session.memory_mib.0,
        session.memory_mib.1,
        median(samples.clone()),
        min,
        max,
        samples.len()
    );
}

fn main() {
    let args = numeric_args();
    let articles = args.first().copied().unwrap_or(10_000);
    let edits = args.get(1).copied().unwrap_or(10);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));

    let bundled = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo.join("caravan.toml"),
        bundled.path().join("caravan.toml"),
    )
    .unwrap();
    for dir in ["content", "seeds"] {
        std::fs::create_dir_all(bundled.path().join(dir)).unwrap();
        for f in std::fs::read_dir(repo.join(dir))
            .unwrap()
            .filter_map(Result::ok)
        {
            std::fs::copy(f.path(), bundled.path().join(dir).join(f.file_name())).unwrap();
        }
    }
    let first = std::fs::read_dir(bundled.path().join("content"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "md"))
        .unwrap();
    report("bundled digest (5 articles)", bundled.path(), &first, edits);

    let Some(gen) = gen_corpus() else {
        eprintln!("../shared/tools/gen-corpus not found: skipping the generated digest");
        return;
    };
    let big = tempfile::tempdir().unwrap();
    generate(&gen, articles, big.path(), "caravan");
    let article = big.path().join("content/article-000500.md");
    report(
        &format!("generated ({articles} articles)"),
        big.path(),
        &article,
        edits,
    );
}
