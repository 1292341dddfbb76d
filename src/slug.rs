//! URL slugs: lower-case ASCII, transliterated, hyphen-separated, stable.

/// `"Vučić visits Tashkent!"` → `"vucic-visits-tashkent"`.
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// A slug cut at a hyphen so that it stays at most `max` bytes long.
pub fn slugify_capped(text: &str, max: usize) -> String {
    let slug = slugify(text);
    if slug.len() <= max {
        return slug;
    }
    let cut = slug[..max].rfind('-').unwrap_or(max);
    slug[..cut].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_and_hyphenates() {
        assert_eq!(slugify("Vučić"), "vucic");
        assert_eq!(
            slugify("  Uzbekistan–South Korea: ICT!  "),
            "uzbekistan-south-korea-ict"
        );
        assert_eq!(slugify("Германия и Узбекистан"), "germaniia-i-uzbekistan");
        assert_eq!(slugify("open-source"), "open-source");
    }

    #[test]
    fn caps_at_a_hyphen() {
        assert_eq!(slugify_capped("alpha beta gamma", 12), "alpha-beta");
        assert_eq!(slugify_capped("short", 12), "short");
    }
}
