//! The words for the library's outcomes and errors, in the language of the loader given: the
//! command line and the window speak through the interface's loader, tests through a fixed one.

pub mod retention;

use klagomal_core::domain::{Status, TransitionError};
use klagomal_core::fl;
use klagomal_core::i18n::{FluentLanguageLoader, label_in};
use klagomal_core::store::StoreError;

/// One validation problem as a phrase: `E-post är inte en giltig e-postadress`.
pub fn problem(l: &FluentLanguageLoader, p: &klagomal_core::domain::Problem) -> String {
    use klagomal_core::domain::{IdNumberProblem as I, MoneyProblem as M, ProblemKind as K};
    let what = match p.kind {
        K::Required => "problem-required",
        K::Date => "problem-date",
        K::InvalidEmail => "problem-invalid-email",
        K::InFuture => "problem-in-future",
        K::AfterReceipt => "problem-after-receipt",
        K::BeforeReceipt => "problem-before-receipt",
        K::Negative => "problem-negative",
        K::IdNumber(I::Format) => "problem-id-format",
        K::IdNumber(I::Date) => "problem-id-date",
        K::IdNumber(I::BirthNumber) => "problem-id-birth-number",
        K::IdNumber(I::Checksum) => "problem-id-checksum",
        K::Money(M::Format) => "problem-money-format",
        K::Money(M::Decimals) => "problem-money-decimals",
        K::Money(M::TooLarge) => "problem-money-too-large",
    };
    format!("{} {}", label_in(l, "field", p.field.code()), l.get(what))
}

/// A store error in the user's language.
pub fn store_error(l: &FluentLanguageLoader, e: &klagomal_core::store::StoreError) -> String {
    use klagomal_core::store::StoreError as E;
    match e {
        E::NotFound(path) => fl!(in l, "error-no-store", path = path.display().to_string()),
        E::AlreadyExists(path) => {
            fl!(in l, "error-already-exists", path = path.display().to_string())
        }
        E::WrongPassphrase => fl!(in l, "error-wrong-passphrase"),
        E::NotAStore => fl!(in l, "error-not-a-store"),
        E::NewerVersion { found, supported } => {
            fl!(in l, "error-newer-version", found = found, supported = supported)
        }
        E::Locked => fl!(in l, "error-locked"),
        E::ReadOnly => fl!(in l, "error-read-only"),
        E::DiskFull => fl!(in l, "error-disk-full"),
        E::Corrupt => fl!(in l, "error-corrupt"),
        E::CaseNotFound(_) => fl!(in l, "error-case-not-found"),
        E::CaseNumberNotFound(n) => {
            fl!(in l, "error-case-number-not-found", number = n.to_string())
        }
        E::NotFoundRow("person") => fl!(in l, "error-person-not-found"),
        E::NotFoundRow(_) => fl!(in l, "error-row-not-found"),
        E::Transition(TransitionError::NotAllowed { from, to }) => fl!(
            in l, "error-transition-not-allowed",
            from = label_in(l, "status", from.code()),
            to = label_in(l, "status", to.code())
        ),
        E::Transition(TransitionError::ReasonRequired { from, to }) => fl!(
            in l, "error-transition-reason",
            from = label_in(l, "status", from.code()),
            to = label_in(l, "status", to.code())
        ),
        E::Transition(TransitionError::Already(status)) => fl!(
            in l, "error-transition-already",
            status = label_in(l, "status", status.code())
        ),
        E::Review(problem) => review_problem(l, problem),
        E::Invalid(problems) => {
            let list: Vec<String> = problems.iter().map(|p| problem(l, p)).collect();
            fl!(in l, "error-invalid-case", problems = list.join("; "))
        }
        E::EmptyPassphrase => fl!(in l, "error-empty-passphrase"),
        E::NotPermitted { needed } => fl!(
            in l, "error-not-permitted",
            role = label_in(l, "role", needed.code())
        ),
        E::UnknownOfficer => fl!(in l, "error-no-such-officer"),
        E::OfficerNotGiven => fl!(in l, "error-officer-not-given"),
        E::SlotNotRecognised => fl!(in l, "error-slot-not-recognised"),
        E::KeySlotsUnreadable(path) => {
            fl!(in l, "error-key-slots-unreadable", path = path.display().to_string())
        }
        E::LastAdministrator => fl!(in l, "error-last-administrator"),
        E::CannotRemoveSelf => fl!(in l, "error-cannot-remove-self"),
        E::OfficerNameTaken => fl!(in l, "error-officer-name-taken"),
        E::OfficerNameMissing => fl!(in l, "error-officer-name-missing"),
        E::NotEncrypted => fl!(in l, "error-not-encrypted"),
        E::NotAnImage => fl!(in l, "error-not-an-image"),
        E::LegalHold(held) => {
            let cases: Vec<String> = held
                .iter()
                .map(|h| format!("{}: {}", h.number, legal_hold(l, &h.hold)))
                .collect();
            fl!(in l, "error-legal-hold", cases = cases.join("; "))
        }
        E::NotAnIdentifier => fl!(in l, "error-not-an-identifier"),
        E::HoldReasonMissing => fl!(in l, "error-hold-reason-missing"),
        E::Correction(problem) => correction_problem(l, problem),
        E::BackupFolder(path) => {
            fl!(in l, "error-backup-folder", path = path.display().to_string())
        }
        E::BackupNotVerified => fl!(in l, "error-backup-not-verified"),
        E::TooManyAttempts { until } => fl!(
            in l, "error-too-many-attempts",
            time = until.format("%H:%M:%S").to_string()
        ),
        E::Sqlite(e) => fl!(in l, "error-database", detail = e.to_string()),
        E::Io(e) => fl!(in l, "error-file", detail = e.to_string()),
        E::Data(e) => fl!(in l, "error-data", detail = e.to_string()),
    }
}

