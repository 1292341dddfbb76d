//! The output folder: never aimed at an input, written incrementally (only what changed), left
//! untouched by a failed build, and repaired by the next build after a build is killed. Every
//! command runs as the README says: from inside the site folder, default root, relative paths.

mod common;
use common::*;
use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::{Duration, Instant};

/// Every file below `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// Every file below `dir` with its modification time and inode.
fn stamps(dir: &Path) -> BTreeMap<String, (i64, i64, u64)> {
    files(dir)
        .into_iter()
        .map(|f| {
            let m = std::fs::metadata(dir.join(&f)).unwrap();
            (f, (m.mtime(), m.mtime_nsec(), m.ino()))
        })
        .collect()
}

/// Staging folders left in `dir` (a build's work in progress; none may outlive it).
fn staging_folders(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("caravan-staging"))
        .collect()
}

fn ok(out: &std::process::Output) {
    assert!(out.status.success(), "{}", text(out));
}

#[test]
fn an_output_folder_aimed_at_an_input_is_refused_before_anything_is_touched() {
    let dir = numbered_site(3, "title = \"T\"\n");
    let root = dir.path();
    std::fs::create_dir_all(root.join("seeds")).unwrap();
    std::fs::write(root.join("seeds/a.txt"), "Serbia and Uzbekistan talk.\n").unwrap();
    std::fs::create_dir_all(root.join("static")).unwrap();
    std::fs::write(root.join("static/x.css"), "a{}").unwrap();
    let before = snapshot(root);
    let absolute_root = root.canonicalize().unwrap();
    let parent = absolute_root
        .parent()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    for target in [
        "content",
        "seeds",
        ".",
        absolute_root.to_str().unwrap(),
        "content/sub",
        "./static",
        "seeds/../content",
        &parent,
    ] {
        let out = run(&["build", "--output-dir", target], root);
        assert!(!out.status.success(), "{target}: {}", text(&out));
        assert!(
            text(&out).contains("refusing to write the site here"),
            "{target}: {}",
            text(&out)
        );
        assert_eq!(snapshot(root), before, "{target}: the site changed");
    }
    // Through a symlink too.
    std::os::unix::fs::symlink(root.join("content"), root.join("out")).unwrap();
    let out = run(&["build", "--output-dir", "out"], root);
    assert!(
        !out.status.success() && text(&out).contains("refusing"),
        "{}",
        text(&out)
    );
    // The default and a sibling folder are fine.
    ok(&run(&["build", "--output-dir", "../elsewhere"], root));
    assert!(root.join("../elsewhere/index.html").is_file());
}

#[test]
fn content_or_seeds_folders_outside_the_site_are_refused() {
    for (config, line) in [
        (
            "title = \"T\"\ncontent_dir = \"/nonexistent-caravan-test\"\n",
            2,
        ),
        ("seeds_dir = \"../seeds\"\n", 1),
    ] {
        let dir = site(config);
        let out = run(&["build"], dir.path());
        assert!(!out.status.success());
        assert!(
            text(&out).contains(&format!("caravan.toml:{line}: "))
                && text(&out).contains("inside the site"),
            "{}",
            text(&out)
        );
        assert!(!Path::new("/nonexistent-caravan-test").exists());
        assert!(!dir.path().join("public").exists());
    }
}

#[test]
fn a_rebuild_with_nothing_changed_writes_nothing() {
    let dir = numbered_site(30, "paginate_by = 5\n");
    ok(&run(&["build"], dir.path()));
    let public = dir.path().join("public");
    std::fs::write(public.join("CNAME"), "digest.example.org").unwrap();
    let before = stamps(&public);
    std::thread::sleep(Duration::from_millis(20));
    let out = run(&["build"], dir.path());
    ok(&out);
    assert!(
        text(&out).contains(" 0 written, 0 removed"),
        "{}",
        text(&out)
    );
    assert_eq!(stamps(&public), before, "a file was rewritten");
}

