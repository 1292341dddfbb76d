//! `caravan serve` over HTTP: pages, types, traversal, live reload after edits, errors that keep
//! the last good version, taxonomy pages that appear and vanish, seeds ingested on change.

mod common;
use common::server::{next_event, start, start_on, start_with};
use common::*;
use std::time::Duration;

fn fixture() -> tempfile::TempDir {
    let dir = site("title = \"Serve test\"\npaginate_by = 5\n");
    write_item(
        dir.path(),
        &Item {
            file: "alpha.md",
            title: "Alpha talks",
            body: "Original alpha text.\n",
            ..Item::default()
        },
    );
    write_item(
        dir.path(),
        &Item {
            file: "beta.md",
            title: "Beta visit",
            pair: &["DE", "UZ"],
            themes: &["it-industry"],
            ..Item::default()
        },
    );
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    dir
}

#[test]
fn serves_pages_and_refuses_to_leave_the_site() {
    let dir = fixture();
    let serve = start(dir.path());
    let home = serve.get("/");
    assert_eq!(home.status, 200);
    assert!(home
        .headers
        .to_lowercase()
        .contains("content-type: text/html; charset=utf-8"));
    assert!(
        home.body.contains("__caravan/live.js"),
        "serve injects the live-reload script"
    );
    let article = serve.get("/articles/alpha/");
    assert!(article.status == 200 && article.body.contains("Original alpha text."));
    assert!(serve.get("/style.css").headers.contains("text/css"));
    assert!(serve
        .get("/atom.xml")
        .headers
        .contains("application/atom+xml"));
    assert!(serve
        .get("/__caravan/live.js")
        .headers
        .contains("javascript"));
    let redirect = serve.get("/articles/alpha");
    assert_eq!(redirect.status, 301);
    assert!(redirect.headers.contains("Location: /articles/alpha/"));
    let missing = serve.get("/no/such/page/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("Page not found"),
        "the site's own 404 page"
    );
    std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
    for probe in [
        "/../secret.txt",
        "/articles/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/articles%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
    ] {
        let r = serve.get(probe);
        assert_eq!(r.status, 403, "{probe}");
        assert!(!r.body.contains("secret"), "{probe}");
    }
}

#[test]
fn edits_reload_errors_keep_the_last_good_page_and_fixes_bring_it_back() {
    let dir = fixture();
    let serve = start(dir.path());
    let events = serve.events();
    let path = dir.path().join("content/alpha.md");

    let edited = read(&path).replace("Original alpha text.", "Edited alpha text.");
    std::fs::write(&path, &edited).unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    assert!(serve
        .get("/articles/alpha/")
        .body
        .contains("Edited alpha text."));

    std::fs::write(
        &path,
        edited.replace("pair = [\"RS\", \"UZ\"]", "pair = [\"RS\", \"XX\"]"),
    )
    .unwrap();
    let (name, data) = next_event(&serve, &events);
    assert_eq!(name, "build-error");
    assert!(
        data.contains("content/alpha.md:") && data.contains("XX"),
        "{data}"
    );
    let still = serve.get("/articles/alpha/");
    assert_eq!(still.status, 200);
    assert!(
        still.body.contains("Edited alpha text."),
        "the last good version stays served"
    );

    std::fs::write(
        &path,
        edited.replace("Edited alpha text.", "Fixed alpha text."),
    )
    .unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    assert!(serve
        .get("/articles/alpha/")
        .body
        .contains("Fixed alpha text."));
}

#[test]
fn new_and_removed_terms_appear_and_vanish_at_once() {
    let dir = fixture();
    let serve = start(dir.path());
    let events = serve.events();
    assert_eq!(serve.get("/tags/brand-new/").status, 404);
    write_item(
        dir.path(),
        &Item {
            file: "gamma.md",
            title: "Gamma",
            pair: &["JP", "UZ"],
            tags: &["brand-new"],
            ..Item::default()
        },
    );
    assert_eq!(next_event(&serve, &events).0, "reload");
    assert_eq!(serve.get("/tags/brand-new/").status, 200);
    assert_eq!(serve.get("/pairs/japan-uzbekistan/").status, 200);
    assert!(serve.get("/tags/").body.contains("brand-new"));
    assert!(serve.get("/").body.contains("Japan – Uzbekistan"));

    std::fs::remove_file(dir.path().join("content/gamma.md")).unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    assert_eq!(serve.get("/tags/brand-new/").status, 404);
    assert_eq!(serve.get("/pairs/japan-uzbekistan/").status, 404);
    assert_eq!(serve.get("/articles/gamma/").status, 404);
    assert!(!serve.get("/").body.contains("Japan – Uzbekistan"));
}

