//! The library's integration tests, linked into one binary (each binary links SQLCipher, the PDF
//! writer and the mail parser again; the window toolkit is not a dependency of the library).

mod common;

mod backup;
mod correspondence;
mod disclosures;
mod dossier;
mod eml;
mod erasure;
mod escalation;
mod eval_set;
mod gdpr_extension;
mod i18n;
mod import_batch;
mod inbox_search;
mod intake;
mod intake_eval;
mod key_slots;
mod layers;
mod letter_wording;
mod letters;
mod officers;
mod people;
mod present;
mod print_case;
mod rectification;
mod register_extract;
mod representative;
mod retention;
mod scan;
mod search_swedish;
mod statement;
mod store_cases;
mod store_files;
