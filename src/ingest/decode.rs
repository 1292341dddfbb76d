//! Raw seed bytes to clean text: BOM, UTF-16, CRLF, invalid UTF-8, binary and oversized files.

/// The text of a seed and what was wrong with it.
#[derive(Debug, PartialEq)]
pub enum Decoded {
    Text { text: String, warnings: Vec<String> },
    Skipped(String),
}

pub fn decode(bytes: &[u8], max_bytes: usize) -> Decoded {
    let mut warnings = Vec::new();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Decoded::Skipped("empty file: nothing to ingest".into());
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else {
        let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if looks_binary(bytes) {
            return Decoded::Skipped(
                "binary file (NUL or control bytes): not a scraped article".into(),
            );
        }
        let bytes = if bytes.len() > max_bytes {
            warnings.push(format!(
                "file is {} bytes; only the first {max_bytes} were read (raise [ingest] max_seed_bytes to read more)",
                bytes.len()
            ));
            &bytes[..max_bytes]
        } else {
            bytes
        };
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                // A cut at max_bytes may split the last character: that is not corruption.
                let at_cut = e.error_len().is_none() && bytes.len() == max_bytes;
                if !at_cut {
                    let (line, column) = line_column(bytes, e.valid_up_to());
                    warnings.push(format!(
                        "invalid UTF-8 at line {line}, column {column}: decoded with replacement characters"
                    ));
                }
                String::from_utf8_lossy(bytes)
                    .trim_end_matches('\u{FFFD}')
                    .to_string()
            }
        }
    };
    // Each pass copies the text only when it has something to change.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    let text = if text.contains('\u{00A0}') {
        text.replace('\u{00A0}', " ")
    } else {
        text
    };
    let text = strip_forbidden(text);
    if text.trim().is_empty() {
        return Decoded::Skipped("empty file: nothing to ingest".into());
    }
    Decoded::Text { text, warnings }
}

/// Line and column (both from 1, the column in characters) of a byte offset that ends a valid
/// UTF-8 prefix: what an editor shows, where a byte offset means nothing to a person.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let prefix = &bytes[..offset.min(bytes.len())];
    let line_start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + prefix.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + std::str::from_utf8(&prefix[line_start..]).map_or(0, |s| s.chars().count());
    (line, column)
}

/// Characters that no output may carry: C0 controls but newline and tab, DEL, C1 controls, and
/// the other characters XML 1.0 forbids (U+FFFE, U+FFFF). Feeds, RSS and HTML all choke on them.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The text without forbidden characters.
pub fn strip_forbidden(text: String) -> String {
    // Byte prefilter: C0 and DEL are single bytes, C1 controls start with 0xC2, U+FFFE/U+FFFF
    // with 0xEF; a text without any of these has nothing to strip.
    // Folded a block at a time, which the compiler turns into wide compares.
    let suspect = text.as_bytes().chunks(64).any(|block| {
        block.iter().fold(false, |any, &b| {
            any | ((b < 0x20 && b != b'\n' && b != b'\t') | (b == 0x7F) | (b == 0xC2) | (b == 0xEF))
        })
    });
    if !suspect || !text.chars().any(is_forbidden) {
        return text;
    }
    text.chars().filter(|&c| !is_forbidden(c)).collect()
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| word([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: Decoded) -> (String, Vec<String>) {
        match d {
            Decoded::Text { text, warnings } => (text, warnings),
            Decoded::Skipped(why) => panic!("skipped: {why}"),
        }
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        let (t, w) = text(decode(b"\xEF\xBB\xBFTitle\r\n\r\nBody\rend", 1000));
        assert_eq!(t, "Title\n\nBody\nend");
        assert!(w.is_empty());
    }

    #[test]
    fn invalid_utf8_warns_with_offset() {
        let (t, w) = text(decode(b"Caf\xE9 au lait", 1000));
        assert!(t.starts_with("Caf\u{FFFD}"));
        assert!(w[0].contains("line 1, column 4"), "{w:?}");
        let (_, w) = text(decode(b"Title\n\nZa\xC5\xA1to \xE9t\xE9", 1000));
        assert!(w[0].contains("line 3, column 7"), "{w:?}");
    }

    #[test]
    fn control_characters_are_dropped() {
        let dirty = "Article A\u{b}B\u{7}C\u{85}D\u{9c}E\u{FFFF}F\tG\nH about cooperation";
        let (t, _) = text(decode(dirty.as_bytes(), 1000));
        assert_eq!(t, "Article ABCDEF\tG\nH about cooperation");
    }

    #[test]
    fn empty_and_binary_are_skipped() {
        assert!(matches!(decode(b"  \n ", 1000), Decoded::Skipped(_)));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0IHDR", 1000),
            Decoded::Skipped(_)
        ));
    }

    #[test]
    fn huge_files_are_capped_with_a_warning() {
        let big = "word ".repeat(1000);
        let (t, w) = text(decode(big.as_bytes(), 100));
        assert_eq!(t.len(), 100);
        assert!(w[0].contains("only the first 100"));
    }

    #[test]
    fn utf16_is_decoded() {
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hi".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(text(decode(&bytes, 1000)).0, "Hi");
    }
}
