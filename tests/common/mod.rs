//! Helpers for the integration tests: fixture sites in temporary folders, the real binary, and
//! checks over the files it writes.
#![allow(dead_code)]

pub mod server;

use regex::Regex;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn caravan() -> Command {
    Command::new(env!("CARGO_BIN_EXE_caravan"))
}

pub fn run(args: &[&str], cwd: &Path) -> Output {
    caravan()
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("caravan runs")
}

pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site folder with a config and nothing else.
pub fn site(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("caravan.toml"), config).unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    dir
}

pub struct Item<'a> {
    pub file: &'a str,
    pub title: &'a str,
    pub date: Option<&'a str>,
    pub pair: &'a [&'a str],
    pub themes: &'a [&'a str],
    pub tags: &'a [&'a str],
    pub body: &'a str,
}

impl Default for Item<'_> {
    fn default() -> Self {
        Item {
            file: "a.md",
            title: "A title",
            date: Some("2024-04-30"),
            pair: &["RS", "UZ"],
            themes: &["diplomacy"],
            tags: &[],
            body: "Body text.\n",
        }
    }
}

/// A site of `n` dated articles, most in the pair RS–UZ, every ninth about Uzbekistan alone.
pub fn numbered_site(n: usize, config: &str) -> tempfile::TempDir {
    let dir = site(config);
    for i in 0..n {
        let file = format!("item-{i:03}.md");
        let title = format!("Item number {i}");
        let date = format!("2020-01-{:02}", i % 28 + 1);
        let pair: &[&str] = if i % 9 == 0 { &["UZ"] } else { &["RS", "UZ"] };
        let tags: &[&str] = if i % 2 == 0 { &["even-items"] } else { &[] };
        write_item(
            dir.path(),
            &Item {
                file: &file,
                title: &title,
                date: Some(&date),
                pair,
                tags,
                ..Item::default()
            },
        );
    }
    dir
}

pub fn write_item(root: &Path, item: &Item) {
    let list = |xs: &[&str]| {
        format!(
            "[{}]",
            xs.iter()
                .map(|x| format!("\"{x}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let date = item
        .date
        .map(|d| format!("date = {d}\n"))
        .unwrap_or_default();
    let text = format!(
        "+++\ntitle = \"{}\"\n{date}countries = {}\npair = {}\nthemes = {}\ntags = {}\nsummary = \"Summary of {}.\"\nseed = \"{}.txt\"\n+++\n{}",
        item.title,
        list(item.pair),
        list(item.pair),
        list(item.themes),
        list(item.tags),
        item.title,
        item.file,
        item.body
    );
    std::fs::write(root.join("content").join(item.file), text).unwrap();
}

/// Every file under `dir`, as paths relative to it.
pub fn files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    out.sort();
    out
}

pub fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref())
        .unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// The output file a site link points to, or None when the link is external.
pub fn target_of(public: &Path, base_path: &str, link: &str) -> Option<PathBuf> {
    let link = link.split(['#', '?']).next().unwrap_or("");
    let rest = link.strip_prefix(base_path)?;
    let mut path = public.join(rest);
    if link.ends_with('/') || rest.is_empty() {
        path = path.join("index.html");
    }
    Some(path)
}

/// Every internal href and src in every HTML file resolves to a file; returns how many were checked.
pub fn assert_links_resolve(public: &Path, base_path: &str) -> usize {
    let attr = Regex::new(r#"(?:href|src)="([^"]+)""#).unwrap();
    let mut checked = 0;
    let mut dead = Vec::new();
    for file in files(public).iter().filter(|f| f.ends_with(".html")) {
        let html = read(public.join(file));
        for c in attr.captures_iter(&html) {
            let link = c[1].replace("&amp;", "&");
            if link.starts_with("http") || link.starts_with("mailto:") || link.starts_with('#') {
                continue;
            }
            assert!(
                link.starts_with(base_path),
                "{file}: link {link} does not start with the base path {base_path}"
            );
            let target = target_of(public, base_path, &link).unwrap();
            checked += 1;
            if !target.is_file() {
                dead.push(format!("{file} → {link}"));
            }
        }
    }
    assert!(dead.is_empty(), "dead links:\n{}", dead.join("\n"));
    checked
}
