//! A `caravan serve` child process for tests, with raw HTTP and server-sent-event helpers.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

pub struct Serve {
    child: Child,
    pub port: u16,
    /// What serve printed after it started serving.
    pub log: Receiver<String>,
    /// What it printed before.
    pub startup: Vec<String>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts serve on a free port and waits until it says where it serves.
pub fn start(root: &Path) -> Serve {
    start_with(root, &[])
}

/// The same, with more arguments for serve.
pub fn start_with(root: &Path, extra: &[&str]) -> Serve {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    start_on(root, port, extra)
}

/// Serve asked to use `port` first; the returned [`Serve`] knows the port it took. It runs the
/// way the README says: from inside the site folder, with the default root `.`.
pub fn start_on(root: &Path, port: u16, extra: &[&str]) -> Serve {
    let mut child = super::caravan()
        .args(["serve", "--port", &port.to_string()])
        .args(extra)
        .current_dir(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let (tx, log) = channel();
    for stream in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
    }
    // Generous: the serve benchmark starts it on 100,000 articles.
    let deadline = Instant::now() + Duration::from_secs(600);
    let mut seen = Vec::new();
    while Instant::now() < deadline {
        if let Ok(line) = log.recv_timeout(Duration::from_millis(200)) {
            if let Some(url) = line.split(" at http://127.0.0.1:").nth(1) {
                let port: u16 = url.split('/').next().unwrap().parse().unwrap();
                return Serve {
                    child,
                    port,
                    log,
                    startup: seen,
                };
            }
            seen.push(line);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("serve did not start: {seen:?}");
}

impl Serve {
    /// The serve process's peak and current resident memory, in MiB (from /proc).
    #[allow(dead_code)] // only the serve benchmark asks
    pub fn memory_mib(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| -> f64 {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
                .map_or(0.0, |kb| kb / 1024.0)
        };
        (field("VmHWM:"), field("VmRSS:"))
    }

    /// Sends Ctrl-C (SIGINT) and waits for serve to exit.
    pub fn interrupt(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let sent = std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("kill runs");
        assert!(sent.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("serve can be waited on") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "serve did not stop within 10 s of Ctrl-C"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

pub struct Response {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Serve {
    /// A GET with the path sent exactly as given.
    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path)
    }

    /// A request with the method and path sent exactly as given.
    pub fn request(&self, method: &str, path: &str) -> Response {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Response {
            status,
            headers: head.to_string(),
            body: body.to_string(),
        }
    }

    /// Subscribes to the live-reload events; yields each event's name and data.
    pub fn events(&self) -> Receiver<(String, String)> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "GET /__caravan/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        let (tx, rx) = channel();
        let (ready_tx, ready_rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stream);
            let (mut name, mut data) = (String::new(), Vec::new());
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                let l = line.trim_end().to_string();
                line.clear();
                if l.starts_with(": caravan") {
                    let _ = ready_tx.send(());
                } else if let Some(n) = l.strip_prefix("event: ") {
                    name = n.to_string();
                } else if let Some(d) = l.strip_prefix("data: ") {
                    data.push(d.to_string());
                } else if l.is_empty() && !name.is_empty() {
                    if tx
                        .send((std::mem::take(&mut name), data.join("\n")))
                        .is_err()
                    {
                        return;
                    }
                    data.clear();
                }
            }
        });
        ready_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("event stream opens");
        rx
    }
}

/// The next event, within 10 s; on a timeout the panic shows what serve printed.
pub fn next_event(serve: &Serve, events: &Receiver<(String, String)>) -> (String, String) {
    events
        .recv_timeout(Duration::from_secs(10))
        .unwrap_or_else(|_| {
            let log: Vec<String> = serve.log.try_iter().collect();
            panic!("no event within 10 s; serve printed:\n{}", log.join("\n"))
        })
}