#[test]
fn an_edit_writes_only_the_files_it_affects_and_equals_a_clean_build() {
    let dir = numbered_site(60, "paginate_by = 5\n");
    let root = dir.path();
    ok(&run(&["build"], root));
    let public = root.join("public");
    let before = stamps(&public);
    let file = root.join("content/item-030.md");
    std::fs::write(&file, read(&file).replace("Body text.", "An edited body.")).unwrap();
    ok(&run(&["build"], root));
    let after = stamps(&public);
    let rewritten: Vec<&String> = after
        .iter()
        .filter(|(f, s)| before.get(*f) != Some(s))
        .map(|(f, _)| f)
        .collect();
    // The article itself and the feeds that carry its body; list pages show no body.
    assert!(
        rewritten.contains(&&"articles/item-030/index.html".to_string()),
        "{rewritten:?}"
    );
    assert!(
        rewritten.len() < 10,
        "{} files rewritten: {rewritten:?}",
        rewritten.len()
    );
    assert!(read(public.join("articles/item-030/index.html")).contains("An edited body."));

    // Deleting an article removes its page and writes the pages that listed it; nothing else.
    std::fs::remove_file(root.join("content/item-005.md")).unwrap();
    ok(&run(&["build"], root));
    assert!(
        !public.join("articles/item-005").exists(),
        "an empty folder was left"
    );
    ok(&run(&["build", "--output-dir", "clean", "--clean"], root));
    assert_eq!(snapshot(&public), snapshot(&root.join("clean")));
}

/// The line `build --timings` prints: how many content files came from the last build's cache.
fn unchanged_files(out: &std::process::Output) -> String {
    ok(out);
    let all = text(out);
    all.lines()
        .find(|l| l.contains("content files unchanged since the last build"))
        .map(|l| l.split(" content files").next().unwrap().trim().to_string())
        .unwrap_or_else(|| panic!("no cache line in: {all}"))
}

#[test]
fn unchanged_content_comes_from_the_cache_and_edits_or_damage_are_never_missed() {
    let dir = numbered_site(12, "title = \"T\"\n");
    let root = dir.path();
    ok(&run(&["build"], root));
    // Files are cached only once settled (unchanged for a second before a build read them).
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "0 of 12"
    );
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "12 of 12"
    );

    // An edit of the same size, right after a build: the file is read again and shown.
    let file = root.join("content/item-003.md");
    std::fs::write(&file, read(&file).replace("Body text.", "Body TEXT.")).unwrap();
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "11 of 12"
    );
    assert!(read(root.join("public/articles/item-003/index.html")).contains("Body TEXT."));
    // Edited again at once (same size, maybe the same clock tick): never taken from the cache.
    std::fs::write(&file, read(&file).replace("Body TEXT.", "Body Text.")).unwrap();
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "11 of 12"
    );
    assert!(read(root.join("public/articles/item-003/index.html")).contains("Body Text."));

    let clean = tempfile::tempdir().unwrap();
    let clean_out = clean.path().join("out");
    let clean_build = |root: &Path| {
        ok(&run(
            &[
                "build",
                "--clean",
                "--output-dir",
                clean_out.to_str().unwrap(),
            ],
            root,
        ));
        snapshot(&clean_out)
    };
    assert_eq!(snapshot(&root.join("public")), clean_build(root));

    // A damaged cache, or one cut short: entries before the damage are used, the rest are read.
    let cache = root.join(".public.caravan-cache");
    let mut bytes = std::fs::read(&cache).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&cache, &bytes).unwrap();
    let partly = unchanged_files(&run(&["build", "--timings"], root));
    assert!(
        partly.ends_with(" of 12") && partly != "12 of 12",
        "{partly}"
    );
    assert_eq!(snapshot(&root.join("public")), clean_build(root));
    std::fs::write(&cache, &bytes[..30]).unwrap();
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "0 of 12"
    );
    std::fs::write(&cache, b"").unwrap();
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "0 of 12"
    );
    assert_eq!(snapshot(&root.join("public")), clean_build(root));

    // A change to the themes may change what every file gives: nothing is taken.
    std::thread::sleep(Duration::from_millis(1100));
    ok(&run(&["build"], root));
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "12 of 12"
    );
    std::fs::write(
        root.join("themes.toml"),
        "[diplomacy]\nname = \"Statecraft\"\ncovers = \"visits\"\n",
    )
    .unwrap();
    assert_eq!(
        unchanged_files(&run(&["build", "--timings"], root)),
        "0 of 12"
    );
    assert_eq!(
        unchanged_files(&run(&["build", "--clean", "--timings"], root)),
        "0 of 12"
    );
    assert_eq!(snapshot(&root.join("public")), clean_build(root));
}

