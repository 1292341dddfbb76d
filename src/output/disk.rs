//! The output folder on disk, written incrementally.
//!
//! A record beside the folder (`.<name>.caravan-record`) holds, for every file caravan wrote, the
//! fingerprint of its inputs, the hash of its bytes and its size. A build renders only stale
//! files into a staging folder beside the output; nothing in the output is touched until every
//! file rendered. Then the record first marks the files about to change as unknown, the staged
//! files are renamed into place, files caravan wrote before and no longer produces are removed,
//! and the final record is written. A build killed at any point leaves a record the next build
//! trusts only where it is right, so it converges on exactly what a clean build writes.
//! Files caravan never wrote are never touched.

use super::Sink;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const RECORD_HEADER: &str = "caravan-record 1";

/// What the record knows of one written file.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Entry {
    fingerprint: u64,
    hash: u64,
    size: u64,
}

/// 0 is never a real fingerprint: the file is caravan's, but its bytes are not known.
const UNKNOWN: u64 = 0;

/// What a commit did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Written {
    pub written: usize,
    pub removed: usize,
}

pub struct DiskOutput {
    target: PathBuf,
    record_path: PathBuf,
    staging: PathBuf,
    /// The previous build's record, with entries whose file is gone or resized dropped.
    record: BTreeMap<String, Entry>,
    /// The output folder does not exist, or `--clean`: the staging folder becomes the output whole.
    whole: bool,
    /// Files rendered this run: their hash and size, and whether their bytes were staged.
    rendered: Mutex<HashMap<String, (u64, u64, bool)>>,
    committed: bool,
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = crate::render::stable_hasher();
    bytes.hash(&mut h);
    h.finish()
}

fn output_name(target: &Path) -> String {
    target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into())
}

/// A file of caravan's beside the output folder: `.<name>.caravan-<what>`, so that the folder
/// itself holds only the site.
pub fn beside(target: &Path, what: &str) -> PathBuf {
    let parent = target.parent().unwrap_or(Path::new("/"));
    parent.join(format!(".{}.caravan-{what}", output_name(target)))
}

