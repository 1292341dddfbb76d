//! Headless Chromium (Debian's `chromium`, installed by .ci/run) opens an article served by
//! `caravan serve`; the test edits the file, and the open page shows the new text with no
//! manual reload. A stylesheet change is swapped in without reloading the page.
//!
//! The reader-facing checks: search finds a word of one article; axe-core reports no violation on
//! any page type, desktop and phone, light and dark; the Nu HTML checker reports no error. The
//! last two need `axe-core` and `vnu-jar` from npm (`.ci/run` installs them into target/a11y);
//! without them they say so and pass.

mod common;
use common::server::start;
use common::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    socket: tungstenite::WebSocket<TcpStream>,
    next_id: u64,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    fn launch() -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=0",
                &format!("--user-data-dir={}", profile.path().display()),
                "about:blank",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium is installed (apt-get install chromium; .ci/run does it)");
        // Chromium keeps writing to stderr: read it to the end in a thread, or it blocks or dies.
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                if let Some(url) = line.split("DevTools listening on ws://127.0.0.1:").nth(1) {
                    let _ = tx.send(url.split('/').next().and_then(|p| p.parse::<u16>().ok()));
                }
            }
        });
        let port = rx
            .recv_timeout(Duration::from_secs(30))
            .ok()
            .flatten()
            .expect("chromium prints its DevTools address");
        // The first page target's own socket.
        let targets: Value = serde_json::from_str(&http_get(port, "/json/list")).unwrap();
        let ws = targets
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page target")
            .to_string();
        let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let (socket, _) = tungstenite::client(ws.as_str(), stream).expect("DevTools socket");
        Browser {
            child,
            _profile: profile,
            socket,
            next_id: 1,
        }
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.socket
            .send(tungstenite::Message::text(
                json!({"id": id, "method": method, "params": params}).to_string(),
            ))
            .unwrap();
        loop {
            let message = self.socket.read().expect("DevTools answers");
            if let Ok(value) = serde_json::from_str::<Value>(message.to_text().unwrap_or("")) {
                if value["id"] == id {
                    return value;
                }
            }
        }
    }

    /// Evaluates an expression whose value is a promise, and returns what it resolves to.
    fn eval_async(&mut self, expression: &str) -> Value {
        let answer = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(e) = answer["result"].get("exceptionDetails") {
            panic!("{expression:.80}… threw {e}");
        }
        answer["result"]["result"]["value"].clone()
    }

    /// Opens `url` and waits until it has loaded.
    fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url}));
        let path = url
            .split_once("://")
            .map(|(_, r)| &r[r.find('/').unwrap_or(r.len())..])
            .unwrap_or(url);
        let path = path.split(['?', '#']).next().unwrap_or(path);
        assert!(
            self.wait_for(&format!(
                "document.readyState === 'complete' && location.pathname === {}",
                json!(path)
            )),
            "{url} loads"
        );
    }

    fn eval(&mut self, expression: &str) -> Value {
        self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        )["result"]["result"]["value"]
            .clone()
    }

    /// Polls `expression` until it is true, for up to 15 s.
    fn wait_for(&mut self, expression: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if self.eval(expression) == json!(true) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }
}

fn http_get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    // DevTools keeps the connection open: read the head, then exactly Content-Length bytes.
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap() > 0 && line != "\r\n" {
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap();
        }
        line.clear();
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    String::from_utf8(body).unwrap()
}

#[test]
fn an_open_page_shows_an_edit_without_a_manual_reload() {
    let dir = site("title = \"Browser test\"\n");
    write_item(
        dir.path(),
        &Item {
            file: "alpha.md",
            title: "Alpha talks",
            body: "Before the edit.\n",
            ..Item::default()
        },
    );
    let serve = start(dir.path());
    let mut browser = Browser::launch();

    let url = format!("http://127.0.0.1:{}/articles/alpha/", serve.port);
    browser.call("Page.navigate", json!({"url": url}));
    assert!(
        browser.wait_for("document.body && document.body.innerText.includes('Before the edit.')"),
        "the page loads"
    );
    // Wait until the live-reload stream is open before editing.
    std::thread::sleep(Duration::from_millis(500));
    browser.eval("window.caravanMarker = 'same page'");

    let path = dir.path().join("content/alpha.md");
    std::fs::write(
        &path,
        read(&path).replace("Before the edit.", "After the edit."),
    )
    .unwrap();
    assert!(
        browser.wait_for("document.body && document.body.innerText.includes('After the edit.')"),
        "the open page shows the edited text: {}",
        browser.eval("document.body ? document.body.innerText : ''")
    );
    assert_eq!(
        browser.eval("window.caravanMarker === undefined"),
        json!(true),
        "it came by a reload that the server sent"
    );

    // A stylesheet change swaps the stylesheet in place: the page is not reloaded.
    std::thread::sleep(Duration::from_millis(500));
    browser.eval("window.caravanMarker = 'same page'");
    std::fs::create_dir_all(dir.path().join("static")).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    browser.eval("window.caravanMarker = 'same page'");
    std::fs::write(
        dir.path().join("static/style.css"),
        "body { background: rgb(1, 2, 3); }",
    )
    .unwrap();
    assert!(
        browser.wait_for("getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'"),
        "new stylesheet applied"
    );
    assert_eq!(
        browser.eval("window.caravanMarker"),
        json!("same page"),
        "CSS swapped without a reload"
    );
}

