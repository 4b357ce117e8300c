//! `klagomal retention sweep [--dry-run] [--json]`: the retention sweep, its report per year
//! of closure, and (in a dry run) the cases it would anonymise and those it keeps.

use serde_json::json;

use crate::describe::{self, retention};
use klagomal_core::domain::LegalHold;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::{Store, Sweep};

use super::Failure;

/// `retention sweep`: anonymises the cases closed longer ago than the retention period, or
/// with `dry_run` says which it would. A missing role fails (exit 1) with its words.
pub fn sweep(store: &mut Store, dry_run: bool, as_json: bool) -> Result<(), Failure> {
    let sweep = store.retention_sweep(dry_run)?;
    if as_json {
        println!(
            "{}",
            serde_json::to_string_pretty(&as_json_value(&sweep)).unwrap_or_default()
        );
        return Ok(());
    }
    let l = &*LOADER;
    println!("{}", retention::summary(l, &sweep));
    for line in retention::years(l, &sweep) {
        println!("  {line}");
    }
    if dry_run {
        for line in retention::cases(l, &sweep) {
            println!("  {line}");
        }
    }
    let held = retention::held(l, &sweep);
    if !held.is_empty() {
        println!("{}", l.get("retention-held-heading"));
        for line in held {
            println!("  {line}");
        }
    }
    Ok(())
}

/// The sweep for scripts: the report, the cases by number and closure date, and the holds as
/// codes (a marked claim with its reason).
fn as_json_value(sweep: &Sweep) -> serde_json::Value {
    let cases: Vec<_> = sweep
        .cases
        .iter()
        .map(|c| json!({ "case": c.number.to_string(), "closed_on": c.closed_on }))
        .collect();
    let held: Vec<_> = sweep
        .held
        .iter()
        .map(|h| {
            let (hold, detail) = match &h.hold {
                LegalHold::Marked(reason) => ("marked", json!(reason)),
                LegalHold::OpenEscalation(body) => ("open_escalation", json!(body)),
                LegalHold::OpenCase(status) => ("open_case", json!(status)),
            };
            json!({
                "case": h.case.number.to_string(),
                "closed_on": h.case.closed_on,
                "hold": hold,
                "detail": detail,
                "text": describe::legal_hold(&LOADER, &h.hold),
            })
        })
        .collect();
    json!({
        "dry_run": sweep.dry_run,
        "months": sweep.months,
        "report": sweep.report,
        "cases": cases,
        "held": held,
    })
}
