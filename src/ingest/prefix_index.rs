//! Words and labels looked up by the text they start. Kept by first character: a line starts
//! with one letter, and only the entries starting with it are compared.

use rustc_hash::FxHashMap;

pub(super) struct PrefixIndex<T> {
    by_first: FxHashMap<char, Vec<(String, T)>>,
}

impl<T> PrefixIndex<T> {
    /// Entries keep their order within each first character.
    pub(super) fn new(entries: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut by_first: FxHashMap<char, Vec<(String, T)>> = FxHashMap::default();
        for (text, value) in entries {
            if let Some(first) = text.chars().next() {
                by_first.entry(first).or_default().push((text, value));
            }
        }
        PrefixIndex { by_first }
    }

    /// The entries `text` starts with, in their order.
    pub(super) fn prefixes_of<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a T)> {
        text.chars()
            .next()
            .and_then(|first| self.by_first.get(&first))
            .into_iter()
            .flatten()
            .filter(move |(entry, _)| text.starts_with(entry.as_str()))
            .map(|(entry, value)| (entry.as_str(), value))
    }
}

#[cfg(test)]
mod tests {
    use super::PrefixIndex;

    #[test]
    fn finds_every_entry_a_text_starts_with_in_order() {
        let index = PrefixIndex::new(
            ["read also", "read", "related", "ещё", ""]
                .into_iter()
                .enumerate()
                .map(|(i, s)| (s.to_string(), i)),
        );
        let found: Vec<_> = index.prefixes_of("read also: x").collect();
        assert_eq!(found, vec![("read also", &0), ("read", &1)]);
        assert_eq!(index.prefixes_of("ещё новости").count(), 1);
        assert_eq!(index.prefixes_of("rea").count(), 0);
        assert_eq!(index.prefixes_of("").count(), 0);
    }
}
