//! Content files as the pipeline holds them: read, with their bodies rendered (the Markdown is
//! dropped), and remembered between builds in a cache beside the output folder, so that a rebuild
//! reads and renders only the files that changed since the last one.
//!
//! A file is taken from the cache only when its stamp (size, modification and change times,
//! inode) is the one it had when the cached copy was read, and only by the same caravan binary
//! with the same `allow_html` and themes. A file changed within a second of being read is never
//! cached (a second edit in the same clock tick would keep its stamp). A cache that is missing,
//! damaged or from another setup is ignored; it never decides more than whether to re-read.

use crate::content::{self, Article};
use crate::diagnostics::Diagnostic;
use crate::render::RenderedBody;
use crate::taxonomy::Taxonomy;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// What one content file gave.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContentFile {
    /// The file as it was when read; None when it could not be stat'ed (never cached).
    pub stamp: Option<Stamp>,
    pub article: Option<(Arc<Article>, Arc<RenderedBody>)>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    /// Taken from a [`ReadCache`] rather than read.
    #[serde(skip)]
    pub from_cache: bool,
}

/// What tells a file changed without reading it. For a symlink, the link's and the target's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    modified_ns: i128,
    changed_ns: i128,
    inode: u64,
    target: Option<(u64, i128, i128, u64)>,
}

impl Stamp {
    pub fn of(path: &Path) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let parts = |m: &std::fs::Metadata| {
            (
                m.len(),
                m.mtime() as i128 * 1_000_000_000 + m.mtime_nsec() as i128,
                m.ctime() as i128 * 1_000_000_000 + m.ctime_nsec() as i128,
                m.ino(),
            )
        };
        let link = std::fs::symlink_metadata(path).ok()?;
        let target = if link.file_type().is_symlink() {
            Some(parts(&std::fs::metadata(path).ok()?))
        } else {
            None
        };
        let (len, modified_ns, changed_ns, inode) = parts(&link);
        Some(Stamp {
            len,
            modified_ns,
            changed_ns,
            inode,
            target,
        })
    }

    /// The latest change time the stamp shows, in nanoseconds since the epoch.
    fn latest_change_ns(&self) -> i128 {
        let own = self.modified_ns.max(self.changed_ns);
        self.target.map_or(own, |(_, m, c, _)| own.max(m).max(c))
    }
}

/// Reads one content file and renders its body, or takes both from `cache` when the file is
/// unchanged since they were made. `listed`: the file comes from [`content::list_dir`].
pub fn read(
    path: &Path,
    root: &Path,
    taxonomy: &Taxonomy,
    allow_html: bool,
    cache: Option<&ReadCache>,
    listed: bool,
) -> ContentFile {
    let stamp = Stamp::of(path);
    if let (Some(cache), Some(stamp)) = (cache, stamp) {
        let shown = path.strip_prefix(root).unwrap_or(path);
        if let Some(hit) = cache.entries.get(shown).filter(|f| f.stamp == Some(stamp)) {
            return ContentFile {
                from_cache: true,
                ..hit.clone()
            };
        }
    }
    let (article, errors, warnings) = if listed {
        content::read_listed_article(path, root, taxonomy)
    } else {
        content::read_article(path, root, taxonomy)
    };
    let article = article.map(|mut article| {
        let markdown = std::mem::take(&mut article.body);
        let body = RenderedBody::new(&markdown, allow_html);
        (Arc::new(article), Arc::new(body))
    });
    ContentFile {
        stamp,
        article,
        errors,
        warnings,
        from_cache: false,
    }
}

const CACHE_HEADER: &[u8; 16] = b"caravan-cache 1\n";

/// Content files read by an earlier build, by the path shown in messages.
#[derive(Default)]
pub struct ReadCache {
    entries: HashMap<PathBuf, ContentFile>,
}

