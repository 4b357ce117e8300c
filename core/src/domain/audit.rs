//! The audit trail's events: who did what to which record, and never any personal data.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::CaseId;
use super::codes::coded_enum;

coded_enum! {
    /// What happened.
    pub enum AuditAction as "audit action" {
        StoreCreated = "store.created",
        SettingsUpdated = "settings.updated",
        OfficerAdded = "officer.added",
        OfficerUpdated = "officer.updated",
        /// An officer was removed: they can no longer sign in.
        OfficerRemoved = "officer.removed",
        /// An officer's roles were changed (detail: the new roles).
        OfficerRolesChanged = "officer.roles_changed",
        /// An officer changed their own passphrase.
        PassphraseChanged = "officer.passphrase_changed",
        /// The store was put on a new data key (detail: why).
        StoreRekeyed = "store.rekeyed",
        /// The data key was exported.
        KeyExported = "store.key_exported",
        /// A backup of the store was made and verified (detail: cases and bytes).
        BackupMade = "store.backed_up",
        /// The store was restored from a backup (detail: when it was made, its case count).
        StoreRestored = "store.restored",
        CaseCreated = "case.created",
        CaseUpdated = "case.updated",
        StatusChanged = "case.status_changed",
        CaseAssigned = "case.assigned",
        NoteAdded = "note.added",
        MessageAdded = "message.added",
        LetterCreated = "letter.created",
        /// A kept letter was sent (by e-mail or post).
        LetterSent = "letter.sent",
        TemplateUpdated = "template.updated",
        EscalationAdded = "escalation.added",
        EscalationUpdated = "escalation.updated",
        CaseExported = "case.exported",
        /// A file was kept on a case (the representative's power of attorney).
        CaseFileAdded = "case.file_added",
        /// A letter was submitted for the complaints manager's review.
        ReviewSubmitted = "review.submitted",
        /// A complaints manager approved a draft; the letter was kept.
        ReviewApproved = "review.approved",
        /// A complaints manager returned a draft with a comment.
        ReviewReturned = "review.returned",
        /// Data about a person was disclosed (the disclosure log has what and to whom).
        DisclosureRecorded = "disclosure.recorded",
        /// A case's complainant was erased (counts of what went, nothing personal).
        CaseErased = "case.erased",
        /// An officer marked a legal claim on a case: it may not be erased.
        LegalHoldSet = "case.legal_hold_set",
        /// The legal claim's mark was taken off a case.
        LegalHoldReleased = "case.legal_hold_released",
        /// A detail of the complainant was rectified (detail: the field's name, no values).
        PersonRectified = "case.rectified",
        /// A retention sweep ran (detail: the period and counts per year of closure only).
        RetentionSwept = "retention.swept",
    }
}

/// One event of the hash-chained audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Position in the chain, from 1.
    pub seq: i64,
    /// When it happened.
    pub at: NaiveDateTime,
    /// Who did it: `officer:7` or `system`.
    pub actor: String,
    /// What was done.
    pub action: AuditAction,
    /// The case concerned, if any.
    pub case_id: Option<CaseId>,
    /// The row concerned (note, message, letter, officer), if any.
    pub entity_id: Option<i64>,
    /// Codes only (field names, statuses), as JSON; never names, numbers or texts.
    pub detail: String,
}
