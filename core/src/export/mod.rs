//! Exports: the case summary ("print the case") and the dossier for ARN, a court or a supervisor,
//! both made from everything the store holds on one case.

mod archive;
pub mod dossier;
pub mod extract;
mod manifest;
mod message;
mod plan;
pub mod present;
pub mod printed;
pub mod summary;
mod timeline;

use crate::domain::EscalationId;
use crate::domain::{
    AuditEvent, Case, CaseId, Escalation, Letter, Message, Note, Officer, Settings,
};
use crate::store::{Result, Store};

pub use crate::store::write_atomically;
pub use dossier::{ExportError, Exported, WriteProblem};
pub use plan::Request;

/// What the summary shows beyond what a recipient such as ARN should see.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Include the internal investigation notes.
    pub include_notes: bool,
    /// Show personnummer in full instead of `800101-XXXX`.
    pub unmask: bool,
}

/// Everything on a case, as read from the store.
#[derive(Debug, Clone, Copy)]
pub struct CaseRecord<'a> {
    pub case: &'a Case,
    pub settings: &'a Settings,
    pub officers: &'a [Officer],
    pub notes: &'a [Note],
    pub messages: &'a [Message],
    pub letters: &'a [Letter],
    pub escalations: &'a [(EscalationId, Escalation)],
    pub history: &'a [AuditEvent],
}

/// Everything on one case, read from the store in one go.
#[derive(Debug, Clone)]
pub struct CaseData {
    pub case: Case,
    pub settings: Settings,
    pub officers: Vec<Officer>,
    pub notes: Vec<Note>,
    pub messages: Vec<Message>,
    pub letters: Vec<Letter>,
    /// With their row ids, which the history's escalation events name.
    pub escalations: Vec<(EscalationId, Escalation)>,
    pub history: Vec<AuditEvent>,
    /// The company's logo for the letterhead.
    pub logo: Option<Vec<u8>>,
}

impl CaseData {
    /// Reads a case and all that belongs to it (attachment and original bytes are read later,
    /// one at a time).
    pub fn read(store: &Store, id: CaseId) -> Result<CaseData> {
        Ok(CaseData {
            case: store.case(id)?,
            settings: store.settings()?,
            officers: store.officers()?,
            notes: store.notes(id)?,
            messages: store.messages(id)?,
            letters: store.letters(id)?,
            escalations: store.escalations(id)?,
            history: store.case_history(id)?,
            logo: store.logo()?,
        })
    }

    /// The same, borrowed, as the summary reads it.
    pub fn record(&self) -> CaseRecord<'_> {
        CaseRecord {
            case: &self.case,
            settings: &self.settings,
            officers: &self.officers,
            notes: &self.notes,
            messages: &self.messages,
            letters: &self.letters,
            escalations: &self.escalations,
            history: &self.history,
        }
    }
}
