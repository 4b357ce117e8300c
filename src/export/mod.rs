//! Exports: the case summary ("print the case"); the dossier for ARN, a court or a supervisor
//! builds on it.

pub mod summary;