/// A small digest with every kind of page and item: code, another language, a source link, an
/// undated item, a single-country item, tags, several pages of lists.
fn reader_site() -> tempfile::TempDir {
    let dir = site("title = \"Reader test\"\npaginate_by = 3\n");
    let items: &[(&str, &str, Option<&str>, &str, &str)] = &[
        (
            "code",
            "Serbia and Uzbekistan share open-source tools",
            Some("2024-04-30"),
            "[\"RS\", \"UZ\"]",
            "lang = \"en\"\nsource_url = \"https://example.com/a\"\noutlet = \"Tanjug\"\n",
        ),
        (
            "russian",
            "Узбекистан и Сербия подписали меморандум",
            Some("2024-03-02"),
            "[\"RS\", \"UZ\"]",
            "lang = \"ru\"\n",
        ),
        (
            "undated",
            "Uzbek delegation visits an IT park",
            None,
            "[\"RS\", \"UZ\"]",
            "added = 2025-01-02\n",
        ),
        (
            "alone",
            "Kazakhstan opens a data centre",
            Some("2023-11-20"),
            "[\"KZ\"]",
            "",
        ),
        (
            "korea",
            "Korea and Uzbekistan agree on e-government",
            Some("2022-06-01"),
            "[\"KR\", \"UZ\"]",
            "",
        ),
        (
            "germany",
            "Germany and Uzbekistan train engineers",
            Some("2021-09-15"),
            "[\"DE\", \"UZ\"]",
            "",
        ),
        (
            "serbia-germany",
            "Serbia and Germany open a zanzibarite lab",
            Some("2020-01-10"),
            "[\"DE\", \"RS\"]",
            "",
        ),
    ];
    for (file, title, date, pair, extra) in items {
        let date = date.map(|d| format!("date = {d}\n")).unwrap_or_default();
        std::fs::write(
            dir.path().join("content").join(format!("{file}.md")),
            format!(
                "+++\ntitle = \"{title}\"\n{date}countries = {pair}\npair = {pair}\nthemes = [\"it-industry\", \"diplomacy\"]\ntags = [\"Open Source\", \"e-government\"]\nsummary = \"About {title}.\"\n{extra}+++\nBody of {file}, with the word {file}marker.\n\n```rust\nfn main() {{\n    // a comment\n    let x = \"cooperation\";\n}}\n```\n"
            ),
        )
        .unwrap();
    }
    dir
}

/// The folder with `axe-core` and `vnu-jar`, if they are installed.
fn a11y_modules() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("CARAVAN_A11Y_MODULES")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| repo().join("target/a11y/node_modules"));
    if dir.join("axe-core/axe.min.js").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: {} has no axe-core; install it with `npm install --no-save --prefix target/a11y axe-core vnu-jar`",
            dir.display()
        );
        None
    }
}

/// Paths of one page of every type in `reader_site`.
const PAGE_TYPES: &[&str] = &[
    "/",
    "/articles/code/",
    "/articles/russian/",
    "/articles/undated/",
    "/articles/",
    "/articles/page/2/",
    "/pairs/",
    "/pairs/serbia-uzbekistan/",
    "/pairs/kazakhstan/",
    "/countries/",
    "/countries/uzbekistan/",
    "/countries/uzbekistan/page/2/",
    "/themes/",
    "/themes/it-industry/",
    "/tags/",
    "/tags/open-source/",
    "/timeline/",
    "/timeline/page/2/",
    "/search/?q=engineers",
    "/404.html",
];

