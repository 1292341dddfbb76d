//! Headless Chromium (Debian's `chromium`, installed by .ci/run) opens an article served by
//! `caravan serve`; the test edits the file, and the open page shows the new text with no
//! manual reload. A stylesheet change is swapped in without reloading the page.

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