impl ReadCache {
    /// What decides whether cached files may be used at all: this binary, `allow_html`, the
    /// themes and the site's root.
    pub fn setup_key(allow_html: bool, taxonomy: &Taxonomy, root: &Path) -> u64 {
        let mut h = crate::render::stable_hasher();
        env!("CARGO_PKG_VERSION").hash(&mut h);
        if let Some(exe) = std::env::current_exe().ok().and_then(|exe| Stamp::of(&exe)) {
            (exe.len, exe.modified_ns, exe.inode).hash(&mut h);
        }
        allow_html.hash(&mut h);
        taxonomy.hash(&mut h);
        root.hash(&mut h);
        h.finish()
    }

    /// The cache at `path` if it was written for `key`: every entry whose checksum holds (a
    /// damaged or cut entry, and what follows it, is left out). Read entry by entry, so that
    /// memory holds the entries, not the file besides.
    pub fn load(path: &Path, key: u64) -> ReadCache {
        let mut cache = ReadCache::default();
        let Ok(file) = std::fs::File::open(path) else {
            return cache;
        };
        let mut reader = io::BufReader::new(file);
        let mut head = [0u8; CACHE_HEADER.len() + 8];
        if reader.read_exact(&mut head).is_err()
            || head[..CACHE_HEADER.len()] != CACHE_HEADER[..]
            || head[CACHE_HEADER.len()..] != key.to_le_bytes()
        {
            return cache;
        }
        let mut bytes = Vec::new();
        while let Some(entry) = read_entry(&mut reader, &mut bytes) {
            let (shown, file) = entry;
            cache.entries.insert(shown, file);
        }
        cache
    }

