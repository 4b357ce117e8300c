//! The integration tests, linked into one binary: each module once had a binary of its own, and
//! every one of them carried the whole window toolkit (about 600 MB of debug build apiece).

mod common;

mod cli;
mod dossier;
mod escalation;
mod i18n;
mod inbox_search;
mod intake;
mod letters;
mod print_case;
mod statement;
mod store_cases;
mod store_files;
