//! Properties of caravan's output, shared by the fuzz targets and `tests/props.rs` (std only).
#![allow(dead_code)]

/// Attributes in the tags of `html` that would run script: an `on*` handler, a URL attribute
/// whose value a browser reads as a `javascript:`, `vbscript:`, `data:` or `file:` URL, or a
/// `style` that calls script.
pub fn live_script(html: &str) -> Vec<String> {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' || !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' && bytes[i] != b'/' {
            i += 1;
        }
        // Attributes, until the tag closes.
        loop {
            while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let start = i;
            while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let name = html[start..i].to_ascii_lowercase();
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            let mut value = "";
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && is_space(bytes[i]) {
                    i += 1;
                }
                match bytes.get(i) {
                    Some(&q) if q == b'"' || q == b'\'' => {
                        let end = html[i + 1..]
                            .find(q as char)
                            .map_or(html.len(), |e| i + 1 + e);
                        value = &html[i + 1..end];
                        i = end + 1;
                    }
                    _ => {
                        let s = i;
                        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                            i += 1;
                        }
                        value = &html[s..i];
                    }
                }
            }
            let url_attr = matches!(
                name.as_str(),
                "href"
                    | "src"
                    | "action"
                    | "formaction"
                    | "xlink:href"
                    | "poster"
                    | "background"
                    | "cite"
                    | "srcset"
                    | "data"
            );
            let style_script = name == "style" && {
                let v = browser_clean(value);
                v.contains("javascript:") || v.contains("expression(")
            };
            if name.starts_with("on") || (url_attr && dangerous_url(value)) || style_script {
                found.push(format!("{name}={value}"));
            }
        }
    }
    found
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// A value as a browser's URL parser sees the scheme: entities decoded, ASCII whitespace and
/// controls gone, lower case.
fn browser_clean(value: &str) -> String {
    decode_entities(value)
        .chars()
        .filter(|c| !(c.is_ascii_control() || *c == ' '))
        .collect::<String>()
        .to_ascii_lowercase()
}

pub fn dangerous_url(value: &str) -> bool {
    let v = browser_clean(value);
    ["javascript:", "vbscript:", "data:", "file:"]
        .iter()
        .any(|s| v.starts_with(s))
}

/// Numeric character references and the named ones a URL trick would use.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let body = &rest[1..];
        let (prefix, digits): (usize, fn(char) -> bool) =
            if body.starts_with("#x") || body.starts_with("#X") {
                (2, |c| c.is_ascii_hexdigit())
            } else if body.starts_with('#') {
                (1, |c| c.is_ascii_digit())
            } else {
                (0, |c| c.is_ascii_alphanumeric())
            };
        let name_len = prefix
            + body[prefix..]
                .find(|c: char| !digits(c))
                .unwrap_or(body.len() - prefix);
        let name = &body[..name_len];
        let code = if prefix == 2 {
            u32::from_str_radix(&name[2..], 16).ok()
        } else if prefix == 1 {
            name[1..].parse().ok()
        } else {
            match name {
                "amp" => Some(38),
                "lt" => Some(60),
                "gt" => Some(62),
                "quot" => Some(34),
                "apos" => Some(39),
                "colon" => Some(58),
                "Tab" => Some(9),
                "NewLine" => Some(10),
                _ => None,
            }
        };
        match code {
            Some(code) => {
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                let after = 1 + name_len;
                rest = &rest[after..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first character XML 1.0 forbids in `text`, if any.
pub fn xml_forbidden(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
    })
}

/// Whether `html` has a script element.
pub fn has_script_tag(html: &str) -> bool {
    html.to_ascii_lowercase().contains("<script")
}
