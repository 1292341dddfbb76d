//! serve's HTTP side: maps request paths to pages held in memory, refuses anything that tries to
//! leave the site, and streams rebuild notices to open pages (server-sent events).

use super::{Broadcaster, EVENTS_PATH, LIVE_RELOAD_JS, LIVE_RELOAD_PATH};
use crate::output::memory::Pages;
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

/// What a request path resolves to.
#[derive(Debug, PartialEq)]
pub enum Resolved {
    File(String),
    Redirect(String),
    Refused,
    NotFound,
    LiveReload,
    Events,
}

/// Maps a request URL to a site path; anything that tries to leave the site is refused.
pub fn resolve(url: &str, exists: impl Fn(&str) -> bool) -> Resolved {
    let raw = url.split(['?', '#']).next().unwrap_or("");
    let lower = raw.to_ascii_lowercase();
    if !raw.starts_with('/')
        || lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%00")
    {
        return Resolved::Refused;
    }
    let Ok(decoded) = percent_encoding::percent_decode_str(raw).decode_utf8() else {
        return Resolved::Refused;
    };
    if decoded.contains(['\\', '\0']) || decoded.split('/').any(|seg| seg == ".." || seg == ".") {
        return Resolved::Refused;
    }
    let path = decoded.trim_start_matches('/');
    if path == LIVE_RELOAD_PATH {
        return Resolved::LiveReload;
    }
    if path == EVENTS_PATH {
        return Resolved::Events;
    }
    if path.is_empty() || path.ends_with('/') {
        let index = format!("{path}index.html");
        return if exists(&index) {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if exists(path) {
        return Resolved::File(path.to_string());
    }
    if exists(&format!("{path}/index.html")) {
        return Resolved::Redirect(format!("/{path}/"));
    }
    Resolved::NotFound
}

/// What a `Location` header may carry as it is; everything else is percent-encoded.
const LOCATION: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'|')
    .add(b'\\')
    .add(b'^')
    .add(b'%')
    .add(b'#')
    .add(b'?');

/// A site path made safe for a `Location` header: ASCII only, no spaces.
pub fn location(path: &str) -> String {
    utf8_percent_encode(path, LOCATION).to_string()
}

fn header(name: &str, value: &str) -> Option<tiny_http::Header> {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

fn with_headers<R: std::io::Read>(
    mut response: tiny_http::Response<R>,
    headers: &[(&str, &str)],
) -> tiny_http::Response<R> {
    for (name, value) in headers {
        if let Some(h) = header(name, value) {
            response.add_header(h);
        }
    }
    response
}

fn content_type(path: &str) -> String {
    if path.ends_with(".xml") && path.contains("atom") {
        return "application/atom+xml; charset=utf-8".into();
    }
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    match mime.type_() {
        mime_guess::mime::TEXT => format!("{mime}; charset=utf-8"),
        _ if mime.subtype() == "xml" || mime.subtype() == "javascript" => {
            format!("{mime}; charset=utf-8")
        }
        _ => mime.to_string(),
    }
}

pub fn serve_http(http: &tiny_http::Server, pages: &Pages, broadcaster: &Broadcaster) {
    for request in http.incoming_requests() {
        let pages = pages.clone();
        let broadcaster = broadcaster.clone();
        std::thread::spawn(move || respond(request, &pages, &broadcaster));
    }
}

fn respond(request: tiny_http::Request, pages: &Pages, broadcaster: &Broadcaster) {
    use tiny_http::{Method, Response};
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response = with_headers(
            Response::from_string("405 method not allowed: this server only reads\n")
                .with_status_code(405),
            &[
                ("Allow", "GET, HEAD"),
                ("Content-Type", "text/plain; charset=utf-8"),
            ],
        );
        let _ = request.respond(response);
        return;
    }
    let no_store = ("Cache-Control", "no-store");
    let result = match resolve(request.url(), |p| pages.contains(p)) {
        Resolved::File(path) => {
            let bytes = pages.get(&path).unwrap_or_default();
            let kind = content_type(&path);
            request.respond(with_headers(
                Response::from_data(bytes),
                &[("Content-Type", &kind), no_store],
            ))
        }
        Resolved::Redirect(to) => request.respond(with_headers(
            Response::empty(301),
            &[("Location", &location(&to))],
        )),
        Resolved::Refused => request.respond(with_headers(
            Response::from_string("403 forbidden: outside the site\n").with_status_code(403),
            &[("Content-Type", "text/plain; charset=utf-8")],
        )),
        Resolved::NotFound => {
            let body = pages
                .get("404.html")
                .unwrap_or_else(|| b"404 not found\n".to_vec());
            request.respond(with_headers(
                Response::from_data(body).with_status_code(404),
                &[("Content-Type", "text/html; charset=utf-8"), no_store],
            ))
        }
        Resolved::LiveReload => request.respond(with_headers(
            Response::from_string(LIVE_RELOAD_JS),
            &[("Content-Type", "text/javascript; charset=utf-8"), no_store],
        )),
        Resolved::Events => {
            stream_events(request, broadcaster);
            Ok(())
        }
    };
    let _ = result;
}

/// A server-sent event stream: one event per rebuild, a comment every 15 s to keep it open.
fn stream_events(request: tiny_http::Request, broadcaster: &Broadcaster) {
    use std::io::Write;
    let notices = broadcaster.subscribe();
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n: caravan live reload\n\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|_| writer.flush())
        .is_err()
    {
        return;
    }
    loop {
        let text = match notices.recv_timeout(Duration::from_secs(15)) {
            Ok(notice) => notice.as_event(),
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if writer
            .write_all(text.as_bytes())
            .and_then(|_| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_directories_and_refuses_traversal() {
        let exists =
            |p: &str| ["index.html", "a/index.html", "style.css", "ü/index.html"].contains(&p);
        assert_eq!(resolve("/", exists), Resolved::File("index.html".into()));
        assert_eq!(
            resolve("/a/?x=1", exists),
            Resolved::File("a/index.html".into())
        );
        assert_eq!(resolve("/a", exists), Resolved::Redirect("/a/".into()));
        assert_eq!(resolve("/%C3%BC", exists), Resolved::Redirect("/ü/".into()));
        assert_eq!(
            resolve("/style.css", exists),
            Resolved::File("style.css".into())
        );
        assert_eq!(resolve("/nope", exists), Resolved::NotFound);
        for bad in [
            "/../etc/passwd",
            "/a/../../x",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/etc/passwd",
            "/a%2f..%2fx",
            "/..%5cx",
            "/a/./b",
            "/a%00b",
            "/%c0%ae%c0%ae/x",
            "..",
            "",
        ] {
            assert_eq!(resolve(bad, exists), Resolved::Refused, "{bad}");
        }
    }

    #[test]
    fn location_headers_are_ascii_without_spaces() {
        assert_eq!(location("/ü a/"), "/%C3%BC%20a/");
        let value = location("/é\r\nSet-Cookie: x/");
        assert!(
            value.is_ascii() && !value.contains([' ', '\r', '\n']),
            "{value}"
        );
        assert!(header("Location", &value).is_some());
    }
}
