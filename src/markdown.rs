//! Markdown to HTML: pulldown-cmark with tables, footnotes, strikethrough, task lists and heading
//! ids; fenced code highlighted by syntect into CSS classes; raw HTML escaped unless trusted.

use crate::slug::slugify;
use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Mutex, OnceLock};
use syntect::html::{css_for_theme_with_class_style, ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Loaded on the first fenced block that names a language, never before.
fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(two_face::syntax::extra_newlines)
}

/// Highlighted blocks by (language, code): digests repeat snippets, and syntect is the slow part.
fn highlight_cache() -> &'static Mutex<HashMap<u64, String>> {
    static CACHE: OnceLock<Mutex<HashMap<u64, String>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders a Markdown body. `allow_html` lets raw HTML through; otherwise it is shown as text.
/// Link and image destinations outside the URL allow-list ([`safe_url`]) lose their link and keep
/// their text, whatever `allow_html` says; trusted raw HTML then goes through a sanitizer too.
pub fn render(markdown: &str, allow_html: bool) -> String {
    let mut events: Vec<Event> = Vec::new();
    let mut code: Option<(String, String)> = None;
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut heading_start: Option<usize> = None;
    let mut dropped: Vec<bool> = Vec::new();
    // Dropped before parsing, not after: removing a control character from finished HTML
    // could join `java\x1fscript:` into a live scheme the checks above had let through.
    let markdown = xml_safe(markdown);
    for event in Parser::new_ext(&markdown, options()) {
        if let Some((lang, text)) = code.as_mut() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let html = highlight_block(lang, text);
                    events.push(Event::Html(html.into()));
                    code = None;
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs: _,
            }) => {
                // `{key=value}` attributes are written verbatim: `{onclick=…}` would be script.
                heading_start = Some(events.len());
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs: Vec::new(),
                }));
            }
            // A link or image whose URL is not safe is dropped, its text kept; `dropped` remembers,
            // for every open link and image, whether its end must go too.
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
                let url_ok = match &tag {
                    Tag::Link {
                        link_type: LinkType::Email,
                        ..
                    } => true,
                    Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => safe_url(dest_url),
                    _ => unreachable!("matched a link or an image"),
                };
                dropped.push(!url_ok);
                if url_ok {
                    events.push(Event::Start(tag));
                }
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                if !dropped.pop().unwrap_or(false) {
                    events.push(Event::End(end));
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_start.take() {
                    assign_heading_id(&mut events, start, &mut used_ids);
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Html(raw) | Event::InlineHtml(raw) if !allow_html => {
                events.push(Event::Text(raw))
            }
            other => events.push(other),
        }
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    if allow_html {
        out = sanitizer().clean(&out).to_string();
    }
    // Entities (`&#1;`) decode to forbidden characters too. Dropping them here cannot make a
    // live URL: every href/src passed safe_url, which ignores all controls already.
    match xml_safe(&out) {
        Cow::Borrowed(_) => out,
        Cow::Owned(clean) => clean,
    }
}

/// The sanitizer for trusted raw HTML: ammonia's safe defaults, plus what caravan itself emits
/// (highlighted code, heading ids, footnotes, task-list checkboxes).
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .add_generic_attributes(["id", "class"])
            .add_tags(["input", "section"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_tag_attributes("pre", ["data-lang"])
            .add_tag_attributes("th", ["style"])
            .add_tag_attributes("td", ["style"]);
        builder.attribute_filter(|element, attribute, value| {
            // ammonia passes a scheme it cannot parse (`java\x7fscript:`) as a relative URL.
            let url_attribute = matches!(
                attribute,
                "href" | "src" | "cite" | "action" | "formaction" | "poster" | "srcset"
            );
            if url_attribute && !safe_url(value) {
                return None;
            }
            // Tables align cells with `style="text-align: …"`; no other style survives.
            if attribute == "style" {
                let ok = matches!(element, "th" | "td")
                    && value
                        .strip_prefix("text-align: ")
                        .is_some_and(|a| matches!(a, "left" | "center" | "right"));
                return ok.then_some(value.into());
            }
            if element == "input" && attribute == "type" && value != "checkbox" {
                return None;
            }
            Some(value.into())
        });
        builder
    })
}

/// Whether a link or image destination may be written into `href`/`src`: http, https, mailto,
/// or a relative, fragment or query URL. Decided the way a browser reads it: ASCII whitespace and
/// control characters removed, scheme case-insensitive. `url` is already entity-decoded.
pub fn safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !(c.is_ascii_control() || *c == ' '))
        .collect();
    let end = cleaned.find([':', '/', '?', '#']);
    match end {
        Some(i) if cleaned.as_bytes()[i] == b':' => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
        // No colon before the path, query or fragment: relative.
        _ => true,
    }
}

/// Whether XML 1.0 allows `c` in a document (Rust strings hold no surrogates).
fn xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// `text` without the characters XML 1.0 forbids (C0 controls but tab, newline and carriage
/// return; U+FFFE, U+FFFF): one of them makes a whole feed malformed.
pub fn xml_safe(text: &str) -> Cow<'_, str> {
    // Every forbidden character starts with a byte of [`NOTABLE`] that is not markup.
    let suspicious = |b: &u8| NOTABLE[*b as usize] && !b"&<>\"'".contains(b);
    if !text.as_bytes().iter().any(suspicious) || text.chars().all(xml_char) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| xml_char(c)).collect())
    }
}

