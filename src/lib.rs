//! Klagomål: complaints handling for a Swedish debt collection company, offline and encrypted.

pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod import;
pub mod intake;
pub mod letters;
pub mod outbox;
pub mod paths;
pub mod print;
pub mod reports;
pub mod seed;
pub mod store;
pub mod ui;
