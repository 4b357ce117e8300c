//! Investigation notes: an append-only log per case.

use rusqlite::params;

use super::{Batch, Result, Store, cases, code_error};
use crate::domain::{AuditAction, CaseId, NewNote, Note, NoteId, OfficerId};

impl Batch<'_> {
    /// Adds a note to a case's log, written by this batch's actor.
    pub fn add_note(&mut self, case: CaseId, note: NewNote) -> Result<Note> {
        cases::load(self.tx, case)?;
        self.tx
            .prepare_cached("INSERT INTO notes (case_id, author_id, at, kind, text) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![case.0, self.actor.0, self.now, note.kind.code(), note.text])?;
        let id = self.tx.last_insert_rowid();
        self.reindex.insert(case);
        let detail = serde_json::json!({ "kind": note.kind }).to_string();
        self.audit(AuditAction::NoteAdded, Some(case), Some(id), &detail)?;
        Ok(Note {
            id: NoteId(id),
            case_id: case,
            author: self.actor,
            at: self.now,
            kind: note.kind,
            text: note.text,
        })
    }
}

impl Store {
    /// Adds a note to a case.
    pub fn add_note(&mut self, case: CaseId, note: NewNote) -> Result<Note> {
        self.write(|b| b.add_note(case, note))
    }

    /// A case's notes, oldest first.
    pub fn notes(&self, case: CaseId) -> Result<Vec<Note>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, author_id, at, kind, text FROM notes WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([case.0], |r| {
            let kind: String = r.get(3)?;
            Ok(Note {
                id: NoteId(r.get(0)?),
                case_id: case,
                author: OfficerId(r.get(1)?),
                at: r.get(2)?,
                kind: kind.parse().map_err(|e| code_error(3, e))?,
                text: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
