//! `klagomal export`: the dossier of a case as a ZIP, with the originals that go in unmasked.

use std::ops::ControlFlow;
use std::path::Path;

use crate::describe;
use klagomal_core::domain::EscalationBody;
use klagomal_core::export::Options;
use klagomal_core::export::dossier::{self, Request};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, message};
use klagomal_core::store::Store;

use super::{Failure, case_number};

/// `--to`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Recipient {
    Arn,
    Court,
    Fi,
    Inkassonamnden,
    Imy,
    Other,
}

impl From<Recipient> for EscalationBody {
    fn from(r: Recipient) -> Self {
        match r {
            Recipient::Arn => EscalationBody::Arn,
            Recipient::Court => EscalationBody::DistrictCourt,
            Recipient::Fi => EscalationBody::Fi,
            Recipient::Inkassonamnden => EscalationBody::Inkassonamnden,
            Recipient::Imy => EscalationBody::Imy,
            Recipient::Other => EscalationBody::Other,
        }
    }
}

/// Writes the dossier to `out` (a file, or a folder for the default name) and lists the
/// originals that hold a personnummer on standard error.
pub fn export(
    store: &mut Store,
    case: &str,
    recipient: EscalationBody,
    out: &Path,
    options: Options,
) -> Result<(), Failure> {
    let case = store.case_by_number(case_number(case)?)?;
    let request = Request {
        recipient,
        options,
        language: klagomal_core::i18n::current_language(),
    };
    let out = dossier::target(out, &case, recipient, store.today());
    let exported = dossier::export(store, case.id, &request, &out, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .map_err(|e| Failure {
        message: describe::export_error(&LOADER, &e),
        exit_code: 1,
    })?;
    if !exported.has_statement {
        eprintln!("{}", fl!("dossier-no-statement"));
    }
    if !exported.flagged.is_empty() {
        eprintln!("{}", fl!("cli-export-flagged"));
        for f in &exported.flagged {
            let why = if f.found {
                message("dossier-found")
            } else {
                message("dossier-not-searched")
            };
            eprintln!("  {} – {why}", f.path);
        }
    }
    println!(
        "{}",
        fl!(
            "cli-exported",
            path = exported.path.display().to_string(),
            files = exported.files,
            size = klagomal_core::domain::file_size(exported.bytes),
            sha256 = exported.sha256.as_str()
        )
    );
    Ok(())
}