#[test]
fn a_failed_build_leaves_the_output_untouched() {
    let dir = numbered_site(10, "");
    let root = dir.path();
    ok(&run(&["build"], root));
    let public = root.join("public");
    let before = (snapshot(&public), stamps(&public));
    std::fs::create_dir_all(root.join("templates")).unwrap();
    std::fs::write(
        root.join("templates/list.html"),
        "{% extends \"base.html\" %}{% block main %}{{ nope.missing }}{% endblock main %}",
    )
    .unwrap();
    let file = root.join("content/item-003.md");
    std::fs::write(&file, read(&file).replace("Body text.", "Changed.")).unwrap();
    let out = run(&["build"], root);
    assert!(!out.status.success());
    assert!(text(&out).contains("templates/list.html"), "{}", text(&out));
    assert_eq!((snapshot(&public), stamps(&public)), before);
    assert_eq!(staging_folders(root), Vec::<String>::new());
}

/// A tiny deterministic random source: the seed is printed so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

#[test]
fn builds_killed_at_random_points_are_repaired_by_the_next_build() {
    let dir = numbered_site(300, "paginate_by = 10\n");
    let root = dir.path();
    let public = root.join("public");
    ok(&run(&["build"], root));
    let seed = std::env::var("CARAVAN_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("fault seed {seed} (replay with CARAVAN_FAULT_SEED={seed})");
    let mut random = Lcg(seed);
    // How long a build with an edit takes here: kills land anywhere inside it.
    let started = Instant::now();
    ok(&run(&["build", "--clean"], root));
    let span = started.elapsed().as_millis() as u64 + 20;
    for round in 0..10 {
        let old = snapshot(&public);
        // An edit that touches many files: a new article (every list it is in) and a changed one.
        let n = random.below(300);
        let file = root.join(format!("content/item-{n:03}.md"));
        std::fs::write(
            &file,
            read(&file).replace("Item number", &format!("Item {round} number")),
        )
        .unwrap();
        if round % 2 == 1 {
            // Every page changes: the folder is swapped whole (links to the unchanged files).
            std::fs::create_dir_all(root.join("templates")).unwrap();
            std::fs::write(
                root.join("templates/base.html"),
                read(repo().join("themes/default/templates/base.html")).replace(
                    "Built with caravan",
                    &format!("Built with caravan ({round})"),
                ),
            )
            .unwrap();
        }
        write_item(
            root,
            &Item {
                file: &format!("new-{round}.md"),
                title: &format!("New {round}"),
                ..Item::default()
            },
        );
        let mut child = caravan()
            .arg("build")
            .current_dir(root)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(random.below(span)));
        let _ = child.kill();
        let _ = child.wait();
        // Every file is whole: the old version or the new one, never a torn write.
        ok(&run(
            &["build", "--output-dir", "reference", "--clean"],
            root,
        ));
        let new = snapshot(&root.join("reference"));
        for (path, bytes) in snapshot(&public) {
            assert!(
                old.get(&path) == Some(&bytes) || new.get(&path) == Some(&bytes),
                "round {round}: {path} is neither the old nor the new version (seed {seed})"
            );
        }
        // The next build converges on exactly what a clean build writes, and cleans up.
        ok(&run(&["build"], root));
        assert_eq!(
            snapshot(&public),
            new,
            "round {round} did not converge (seed {seed})"
        );
        assert_eq!(staging_folders(root), Vec::<String>::new(), "round {round}");
    }
}

