//! The serve URL resolver: never a file or redirect path that leaves the site, never a panic.
#![no_main]
use caravan::serve::http::{resolve, Resolved};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|url: &str| {
    for exists in [true, false] {
        let r = resolve(url, |_| exists);
        if let Resolved::File(p) | Resolved::Redirect(p) = r {
            assert!(!p.split('/').any(|s| s == ".."), "{url:?} -> {p:?}");
            assert!(!p.contains('\\') && !p.contains('\0'), "{url:?} -> {p:?}");
        }
    }
});
