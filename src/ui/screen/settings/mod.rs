//! Settings: the company profile and logo, the officer's own name and title, the interface
//! language (switched at once and remembered), deadline defaults and the auto-lock, the
//! officers and their roles — all for an administrator; any officer sees only their own name,
//! title, language and passphrase.

use std::path::PathBuf;

use iced::Task;

pub mod backup;
mod letters;
pub mod officers;
mod prisbasbelopp;
pub mod retention;
mod view;

use crate::ui::Session;
use klagomal_core::domain::{Language, Officer, Role, Settings};
use klagomal_core::i18n;
use klagomal_core::store::StoreError;

/// The save button's id.
pub const SAVE: &str = "settings-save";
/// The page's scrollable's id: opened for the retention sweep, it is scrolled to its end,
/// where the retention part is.
pub const PAGE: &str = "settings-page";

/// The text fields of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    CompanyName,
    OrgNumber,
    Street,
    PostalCode,
    City,
    Phone,
    Email,
    Web,
    CustomerServicePhone,
    CustomerServiceEmail,
    CustomerServiceHours,
    OfficerName,
    OfficerTitle,
    AcknowledgementDays,
    AnswerDays,
    PersonalDataMonths,
    ArnMonths,
    AutoLock,
    AttachmentMb,
    ReferencePattern,
    LogoPath,
    /// The collection cases the signed-in officer has handled, separated by commas.
    HandledCases,
}

/// The number fields, with the range each accepts.
const NUMBERS: [(Field, u32, u32); 6] = [
    (Field::AcknowledgementDays, 1, 30),
    (Field::AnswerDays, 1, 90),
    (Field::PersonalDataMonths, 1, 3),
    (Field::ArnMonths, 1, 24),
    (Field::AutoLock, 0, 240),
    (Field::AttachmentMb, 1, 100),
];

/// What the screen holds: the settings being edited, as text where the officer types.
#[derive(Debug)]
pub struct State {
    settings: Settings,
    officer: Officer,
    numbers: Vec<(Field, String)>,
    logo_path: String,
    handled_cases: String,
    logo_size: Option<usize>,
    saved: bool,
    invalid: Vec<Field>,
    letters: letters::Letters,
    prisbasbelopp: prisbasbelopp::Prisbasbelopp,
    retention: retention::Retention,
    backup: backup::Backup,
    officers: officers::Officers,
}

/// What happens on the screen.
#[derive(Debug, Clone)]
pub enum Message {
    Text(Field, String),
    Inkassonamnden(bool),
    SelfApproval(bool),
    Language(Language),
    ChooseLogo,
    LogoChosen(Option<PathBuf>),
    LoadLogoPath,
    RemoveLogo,
    Save,
    Back,
    Letters(letters::Message),
    Prisbasbelopp(prisbasbelopp::Message),
    Retention(retention::Message),
    Backup(backup::Message),
    Officers(officers::Message),
}

/// What the parent does next.
pub enum Action {
    None,
    Run(Task<Message>),
    Back,
    Error(StoreError),
}