impl DiskOutput {
    /// Opens the output folder `target` (resolved, checked against the inputs). `clean` ignores
    /// the record and replaces the whole folder.
    pub fn open(target: &Path, clean: bool) -> io::Result<DiskOutput> {
        let parent = target.parent().unwrap_or(Path::new("/")).to_path_buf();
        let name = output_name(target);
        std::fs::create_dir_all(&parent)?;
        remove_abandoned_staging(&parent, &name);
        let record_path = beside(target, "record");
        let staging = beside(target, &format!("staging-{}", std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging)?;
        }
        std::fs::create_dir_all(&staging)?;
        let whole = clean || !target.exists();
        let record = if whole {
            BTreeMap::new()
        } else {
            read_record(&record_path)
                .into_iter()
                .filter(|(path, entry)| {
                    std::fs::symlink_metadata(target.join(path))
                        .is_ok_and(|m| m.is_file() && m.len() == entry.size)
                })
                .collect()
        };
        Ok(DiskOutput {
            target: target.to_path_buf(),
            record_path,
            staging,
            record,
            whole,
            rendered: Mutex::new(HashMap::new()),
            committed: false,
        })
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// What the output holds: site path → fingerprint of the inputs it was made from.
    pub fn held(&self) -> HashMap<String, u64> {
        self.record
            .iter()
            .map(|(path, entry)| (path.clone(), entry.fingerprint))
            .collect()
    }

    /// Lands the rendered files. `fingerprints` holds every file of the site; `removed` the files
    /// caravan wrote before that the site no longer has.
    pub fn commit(
        mut self,
        fingerprints: &HashMap<String, u64>,
        removed: &[String],
    ) -> io::Result<Written> {
        let rendered = std::mem::take(&mut *self.rendered.lock().expect("rendered lock"));
        let mut done = Written::default();
        let mut record: BTreeMap<String, Entry> = BTreeMap::new();
        for (path, &fingerprint) in fingerprints {
            let entry = match (rendered.get(path), self.record.get(path)) {
                (Some(&(hash, size, _)), _) => Entry {
                    fingerprint,
                    hash,
                    size,
                },
                (None, Some(old)) => *old,
                (None, None) => {
                    return Err(io::Error::other(format!(
                        "{path} was neither rendered nor held (a caravan bug)"
                    )))
                }
            };
            record.insert(path.clone(), entry);
        }
        let staged: Vec<&String> = rendered
            .iter()
            .filter(|(_, &(_, _, staged))| staged)
            .map(|(p, _)| p)
            .collect();
        // When most of the site changed, renaming file by file costs more than linking the rest
        // into the staging folder and swapping the whole folder in (atomically, too).
        let relinked = !self.whole
            && staged.len() * 2 > fingerprints.len()
            && self.link_the_rest_into_staging(&rendered, removed).is_ok();
        if self.whole || relinked {
            write_record(&self.record_path, &BTreeMap::new())?;
            if self.target.exists() {
                exchange(&self.staging, &self.target)?;
                // The old output now sits at the staging path, and goes with it below.
            } else {
                std::fs::rename(&self.staging, &self.target)?;
            }
            done.written = staged.len();
            done.removed = if relinked { removed.len() } else { 0 };
        } else {
            if staged.is_empty() && removed.is_empty() {
                if record != self.record {
                    write_record(&self.record_path, &record)?;
                }
                self.finish();
                return Ok(done);
            }
            // First mark what is about to change as unknown, so a kill from here on is repaired.
            let mut marked = self.record.clone();
            for path in staged.iter().copied().chain(removed) {
                if let Some(entry) = marked.get_mut(path) {
                    entry.fingerprint = UNKNOWN;
                    entry.hash = UNKNOWN;
                }
            }
            write_record(&self.record_path, &marked)?;
            for path in &staged {
                let to = self.target.join(path);
                if let Some(dir) = to.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                std::fs::rename(self.staging.join(path), &to)?;
                done.written += 1;
            }
            for path in removed {
                let file = self.target.join(path);
                match std::fs::remove_file(&file) {
                    Ok(()) => done.removed += 1,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
                remove_empty_parents(&file, &self.target);
            }
        }
        write_record(&self.record_path, &record)?;
        self.finish();
        Ok(done)
    }

    /// Hard-links every file of the output that is not being replaced or removed (those caravan
    /// never wrote too) into the staging folder, so the staging folder becomes the whole new site.
    fn link_the_rest_into_staging(
        &self,
        rendered: &HashMap<String, (u64, u64, bool)>,
        removed: &[String],
    ) -> io::Result<()> {
        let removed: std::collections::HashSet<&str> = removed.iter().map(String::as_str).collect();
        for entry in walkdir::WalkDir::new(&self.target).min_depth(1) {
            let entry = entry.map_err(io::Error::other)?;
            let rel = entry
                .path()
                .strip_prefix(&self.target)
                .map_err(io::Error::other)?;
            let site_path = rel.to_string_lossy().replace('\\', "/");
            let to = self.staging.join(rel);
            // Folders come with the files in them: a folder emptied by a removal goes.
            if entry.file_type().is_dir() {
                continue;
            }
            let replaced = rendered
                .get(&site_path)
                .is_some_and(|&(_, _, staged)| staged);
            if replaced || removed.contains(site_path.as_str()) {
                continue;
            }
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent)?;
            }
            if entry.file_type().is_symlink() {
                std::os::unix::fs::symlink(std::fs::read_link(entry.path())?, &to)?;
            } else {
                std::fs::hard_link(entry.path(), &to)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) {
        self.committed = true;
        remove_tree(&self.staging);
    }
}

/// Removes a folder and everything in it, files in parallel: after a swap it holds the old site,
/// and on a disk one unlink at a time is the slow part of a build.
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    files.par_iter().for_each(|f| {
        let _ = std::fs::remove_file(f);
    });
    let _ = std::fs::remove_dir_all(dir);
}

impl Drop for DiskOutput {
    fn drop(&mut self) {
        if !self.committed {
            remove_tree(&self.staging);
        }
    }
}

impl Sink for DiskOutput {
    /// Stages a file unless the output already holds these very bytes.
    fn put(&self, site_path: &str, bytes: Vec<u8>) -> io::Result<()> {
        let hash = hash_bytes(&bytes);
        let size = bytes.len() as u64;
        let unchanged = !self.whole
            && match self.record.get(site_path) {
                Some(entry) if entry.hash != UNKNOWN => entry.hash == hash && entry.size == size,
                // No record of it: the file on disk may still hold these bytes (a build killed
                // after its renames, or a record lost); comparing is cheaper than writing.
                _ => std::fs::read(self.target.join(site_path)).is_ok_and(|old| old == bytes),
            };
        if !unchanged {
            let path = self.staging.join(site_path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, &bytes)?;
        }
        self.rendered
            .lock()
            .expect("rendered lock")
            .insert(site_path.to_string(), (hash, size, !unchanged));
        Ok(())
    }
}

/// Swaps two folders atomically where the kernel can (Linux), so the output is never missing.
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            // Some file systems cannot exchange: fall back to two renames.
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(e.into()),
        }
    }
    let aside = a.with_extension("old");
    std::fs::rename(b, &aside)?;
    std::fs::rename(a, b)?;
    std::fs::rename(&aside, a)
}

