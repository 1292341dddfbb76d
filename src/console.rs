//! Terminal output that never panics: a closed pipe (`caravan ingest | head`) ends the output,
//! not the program.

use std::io::Write;

pub fn out(text: std::fmt::Arguments) {
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

pub fn err(text: std::fmt::Arguments) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Like `println!`, without the panic on a closed stdout.
#[macro_export]
macro_rules! say {
    ($($t:tt)*) => { $crate::console::out(format_args!($($t)*)) };
}

/// Like `eprintln!`, without the panic on a closed stderr.
#[macro_export]
macro_rules! tell {
    ($($t:tt)*) => { $crate::console::err(format_args!($($t)*)) };
}
