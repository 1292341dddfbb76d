//! Where rendered pages go: a staging folder swapped in atomically on success, an in-memory
//! page map (serve), or nowhere (check).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

/// Receives rendered files by site path (`articles/x/index.html`).
pub trait Sink: Sync {
    fn put(&self, site_path: &str, bytes: Vec<u8>) -> std::io::Result<()>;
    /// Copies a static file from disk.
    fn copy(&self, site_path: &str, from: &Path) -> std::io::Result<()> {
        self.put(site_path, std::fs::read(from)?)
    }
}

/// Discards everything: `caravan check`.
pub struct NullSink;

impl Sink for NullSink {
    fn put(&self, _: &str, _: Vec<u8>) -> std::io::Result<()> {
        Ok(())
    }
    fn copy(&self, _: &str, from: &Path) -> std::io::Result<()> {
        std::fs::metadata(from).map(|_| ())
    }
}

/// A folder beside the output folder; [`Staging::commit`] swaps it in, dropping it without a
/// commit removes it, so a failed build leaves the previous output as it was.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Staging {
    pub fn new(target: &Path) -> std::io::Result<Staging> {
        let target = absolute(target)?;
        let parent = target
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        std::fs::create_dir_all(&parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.caravan-staging-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        Ok(Staging {
            target,
            dir,
            committed: false,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Replaces the output folder with the staged one.
    pub fn commit(mut self) -> std::io::Result<()> {
        let old = self.dir.with_file_name(format!(
            "{}.old",
            self.dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        let had_old = self.target.exists();
        if had_old {
            std::fs::rename(&self.target, &old)?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.target) {
            if had_old {
                let _ = std::fs::rename(&old, &self.target);
            }
            return Err(e);
        }
        self.committed = true;
        if had_old {
            std::fs::remove_dir_all(&old)?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

impl Sink for Staging {
    fn put(&self, site_path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        let path = self.dir.join(site_path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)
    }

    fn copy(&self, site_path: &str, from: &Path) -> std::io::Result<()> {
        let path = self.dir.join(site_path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(from, path).map(|_| ())
    }
}

/// Pages held in memory, shared with the HTTP server. Writes gather in a batch and land
/// together, so a reader never sees half a rebuild.
#[derive(Default, Clone)]
pub struct Pages {
    inner: Arc<RwLock<HashMap<String, Arc<Vec<u8>>>>>,
}

impl Pages {
    pub fn get(&self, site_path: &str) -> Option<Arc<Vec<u8>>> {
        self.inner
            .read()
            .expect("pages lock")
            .get(site_path)
            .cloned()
    }

    pub fn len(&self) -> usize {
        self.inner.read().expect("pages lock").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lands a batch: puts its files and removes `remove`, under one lock.
    pub fn apply(&self, batch: Batch, remove: &[String]) {
        let files = batch.files.into_inner().expect("batch lock");
        let mut map = self.inner.write().expect("pages lock");
        for path in remove {
            map.remove(path);
        }
        for (path, bytes) in files {
            map.insert(path, Arc::new(bytes));
        }
    }
}

/// Files rendered for [`Pages`], not yet visible to readers.
#[derive(Default)]
pub struct Batch {
    files: Mutex<Vec<(String, Vec<u8>)>>,
}

impl Sink for Batch {
    fn put(&self, site_path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.files
            .lock()
            .expect("batch lock")
            .push((site_path.to_string(), bytes));
        Ok(())
    }
}

fn absolute(path: &Path) -> std::io::Result<PathBuf> {
    if path.is_absolute() {
        Ok(path.to_path_buf())
    } else {
        Ok(std::env::current_dir()?.join(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staging_swaps_in_on_commit_and_vanishes_on_drop() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("old.html"), "old").unwrap();

        let failed = Staging::new(&out).unwrap();
        failed.put("new.html", b"new".to_vec()).unwrap();
        drop(failed);
        assert!(out.join("old.html").exists());
        assert_eq!(
            std::fs::read_dir(root.path()).unwrap().count(),
            1,
            "staging folder left behind"
        );

        let ok = Staging::new(&out).unwrap();
        ok.put("a/index.html", b"new".to_vec()).unwrap();
        ok.commit().unwrap();
        assert!(!out.join("old.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "new"
        );
        assert_eq!(std::fs::read_dir(root.path()).unwrap().count(), 1);
    }
}
