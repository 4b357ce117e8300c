//! Klagomål's library: complaints handling for a Swedish debt collection company, offline and
//! encrypted. Everything but the window lives here; the compiler keeps iced out (it is not a
//! dependency), so the app in the workspace root is the only place that knows a toolkit.

pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod intake;
pub mod letters;
pub mod paths;
pub mod seed;
pub mod store;
