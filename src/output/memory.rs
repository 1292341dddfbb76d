//! Pages held in memory, shared with serve's HTTP server. Writes gather in a batch and land
//! together, so a reader never sees half a rebuild. Pages are held LZ4-compressed: HTML shrinks
//! about six times, and decompressing one page per request costs microseconds.

use super::Sink;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

#[derive(Default, Clone)]
pub struct Pages {
    inner: Arc<RwLock<HashMap<String, Arc<[u8]>>>>,
}

impl Pages {
    /// The bytes of a page, if it is held.
    pub fn get(&self, site_path: &str) -> Option<Vec<u8>> {
        let compressed = self
            .inner
            .read()
            .expect("pages lock")
            .get(site_path)
            .cloned()?;
        lz4_flex::decompress_size_prepended(&compressed).ok()
    }

    pub fn contains(&self, site_path: &str) -> bool {
        self.inner
            .read()
            .expect("pages lock")
            .contains_key(site_path)
    }

    pub fn len(&self) -> usize {
        self.inner.read().expect("pages lock").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every site path held, sorted.
    pub fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self
            .inner
            .read()
            .expect("pages lock")
            .keys()
            .cloned()
            .collect();
        paths.sort();
        paths
    }

    /// Lands a batch: puts its files and removes `remove`, under one lock.
    pub fn apply(&self, batch: Batch, remove: &[String]) {
        let files = batch.files.into_inner().expect("batch lock");
        let mut map = self.inner.write().expect("pages lock");
        for path in remove {
            map.remove(path);
        }
        for (path, compressed) in files {
            map.insert(path, compressed.into());
        }
    }
}

/// Files rendered for [`Pages`] (compressed), not yet visible to readers.
#[derive(Default)]
pub struct Batch {
    files: Mutex<Vec<(String, Vec<u8>)>>,
}

impl Batch {
    pub fn len(&self) -> usize {
        self.files.lock().expect("batch lock").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Sink for Batch {
    fn put(&self, site_path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.files.lock().expect("batch lock").push((
            site_path.to_string(),
            lz4_flex::compress_prepend_size(&bytes),
        ));
        Ok(())
    }
}
