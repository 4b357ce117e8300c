//! The case form, shared by the new-case screen and the case overview: every field of a case,
//! validated as the officer types, with each problem shown by its field.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use iced::Task;
use iced::widget::text_editor;

use crate::ui::{Session, files};
use klagomal_core::domain::{
    CaseDetails, CaseDraft, CaseKind, Category, Channel, ComplainantType, Field, Language,
    MandateScope, Problem,
};
use klagomal_core::store::NewCaseFile;

mod view;

/// The id of the first field, for focusing it.
pub const FIRST_FIELD: &str = "case-form-subject";
/// The id of the identity number field.
pub const ID_NUMBER: &str = "case-form-id-number";
/// The id of the complainant's name field.
pub const NAME: &str = "case-form-name";
/// The id of the power of attorney's path field.
pub const POA_PATH: &str = "case-form-poa-path";

/// The single-line text fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    ReceivedAt,
    Subject,
    Name,
    IdNumber,
    Street,
    PostalCode,
    City,
    Country,
    Email,
    Phone,
    RepresentativeName,
    RepresentativeFirm,
    RepresentativeStreet,
    RepresentativePostalCode,
    RepresentativeCity,
    RepresentativeCountry,
    RepresentativeEmail,
    RepresentativePhone,
    PowerOfAttorneyUntil,
    DebtCases,
    Creditor,
    Amount,
    Remedy,
    FirstComplaint,
}

impl TextField {
    /// The field whose problems show under this input.
    const fn problem_field(self) -> Option<Field> {
        match self {
            TextField::ReceivedAt => Some(Field::ReceivedAt),
            TextField::Subject => Some(Field::Subject),
            TextField::Name => Some(Field::ComplainantName),
            TextField::IdNumber => Some(Field::IdNumber),
            TextField::Email => Some(Field::Email),
            TextField::RepresentativeName => Some(Field::RepresentativeName),
            TextField::RepresentativeEmail => Some(Field::RepresentativeEmail),
            TextField::PowerOfAttorneyUntil => Some(Field::PowerOfAttorneyUntil),
            TextField::Amount => Some(Field::Amount),
            TextField::FirstComplaint => Some(Field::FirstComplaint),
            _ => None,
        }
    }
}

/// The form's state.
#[derive(Debug)]
pub struct Form {
    draft: CaseDraft,
    description: text_editor::Content,
    problems: Vec<Problem>,
    touched: HashSet<Field>,
    show_all: bool,
    dirty: bool,
    today: NaiveDate,
    /// The power of attorney's file to keep on the case when the form is saved, chosen or
    /// typed (the path field is the fallback when the system has no file dialog).
    document_path: String,
    /// Why that file could not be read, shown under the path field.
    document_problem: Option<String>,
}

/// An edit to the form.
#[derive(Debug, Clone)]
pub enum Message {
    Text(TextField, String),
    Description(text_editor::Action),
    Channel(Channel),
    Kind(CaseKind),
    Category(Category),
    Language(Language),
    ComplainantType(ComplainantType),
    IdentityVerified(bool),
    HasRepresentative(bool),
    PowerOfAttorney(bool),
    Scope(MandateScope),
    ChooseDocument,
    DocumentChosen(Option<PathBuf>),
    DocumentPath(String),
}

impl Form {
    /// A form holding `draft`.
    pub fn new(draft: CaseDraft, today: NaiveDate) -> Form {
        let description = text_editor::Content::with_text(&draft.description);
        let mut form = Form {
            draft,
            description,
            problems: Vec::new(),
            touched: HashSet::new(),
            show_all: false,
            dirty: false,
            today,
            document_path: String::new(),
            document_problem: None,
        };
        form.revalidate();
        form
    }

    /// A form filled from a case, for editing.
    pub fn from_details(details: &CaseDetails, today: NaiveDate) -> Form {
        Form::new(CaseDraft::from_details(details), today)
    }

    /// Applies an edit and validates again; choosing the power of attorney's file opens the
    /// system's file dialog (the task to run).
    pub fn update(&mut self, message: Message) -> Option<Task<Message>> {
        self.dirty = true;
        let d = &mut self.draft;
        match message {
            Message::ChooseDocument => {
                return Some(Task::perform(files::pick_scan(), Message::DocumentChosen));
            }
            Message::DocumentChosen(None) => {}
            Message::DocumentChosen(Some(path)) => self.set_document_path(path.display()),
            Message::DocumentPath(v) => self.set_document_path(v),
            Message::Scope(scope) => d.power_of_attorney_scope = Some(scope),
            Message::Text(field, value) => {
                *text_slot(d, field) = value;
                if let Some(f) = field.problem_field() {
                    self.touched.insert(f);
                }
            }
            Message::Description(action) => {
                self.description.perform(action);
                d.description = self.description.text();
            }
            Message::Channel(c) => d.channel = c,
            Message::Kind(k) => d.kind = k,
            Message::Category(c) => d.category = Some(c),
            Message::Language(l) => d.language = l,
            Message::ComplainantType(t) => d.complainant_type = Some(t),
            Message::IdentityVerified(b) => d.identity_verified = b,
            Message::HasRepresentative(b) => d.has_representative = b,
            Message::PowerOfAttorney(b) => d.power_of_attorney = b,
        }
        self.revalidate();
        None
    }