impl State {
    /// The screen with the store's current settings.
    pub fn new(session: &Session) -> State {
        let s = &session.settings;
        let officer = session.store.signed_in().clone();
        let numbers = vec![
            (
                Field::AcknowledgementDays,
                s.deadlines.acknowledgement_working_days.to_string(),
            ),
            (Field::AnswerDays, s.deadlines.final_answer_days.to_string()),
            (
                Field::PersonalDataMonths,
                s.deadlines.personal_data_months.to_string(),
            ),
            (Field::ArnMonths, s.deadlines.arn_window_months.to_string()),
            (Field::AutoLock, s.auto_lock_minutes.to_string()),
            (Field::AttachmentMb, s.intake.max_attachment_mb.to_string()),
        ];
        let logo_size = session.store.logo().ok().flatten().map(|b| b.len());
        let handled_cases = session
            .store
            .handled_cases(session.store.actor())
            .unwrap_or_default()
            .join(", ");
        State {
            settings: s.clone(),
            officer,
            numbers,
            logo_path: String::new(),
            handled_cases,
            logo_size,
            saved: false,
            invalid: Vec::new(),
            letters: letters::Letters::new(session),
            prisbasbelopp: prisbasbelopp::Prisbasbelopp::new(session),
            retention: retention::Retention::new(session),
            backup: backup::Backup::new(session),
            officers: officers::Officers::new(session),
        }
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Action {
        self.saved = false;
        let result = match message {
            Message::Text(field, value) => {
                self.set_text(field, value);
                Ok(Action::None)
            }
            Message::Inkassonamnden(b) => {
                self.settings.company.inkassonamnden_member = b;
                Ok(Action::None)
            }
            Message::SelfApproval(b) => {
                self.settings.review.self_approval = b;
                Ok(Action::None)
            }
            Message::Language(language) => self.switch_language(language, session),
            Message::ChooseLogo => Ok(Action::Run(Task::perform(
                crate::ui::files::pick_image(),
                Message::LogoChosen,
            ))),
            Message::LogoChosen(Some(path)) => self.load_logo(&path, session),
            Message::LogoChosen(None) => Ok(Action::None),
            Message::LoadLogoPath => self.load_logo(&PathBuf::from(self.logo_path.trim()), session),
            Message::RemoveLogo => session.store.set_logo(None).map(|()| {
                self.logo_size = None;
                Action::None
            }),
            Message::Save => self.save(session),
            Message::Back => Ok(Action::Back),
            Message::Letters(m) => {
                self.letters.update(m, session);
                Ok(Action::None)
            }
            Message::Prisbasbelopp(m) => {
                self.prisbasbelopp.update(m, session);
                Ok(Action::None)
            }
            Message::Retention(m) => Ok(Action::Run(
                self.retention.update(m, session).map(Message::Retention),
            )),
            Message::Backup(m) => Ok(Action::Run(
                self.backup.update(m, session).map(Message::Backup),
            )),
            Message::Officers(m) => Ok(Action::Run(
                self.officers.update(m, session).map(Message::Officers),
            )),
        };
        result.unwrap_or_else(Action::Error)
    }

    fn set_text(&mut self, field: Field, value: String) {
        let c = &mut self.settings.company;
        let slot = match field {
            Field::CompanyName => &mut c.name,
            Field::OrgNumber => &mut c.org_number,
            Field::Street => &mut c.address.street,
            Field::PostalCode => &mut c.address.postal_code,
            Field::City => &mut c.address.city,
            Field::Phone => &mut c.phone,
            Field::Email => &mut c.email,
            Field::Web => &mut c.web,
            Field::CustomerServicePhone => &mut c.customer_service.phone,
            Field::CustomerServiceEmail => &mut c.customer_service.email,
            Field::CustomerServiceHours => &mut c.customer_service.hours,
            Field::OfficerName => &mut self.officer.name,
            Field::OfficerTitle => &mut self.officer.title,
            Field::LogoPath => &mut self.logo_path,
            Field::HandledCases => &mut self.handled_cases,
            Field::ReferencePattern => &mut self.settings.intake.reference_pattern,
            number => match self.numbers.iter_mut().find(|(f, _)| *f == number) {
                Some((_, text)) => text,
                None => return,
            },
        };
        *slot = value;
    }

    /// The language changes at once, is saved in the store and remembered for the unlock screen.
    fn switch_language(
        &mut self,
        language: Language,
        session: &mut Session,
    ) -> Result<Action, StoreError> {
        i18n::select(language);
        self.settings.language = language;
        session.settings.language = language;
        // The store's setting is the administrator's; anyone's choice is remembered here.
        if session.may(Role::Admin) {
            session.store.save_settings(&session.settings)?;
        }
        // Only the next unlock screen's language depends on this file.
        let _ = klagomal_core::paths::write_ui_language(language);
        Ok(Action::None)
    }

    fn load_logo(
        &mut self,
        path: &std::path::Path,
        session: &mut Session,
    ) -> Result<Action, StoreError> {
        let bytes = std::fs::read(path)?;
        session.store.set_logo(Some(&bytes))?;
        self.logo_size = Some(bytes.len());
        self.logo_path.clear();
        Ok(Action::None)
    }

    fn save(&mut self, session: &mut Session) -> Result<Action, StoreError> {
        if !session.may(Role::Admin) {
            return self.save_own(session);
        }
        self.invalid = NUMBERS
            .iter()
            .filter(|(field, min, max)| self.number(*field).is_none_or(|n| n < *min || n > *max))
            .map(|(field, ..)| *field)
            .collect();
        if regex::Regex::new(&self.settings.intake.reference_pattern).is_err() {
            self.invalid.push(Field::ReferencePattern);
        }
        if !self.invalid.is_empty() {
            return Ok(Action::None);
        }
        let number = |f| self.number(f).unwrap_or_default();
        let deadlines = klagomal_core::domain::DeadlineSettings {
            acknowledgement_working_days: number(Field::AcknowledgementDays),
            final_answer_days: number(Field::AnswerDays),
            personal_data_months: number(Field::PersonalDataMonths),
            arn_window_months: number(Field::ArnMonths),
        };
        let (auto_lock, attachment_mb) = (number(Field::AutoLock), number(Field::AttachmentMb));
        // The letters and prisbasbelopp parts save on their own into the session's settings:
        // start from those, and set what this form edits.
        let mut next = session.settings.clone();
        next.company = self.settings.company.clone();
        next.intake = self.settings.intake.clone();
        next.intake.max_attachment_mb = attachment_mb;
        next.auto_lock_minutes = auto_lock;
        next.deadlines = deadlines;
        next.review.self_approval = self.settings.review.self_approval;
        session.store.save_settings(&next)?;
        let handled: Vec<String> = self
            .handled_cases
            .split([',', ';', '\n'])
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect();
        if handled != session.store.handled_cases(self.officer.id)? {
            session.store.set_handled_cases(self.officer.id, &handled)?;
        }
        self.settings = next;
        session.store.update_officer(&self.officer)?;
        session.settings = session.store.settings()?;
        session.officers = session.store.officers()?;
        self.saved = true;
        Ok(Action::None)
    }

    /// What an officer who is not an administrator may save: their own name and title.
    fn save_own(&mut self, session: &mut Session) -> Result<Action, StoreError> {
        session.store.update_officer(&self.officer)?;
        session.officers = session.store.officers()?;
        self.saved = true;
        Ok(Action::None)
    }

    fn number(&self, field: Field) -> Option<u32> {
        self.numbers
            .iter()
            .find(|(f, _)| *f == field)
            .and_then(|(_, t)| t.trim().parse().ok())
    }

    /// True while a change to the officers runs: the screen waits for it before it is left.
    pub fn is_busy(&self) -> bool {
        self.officers.is_busy() || self.retention.is_busy() || self.backup.is_busy()
    }

    /// The retention part.
    #[cfg(test)]
    pub fn retention(&self) -> &retention::Retention {
        &self.retention
    }

    /// The settings as edited.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }
}

#[cfg(test)]
mod retention_tests;
#[cfg(test)]
mod tests;
