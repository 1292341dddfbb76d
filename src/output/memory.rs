//! Pages held in memory, shared with serve's HTTP server. Writes gather in a batch and land
//! together, so a reader never sees half a rebuild.

use super::Sink;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

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
        self.files
            .lock()
            .expect("batch lock")
            .push((site_path.to_string(), bytes));
        Ok(())
    }
}