    fn set_document_path(&mut self, path: impl ToString) {
        self.document_path = path.to_string();
        self.document_problem = None;
    }

    /// The power of attorney's file to keep on the case, read whole within the attachment size
    /// limit; `None` when none was chosen. Its problem (translated) is also shown by the path
    /// field.
    pub fn document(&mut self, session: &Session) -> Result<Option<NewCaseFile>, String> {
        let path = self.document_path.trim();
        if path.is_empty() || !self.draft.has_representative {
            return Ok(None);
        }
        let limit = u64::from(session.settings.intake.max_attachment_mb) * 1024 * 1024;
        let read = read_document(Path::new(path), limit);
        self.document_problem = read.as_ref().err().cloned();
        read.map(Some)
    }

    fn revalidate(&mut self) {
        self.problems = self.draft.parse(self.today).err().unwrap_or_default();
    }

    /// The details, or the problems (which are then all shown).
    pub fn submit(&mut self) -> Result<CaseDetails, Vec<Problem>> {
        self.show_all = true;
        self.draft.parse(self.today)
    }

    /// True when the officer has changed anything.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The problems as they stand.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

/// The draft's string behind each text field, by value and by reference, from one list.
macro_rules! text_slots {
    ($($variant:ident => $field:ident),+ $(,)?) => {
        fn text_slot(d: &mut CaseDraft, field: TextField) -> &mut String {
            match field { $(TextField::$variant => &mut d.$field,)+ }
        }

        fn text_slot_ref(d: &CaseDraft, field: TextField) -> &str {
            match field { $(TextField::$variant => &d.$field,)+ }
        }
    };
}

text_slots! {
    ReceivedAt => received_at,
    Subject => subject,
    Name => name,
    IdNumber => id_number,
    Street => street,
    PostalCode => postal_code,
    City => city,
    Country => country,
    Email => email,
    Phone => phone,
    RepresentativeName => representative_name,
    RepresentativeFirm => representative_firm,
    RepresentativeStreet => representative_street,
    RepresentativePostalCode => representative_postal_code,
    RepresentativeCity => representative_city,
    RepresentativeCountry => representative_country,
    RepresentativeEmail => representative_email,
    RepresentativePhone => representative_phone,
    PowerOfAttorneyUntil => power_of_attorney_until,
    DebtCases => debt_case_numbers,
    Creditor => creditor,
    Amount => amount,
    Remedy => requested_remedy,
    FirstComplaint => first_complaint_on,
}

/// A power of attorney's file (a PDF or a scan), within the size limit for attachments.
fn read_document(path: &Path, limit: u64) -> Result<NewCaseFile, String> {
    let (file_name, bytes) = files::read_to_keep(path, limit)?;
    Ok(NewCaseFile { file_name, bytes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(id_number: &str) -> Form {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let mut draft = CaseDraft::new(
            today.and_hms_opt(9, 0, 0).unwrap_or_default(),
            Channel::Email,
        );
        draft.subject = "Avgift".into();
        draft.name = "Bygg AB".into();
        draft.id_number = id_number.into();
        Form::new(draft, today)
    }

    #[test]
    fn the_complainant_type_is_inferred_and_can_be_changed() {
        let mut f = form("556016-0680");
        assert_eq!(
            f.draft.effective_complainant_type(f.today),
            ComplainantType::Company
        );
        let saved = f.submit().map(|d| d.complainant.complainant_type());
        assert_eq!(saved, Ok(ComplainantType::Company));
        f.update(Message::ComplainantType(ComplainantType::Consumer));
        let saved = f.submit().map(|d| d.complainant.chosen_type);
        assert_eq!(saved, Ok(Some(ComplainantType::Consumer)));
        assert!(f.is_dirty());
    }

    #[test]
    fn a_personal_data_request_records_a_checked_identity() {
        let mut f = form("811218-9876");
        f.update(Message::Kind(CaseKind::PersonalData));
        f.update(Message::IdentityVerified(true));
        assert_eq!(f.submit().map(|d| d.identity_verified), Ok(true));
    }
}