    /// Writes the files read at `read_at` or before (less a second) to `path`, atomically.
    pub fn save<'a>(
        path: &Path,
        key: u64,
        files: impl Iterator<Item = (&'a PathBuf, &'a ContentFile)>,
        read_at: SystemTime,
    ) -> io::Result<()> {
        let settled_before = read_at
            .checked_sub(Duration::from_secs(1))
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        let dir = path.parent().unwrap_or(Path::new("."));
        let tmp = tempfile::NamedTempFile::new_in(dir)?;
        let mut writer = io::BufWriter::new(tmp);
        writer.write_all(CACHE_HEADER)?;
        writer.write_all(&key.to_le_bytes())?;
        let mut bytes = Vec::new();
        for entry in files
            .filter(|(_, f)| f.errors.is_empty() && f.article.is_some())
            .filter(|(_, f)| {
                f.stamp
                    .is_some_and(|s| s.latest_change_ns() < settled_before)
            })
        {
            bytes.clear();
            bincode::Options::serialize_into(bincode_options(), &mut bytes, &entry)
                .map_err(io::Error::other)?;
            writer.write_all(&(bytes.len() as u64).to_le_bytes())?;
            writer.write_all(&checksum(&bytes).to_le_bytes())?;
            writer.write_all(&bytes)?;
        }
        let tmp = writer.into_inner().map_err(|e| e.into_error())?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The largest entry read back: far above any real article's, and a bound on what a damaged
/// length can make the reader allocate.
const ENTRY_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The next entry, `[length][checksum][bincode]`, if it is whole and its checksum holds.
fn read_entry(reader: &mut impl Read, bytes: &mut Vec<u8>) -> Option<(PathBuf, ContentFile)> {
    let mut head = [0u8; 16];
    reader.read_exact(&mut head).ok()?;
    let (len, sum) = head.split_at(8);
    let len = u64::from_le_bytes(len.try_into().ok()?);
    if len > ENTRY_MAX_BYTES {
        return None;
    }
    bytes.resize(len as usize, 0);
    reader.read_exact(bytes).ok()?;
    if checksum(bytes).to_le_bytes() != sum {
        return None;
    }
    bincode::Options::deserialize(bincode_options(), bytes).ok()
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut h = crate::render::stable_hasher();
    h.write(bytes);
    h.finish()
}

fn bincode_options() -> impl bincode::Options {
    bincode::DefaultOptions::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taxonomy() -> Taxonomy {
        Taxonomy::parse(
            "[ict]\nname = \"ICT\"\ncovers = \"software\"\n",
            Path::new("themes.toml"),
        )
        .unwrap()
    }

    fn write(path: &Path, text: &str) {
        std::fs::write(path, text).unwrap();
    }

    const ARTICLE: &str = "+++\ntitle = \"Serbia and Uzbekistan\"\ncountries = [\"RS\", \"UZ\"]\npair = [\"RS\", \"UZ\"]\n+++\nFirst *body*.\n";

    /// Sets a file's times an hour back, as an older file's are.
    fn age(path: &Path) {
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_times(
            std::fs::FileTimes::new()
                .set_modified(hour_ago)
                .set_accessed(hour_ago),
        )
        .unwrap();
    }

    /// One content file in a fresh site, read once: (file, themes, cache key, what it gave).
    fn read_once(root: &Path) -> (PathBuf, Taxonomy, u64, ContentFile) {
        let file = root.join("a.md");
        write(&file, ARTICLE);
        let tax = taxonomy();
        let key = ReadCache::setup_key(false, &tax, root);
        let first = read(&file, root, &tax, false, None, true);
        (file, tax, key, first)
    }

    #[test]
    fn unchanged_files_come_from_the_cache_and_changed_ones_are_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let (file, tax, key, first) = read_once(root);
        let html = first.article.as_ref().unwrap().1.html();
        assert!(html.contains("<em>body</em>"));
        let cache_path = root.join(".cache");
        let shown = PathBuf::from("a.md");
        // Just written: its change time is too recent to trust, so it is not kept.
        ReadCache::save(
            &cache_path,
            key,
            [(&shown, &first)].into_iter(),
            SystemTime::now(),
        )
        .unwrap();
        assert!(ReadCache::load(&cache_path, key).is_empty());
        // Read a while ago: kept, and used while the stamp holds.
        let later = SystemTime::now() + Duration::from_secs(5);
        ReadCache::save(&cache_path, key, [(&shown, &first)].into_iter(), later).unwrap();
        let cache = ReadCache::load(&cache_path, key);
        assert_eq!(cache.len(), 1);
        // Prove the hit: change the cached copy, see it come back.
        let mut doctored = cache.entries[&shown].clone();
        doctored
            .warnings
            .push(Diagnostic::new("a.md", None, "from the cache"));
        let cache = ReadCache {
            entries: [(shown.clone(), doctored)].into_iter().collect(),
        };
        let hit = read(&file, root, &tax, false, Some(&cache), true);
        assert_eq!(hit.warnings.len(), 1);
        // The same size, other text: the stamp moves, the file is read again.
        write(&file, &ARTICLE.replace("First", "Other"));
        age(&file);
        let miss = read(&file, root, &tax, false, Some(&cache), true);
        assert!(miss.warnings.is_empty());
        assert!(miss.article.unwrap().1.html().contains("Other"));
    }

    #[test]
    fn a_cache_from_another_setup_or_damaged_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let (_, tax, key, first) = read_once(root);
        assert_ne!(key, ReadCache::setup_key(true, &tax, root));
        let cache_path = root.join(".cache");
        let shown = PathBuf::from("a.md");
        let later = SystemTime::now() + Duration::from_secs(5);
        ReadCache::save(&cache_path, key, [(&shown, &first)].into_iter(), later).unwrap();
        assert_eq!(ReadCache::load(&cache_path, key).len(), 1);
        assert!(ReadCache::load(&cache_path, key ^ 1).is_empty());
        let mut bytes = std::fs::read(&cache_path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0xff;
        write(&cache_path, "");
        std::fs::write(&cache_path, &bytes).unwrap();
        assert!(ReadCache::load(&cache_path, key).is_empty());
        std::fs::write(&cache_path, &bytes[..40]).unwrap();
        assert!(ReadCache::load(&cache_path, key).is_empty());
    }
}
