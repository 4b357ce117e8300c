//! Correspondence: messages in and out, with their attachments and original bytes.

use rusqlite::{OptionalExtension, Row, params};
use sha2::{Digest, Sha256};

use super::{Batch, Result, Store, StoreError, cases, code_error};
use crate::domain::{
    Attachment, AttachmentId, AuditAction, CaseId, Message, MessageId, NewMessage,
};

fn message_from_row(r: &Row<'_>) -> rusqlite::Result<Message> {
    let direction: String = r.get(2)?;
    Ok(Message {
        id: MessageId(r.get(0)?),
        case_id: CaseId(r.get(1)?),
        direction: direction.parse().map_err(|e| code_error(2, e))?,
        at: r.get(3)?,
        from: r.get(4)?,
        to: r.get(5)?,
        subject: r.get(6)?,
        body: r.get(7)?,
        message_id: r.get(8)?,
        has_raw: r.get(9)?,
        channel: r
            .get::<_, String>(10)?
            .parse()
            .map_err(|e| code_error(10, e))?,
        attachments: Vec::new(),
    })
}

impl Batch<'_> {
    /// Keeps a message and its attachments on a case.
    pub fn add_message(&mut self, case: CaseId, message: NewMessage) -> Result<MessageId> {
        cases::load(self.tx, case)?;
        self.tx
            .prepare_cached(
                "INSERT INTO messages (case_id, direction, at, sender, recipients, subject, body, message_id, raw, content_hash, channel)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                case.0,
                message.direction.code(),
                message.at,
                message.from,
                message.to,
                message.subject,
                message.body,
                message.message_id,
                message.raw,
                message.content_hash,
                message.channel.code()
            ])?;
        let id = self.tx.last_insert_rowid();
        self.reindex.insert(case);
        for a in &message.attachments {
            let sha = hex::encode(Sha256::digest(&a.bytes));
            self.tx
                .prepare_cached(
                    "INSERT INTO attachments (message_id, file_name, content_type, size, sha256, bytes)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![id, a.file_name, a.content_type, a.bytes.len() as i64, sha, a.bytes])?;
        }
        let detail = serde_json::json!({
            "direction": message.direction,
            "channel": message.channel,
            "attachments": message.attachments.len(),
        });
        self.audit(
            AuditAction::MessageAdded,
            Some(case),
            Some(id),
            &detail.to_string(),
        )?;
        Ok(MessageId(id))
    }
}

impl Batch<'_> {
    /// Whether a message with this Message-ID, or these exact bytes, is kept already.
    pub fn message_known(&self, message_id: Option<&str>, content_hash: &str) -> Result<bool> {
        let by_id: bool = match message_id {
            Some(id) => self
                .tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM messages WHERE message_id = ?1)")?
                .query_row([id], |r| r.get(0))?,
            None => false,
        };
        if by_id {
            return Ok(true);
        }
        Ok(self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM messages WHERE content_hash = ?1)")?
            .query_row([content_hash], |r| r.get(0))?)
    }

    /// The case holding a message with one of these Message-IDs (a reply's In-Reply-To and
    /// References), the most recent first.
    pub fn case_for_message_ids(&self, ids: &[String]) -> Result<Option<CaseId>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT case_id FROM messages WHERE message_id = ?1 ORDER BY id DESC LIMIT 1",
        )?;
        for id in ids.iter().rev() {
            if let Some(case) = stmt.query_row([id], |r| r.get(0)).optional()? {
                return Ok(Some(CaseId(case)));
            }
        }
        Ok(None)
    }

    /// The case with this number, if any.
    pub fn case_id_by_number(&self, number: crate::domain::CaseNumber) -> Result<Option<CaseId>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM cases WHERE year = ?1 AND seq = ?2")?
            .query_row(params![number.year, number.seq], |r| r.get(0))
            .optional()?
            .map(CaseId))
    }
}

impl Store {
    /// Keeps a message on a case.
    pub fn add_message(&mut self, case: CaseId, message: NewMessage) -> Result<MessageId> {
        self.write(|b| b.add_message(case, message))
    }

    /// A case's messages, oldest first, with their attachments listed.
    pub fn messages(&self, case: CaseId) -> Result<Vec<Message>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, case_id, direction, at, sender, recipients, subject, body, message_id, raw IS NOT NULL, channel
             FROM messages WHERE case_id = ?1 ORDER BY at, id",
        )?;
        let mut messages: Vec<Message> = stmt
            .query_map([case.0], message_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let mut att = self.conn.prepare_cached(
            "SELECT id, file_name, content_type, size, sha256 FROM attachments WHERE message_id = ?1 ORDER BY id",
        )?;
        for m in &mut messages {
            let id = m.id;
            m.attachments = att
                .query_map([id.0], |r| {
                    Ok(Attachment {
                        id: AttachmentId(r.get(0)?),
                        message_id: id,
                        file_name: r.get(1)?,
                        content_type: r.get(2)?,
                        size: r.get::<_, i64>(3)?.unsigned_abs(),
                        sha256: r.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(messages)
    }

    /// The original bytes of a message, when kept.
    pub fn message_raw(&self, id: MessageId) -> Result<Option<Vec<u8>>> {
        let raw: Option<Option<Vec<u8>>> = self
            .conn
            .prepare_cached("SELECT raw FROM messages WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))
            .optional()?;
        raw.ok_or(StoreError::NotFoundRow("message"))
    }

    /// The bytes of an attachment.
    pub fn attachment_bytes(&self, id: AttachmentId) -> Result<Vec<u8>> {
        self.conn
            .prepare_cached("SELECT bytes FROM attachments WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NotFoundRow("attachment"))
    }
}
