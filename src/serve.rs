//! Placeholder replaced below.
pub const LIVE_RELOAD_PATH: &str = "__caravan/live.js";
pub struct ServeOptions {
    pub root: std::path::PathBuf,
    pub interface: String,
    pub port: u16,
    pub open: bool,
    pub drafts: bool,
}
pub fn run(_o: ServeOptions) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("serve is not built yet")
}
