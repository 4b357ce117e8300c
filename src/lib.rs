//! Klagomål, the app: the window. The command line is in `main.rs` and `cli/`; everything that
//! is not a window or a terminal is the library, `klagomal_core`.

pub mod ui;
