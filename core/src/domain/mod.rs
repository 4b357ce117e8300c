//! Pure types and rules of complaint handling: cases, parties, deadlines, statuses. No I/O.

mod address;
mod audit;
mod backup;
pub mod calendar;
mod case;
mod case_number;
mod codes;
mod deadline;
mod disclosure;
mod dispatch;
mod draft;
mod erasure;
mod escalation;
mod id_shape;
mod identity;
mod image;
mod missing;
mod money;
mod names;
mod officer;
mod person;
mod records;
mod rectification;
mod representative;
mod retention;
mod review;
mod routes;
mod settings;
mod size;
mod status;
mod throttle;
mod validation;

pub use address::Address;
pub use audit::{AuditAction, AuditEvent};
pub use backup::{
    BackupSettings, Rotation, backup_due, backup_file_name, backup_made_at, backup_overdue, to_keep,
};
pub use case::{
    Case, CaseDetails, CaseId, CaseKind, Category, Channel, Complainant, ComplainantType, Language,
    OfficerId, Outcome, Suggestion,
};
pub use case_number::{CaseNumber, CaseNumberError};
pub use codes::UnknownCode;
pub use deadline::{
    DELAY_NOTICE_DAYS, DUE_SOON_DAYS, Deadline, DeadlineKind, DeadlineSettings, DeadlineState,
    Deadlines, ExtensionProblem, PERSONAL_DATA_EXTENDED_MONTHS, PERSONAL_DATA_NOTICE_MONTHS,
    REPLY_DAYS, TrackedDeadline, extension_problems, reply_by,
};
pub use disclosure::{
    Disclosure, DisclosureId, DisclosureSource, LegalBasis, NewDisclosure, Recipient,
};
pub use dispatch::{Dispatch, SentVia};
pub use draft::CaseDraft;
pub use erasure::{ERASED, HeldCase, LegalHold, legal_hold};
pub use escalation::{Escalation, EscalationBody, EscalationDecision, EscalationId, Position};
pub use id_shape::{contains_personal_number, mask_personal_numbers};
pub use identity::{IdNumber, IdNumberProblem};
pub use image::{ImageKind, image_kind};
pub use missing::MissingItem;
pub use money::{Money, MoneyProblem};
pub use names::{PersonName, clean_subject, genitive, person_name};
pub use officer::{Officer, Role, name_key};
pub use person::{MatchedBy, PersonMatch, PersonQuery, person_search_text, phone_key};
pub use records::{
    Attachment, AttachmentId, Direction, Letter, LetterId, LetterKind, Message, MessageId,
    NewAttachment, NewLetter, NewMessage, NewNote, Note, NoteId, NoteKind,
};
pub use rectification::{Correction, CorrectionProblem, RectifiedField};
pub use representative::{Addressee, CaseFile, CaseFileId, Mandate, MandateScope, Representative};
pub use retention::{
    MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS, RetentionSettings, SWEEP_REMINDER_DAYS,
    SweepReport, YearCounts, closed_on_after, parse_retention_months, retention_ends, sweep_due,
    sweep_reminder,
};
pub use review::{
    Draft, DraftId, HandledCase, ReviewProblem, ReviewSettings, ReviewState, conflict,
};
pub use routes::Route;
pub use settings::{
    Company, CustomerService, DEFAULT_REFERENCE_PATTERN, EnvelopeWindow, IntakeSettings,
    PREVIOUS_REFERENCE_PATTERNS, Settings, parse_prisbasbelopp_amount, parse_prisbasbelopp_year,
};
pub use size::file_size;
pub use status::{Status, TRANSITIONS, Transition, TransitionError};
pub use throttle::{FREE_ATTEMPTS, next_attempt_at, sign_in_delay};
pub use validation::{Field, Problem, ProblemKind, email_ok};
