//! An article's body, rendered once and kept compressed. It depends only on the Markdown and on
//! `allow_html`, so it is made as the file is read (the Markdown is then dropped) and reused until
//! the file changes; a site's bodies are most of what a build holds in memory.

use super::search;
use crate::markdown;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RenderedBody {
    /// The body's HTML, LZ4-compressed.
    html: Packed,
    /// Its distinct words for the search index ([`search::words`]), LZ4-compressed.
    words: Packed,
    /// The body holds highlighted code (its page then loads the highlight stylesheet).
    pub has_code: bool,
    /// A hash of the HTML and the words: equal hashes, equal bodies.
    pub hash: u64,
}

impl RenderedBody {
    pub fn new(markdown_text: &str, allow_html: bool) -> RenderedBody {
        let html = markdown::render(markdown_text, allow_html);
        let words = search::words(&[markdown_text]);
        let mut h = super::stable_hasher();
        html.hash(&mut h);
        words.hash(&mut h);
        RenderedBody {
            has_code: html.contains("<pre class=\"code"),
            html: Packed::new(&html),
            words: Packed::new(&words),
            hash: h.finish(),
        }
    }

    pub fn html(&self) -> String {
        self.html.text()
    }

    pub fn words(&self) -> String {
        self.words.text()
    }
}

/// Text compressed with LZ4 (HTML shrinks to about a third), serialised as plain bytes.
#[derive(Debug, Clone)]
struct Packed(Box<[u8]>);

impl Packed {
    fn new(text: &str) -> Packed {
        Packed(lz4_flex::compress_prepend_size(text.as_bytes()).into_boxed_slice())
    }

    /// The text back. Bytes that do not decompress to UTF-8 (a damaged cache) give an empty
    /// text, never a panic; the cache that held them is checked by hash before use.
    fn text(&self) -> String {
        lz4_flex::decompress_size_prepended(&self.0)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

impl Serialize for Packed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Packed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Packed, D::Error> {
        struct Bytes;
        impl serde::de::Visitor<'_> for Bytes {
            type Value = Packed;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("compressed bytes")
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Packed, E> {
                Ok(Packed(v.into()))
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Packed, E> {
                Ok(Packed(v.into_boxed_slice()))
            }
        }
        d.deserialize_byte_buf(Bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_keeps_its_html_and_words_through_compression() {
        let body = RenderedBody::new(
            "Serbia and **Uzbekistan** sign.\n\n```rust\nfn x() {}\n```\n",
            false,
        );
        assert!(body.html().contains("<strong>Uzbekistan</strong>"));
        assert!(body.has_code);
        assert!(body.words().split(' ').any(|w| w == "uzbekistan"));
        let plain = RenderedBody::new("Serbia and Uzbekistan sign.", false);
        assert!(!plain.has_code);
        assert_ne!(plain.hash, body.hash);
        assert_eq!(
            plain.hash,
            RenderedBody::new("Serbia and Uzbekistan sign.", false).hash
        );
    }

    #[test]
    fn damaged_bytes_give_empty_text_not_a_panic() {
        assert_eq!(Packed(vec![9, 9, 9].into_boxed_slice()).text(), "");
    }
}