/// Why a rectification's new value cannot be used, in the user's language.
pub fn correction_problem(
    l: &FluentLanguageLoader,
    wrong: &klagomal_core::domain::CorrectionProblem,
) -> String {
    use klagomal_core::domain::CorrectionProblem as C;
    match wrong {
        C::Empty => fl!(in l, "error-correction-empty"),
        C::IdNumber(p) => {
            use klagomal_core::domain::{Field, Problem, ProblemKind};
            problem(l, &Problem::new(Field::IdNumber, ProblemKind::IdNumber(*p)))
        }
        C::Email => fl!(in l, "error-correction-email"),
        C::Address => fl!(in l, "error-correction-address"),
        C::Unchanged => fl!(in l, "error-correction-unchanged"),
    }
}

/// Why a case may not be erased now, in the user's language.
pub fn legal_hold(l: &FluentLanguageLoader, hold: &klagomal_core::domain::LegalHold) -> String {
    use klagomal_core::domain::LegalHold as H;
    match hold {
        H::Marked(reason) => fl!(in l, "hold-marked", reason = reason.clone()),
        H::OpenEscalation(body) => fl!(
            in l, "hold-open-escalation",
            body = label_in(l, "escalation-body", body.code())
        ),
        H::OpenCase(status) => fl!(
            in l, "hold-open-case",
            status = label_in(l, "status", status.code())
        ),
    }
}