fn remove_empty_parents(file: &Path, stop: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == stop || !d.starts_with(stop) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// Staging folders of builds that died (their process is gone) are removed.
fn remove_abandoned_staging(parent: &Path, name: &str) {
    let prefix = format!(".{name}.caravan-staging-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let pid: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let alive = pid != std::process::id().to_string()
            && !pid.is_empty()
            && Path::new("/proc").join(&pid).exists();
        if !alive {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The record, or nothing when it is missing or damaged (then every file is compared anew).
fn read_record(path: &Path) -> BTreeMap<String, Entry> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return BTreeMap::new();
    };
    let mut lines = text.lines();
    if lines.next() != Some(RECORD_HEADER) {
        return BTreeMap::new();
    }
    let mut record = BTreeMap::new();
    for line in lines {
        let mut fields = line.splitn(4, ' ');
        let parsed = (|| {
            let fingerprint = u64::from_str_radix(fields.next()?, 16).ok()?;
            let hash = u64::from_str_radix(fields.next()?, 16).ok()?;
            let size = fields.next()?.parse().ok()?;
            let path: String = serde_json::from_str(fields.next()?).ok()?;
            let safe = !path.is_empty()
                && !path.starts_with('/')
                && path
                    .split('/')
                    .all(|p| !p.is_empty() && p != "." && p != "..");
            safe.then_some((
                path,
                Entry {
                    fingerprint,
                    hash,
                    size,
                },
            ))
        })();
        match parsed {
            Some((path, entry)) => {
                record.insert(path, entry);
            }
            None => return BTreeMap::new(),
        }
    }
    record
}

/// Writes the record atomically: a temporary file renamed over the old one.
fn write_record(path: &Path, record: &BTreeMap<String, Entry>) -> io::Result<()> {
    let mut text = String::with_capacity(record.len() * 80 + 32);
    text.push_str(RECORD_HEADER);
    text.push('\n');
    for (site_path, e) in record {
        let quoted = serde_json::to_string(site_path).map_err(io::Error::other)?;
        text.push_str(&format!(
            "{:x} {:x} {} {quoted}\n",
            e.fingerprint, e.hash, e.size
        ));
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(target: &Path, files: &[(&str, &str, u64)], clean: bool) -> Written {
        let out = DiskOutput::open(target, clean).unwrap();
        let held = out.held();
        let fingerprints: HashMap<String, u64> =
            files.iter().map(|(p, _, f)| (p.to_string(), *f)).collect();
        for (path, text, fingerprint) in files {
            if held.get(*path) != Some(fingerprint) {
                out.put(path, text.as_bytes().to_vec()).unwrap();
            }
        }
        let removed: Vec<String> = held
            .keys()
            .filter(|p| !fingerprints.contains_key(*p))
            .cloned()
            .collect();
        out.commit(&fingerprints, &removed).unwrap()
    }

    #[test]
    fn rebuilds_write_only_what_changed_and_leave_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let first = build(
            &target,
            &[("a/index.html", "A", 1), ("b.css", "B", 2)],
            false,
        );
        assert_eq!(first.written, 2);
        std::fs::write(target.join("mine.txt"), "not caravan's").unwrap();
        let again = build(
            &target,
            &[("a/index.html", "A", 1), ("b.css", "B", 2)],
            false,
        );
        assert_eq!(again, Written::default());
        // A new fingerprint with the same bytes writes nothing either.
        let same_bytes = build(
            &target,
            &[("a/index.html", "A", 9), ("b.css", "B", 2)],
            false,
        );
        assert_eq!(same_bytes.written, 0);
        let edit = build(&target, &[("a/index.html", "A2", 3)], false);
        assert_eq!(
            edit,
            Written {
                written: 1,
                removed: 1
            }
        );
        assert_eq!(
            std::fs::read_to_string(target.join("a/index.html")).unwrap(),
            "A2"
        );
        assert!(!target.join("b.css").exists());
        assert!(
            target.join("mine.txt").exists(),
            "a file caravan never wrote was removed"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 2, "staging left behind: {names:?}");
    }

    #[test]
    fn a_damaged_record_or_a_changed_file_is_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        build(&target, &[("x.html", "X", 1)], false);
        std::fs::write(dir.path().join(".public.caravan-record"), "garbage").unwrap();
        std::fs::write(target.join("x.html"), "tampered!").unwrap();
        let repaired = build(&target, &[("x.html", "X", 1)], false);
        assert_eq!(repaired.written, 1);
        assert_eq!(std::fs::read_to_string(target.join("x.html")).unwrap(), "X");
    }

    #[test]
    fn records_that_point_outside_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let record = dir.path().join(".public.caravan-record");
        std::fs::write(&record, format!("{RECORD_HEADER}\n1 1 1 \"../x\"\n")).unwrap();
        assert!(read_record(&record).is_empty());
    }

    #[test]
    fn abandoned_staging_of_dead_builds_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir.path().join(".public.caravan-staging-999999999");
        std::fs::create_dir_all(dead.join("a")).unwrap();
        let old = dir.path().join(".public.caravan-staging-999999998.old");
        std::fs::create_dir_all(&old).unwrap();
        build(&dir.path().join("public"), &[("x", "x", 1)], false);
        assert!(!dead.exists() && !old.exists());
    }

    #[test]
    fn clean_replaces_the_folder_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        build(&target, &[("x", "x", 1)], false);
        std::fs::write(target.join("stray"), "").unwrap();
        build(&target, &[("y", "y", 1)], true);
        assert!(target.join("y").exists() && !target.join("stray").exists());
    }
}