#[test]
fn a_new_seed_is_ingested_then_rendered_and_css_swaps_without_reload() {
    let dir = fixture();
    let serve = start(dir.path());
    let events = serve.events();
    std::fs::write(
        dir.path().join("seeds/tokyo.txt"),
        "Japan and Uzbekistan open an IT outsourcing centre in Tashkent\n\nJapanese and Uzbek officials opened an IT outsourcing centre in Tashkent on Monday, training software engineers for Japanese companies.\n\nThe centre will train 500 software specialists a year for Japan's IT market.\n",
    )
    .unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    let page =
        serve.get("/articles/japan-and-uzbekistan-open-an-it-outsourcing-centre-in-tashkent/");
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("training software engineers"));
    assert!(dir
        .path()
        .join("content/japan-and-uzbekistan-open-an-it-outsourcing-centre-in-tashkent.md")
        .is_file());

    std::fs::create_dir_all(dir.path().join("static")).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let _ = events.try_iter().count();
    std::fs::write(
        dir.path().join("static/style.css"),
        "body { color: rebeccapurple; }",
    )
    .unwrap();
    let (name, _) = next_event(&serve, &events);
    assert!(name == "css" || name == "reload", "{name}");
    assert_eq!(
        serve.get("/style.css").body,
        "body { color: rebeccapurple; }"
    );
    // A second edit of the stylesheet alone swaps it without a reload.
    std::fs::write(dir.path().join("static/style.css"), "body { color: teal; }").unwrap();
    assert_eq!(next_event(&serve, &events).0, "css");
    assert_eq!(serve.get("/style.css").body, "body { color: teal; }");
}

#[test]
fn a_template_edit_re_renders_the_pages_that_use_it_and_symlinks_out_are_refused() {
    let dir = fixture();
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::create_dir_all(dir.path().join("static")).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(
        elsewhere.path().join("secret.txt"),
        dir.path().join("static/leak.txt"),
    )
    .unwrap();
    let refused = run(&["check"], dir.path());
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("static/leak.txt: links to a file outside the site"),
        "{}",
        text(&refused)
    );
    std::fs::remove_file(dir.path().join("static/leak.txt")).unwrap();
    let serve = start(dir.path());
    assert_eq!(serve.get("/leak.txt").status, 404);
    let events = serve.events();

    std::fs::write(
        dir.path().join("templates/article.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>Custom: {{ article.title }}</h1>{% endblock main %}",
    )
    .unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    assert!(serve
        .get("/articles/alpha/")
        .body
        .contains("<h1>Custom: Alpha talks</h1>"));
    assert!(
        !serve.get("/").body.contains("Custom:"),
        "pages of other templates are as they were"
    );

    std::fs::write(
        dir.path().join("templates/article.html"),
        "{% extends \"base.html\" %}{% block main %}{{ oops( }}{% endblock main %}",
    )
    .unwrap();
    let (name, data) = next_event(&serve, &events);
    assert_eq!(name, "build-error");
    assert!(data.contains("templates/article.html:1:"), "{data}");
    assert!(
        serve
            .get("/articles/alpha/")
            .body
            .contains("<h1>Custom: Alpha talks</h1>"),
        "the last good page stays"
    );
}

#[test]
fn polling_watches_where_native_events_are_missing() {
    let dir = fixture();
    let serve = start_with(dir.path(), &["--poll"]);
    let events = serve.events();
    let path = dir.path().join("content/beta.md");
    std::fs::write(
        &path,
        read(&path).replace("Body text.", "Polled body text."),
    )
    .unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    assert!(serve
        .get("/articles/beta/")
        .body
        .contains("Polled body text."));
}

#[test]
fn ctrl_c_stops_cleanly_and_leaves_no_files() {
    let dir = fixture();
    std::fs::write(dir.path().join("seeds/one.txt"), "Uzbekistan and Japan sign an IT agreement\n\nUzbekistan and Japan signed an agreement on IT outsourcing in Tashkent on Monday.\n").unwrap();
    let before_start = files(dir.path());
    let mut serve = start(dir.path());
    let events = serve.events();
    let path = dir.path().join("content/alpha.md");
    std::fs::write(
        &path,
        read(&path).replace("Original alpha text.", "Edited."),
    )
    .unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    let status = serve.interrupt();
    assert!(status.success(), "Ctrl-C exits with success: {status:?}");
    let mut expected = before_start;
    // What serve was asked to write: the ingested seed and ingest's record of it.
    expected.push("content/.caravan-ingest.toml".to_string());
    expected.push("content/uzbekistan-and-japan-sign-an-it-agreement.md".to_string());
    expected.sort();
    assert_eq!(
        files(dir.path()),
        expected,
        "no temporary or output files are left behind"
    );
}