/// A letter that could not be produced, in the user's language.
pub fn issue_error(
    l: &FluentLanguageLoader,
    e: &klagomal_core::letters::issuing::IssueError,
) -> String {
    use klagomal_core::letters::issuing::IssueError as E;
    match e {
        E::Store(StoreError::Transition(TransitionError::Already(status))) => {
            fl!(
                in l, "error-letter-already",
                status = label_in(l, "status", status.code()),
                reopen = label_in(l, "status", Status::UnderInvestigation.code())
            )
        }
        E::Store(e) => store_error(l, e),
        E::Template(t) => fl!(in l, "error-template", problem = template_problem(l, t)),
        E::Pdf(problem) => fl!(in l, "error-pdf", detail = pdf_problem(l, problem)),
        E::NotComposable => fl!(in l, "error-not-composable"),
        E::NoEscalation => fl!(in l, "error-statement-no-escalation"),
        E::Unanswered(open) => {
            let points: Vec<String> = open.iter().map(|u| unanswered(l, u)).collect();
            fl!(in l, "error-statement-unanswered", points = points.join(", "))
        }
        E::Extension(problems) => {
            let problems: Vec<String> = problems.iter().map(|p| extension_problem(l, p)).collect();
            fl!(in l, "error-extension", problems = problems.join(" "))
        }
        E::Recipient(e) => recipient_error(l, e),
        E::NeedsReview => fl!(in l, "error-letter-needs-review"),
    }
}

/// Why a letter cannot go to the representative as asked.
pub fn recipient_error(
    l: &FluentLanguageLoader,
    e: &klagomal_core::letters::RecipientError,
) -> String {
    use klagomal_core::letters::RecipientError as E;
    match e {
        E::NoRepresentative => fl!(in l, "error-recipient-no-representative"),
        E::NoPowerOfAttorney => fl!(in l, "error-recipient-no-power-of-attorney"),
        E::Expired(date) => fl!(in l, "error-recipient-expired", date = date.to_string()),
    }
}

/// Whom a letter goes to and why, as a sentence for the composer and the command line.
pub fn recipient(
    l: &FluentLanguageLoader,
    case: &klagomal_core::domain::Case,
    r: &klagomal_core::letters::Recipient,
) -> String {
    use klagomal_core::letters::RecipientReason as R;
    let name = klagomal_core::letters::recipient::addressee_name(case, r.to).trim();
    let name = name.to_owned();
    match r.reason {
        R::PowerOfAttorney => fl!(in l, "letter-to-representative", name = name),
        R::NoRepresentative => fl!(in l, "letter-to-complainant", name = name),
        R::NoPowerOfAttorney => fl!(in l, "letter-to-complainant-no-poa", name = name),
        R::Expired(date) => fl!(
            in l,
            "letter-to-complainant-expired",
            name = name,
            date = date.to_string()
        ),
        R::ChosenComplainant => fl!(in l, "letter-to-complainant-chosen", name = name),
    }
}

/// Why a letter could not be written as an e-mail.
pub fn eml_error(l: &FluentLanguageLoader, e: &klagomal_core::letters::eml::EmlError) -> String {
    use klagomal_core::letters::eml::EmlError as E;
    match e {
        E::NoAddress => fl!(in l, "error-eml-no-address"),
        E::NotForEmail => fl!(in l, "error-eml-not-for-email"),
        E::Store(e) => store_error(l, e),
        E::Write(e) => fl!(in l, "error-eml-write", detail = e.to_string()),
    }
}

/// One reason a GDPR extension is refused, as a sentence.
pub fn extension_problem(
    l: &FluentLanguageLoader,
    p: &klagomal_core::domain::ExtensionProblem,
) -> String {
    use klagomal_core::domain::ExtensionProblem as P;
    match p {
        P::TooLate { last_day } => {
            fl!(in l, "extension-problem-too-late", date = last_day.to_string())
        }
        P::TooLong { latest } => {
            fl!(in l, "extension-problem-too-long", date = latest.to_string())
        }
        P::NoReason => fl!(in l, "extension-problem-no-reason"),
    }
}

/// Why a PDF could not be made, as a clause for the messages above: "logotypen går inte att läsa …".
fn pdf_problem(l: &FluentLanguageLoader, e: &klagomal_core::letters::pdf::PdfError) -> String {
    use klagomal_core::letters::pdf::PdfError as P;
    match e {
        P::Font => fl!(in l, "pdf-problem-font"),
        P::Logo => fl!(in l, "pdf-problem-logo"),
        P::Write(_) => fl!(in l, "pdf-problem-write"),
    }
}

