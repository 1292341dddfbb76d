//! The stages of one serve rebuild at scale, in process: grouping the site (`assemble`, with
//! every article's rendering reused) and fingerprinting every page (`plan`). Medians of repeats.
//! Then, by kind of page on one thread, the time to take shapes and to render, and the bytes
//! rendered (the search index's build time and size among them).
//!
//! cargo bench --bench rebuild [-- ARTICLES REPEATS]     (default 10,000 articles, 7 repeats)

mod common;
use caravan::pipeline::{self, Inputs, Settings};
use common::*;
use std::time::Instant;

fn main() {
    let args = numeric_args();
    let articles = args.first().copied().unwrap_or(10_000);
    let repeats = args.get(1).copied().unwrap_or(7);
    let Some(gen) = gen_corpus() else {
        eprintln!("../shared/tools/gen-corpus not found beside the checkout");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    generate(&gen, articles, dir.path(), "caravan");
    let mut inputs = Inputs::load(dir.path(), Settings::default()).unwrap();
    inputs.assemble().unwrap();
    let (mut assemble, mut plan) = (Vec::new(), Vec::new());
    for _ in 0..repeats {
        let started = Instant::now();
        let assembled = inputs.assemble().unwrap();
        assemble.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        let planned = pipeline::plan(inputs.renderer().unwrap(), &assembled);
        plan.push(started.elapsed().as_secs_f64() * 1000.0);
        assert!(!planned.is_empty());
    }
    // Where plan's and rendering's time goes, by kind of page (one thread).
    let assembled = inputs.assemble().unwrap();
    let renderer = inputs.renderer().unwrap();
    let mut by_kind: std::collections::BTreeMap<String, (usize, f64, f64, usize)> =
        Default::default();
    for page in renderer.pages(&assembled.site) {
        let kind = format!("{page:?}").split('(').next().unwrap().to_string();
        let started = Instant::now();
        let path = renderer.path(&assembled.site, page);
        renderer.shape(&assembled.site, &assembled.prepared, page, &path);
        let shape_ms = started.elapsed().as_secs_f64() * 1000.0;
        let started = Instant::now();
        let bytes = renderer
            .render(&assembled.site, &assembled.prepared, page)
            .unwrap()
            .len();
        let entry = by_kind.entry(kind).or_default();
        entry.0 += 1;
        entry.1 += shape_ms;
        entry.2 += started.elapsed().as_secs_f64() * 1000.0;
        entry.3 += bytes;
    }
    for (kind, (count, shape_ms, render_ms, bytes)) in &by_kind {
        println!(
            "  {kind:<14} {count:>6} pages  shape {shape_ms:>8.1} ms  render {render_ms:>8.1} ms  {:>8.1} MB",
            *bytes as f64 / 1e6
        );
    }
    println!(
        "{articles} articles: assemble {:.1} ms, plan {:.1} ms (medians of {repeats})",
        median(assemble),
        median(plan)
    );
}
