//! Files kept on a case rather than on a message: the representative's power of attorney.

use rusqlite::{OptionalExtension, params};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{Batch, Result, Store, StoreError, cases};
use crate::domain::{
    AuditAction, Case, CaseDetails, CaseFile, CaseFileId, CaseId, Field, Problem, ProblemKind,
};

/// The role of a power of attorney in `case_files`.
const POWER_OF_ATTORNEY: &str = "power_of_attorney";

/// A file to keep on a case: its name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCaseFile {
    /// The file's name (without the folder).
    pub file_name: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

impl Batch<'_> {
    /// Keeps a power of attorney on a case and refers to it from the representative, who then
    /// has one on file. Refused when the case has no representative.
    pub fn attach_power_of_attorney(&mut self, id: CaseId, file: &NewCaseFile) -> Result<Case> {
        let case = cases::load(self.tx, id)?;
        let mut details = case.details.clone();
        let Some(rep) = details.representative.as_mut() else {
            let problem = Problem::new(Field::RepresentativeName, ProblemKind::Required);
            return Err(StoreError::Invalid(vec![problem]));
        };
        let sha = hex::encode(Sha256::digest(&file.bytes));
        self.tx
            .prepare_cached(
                "INSERT INTO case_files (case_id, role, file_name, size, sha256, bytes, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                id.0,
                POWER_OF_ATTORNEY,
                file.file_name,
                file.bytes.len() as i64,
                sha,
                file.bytes,
                self.now
            ])?;
        let file_id = self.tx.last_insert_rowid();
        rep.power_of_attorney = true;
        rep.document = Some(CaseFile {
            id: CaseFileId(file_id),
            file_name: file.file_name.clone(),
            size: file.bytes.len() as u64,
        });
        let detail = json!({ "role": POWER_OF_ATTORNEY, "size": file.bytes.len() });
        self.audit(
            AuditAction::CaseFileAdded,
            Some(id),
            Some(file_id),
            &detail.to_string(),
        )?;
        self.update_case(id, details)
    }
}

impl Store {
    /// Registers a new case (`id` is `None`) or replaces a case's details, and keeps a power of
    /// attorney on it, all in one transaction.
    pub fn save_case_with_power_of_attorney(
        &mut self,
        id: Option<CaseId>,
        details: CaseDetails,
        file: Option<&NewCaseFile>,
    ) -> Result<Case> {
        self.write(|b| {
            let case = match id {
                Some(id) => b.update_case(id, details)?,
                None => b.create_case(details)?,
            };
            match file {
                Some(file) => b.attach_power_of_attorney(case.id, file),
                None => Ok(case),
            }
        })
    }

    /// Keeps a power of attorney on a case (see [`Batch::attach_power_of_attorney`]).
    pub fn attach_power_of_attorney(&mut self, id: CaseId, file: &NewCaseFile) -> Result<Case> {
        self.write(|b| b.attach_power_of_attorney(id, file))
    }

    /// The bytes of a file kept on a case.
    pub fn case_file_bytes(&self, id: CaseFileId) -> Result<Vec<u8>> {
        self.conn
            .prepare_cached("SELECT bytes FROM case_files WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NotFoundRow("case file"))
    }
}
