//! Build benchmark: the same generated digest built by caravan and by Hugo, side by side,
//! alternating, several rounds, on this machine's disk and on tmpfs. Three scenarios each:
//! a cold build (no output folder), a rebuild with nothing changed, and a rebuild after one
//! article's body is edited. Reports median wall time, CPU time, peak memory and, for caravan,
//! the files it wrote.
//!
//! cargo bench --bench build                    (10,000 articles, 3 rounds, disk and tmpfs)
//! cargo bench --bench build -- 1000 10000      (several sizes)
//! CARAVAN_BENCH_ROUNDS=5 CARAVAN_BENCH_PLACES=disk cargo bench --bench build
//! CARAVAN_BENCH_SCENARIOS=cold cargo bench --bench build -- 10000 100000   (the scaling curve)
//!
//! Needs ../shared/tools/gen-corpus beside the checkout, python3, /usr/bin/time, and Hugo for the
//! comparison (apt-get install hugo; installed here when missing and run as root).

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn ensure_hugo() -> bool {
    let works = || {
        Command::new("hugo")
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if works() {
        return true;
    }
    eprintln!("hugo not found: trying apt-get install hugo");
    let _ = Command::new("apt-get").args(["update", "-qq"]).status();
    let _ = Command::new("apt-get")
        .args(["install", "-y", "-qq", "hugo"])
        .status();
    works()
}

#[derive(Clone, Copy, PartialEq)]
enum Scenario {
    Cold,
    NoChange,
    OneEdit,
}

impl Scenario {
    const ALL: [Scenario; 3] = [Scenario::Cold, Scenario::NoChange, Scenario::OneEdit];

    /// The scenarios CARAVAN_BENCH_SCENARIOS names (`cold,nochange,edit`), or all of them.
    fn chosen() -> Vec<Scenario> {
        let Ok(names) = std::env::var("CARAVAN_BENCH_SCENARIOS") else {
            return Scenario::ALL.to_vec();
        };
        Scenario::ALL
            .into_iter()
            .filter(|s| names.split(',').any(|n| n.trim() == s.key()))
            .collect()
    }

    fn key(self) -> &'static str {
        match self {
            Scenario::Cold => "cold",
            Scenario::NoChange => "nochange",
            Scenario::OneEdit => "edit",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Scenario::Cold => "cold build",
            Scenario::NoChange => "rebuild, nothing changed",
            Scenario::OneEdit => "rebuild, one body edited",
        }
    }
}

/// One contender on one generated site.
struct Tool {
    name: &'static str,
    program: String,
    args: Vec<String>,
    out: PathBuf,
    /// The article whose body the one-edit scenario changes.
    edited: PathBuf,
}

#[derive(Default)]
struct Samples {
    wall: Vec<f64>,
    cpu: Vec<f64>,
    peak_kib: u64,
    written: Vec<usize>,
}

fn run(tool: &Tool, scenario: Scenario, round: usize) -> (Measured, Option<usize>) {
    match scenario {
        Scenario::Cold => {
            let _ = std::fs::remove_dir_all(&tool.out);
            // caravan's record and read cache live beside the output: a cold build has neither.
            if let (Some(parent), Some(name)) = (tool.out.parent(), tool.out.file_name()) {
                for kept in ["record", "cache"] {
                    let _ = std::fs::remove_file(
                        parent.join(format!(".{}.caravan-{kept}", name.to_string_lossy())),
                    );
                }
            }
        }
        Scenario::NoChange => {}
        Scenario::OneEdit => {
            let text = std::fs::read_to_string(&tool.edited).unwrap();
            std::fs::write(&tool.edited, format!("{text}\nEdited in round {round}.\n")).unwrap();
        }
    }
    let args: Vec<&str> = tool.args.iter().map(String::as_str).collect();
    let m = measure(&tool.program, &args);
    assert!(m.ok, "{} failed", tool.name);
    // caravan says "… N written, M removed …".
    let written = m
        .stdout
        .split(" written")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok());
    (m, written)
}