/// One unanswered point of a statement: "punkt 2", "beloppet".
pub fn unanswered(
    l: &FluentLanguageLoader,
    u: &klagomal_core::letters::statement::Unanswered,
) -> String {
    use klagomal_core::letters::statement::Unanswered as U;
    match u {
        U::Claim(i) => {
            let number = i + 1;
            fl!(in l, "statement-unanswered-claim", number = number)
        }
        U::Amount => fl!(in l, "statement-unanswered-amount"),
        U::Position => fl!(in l, "statement-unanswered-position"),
        U::AdmittedAmount => fl!(in l, "statement-unanswered-admitted"),
    }
}

/// Something to know before a letter goes out: "Prisbasbeloppet för 2027 saknas …".
pub fn letter_warning(
    l: &FluentLanguageLoader,
    w: &klagomal_core::letters::LetterWarning,
) -> String {
    use klagomal_core::letters::LetterWarning as W;
    match w {
        W::NoPrisbasbelopp { year } => {
            let year = *year;
            fl!(in l, "letter-no-prisbasbelopp", year = year)
        }
        W::RepresentativeWithoutAddress => fl!(in l, "letter-representative-no-address"),
    }
}

/// What is wrong with a template, with its line: "mallen har ett syntaxfel på rad 3 (…)".
pub fn template_problem(
    l: &FluentLanguageLoader,
    t: &klagomal_core::letters::TemplateError,
) -> String {
    use klagomal_core::letters::TemplateProblem as P;
    let line = t
        .line
        .map(|l| l.to_string())
        .unwrap_or_else(|| "?".to_owned());
    match t.kind {
        P::Syntax => fl!(in l, "template-syntax", line = line, detail = t.detail.as_str()),
        P::UnknownField => fl!(
            in l, "template-unknown-field",
            line = line,
            detail = t.detail.as_str()
        ),
        P::Empty => fl!(in l, "template-empty"),
        P::Other => fl!(in l, "template-other", line = line, detail = t.detail.as_str()),
    }
}

/// A dossier that could not be made, in the user's language.
pub fn export_error(l: &FluentLanguageLoader, e: &klagomal_core::export::ExportError) -> String {
    use klagomal_core::export::{ExportError as E, WriteProblem as W};
    match e {
        E::Store(e) => store_error(l, e),
        E::Pdf(problem) => fl!(in l, "error-export-pdf", detail = pdf_problem(l, problem)),
        E::Cancelled => fl!(in l, "error-export-cancelled"),
        E::Template(t) => template_problem(l, t),
        E::Write { path, problem } => {
            let path = path.display().to_string();
            match problem {
                W::DiskFull => fl!(in l, "error-export-disk-full", path = path),
                W::NotWritable => fl!(in l, "error-export-not-writable", path = path),
                W::NoFolder => fl!(in l, "error-export-no-folder", path = path),
                W::Other(detail) => {
                    fl!(in l, "error-export-other", path = path, detail = detail.as_str())
                }
            }
        }
    }
}

/// A rectification or erasure that was not done, in the user's language.
pub fn answer_error(
    l: &FluentLanguageLoader,
    e: &klagomal_core::letters::gdpr::answer::AnswerError,
) -> String {
    use klagomal_core::letters::access::AccessLetterError as L;
    use klagomal_core::letters::gdpr::answer::AnswerError as E;
    match e {
        E::Store(e) => store_error(l, e),
        E::Letter(L::Template(t)) => fl!(in l, "error-template", problem = template_problem(l, t)),
        E::Letter(L::Pdf(problem)) => fl!(in l, "error-pdf", detail = pdf_problem(l, problem)),
        E::Save(e) => {
            let problem = match e.kind() {
                std::io::ErrorKind::StorageFull => fl!(in l, "error-disk-full"),
                _ => fl!(in l, "error-file", detail = e.to_string()),
            };
            fl!(in l, "error-erasure-letter-not-saved", problem = problem)
        }
    }
}

