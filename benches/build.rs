//! Build benchmark: the same generated digest built by caravan and by Hugo, side by side,
//! alternating, several rounds. Reports wall time, peak memory and pages written.
//!
//! cargo bench --bench build            (10,000 articles, 3 rounds)
//! cargo bench --bench build -- 2000 5  (articles, rounds)
//!
//! Needs ../shared/tools/gen-corpus beside the checkout, python3, /usr/bin/time, and Hugo for the
//! comparison (apt-get install hugo; installed here when missing and run as root).

mod common;
use common::*;
use std::process::Command;

fn ensure_hugo() -> bool {
    if Command::new("hugo")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return true;
    }
    eprintln!("hugo not found: trying apt-get install hugo");
    let _ = Command::new("apt-get").args(["update", "-qq"]).status();
    Command::new("apt-get")
        .args(["install", "-y", "-qq", "hugo"])
        .status()
        .is_ok_and(|s| s.success())
}

fn main() {
    let args = numeric_args();
    let articles = args.first().copied().unwrap_or(10_000);
    let rounds = args.get(1).copied().unwrap_or(3);
    let Some(gen) = gen_corpus() else {
        eprintln!("../shared/tools/gen-corpus not found beside the checkout: nothing to compare");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let site = |format: &str| {
        let dir = work.path().join(format);
        generate(&gen, articles, &dir, format);
        dir
    };
    let caravan_site = site("caravan");
    std::fs::write(
        caravan_site.join("caravan.toml"),
        "paginate_by = 20\nbase_url = \"https://example.org/\"\n",
    )
    .unwrap();
    let hugo_site = if ensure_hugo() {
        Some(site("hugo"))
    } else {
        None
    };

    // Each contender: how to run it, where it writes, and what the rounds measured.
    struct Tool {
        name: &'static str,
        program: String,
        args: Vec<String>,
        out: std::path::PathBuf,
        times: Vec<f64>,
        peak_kib: u64,
    }
    let path = |p: &std::path::Path| p.to_str().unwrap().to_string();
    let caravan_out = work.path().join("caravan-public");
    let mut tools = vec![Tool {
        name: "caravan",
        program: env!("CARGO_BIN_EXE_caravan").to_string(),
        args: vec![
            "build".into(),
            "--root".into(),
            path(&caravan_site),
            "--output-dir".into(),
            path(&caravan_out),
        ],
        out: caravan_out,
        times: Vec::new(),
        peak_kib: 0,
    }];
    if let Some(hugo_site) = &hugo_site {
        let hugo_out = work.path().join("hugo-public");
        tools.push(Tool {
            name: "hugo",
            program: "hugo".into(),
            args: vec![
                "--source".into(),
                path(hugo_site),
                "--destination".into(),
                path(&hugo_out),
                "--quiet".into(),
            ],
            out: hugo_out,
            times: Vec::new(),
            peak_kib: 0,
        });
    }
    for round in 1..=rounds {
        for tool in &mut tools {
            let _ = std::fs::remove_dir_all(&tool.out);
            let args: Vec<&str> = tool.args.iter().map(String::as_str).collect();
            let m = measure(&tool.program, &args);
            assert!(m.ok, "{} failed", tool.name);
            println!(
                "round {round}: {:<8} {:.2} s, {:.0} MiB",
                tool.name,
                m.seconds,
                m.peak_kib as f64 / 1024.0
            );
            tool.times.push(m.seconds);
            tool.peak_kib = tool.peak_kib.max(m.peak_kib);
        }
    }
    println!();
    println!(
        "{articles} articles, 20 items a list page, {rounds} rounds alternating, median wall time:"
    );
    println!(
        "{:<8} {:>10} {:>12} {:>12} {:>12}",
        "tool", "wall s", "peak MiB", "HTML pages", "files"
    );
    for tool in &tools {
        println!(
            "{:<8} {:>10.2} {:>12.0} {:>12} {:>12}",
            tool.name,
            median(tool.times.clone()),
            tool.peak_kib as f64 / 1024.0,
            count_pages(&tool.out),
            count_files(&tool.out)
        );
    }
    if let [caravan, hugo] = tools.as_slice() {
        println!(
            "caravan is {:.1}x as fast as Hugo with {:.1}x less peak memory",
            median(hugo.times.clone()) / median(caravan.times.clone()),
            hugo.peak_kib as f64 / caravan.peak_kib.max(1) as f64
        );
    }
}
