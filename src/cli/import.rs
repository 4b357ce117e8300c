//! `klagomal import`: e-mail files and mailboxes into cases, with a summary.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use crate::describe;
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::intake::import::{Importer, Summary};
use klagomal_core::store::Store;
use serde_json::json;

use super::Failure;

/// Imports the paths; exit 0 when every message was imported or skipped as a duplicate, 1 when
/// any failed (the others are imported all the same).
pub fn import(store: &mut Store, paths: &[PathBuf], as_json: bool) -> Result<(), Failure> {
    let importer = Importer::new(store)?;
    let summary = klagomal_core::intake::import::import_paths(
        store,
        &importer,
        paths,
        &AtomicBool::new(false),
        |_, _| {},
    );
    if as_json {
        println!("{}", summary_json(&summary));
    } else {
        print_summary(&summary);
    }
    match summary.failed.len() {
        0 => Ok(()),
        n => Err(Failure {
            message: fl!("cli-import-failed", count = n),
            exit_code: 1,
        }),
    }
}

fn print_summary(s: &Summary) {
    for (i, (_, line)) in describe::import_summary(&LOADER, s, true)
        .into_iter()
        .enumerate()
    {
        let indent = if i == 0 { "" } else { "  " };
        println!("{indent}{line}");
    }
}

fn summary_json(s: &Summary) -> serde_json::Value {
    json!({
        "new_cases": s.new_cases,
        "added_to_cases": s.added,
        "duplicates": s.duplicates,
        "failed": s.failed.iter().map(|f| json!({ "file": f.file, "message": f.message, "reason": f.reason })).collect::<Vec<_>>(),
        "attachments_left_out": s.attachments_left_out.iter().map(|(f, n, size)| json!({ "file": f, "name": n, "bytes": size })).collect::<Vec<_>>(),
        "unknown_charsets": s.unknown_charsets.iter().map(|(f, c)| json!({ "file": f, "charset": c })).collect::<Vec<_>>(),
    })
}