/// A printing problem in the user's language.
pub fn print_error(
    l: &FluentLanguageLoader,
    e: &klagomal_core::letters::print::PrintError,
) -> String {
    use klagomal_core::letters::print::PrintError as E;
    match e {
        E::NoPrinter => fl!(in l, "error-no-printer"),
        E::Unavailable => fl!(in l, "error-print-unavailable"),
        E::Refused(detail) => fl!(in l, "error-print-refused", detail = detail.as_str()),
    }
}

/// Why a file or message was not imported, in the user's language.
pub fn import_failure(
    l: &FluentLanguageLoader,
    r: &klagomal_core::intake::import::FailureReason,
) -> String {
    use klagomal_core::intake::import::FailureReason as R;
    match r {
        R::Unreadable => fl!(in l, "import-reason-unreadable"),
        R::Empty => fl!(in l, "import-reason-empty"),
        R::NotAMessage => fl!(in l, "import-reason-not-a-message"),
        R::Store => fl!(in l, "import-reason-store"),
    }
}

/// How serious a line of an import summary is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The counts.
    Info,
    /// Imported, but something was left out or read with replacements.
    Warning,
    /// Not imported.
    Failure,
}

/// An import's summary as lines in the user's language: the counts, then each failure and
/// warning with its file (`full_paths`: the whole path, else the file name).
pub fn import_summary(
    l: &FluentLanguageLoader,
    s: &klagomal_core::intake::import::Summary,
    full_paths: bool,
) -> Vec<(Severity, String)> {
    let show = |p: &std::path::Path| match (full_paths, p.file_name()) {
        (false, Some(name)) => name.to_string_lossy().into_owned(),
        _ => p.display().to_string(),
    };
    let mut lines = Vec::new();
    if s.cancelled {
        lines.push((Severity::Warning, fl!(in l, "import-cancelled")));
    }
    let counts = fl!(
        in l, "import-summary",
        new = s.new_cases,
        added = s.added,
        duplicates = s.duplicates,
        failed = s.failed.len()
    );
    lines.push((Severity::Info, counts));
    for f in &s.failed {
        let place = f.message.map(|n| format!(" #{n}")).unwrap_or_default();
        lines.push((
            Severity::Failure,
            format!("{}{place}: {}", show(&f.file), import_failure(l, &f.reason)),
        ));
    }
    for (file, name, size) in &s.attachments_left_out {
        let text = fl!(
            in l, "import-attachment-left-out",
            name = name.as_str(),
            mb = size.div_ceil(1024 * 1024)
        );
        lines.push((Severity::Warning, format!("{}: {text}", show(file))));
    }
    for (file, charset) in &s.unknown_charsets {
        lines.push((
            Severity::Warning,
            format!(
                "{}: {}",
                show(file),
                fl!(in l, "import-unknown-charset", charset = charset.as_str())
            ),
        ));
    }
    lines
}

#[cfg(test)]
mod tests;

/// Why the review refused what was asked.
pub fn review_problem(
    l: &FluentLanguageLoader,
    p: &klagomal_core::domain::ReviewProblem,
) -> String {
    use klagomal_core::domain::ReviewProblem as P;
    match p {
        P::NothingPending => fl!(in l, "error-review-nothing-pending"),
        P::AlreadyPending => fl!(in l, "error-review-already-pending"),
        P::OwnDraft => fl!(in l, "error-review-own-draft"),
        P::NotIndependent(number) => {
            fl!(in l, "error-review-not-independent", number = number.clone())
        }
        P::CommentRequired => fl!(in l, "error-review-comment-required"),
        P::DraftWaiting => fl!(in l, "error-review-draft-waiting"),
    }
}