fn bench_size(gen: &Path, articles: usize, place: &str, base: &Path, rounds: usize, hugo: bool) {
    let scenarios = Scenario::chosen();
    let work = tempfile::tempdir_in(base).unwrap();
    let site = |format: &str| {
        let dir = work.path().join(format);
        generate(gen, articles, &dir, format);
        dir
    };
    let caravan_site = site("caravan");
    std::fs::write(
        caravan_site.join("caravan.toml"),
        "paginate_by = 20\nbase_url = \"https://example.org/\"\n",
    )
    .unwrap();
    let path = |p: &Path| p.to_str().unwrap().to_string();
    let mut tools = vec![Tool {
        name: "caravan",
        program: env!("CARGO_BIN_EXE_caravan").to_string(),
        args: vec![
            "build".into(),
            "--root".into(),
            path(&caravan_site),
            "--output-dir".into(),
            path(&work.path().join("caravan-public")),
        ],
        out: work.path().join("caravan-public"),
        edited: caravan_site.join("content/article-000500.md"),
    }];
    if hugo {
        let hugo_site = site("hugo");
        tools.push(Tool {
            name: "hugo",
            program: "hugo".into(),
            args: vec![
                "--source".into(),
                path(&hugo_site),
                "--destination".into(),
                path(&work.path().join("hugo-public")),
                "--quiet".into(),
            ],
            out: work.path().join("hugo-public"),
            edited: hugo_site.join("content/articles/article-000500.md"),
        });
    }
    let mut samples: Vec<Vec<Samples>> = tools
        .iter()
        .map(|_| scenarios.iter().map(|_| Samples::default()).collect())
        .collect();
    for round in 1..=rounds {
        for (t, tool) in tools.iter().enumerate() {
            for (s, &scenario) in scenarios.iter().enumerate() {
                let (m, written) = run(tool, scenario, round);
                let entry = &mut samples[t][s];
                entry.wall.push(m.seconds);
                entry.cpu.push(m.cpu_seconds);
                entry.peak_kib = entry.peak_kib.max(m.peak_kib);
                entry.written.extend(written);
                eprintln!(
                    "{place} {articles} round {round}: {:<8} {:<26} {:>7.2} s wall {:>7.2} s CPU {:>6.0} MiB{}",
                    tool.name,
                    scenario.label(),
                    m.seconds,
                    m.cpu_seconds,
                    m.peak_kib as f64 / 1024.0,
                    written.map(|w| format!(", {w} files written")).unwrap_or_default()
                );
            }
        }
    }
    println!();
    println!(
        "{articles} articles on {place}, {rounds} rounds alternating, medians ({} HTML pages, {} files from caravan):",
        count_pages(&tools[0].out),
        count_files(&tools[0].out)
    );
    println!("| scenario | tool | wall | CPU (user+sys) | peak memory | files written |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for (s, scenario) in scenarios.iter().enumerate() {
        for (t, tool) in tools.iter().enumerate() {
            let x = &samples[t][s];
            let written = if x.written.is_empty() {
                "all".to_string()
            } else {
                format!(
                    "{}",
                    median(x.written.iter().map(|&w| w as f64).collect()) as usize
                )
            };
            println!(
                "| {} | {} | {:.2} s | {:.2} s | {:.0} MiB | {written} |",
                scenario.label(),
                tool.name,
                median(x.wall.clone()),
                median(x.cpu.clone()),
                x.peak_kib as f64 / 1024.0
            );
        }
        if samples.len() == 2 {
            println!(
                "| {} | caravan ÷ Hugo | {:.2}× | | | |",
                scenario.label(),
                median(samples[0][s].wall.clone()) / median(samples[1][s].wall.clone())
            );
        }
    }
}

fn main() {
    let sizes = {
        let args = numeric_args();
        if args.is_empty() {
            vec![10_000]
        } else {
            args
        }
    };
    let rounds: usize = std::env::var("CARAVAN_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let places = std::env::var("CARAVAN_BENCH_PLACES").unwrap_or_else(|_| "disk,tmpfs".into());
    let Some(gen) = gen_corpus() else {
        eprintln!("../shared/tools/gen-corpus not found beside the checkout: nothing to compare");
        return;
    };
    let hugo = ensure_hugo();
    for place in places.split(',') {
        let base = match place {
            "tmpfs" => PathBuf::from("/dev/shm"),
            _ => std::env::temp_dir(),
        };
        for &articles in &sizes {
            bench_size(&gen, articles, place, &base, rounds, hugo);
        }
    }
}
