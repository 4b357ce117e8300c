//! `klagomal letter` and `klagomal print`.

use std::path::{Path, PathBuf};

use crate::describe;
use chrono::NaiveDate;
use klagomal_core::domain::{Addressee, CaseNumber, Language, Letter, LetterKind, Outcome};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::letters::review::{self, Created};
use klagomal_core::letters::{LetterInput, eml, issuing};
use klagomal_core::store::{Store, StoreError};

use super::Failure;

/// The letter kinds the command line writes (those with a template).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
/// Written as in `--help` (`final-answer`) or as stored and shown by `show --json`
/// (`final_answer`).
pub enum ComposableKind {
    Acknowledgement,
    #[value(alias = "request_for_information")]
    RequestForInformation,
    #[value(alias = "delay_notice")]
    DelayNotice,
    Referral,
    #[value(alias = "final_answer")]
    FinalAnswer,
}

impl From<ComposableKind> for LetterKind {
    fn from(k: ComposableKind) -> LetterKind {
        match k {
            ComposableKind::Acknowledgement => LetterKind::Acknowledgement,
            ComposableKind::RequestForInformation => LetterKind::RequestForInformation,
            ComposableKind::DelayNotice => LetterKind::DelayNotice,
            ComposableKind::Referral => LetterKind::Referral,
            ComposableKind::FinalAnswer => LetterKind::FinalAnswer,
        }
    }
}

/// What `klagomal letter` was asked for.
pub struct Request {
    pub case: String,
    pub kind: LetterKind,
    pub language: Option<Language>,
    pub out: Option<PathBuf>,
    pub outcome: Outcome,
    pub reasons: String,
    pub date: Option<NaiveDate>,
    /// Also write the letter as an unsent e-mail to this file.
    pub eml: Option<PathBuf>,
    /// Complainant or representative; `None` follows the rule.
    pub recipient: Option<Addressee>,
}

/// Renders the letter from the template in use, stores it on the case and writes a copy.
pub fn letter(store: &mut Store, request: Request) -> Result<(), Failure> {
    let number: CaseNumber = request.case.parse().map_err(|_| Failure {
        message: fl!("error-bad-case-number", input = request.case.clone()),
        exit_code: 2,
    })?;
    let case = store.case_by_number(number)?;
    let language = request
        .language
        .unwrap_or(case.details.complainant.language);
    let mut input = LetterInput::new(
        request.kind,
        language,
        request.date.unwrap_or_else(|| store.today()),
    );
    input.outcome = request.outcome;
    if request.kind == LetterKind::DelayNotice {
        input.delay_reason.clone_from(&request.reasons);
    }
    input.reasons = request.reasons;
    input.recipient = request.recipient;
    match input.recipient(&case) {
        Some(Ok(r)) => eprintln!("{}", describe::recipient(&LOADER, &case, &r)),
        Some(Err(e)) => {
            return Err(Failure {
                message: describe::recipient_error(&LOADER, &e),
                exit_code: 1,
            });
        }
        None => {}
    }
    for warning in klagomal_core::letters::warnings(&case, &store.settings()?, &input) {
        eprintln!("{}", describe::letter_warning(&LOADER, &warning));
    }
    let create = |store: &mut Store| {
        let facts = issuing::read_facts(store, case.id)?;
        let text = issuing::render_text(store, &facts, &input)?;
        review::create(store, &facts, &input, &text)
    };
    let created = create(store).map_err(|e| Failure {
        message: describe::issue_error(&LOADER, &e),
        exit_code: 1,
    })?;
    let bytes = created.pdf();
    if let Some(path) = &request.out {
        std::fs::write(path, bytes).map_err(|e| Failure::from(StoreError::from(e)))?;
    }
    let kind = klagomal_core::i18n::label("letter-kind", request.kind.code());
    let size = bytes.len().div_ceil(1024);
    let number = number.to_string();
    match &created {
        Created::Kept { .. } => println!(
            "{}",
            fl!(
                "cli-letter-created",
                kind = kind,
                number = number,
                size = size
            )
        ),
        Created::Submitted { .. } => println!(
            "{}",
            fl!(
                "cli-letter-submitted",
                kind = kind,
                number = number,
                size = size
            )
        ),
    }
    if let Some(path) = &request.out {
        println!(
            "{}",
            fl!("cli-letter-written", path = path.display().to_string())
        );
    }
    match (request.eml, created) {
        (Some(path), Created::Kept { letter, .. }) => write_eml(store, &letter, &path)?,
        (Some(_), Created::Submitted { .. }) => eprintln!("{}", fl!("cli-letter-eml-after-review")),
        (None, _) => {}
    }
    Ok(())
}

/// Writes a kept letter as an unsent e-mail and records it as sent by e-mail.
fn write_eml(store: &mut Store, letter: &Letter, path: &Path) -> Result<(), Failure> {
    let failure = |e: &eml::EmlError| Failure {
        message: describe::eml_error(&LOADER, e),
        exit_code: 1,
    };
    let case = store.case(letter.case_id)?;
    let to =
        eml::recipient_email(&case, letter).ok_or_else(|| failure(&eml::EmlError::NoAddress))?;
    let mut file = std::fs::File::create(path).map_err(|e| Failure::from(StoreError::from(e)))?;
    // The letter is recorded as sent only once the file is written whole; a half file goes.
    let sent = eml::email_letter(store, letter, &mut file).map_err(|e| {
        drop(std::fs::remove_file(path));
        failure(&e)
    })?;
    println!(
        "{}",
        fl!(
            "cli-letter-eml-written",
            to = to.email,
            path = path.display().to_string(),
            date = sent.on.to_string()
        )
    );
    Ok(())
}

/// Sends a PDF to a printer.
pub fn print(file: &Path, printer: Option<&str>, copies: u32) -> Result<(), Failure> {
    if !file.is_file() {
        return Err(Failure {
            message: fl!("error-no-file", path = file.display().to_string()),
            exit_code: 1,
        });
    }
    let job =
        klagomal_core::letters::print::print_file(file, printer, copies).map_err(|e| Failure {
            message: describe::print_error(&LOADER, &e),
            exit_code: 1,
        })?;
    println!("{}", fl!("cli-printed", job = job));
    Ok(())
}

/// Writes the case summary PDF ("print the case").
pub fn print_case(
    store: &Store,
    case: &str,
    out: &Path,
    options: klagomal_core::export::Options,
) -> Result<(), Failure> {
    let number: CaseNumber = case.parse().map_err(|_| Failure {
        message: fl!("error-bad-case-number", input = case.to_owned()),
        exit_code: 2,
    })?;
    let id = store.case_by_number(number)?.id;
    let language = klagomal_core::i18n::current_language();
    let pdf = klagomal_core::export::printed::case_summary_pdf(
        store,
        id,
        options,
        language,
        store.today(),
    )
    .map_err(|e| Failure {
        message: describe::issue_error(&LOADER, &e),
        exit_code: 1,
    })?;
    std::fs::write(out, &pdf).map_err(|e| Failure::from(StoreError::from(e)))?;
    println!(
        "{}",
        fl!("cli-letter-written", path = out.display().to_string())
    );
    Ok(())
}