#[test]
fn a_site_under_a_symlink_builds_and_serves_from_inside() {
    let dir = numbered_site(4, "");
    let holder = tempfile::tempdir().unwrap();
    let link = holder.path().join("digest");
    std::os::unix::fs::symlink(dir.path(), &link).unwrap();
    ok(&run(&["build"], &link));
    assert!(dir
        .path()
        .join("public/articles/item-001/index.html")
        .is_file());
    // A `..` in --root resolves too.
    ok(&run(&["check", "--root", ".."], &link.join("content")));
}

/// Unmounts a test file system however the test ends.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_is_reported_once_with_the_fix() {
    let dir = numbered_site(80, "paginate_by = 5\n");
    let small = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=96k", "tmpfs"])
        .arg(small.path())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    let _guard = Mounted(small.path().to_path_buf());
    let target = small.path().join("public");
    let out = run(
        &["build", "--output-dir", target.to_str().unwrap()],
        dir.path(),
    );
    assert!(!out.status.success());
    let errors: Vec<String> = text(&out)
        .lines()
        .filter(|l| l.starts_with("error:"))
        .map(str::to_string)
        .collect();
    assert_eq!(errors.len(), 1, "{}", text(&out));
    assert!(
        errors[0].contains("No space left") && errors[0].contains("df -h"),
        "{}",
        errors[0]
    );
    assert!(!target.exists(), "a half-written output folder was left");
}

#[test]
fn a_change_to_every_page_swaps_the_folder_whole_and_keeps_foreign_files() {
    let dir = numbered_site(40, "paginate_by = 5\n");
    let root = dir.path();
    ok(&run(&["build"], root));
    let public = root.join("public");
    std::fs::write(public.join("CNAME"), "digest.example.org").unwrap();
    std::fs::create_dir_all(public.join("downloads")).unwrap();
    std::fs::write(public.join("downloads/report.pdf"), "%PDF").unwrap();
    let before = stamps(&public);
    let folder_before = std::fs::metadata(&public).unwrap().ino();
    // A footer edit in the base template changes every HTML page; one article goes too.
    std::fs::create_dir_all(root.join("templates")).unwrap();
    std::fs::write(
        root.join("templates/base.html"),
        read(repo().join("themes/default/templates/base.html"))
            .replace("Built with caravan", "Built with caravan, edited"),
    )
    .unwrap();
    std::fs::remove_file(root.join("content/item-007.md")).unwrap();
    let out = run(&["build"], root);
    ok(&out);
    assert!(read(public.join("index.html")).contains("Built with caravan, edited"));
    assert!(!public.join("articles/item-007").exists());
    assert_eq!(read(public.join("CNAME")), "digest.example.org");
    assert_eq!(read(public.join("downloads/report.pdf")), "%PDF");
    // The folder was swapped whole, yet unchanged files are the very same files (linked, not
    // rewritten): same inode, same mtime.
    assert_ne!(std::fs::metadata(&public).unwrap().ino(), folder_before);
    let after = stamps(&public);
    for unchanged in ["style.css", "CNAME", "downloads/report.pdf"] {
        assert_eq!(after[unchanged], before[unchanged], "{unchanged}");
    }
    assert_eq!(staging_folders(root), Vec::<String>::new());
    ok(&run(&["build", "--output-dir", "clean", "--clean"], root));
    let mut site = snapshot(&public);
    site.remove("CNAME");
    site.remove("downloads/report.pdf");
    assert_eq!(site, snapshot(&root.join("clean")));
    // And the next build writes nothing.
    let again = run(&["build"], root);
    assert!(
        text(&again).contains(" 0 written, 0 removed"),
        "{}",
        text(&again)
    );
}
