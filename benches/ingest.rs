//! Ingest throughput: generates raw scraped pages from varied real-looking parts (menus, clock
//! widgets, datelines, bylines, teasers, Russian text, hard-wrapped lines) and times
//! `caravan ingest` on 2,000 and 10,000 of them: articles per second and peak memory, which
//! should stay flat as the count grows.
//!
//! cargo bench --bench ingest            (or: -- 50000 for another size)
//! CARAVAN_BENCH_ROUNDS=5 TMPDIR=/dev/shm cargo bench --bench ingest   (rounds; tmpfs)

mod common;
use common::*;
use std::fmt::Write as _;

const MENUS: &[&str] = &[
    "Close Menu\nHome/News/Economy\n",
    "The Government portal of the\nRepublic of Uzbekistan\n\nMo Tu We Th Fr Sa Su\nNew on the portal\n  • Added widget FAQs Detail>>>\n",
    "spot_img\nSupported byspot_img\n",
    "Medical Gyeonggi e-News\n\n  • Name admin\n  • Views 304\n",
    "",
];
const CLOCKS: &[&str] = &[
    "Saturday, 13, July, 2024\n",
    "21:31 / 19.10.2018\n768\n",
    "2017-08-15 | Economics\n",
    "Digitalization 30 April 2024 2525\n",
    "",
];
const PAIRS: &[(&str, &str, &str)] = &[
    ("Uzbekistan", "Serbia", "Belgrade"),
    ("Uzbekistan", "Germany", "Berlin"),
    ("Uzbekistan", "South Korea", "Seoul"),
    ("Kazakhstan", "China", "Beijing"),
    ("Serbia", "Hungary", "Budapest"),
    ("Uzbekistan", "Japan", "Tokyo"),
    ("Turkey", "Uzbekistan", "Ankara"),
    ("Serbia", "United Arab Emirates", "Abu Dhabi"),
];
const SUBJECTS: &[&str] = &[
    "IT outsourcing and software export",
    "e-government services and digital identity",
    "a joint venture fund for startups",
    "university exchanges and training of specialists",
    "trade turnover and investment",
    "automotive components production",
    "precision farming and viticulture",
    "healthcare digitalisation and hospitals",
    "satellites and remote sensing",
    "data centres and artificial intelligence",
    "railways and logistics",
    "tourism and cultural heritage",
];
const TEASERS: &str = "\nRelated News\nList of streets being repaired in Tashkent published\nSOCIETY | 19:12 / 16.05.2024\nNew tariffs to be introduced in public transport\nSOCIETY | 14:55 / 05.05.2023\n";
const RUSSIAN: &str = "ТАШКЕНТ /Trend/ - В Ташкенте прошёл форум по информационным технологиям, организованный Узбекистаном и Японией, передает Trend.\n\nГлавными темами стали развитие ИТ-аутсорсинга, подготовка специалистов и инвестиции в сфере ИКТ.\n";

fn page(i: usize) -> String {
    let (a, b, city) = PAIRS[i % PAIRS.len()];
    let subject = SUBJECTS[i % SUBJECTS.len()];
    let other = SUBJECTS[(i * 7 + 3) % SUBJECTS.len()];
    let mut p = String::new();
    p.push_str(MENUS[i % MENUS.len()]);
    p.push('\n');
    if i.is_multiple_of(11) {
        p.push_str(RUSSIAN);
        return p;
    }
    let _ = writeln!(p, "{a} and {b} expand cooperation in {subject} (#{i})\n");
    p.push_str(CLOCKS[i % CLOCKS.len()]);
    p.push('\n');
    let _ = writeln!(p, "By Demir Azizov – Trend:\n");
    let _ = writeln!(
        p,
        "TASHKENT, {a}, July {}. Delegations of {a} and {b} met in {city} to discuss {subject}, the ministry said in a statement.\n",
        i % 28 + 1
    );
    for k in 0..(4 + i % 5) {
        let _ = writeln!(
            p,
            "The {a}n side presented its programme on {subject}, while the {b} delegation proposed joint projects in {other}.\nBoth parties agreed to hold the next round of talks in {city} and to sign a memorandum on {subject} (point {k}).\n"
        );
        if k == 2 {
            p.push_str("The parties agreed on the following areas:\n- training of engineers;\n- joint ventures in manufacturing;\n- an intergovernmental commission.\n\n");
        }
    }
    if i.is_multiple_of(3) {
        p.push_str("How well do you really know your competitors?\nDownload a free sample\n");
    }
    let _ = writeln!(p, "\nBekhruz Khudoyberdiyev, UzA");
    if i.is_multiple_of(2) {
        p.push_str(TEASERS);
    }
    p
}

fn main() {
    let sizes = numeric_args();
    let sizes = if sizes.is_empty() {
        vec![2_000, 10_000]
    } else {
        sizes
    };
    let bin = env!("CARGO_BIN_EXE_caravan");
    println!(
        "ingest benchmark ({} cores)",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );
    let rounds: usize = std::env::var("CARAVAN_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3)
        .max(1);
    println!("medians of {rounds} rounds (CARAVAN_BENCH_ROUNDS); wall range in brackets");
    println!(
        "{:>8} {:>10} {:>15} {:>14} {:>10} {:>12}",
        "articles", "seconds", "(min–max)", "articles/s", "CPU s", "peak MiB"
    );
    // Every size's folder lives to the end: deleting the 2,000-article run's files just before
    // the 10,000 would charge ext4 without a journal for the harness's own deletions, as it
    // skips over recently freed inodes when it allocates new ones.
    let mut folders = Vec::new();
    for n in sizes {
        let dir = tempfile::tempdir().unwrap();
        // CARAVAN_BENCH_KEEP=DIR keeps the generated seeds there, for profiling.
        let dir_path = std::env::var_os("CARAVAN_BENCH_KEEP")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| dir.path().to_path_buf());
        let seeds = dir_path.join("seeds");
        std::fs::create_dir_all(&seeds).unwrap();
        for i in 0..n {
            std::fs::write(seeds.join(format!("{i:06}.txt")), page(i)).unwrap();
        }
        let (mut wall, mut cpu, mut peak) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..rounds {
            // Each round writes every file anew into a folder of its own, as a first ingest does:
            // files deleted just before make ext4 look through its recently freed inodes.
            let out = dir_path.join(format!("content-{round}"));
            let m = measure(
                bin,
                &[
                    "ingest",
                    seeds.to_str().unwrap(),
                    "--out",
                    out.to_str().unwrap(),
                ],
            );
            let written = count_files(&out) - 1;
            assert!(m.ok && written == n, "ingest wrote {written} of {n}");
            wall.push(m.seconds);
            cpu.push(m.cpu_seconds);
            peak.push(m.peak_kib as f64 / 1024.0);
        }
        let (low, high) = (
            wall.iter().copied().fold(f64::MAX, f64::min),
            wall.iter().copied().fold(0.0, f64::max),
        );
        let seconds = median(wall);
        println!(
            "{n:>8} {seconds:>10.3} {:>15} {:>14.0} {:>10.2} {:>12.1}",
            format!("({low:.3}–{high:.3})"),
            n as f64 / seconds,
            median(cpu),
            median(peak)
        );
        folders.push(dir);
    }
    drop(folders);
}
