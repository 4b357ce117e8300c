//! Letters kept on a case: immutable once stored.

use rusqlite::{OptionalExtension, params};

use super::{Batch, Result, Store, StoreError, cases, code_error};
use crate::domain::{
    Addressee, AuditAction, CaseId, Language, Letter, LetterId, LetterKind, NewLetter, OfficerId,
    Role,
};

/// Who approved a letter that needed review, and whether it was its own author.
#[derive(Debug, Clone, Copy)]
pub(super) struct Approval {
    pub by: OfficerId,
    pub self_approved: bool,
}

impl Batch<'_> {
    /// Keeps a finalised letter on a case, signed by this batch's actor.
    pub fn add_letter(&mut self, case: CaseId, letter: NewLetter) -> Result<Letter> {
        self.keep_letter(case, letter, self.actor, None)
    }

    /// Keeps a letter signed by `signer`, with its approval when it needed review.
    pub(super) fn keep_letter(
        &mut self,
        case: CaseId,
        letter: NewLetter,
        signer: OfficerId,
        approval: Option<Approval>,
    ) -> Result<Letter> {
        cases::load(self.tx, case)?;
        let approved_at = approval.map(|_| self.now);
        self.tx
            .prepare_cached(
                "INSERT INTO letters (case_id, kind, language, date, officer_id, created_at, text, pdf, addressee,
                                      approved_by, approved_at, self_approved)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?
            .execute(params![
                case.0,
                letter.kind.code(),
                letter.language.code(),
                letter.date,
                signer.0,
                self.now,
                letter.text,
                letter.pdf,
                letter.addressee.map(Addressee::code),
                approval.map(|a| a.by.0),
                approved_at,
                approval.is_some_and(|a| a.self_approved),
            ])?;
        let id = self.tx.last_insert_rowid();
        let detail =
            serde_json::json!({ "kind": letter.kind, "language": letter.language }).to_string();
        self.audit(AuditAction::LetterCreated, Some(case), Some(id), &detail)?;
        Ok(Letter {
            id: LetterId(id),
            case_id: case,
            kind: letter.kind,
            language: letter.language,
            date: letter.date,
            officer: signer,
            created_at: self.now,
            pdf_size: letter.pdf.len() as u64,
            text: letter.text,
            addressee: letter.addressee,
            approved_by: approval.map(|a| a.by),
            approved_at,
            self_approved: approval.is_some_and(|a| a.self_approved),
        })
    }
}

impl Store {
    /// Keeps a finalised letter on a case.
    pub fn add_letter(&mut self, case: CaseId, letter: NewLetter) -> Result<Letter> {
        self.write(|b| b.add_letter(case, letter))
    }

    /// A case's letters, oldest first.
    pub fn letters(&self, case: CaseId) -> Result<Vec<Letter>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, language, date, officer_id, created_at, text, length(pdf), addressee,
                    approved_by, approved_at, self_approved
             FROM letters WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([case.0], |r| {
            Ok(Letter {
                id: LetterId(r.get(0)?),
                case_id: case,
                kind: r
                    .get::<_, String>(1)?
                    .parse()
                    .map_err(|e| code_error(1, e))?,
                language: r
                    .get::<_, String>(2)?
                    .parse()
                    .map_err(|e| code_error(2, e))?,
                date: r.get(3)?,
                officer: OfficerId(r.get(4)?),
                created_at: r.get(5)?,
                text: r.get(6)?,
                pdf_size: r.get::<_, i64>(7)?.unsigned_abs(),
                addressee: r
                    .get::<_, Option<String>>(8)?
                    .map(|c| c.parse())
                    .transpose()
                    .map_err(|e| code_error(8, e))?,
                approved_by: r.get::<_, Option<i64>>(9)?.map(OfficerId),
                approved_at: r.get(10)?,
                self_approved: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The PDF of a letter, as sent.
    pub fn letter_pdf(&self, id: LetterId) -> Result<Vec<u8>> {
        self.conn
            .prepare_cached("SELECT pdf FROM letters WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NotFoundRow("letter"))
    }
}

impl Store {
    /// The officers' own text of a letter template, if they have edited it.
    pub fn custom_template(&self, kind: LetterKind, language: Language) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT source FROM templates WHERE kind = ?1 AND language = ?2")?
            .query_row(params![kind.code(), language.code()], |r| r.get(0))
            .optional()?)
    }

    /// Saves an edited template, or with `None` restores the default (administrators only).
    pub fn set_custom_template(
        &mut self,
        kind: LetterKind,
        language: Language,
        source: Option<&str>,
    ) -> Result<()> {
        self.write(|b| {
            b.require(Role::Admin)?;
            match source {
                Some(text) => b.tx.execute(
                    "INSERT INTO templates (kind, language, source) VALUES (?1, ?2, ?3)
                     ON CONFLICT (kind, language) DO UPDATE SET source = excluded.source",
                    params![kind.code(), language.code(), text],
                )?,
                None => b.tx.execute(
                    "DELETE FROM templates WHERE kind = ?1 AND language = ?2",
                    params![kind.code(), language.code()],
                )?,
            };
            let detail = serde_json::json!({ "kind": kind, "language": language, "restored": source.is_none() });
            b.audit(AuditAction::TemplateUpdated, None, None, &detail.to_string())
        })
    }
}