#[test]
fn a_config_change_rebuilds_every_page() {
    let dir = fixture();
    let serve = start(dir.path());
    let events = serve.events();
    std::fs::write(
        dir.path().join("caravan.toml"),
        "title = \"Renamed digest\"\npaginate_by = 5\n",
    )
    .unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    for page in ["/", "/articles/alpha/", "/tags/", "/timeline/"] {
        assert!(serve.get(page).body.contains("Renamed digest"), "{page}");
    }
    std::fs::write(
        dir.path().join("caravan.toml"),
        "title = \"x\"\ncolour = \"red\"\n",
    )
    .unwrap();
    let (name, data) = next_event(&serve, &events);
    assert_eq!(name, "build-error");
    assert!(
        data.contains("caravan.toml:2:") && data.contains("colour"),
        "{data}"
    );
    assert!(
        serve.get("/").body.contains("Renamed digest"),
        "the last good site stays served"
    );
}

#[test]
fn a_busy_port_moves_to_the_next_free_one_and_says_so() {
    let dir = fixture();
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    let serve = start_on(dir.path(), port, &[]);
    assert_ne!(serve.port, port);
    assert!(serve.port > port);
    assert_eq!(serve.get("/").status, 200);
    drop(busy);
    assert!(
        serve
            .startup
            .iter()
            .any(|l| l.contains(&format!("port {port} is busy; using {}", serve.port))),
        "{:?}",
        serve.startup
    );
}

#[test]
fn only_reads_are_answered_and_odd_paths_never_panic() {
    let dir = fixture();
    std::fs::create_dir_all(dir.path().join("static/ü")).unwrap();
    std::fs::write(dir.path().join("static/ü/index.html"), "<p>umlaut</p>").unwrap();
    std::fs::create_dir_all(dir.path().join("static/a b")).unwrap();
    std::fs::write(dir.path().join("static/a b/index.html"), "<p>space</p>").unwrap();
    let serve = start(dir.path());
    for method in ["POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH"] {
        let r = serve.request(method, "/");
        assert_eq!(r.status, 405, "{method}");
        assert!(
            r.headers.contains("Allow: GET, HEAD"),
            "{method}: {}",
            r.headers
        );
    }
    let umlaut = serve.get("/%C3%BC");
    assert_eq!(umlaut.status, 301, "{}", umlaut.headers);
    assert!(
        umlaut.headers.contains("Location: /%C3%BC/"),
        "{}",
        umlaut.headers
    );
    assert!(serve.get("/%C3%BC/").body.contains("umlaut"));
    let space = serve.get("/a%20b");
    assert!(
        space.headers.contains("Location: /a%20b/"),
        "{}",
        space.headers
    );
    for odd in [
        "/%FF%FE",
        "/%C0%AE%C0%AE/",
        "/..%2F..%2Fcaravan.toml",
        "/%2e%2e/caravan.toml",
        "//etc/passwd",
    ] {
        let r = serve.get(odd);
        assert!(r.status == 403 || r.status == 404, "{odd}: {}", r.status);
        assert!(
            !r.body.contains("Serve test\"\n"),
            "{odd} leaked the config"
        );
    }
    assert_eq!(serve.get("/").status, 200, "serve still answers");
    let log: Vec<String> = serve.log.try_iter().collect();
    assert!(!log.iter().any(|l| l.contains("panicked")), "{log:?}");
}

#[test]
fn a_site_inside_a_folder_named_target_or_public_still_reloads() {
    let holder = tempfile::tempdir().unwrap();
    let fixture = fixture();
    let site = holder.path().join("target/public/digest");
    std::fs::create_dir_all(site.parent().unwrap()).unwrap();
    std::fs::rename(fixture.path(), &site).unwrap();
    let serve = start(&site);
    let events = serve.events();
    let path = site.join("content/alpha.md");
    std::fs::write(
        &path,
        read(&path).replace("Original alpha text.", "Edited under target/."),
    )
    .unwrap();
    assert_eq!(next_event(&serve, &events).0, "reload");
    assert!(serve
        .get("/articles/alpha/")
        .body
        .contains("Edited under target/."));
}
