//! Klagomål, the app: the window (`ui`) and the words for the library's outcomes (`describe`),
//! which the command line in `main.rs` and `cli/` shares. Everything that is not a window or a
//! terminal is the library, `klagomal_core`.

pub mod cli;
pub mod describe;
pub mod ui;
