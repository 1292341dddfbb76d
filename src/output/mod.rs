//! Where rendered files go: the output folder on disk, written incrementally ([`disk`]), pages held
//! in memory for serve ([`memory`]), or nowhere (check).

pub mod disk;
pub mod memory;

/// Receives rendered files by site path (`articles/x/index.html`).
pub trait Sink: Sync {
    fn put(&self, site_path: &str, bytes: Vec<u8>) -> std::io::Result<()>;
}

/// Discards everything: `caravan check`.
pub struct NullSink;

impl Sink for NullSink {
    fn put(&self, _: &str, _: Vec<u8>) -> std::io::Result<()> {
        Ok(())
    }
}
