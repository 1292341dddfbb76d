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
    let hugo = ensure_hugo();
    let hugo_site = if hugo { Some(site("hugo")) } else { None };
    let bin = env!("CARGO_BIN_EXE_caravan");
    let (caravan_out, hugo_out) = (
        work.path().join("caravan-public"),
        work.path().join("hugo-public"),
    );

    let mut c_times = Vec::new();
    let mut h_times = Vec::new();
    let (mut c_peak, mut h_peak) = (0, 0);
    for round in 1..=rounds {
        let _ = std::fs::remove_dir_all(&caravan_out);
        let m = measure(
            bin,
            &[
                "build",
                "--root",
                caravan_site.to_str().unwrap(),
                "--output-dir",
                caravan_out.to_str().unwrap(),
            ],
        );
        assert!(m.ok, "caravan build failed");
        println!(
            "round {round}: caravan {:.2} s, {:.0} MiB",
            m.seconds,
            m.peak_kib as f64 / 1024.0
        );
        c_times.push(m.seconds);
        c_peak = c_peak.max(m.peak_kib);
        if let Some(hugo_site) = &hugo_site {
            let _ = std::fs::remove_dir_all(&hugo_out);
            let m = measure(
                "hugo",
                &[
                    "--source",
                    hugo_site.to_str().unwrap(),
                    "--destination",
                    hugo_out.to_str().unwrap(),
                    "--quiet",
                ],
            );
            assert!(m.ok, "hugo failed");
            println!(
                "round {round}: hugo    {:.2} s, {:.0} MiB",
                m.seconds,
                m.peak_kib as f64 / 1024.0
            );
            h_times.push(m.seconds);
            h_peak = h_peak.max(m.peak_kib);
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
    println!(
        "{:<8} {:>10.2} {:>12.0} {:>12} {:>12}",
        "caravan",
        median(c_times.clone()),
        c_peak as f64 / 1024.0,
        count_pages(&caravan_out),
        count_files(&caravan_out)
    );
    if hugo_site.is_some() {
        println!(
            "{:<8} {:>10.2} {:>12.0} {:>12} {:>12}",
            "hugo",
            median(h_times.clone()),
            h_peak as f64 / 1024.0,
            count_pages(&hugo_out),
            count_files(&hugo_out)
        );
        println!(
            "caravan is {:.1}x as fast as Hugo with {:.1}x less peak memory",
            median(h_times) / median(c_times),
            h_peak as f64 / c_peak.max(1) as f64
        );
    }
}