/// Elements with no end tag, as pulldown-cmark and ammonia write them.
const VOID_TAGS: &[&str] = &["br", "hr", "img", "input", "wbr", "col", "area"];

/// Rendered HTML cut to at most `max_bytes` at the end of a top-level block, so a feed carries
/// an excerpt of a huge body. When even the first block is too long, its text alone, cut at a
/// character (never inside an entity), goes in one paragraph.
pub fn truncate_html_for_feed(html: &str, max_bytes: usize) -> String {
    if html.len() <= max_bytes {
        return html.to_string();
    }
    let bytes = html.as_bytes();
    let mut depth: usize = 0;
    let mut last_cut = 0;
    let mut i = 0;
    while i < bytes.len() && i <= max_bytes {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let Some(len) = tag_len(&html[i..]) else {
            break;
        };
        let tag = &html[i + 1..i + len - 1];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let void = tag.ends_with('/') || VOID_TAGS.contains(&name.as_str());
        i += len;
        if closing {
            depth = depth.saturating_sub(1);
        } else if !void {
            depth += 1;
        }
        if depth == 0 && (closing || void) {
            let end = if bytes.get(i) == Some(&b'\n') {
                i + 1
            } else {
                i
            };
            if end <= max_bytes {
                last_cut = end;
            }
        }
    }
    if last_cut > 0 {
        return html[..last_cut].to_string();
    }
    first_block_text(html, max_bytes)
}

/// The length of the tag starting at `html[0] == '<'`, quoted attribute values included.
fn tag_len(html: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, &b) in html.as_bytes().iter().enumerate().skip(1) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some(i + 1),
            None => {}
        }
    }
    None
}

fn first_block_text(html: &str, max_bytes: usize) -> String {
    let budget = max_bytes.saturating_sub("<p>…</p>\n".len());
    let mut text = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let len = tag_len(rest).unwrap_or(rest.len());
            rest = &rest[len..];
            continue;
        }
        if c == '&' {
            let entity = rest.find(';').map_or(rest.len(), |e| e + 1);
            if text.len() + entity > budget {
                break;
            }
            text.push_str(&rest[..entity]);
            rest = &rest[entity..];
            continue;
        }
        if text.len() + c.len_utf8() > budget {
            break;
        }
        text.push(c);
        rest = &rest[c.len_utf8()..];
    }
    let text = text.trim_end();
    if text.is_empty() {
        return String::new();
    }
    format!("<p>{text}…</p>\n")
}

/// An excerpt of a Markdown body for a feed: the source cut at a blank line before `max_chars`,
/// rendered, so a 50 MB body is never rendered or copied whole.
pub fn render_excerpt(markdown: &str, allow_html: bool, max_chars: usize) -> String {
    let cut = match markdown.char_indices().nth(max_chars) {
        None => markdown,
        Some((end, _)) => {
            let head = &markdown[..end];
            match head.rfind("\n\n") {
                Some(para) if para > 0 => &head[..para],
                _ => head,
            }
        }
    };
    render(cut, allow_html)
}

fn assign_heading_id(events: &mut [Event], start: usize, used: &mut HashMap<String, usize>) {
    let text: String = events[start + 1..]
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
        let base = match id {
            Some(given) => given.to_string(),
            None => {
                let slug = slugify(&text);
                if slug.is_empty() {
                    "section".to_string()
                } else {
                    slug
                }
            }
        };
        let count = used.entry(base.clone()).or_insert(0);
        *count += 1;
        let unique = if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        };
        *id = Some(CowStr::from(unique));
    }
}

fn highlight_block(lang: &str, code: &str) -> String {
    let mut hasher = DefaultHasher::new();
    (lang, code).hash(&mut hasher);
    let key = hasher.finish();
    if let Some(hit) = highlight_cache().lock().expect("cache lock").get(&key) {
        return hit.clone();
    }
    let html = highlight_uncached(lang, code);
    highlight_cache()
        .lock()
        .expect("cache lock")
        .insert(key, html.clone());
    html
}

fn highlight_uncached(lang: &str, code: &str) -> String {
    let plain = || {
        let class = if lang.is_empty() {
            String::new()
        } else {
            format!(" class=\"language-{}\"", escape_html(lang))
        };
        format!(
            "<pre class=\"code\"><code{class}>{}</code></pre>\n",
            escape_html(code)
        )
    };
    if lang.is_empty() {
        return plain();
    }
    let set = syntaxes();
    let Some(syntax) = set.find_syntax_by_token(lang) else {
        return plain();
    };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return plain();
        }
    }
    format!(
        "<pre class=\"code hl-code\" data-lang=\"{}\"><code>{}</code></pre>\n",
        escape_html(lang),
        generator.finalize()
    )
}

