//! Exports: the case summary ("print the case") and the dossier for ARN, a court or a supervisor,
//! both made from everything the store holds on one case.

mod archive;
pub mod dossier;
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

pub use dossier::{ExportError, Exported, Request, WriteProblem};

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
    pub fn record(&self) -> summary::CaseRecord<'_> {
        summary::CaseRecord {
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