#[test]
fn search_finds_a_word_from_one_article_and_filters() {
    let dir = reader_site();
    let serve = start(dir.path());
    let mut browser = Browser::launch();
    let base = format!("http://127.0.0.1:{}", serve.port);
    browser.open(&format!("{base}/search/?q=Zanzibarite"));
    assert!(
        browser.wait_for("document.querySelectorAll('#search-results li').length === 1"),
        "one result: {}",
        browser.eval("document.getElementById('search-status').textContent")
    );
    assert_eq!(
        browser.eval("document.querySelector('#search-results a').getAttribute('href')"),
        json!("/articles/serbia-germany/")
    );
    // The home page's search box leads there, and a filter narrows the results.
    browser.open(&format!("{base}/"));
    browser.eval("document.getElementById('home-q').value = 'engineers'; document.querySelector('.search-box').submit()");
    assert!(browser.wait_for("location.pathname === '/search/' && document.querySelectorAll('#search-results li').length === 1"));
    browser.open(&format!("{base}/search/?country=Kazakhstan"));
    assert!(browser.wait_for("document.querySelectorAll('#search-results li').length === 1"));
    assert!(browser
        .eval("document.querySelector('#search-results a').textContent")
        .as_str()
        .unwrap()
        .contains("Kazakhstan"));
    browser.open(&format!("{base}/search/?lang=ru"));
    assert!(browser.wait_for("document.querySelectorAll('#search-results li').length === 1"));
}

#[test]
fn axe_finds_no_violation_on_any_page_type() {
    let Some(modules) = a11y_modules() else {
        return;
    };
    let axe = read(modules.join("axe-core/axe.min.js"));
    let dir = reader_site();
    let serve = start(dir.path());
    // The bundled digest too: real titles, undated items, Serbian and Uzbek names.
    let bundled = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo().join("caravan.toml"),
        bundled.path().join("caravan.toml"),
    )
    .unwrap();
    std::fs::create_dir_all(bundled.path().join("seeds")).unwrap();
    for f in std::fs::read_dir(repo().join("seeds")).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), bundled.path().join("seeds").join(f.file_name())).unwrap();
    }
    assert!(run(&["build"], bundled.path()).status.success());
    let bundled_serve = start(bundled.path());
    let bundled_pages: Vec<String> = [
        "",
        "pairs/",
        "pairs/serbia-uzbekistan/",
        "countries/uzbekistan/",
        "timeline/",
    ]
    .iter()
    .map(|p| format!("http://127.0.0.1:{}/{p}", bundled_serve.port))
    .chain(
        files(&bundled.path().join("public/articles"))
            .iter()
            .filter(|f| f.ends_with("/index.html") && f.contains('-'))
            .take(2)
            .map(|f| {
                format!(
                    "http://127.0.0.1:{}/articles/{}",
                    bundled_serve.port,
                    f.trim_end_matches("index.html")
                )
            }),
    )
    .collect();
    let mut browser = Browser::launch();
    let mut violations = Vec::new();
    for (width, scheme) in [
        (1280, "light"),
        (390, "dark"),
        (390, "light"),
        (1280, "dark"),
    ] {
        browser.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}),
        );
        browser.call(
            "Emulation.setEmulatedMedia",
            json!({"features": [{"name": "prefers-color-scheme", "value": scheme}]}),
        );
        let fixture = PAGE_TYPES
            .iter()
            .map(|path| format!("http://127.0.0.1:{}{path}", serve.port));
        for url in fixture.chain(bundled_pages.iter().cloned()) {
            let path = url.split_once("127.0.0.1:").unwrap().1;
            let path = &path[path.find('/').unwrap()..];
            browser.open(&url);
            if path.starts_with("/search/") {
                assert!(
                    browser.wait_for("document.querySelectorAll('#search-results li').length > 0")
                );
            }
            browser.eval(&axe);
            let found = browser.eval_async(
                "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))",
            );
            for v in found.as_array().expect("axe answers") {
                violations.push(format!(
                    "{path} at {width}px {scheme}: {}",
                    v.as_str().unwrap()
                ));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "axe-core:\n{}",
        violations.join("\n")
    );
    // And axe does see a violation when there is one: an image without a text alternative.
    browser.eval("document.body.insertAdjacentHTML('beforeend', '<img src=\"x.png\">')");
    let found = browser.eval_async(
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => v.id))",
    );
    assert!(found.to_string().contains("image-alt"), "{found}");
}

#[test]
fn nu_html_checker_finds_no_error() {
    let Some(modules) = a11y_modules() else {
        return;
    };
    let jar = modules.join("vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.is_file(),
        "vnu-jar is installed beside axe-core: {}",
        jar.display()
    );
    let dir = reader_site();
    let out = run(&["build"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    let pages: Vec<String> = files(&public)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .map(|f| public.join(f).to_string_lossy().into_owned())
        .collect();
    assert!(pages.len() > 30);
    let checked = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .args(&pages)
        .output()
        .expect("java runs (apt-get install default-jre-headless)");
    let report = String::from_utf8_lossy(&checked.stderr);
    assert!(
        checked.status.success() && report.trim().is_empty(),
        "{report}"
    );
}