/// The stylesheet for highlighted code: a light scheme, and a dark one for readers who prefer it.
pub fn highlight_css() -> String {
    use two_face::theme::EmbeddedThemeName;
    let themes = two_face::theme::extra();
    let light =
        css_for_theme_with_class_style(themes.get(EmbeddedThemeName::InspiredGithub), CLASS_STYLE)
            .unwrap_or_default();
    let dark =
        css_for_theme_with_class_style(themes.get(EmbeddedThemeName::OneHalfDark), CLASS_STYLE)
            .unwrap_or_default();
    format!("/* Code highlighting: generated by caravan from syntect themes. */\n{light}\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}\n")
}

/// Escapes text for HTML and XML (Tera's autoescape for every template), dropping the characters
/// XML forbids.
pub fn escape_html(text: &str) -> String {
    // Byte by byte: everything escaped or dropped is ASCII, or U+FFFE/U+FFFF (EF BF BE/BF), so
    // clean runs between them are copied whole and every cut falls on a character boundary.
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut run_start = 0;
    let mut i = 0;
    loop {
        match bytes[i..].iter().position(|&b| NOTABLE[b as usize]) {
            None => break,
            Some(offset) => i += offset,
        }
        let (replacement, width) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&#39;", 1),
            0xef if matches!(bytes.get(i + 1..i + 3), Some([0xbf, 0xbe | 0xbf])) => ("", 3),
            0xef => {
                i += 1;
                continue;
            }
            _ => ("", 1), // a control character XML forbids
        };
        out.push_str(&text[run_start..i]);
        out.push_str(replacement);
        i += width;
        run_start = i;
    }
    out.push_str(&text[run_start..]);
    out
}

/// Bytes [`escape_html`] must look at: markup characters, C0 controls but tab, newline and
/// carriage return, and 0xEF (which may start U+FFFE or U+FFFF).
static NOTABLE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = !matches!(b as u8, b'\t' | b'\n' | b'\r');
        b += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xef] = true;
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn escaping_equals_the_character_by_character_rule(text in "(\\PC|[\\x00-\\x1f&<>\"'\u{fffe}\u{ffff}\u{efbf}])*") {
            let mut expected = String::new();
            for c in text.chars() {
                match c {
                    c if !xml_char(c) => {}
                    '&' => expected.push_str("&amp;"),
                    '<' => expected.push_str("&lt;"),
                    '>' => expected.push_str("&gt;"),
                    '"' => expected.push_str("&quot;"),
                    '\'' => expected.push_str("&#39;"),
                    _ => expected.push(c),
                }
            }
            prop_assert_eq!(escape_html(&text), expected);
        }
    }

    #[test]
    fn extensions_and_heading_ids() {
        let html = render("# Vučić visit\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ [^1]\n\n- [x] done\n\n[^1]: note\n\n# Vučić visit\n", false);
        assert!(html.contains("<h1 id=\"vucic-visit\">"), "{html}");
        assert!(html.contains("<h1 id=\"vucic-visit-2\">"), "{html}");
        assert!(html.contains("<table>"));
        assert!(html.contains("<del>old</del>"));
        assert!(html.contains("type=\"checkbox\""));
        assert!(html.contains("footnote-definition"));
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        let md = "<script>alert(1)</script>\n\ntext <b>bold</b>\n";
        let safe = render(md, false);
        assert!(
            !safe.contains("<script>") && safe.contains("&lt;script&gt;"),
            "{safe}"
        );
        assert!(!safe.contains("<b>"));
        // Trusted HTML still goes through the sanitizer: formatting stays, script goes.
        let trusted = render(md, true);
        assert!(
            trusted.contains("<b>bold</b>") && !trusted.contains("<script"),
            "{trusted}"
        );
    }

    #[test]
    fn fenced_code_is_highlighted_and_unknown_language_is_plain() {
        let html = render("```rust\nfn main() {}\n```\n", false);
        assert!(
            html.contains("hl-code") && html.contains("class=\"hl-"),
            "{html}"
        );
        let plain = render("```nosuchlang\n<x>\n```\n", false);
        assert!(
            plain.contains("language-nosuchlang") && plain.contains("&lt;x&gt;"),
            "{plain}"
        );
    }

    #[test]
    fn removed_control_characters_never_join_a_script_scheme() {
        // Found by the markdown fuzz target: the sanitizer kept `javasc\x1fript:x` as a
        // relative URL, then dropping the \x1f made it `javascript:x`.
        let md = "<a href=\"javasc\u{1f}ript:x\">a</a> <a href=\"java\u{7f}script:y\">b</a>\u{b}\n";
        let html = render(md, true);
        assert!(!html.contains("javascript"), "{html}");
        // Also found by it: a numeric entity decodes to a character XML forbids.
        for allow_html in [false, true] {
            let html = render(
                "a&#1;b &#xb; [x](java&#1;script:z) <i>&#2;</i>\n",
                allow_html,
            );
            assert!(!html.contains(['\u{1}', '\u{2}', '\u{b}']), "{html:?}");
            assert!(!html.contains("script:"), "{html}");
        }
    }

    #[test]
    fn css_has_both_schemes() {
        let css = highlight_css();
        assert!(css.contains(".hl-") && css.contains("prefers-color-scheme: dark"));
    }
}
