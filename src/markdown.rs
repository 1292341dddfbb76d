//! Markdown to HTML: pulldown-cmark with tables, footnotes, strikethrough, task lists and heading
//! ids; fenced code highlighted by syntect into CSS classes; raw HTML escaped unless trusted.

use crate::slug::slugify;
use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;
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
pub fn render(markdown: &str, allow_html: bool) -> String {
    let mut events: Vec<Event> = Vec::new();
    let mut code: Option<(String, String)> = None;
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut heading_start: Option<usize> = None;
    for event in Parser::new_ext(markdown, options()) {
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
            Event::Start(Tag::Heading { .. }) => {
                heading_start = Some(events.len());
                events.push(event);
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
    out
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

pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(render(md, true).contains("<script>"));
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
    fn css_has_both_schemes() {
        let css = highlight_css();
        assert!(css.contains(".hl-") && css.contains("prefers-color-scheme: dark"));
    }
}
