//! `klagomal import`: e-mail files and mailboxes into cases, with a summary.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use klagomal::fl;
use klagomal::import::{Importer, Summary};
use klagomal::store::Store;
use serde_json::json;

use super::Failure;

/// Imports the paths; exit 0 when every message was imported or skipped as a duplicate, 1 when
/// any failed (the others are imported all the same).
pub fn import(store: &mut Store, paths: &[PathBuf], as_json: bool) -> Result<(), Failure> {
    let importer = Importer::new(store)?;
    let summary =
        klagomal::import::import_paths(store, &importer, paths, &AtomicBool::new(false), |_, _| {});
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
    println!(
        "{}",
        fl!(
            "import-summary",
            new = s.new_cases,
            added = s.added,
            duplicates = s.duplicates,
            failed = s.failed.len()
        )
    );
    for f in &s.failed {
        let place = f.message.map(|n| format!(" #{n}")).unwrap_or_default();
        println!(
            "  {}{place}: {}",
            f.file.display(),
            klagomal::i18n::describe_import_failure(&f.reason)
        );
    }
    for (file, name, size) in &s.attachments_left_out {
        println!(
            "  {}: {}",
            file.display(),
            fl!(
                "import-attachment-left-out",
                name = name.as_str(),
                mb = size.div_ceil(1024 * 1024)
            )
        );
    }
    for (file, charset) in &s.unknown_charsets {
        println!(
            "  {}: {}",
            file.display(),
            fl!("import-unknown-charset", charset = charset.as_str())
        );
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
