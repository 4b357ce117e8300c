//! The words for the library's outcomes and errors, in the language of the loader given: the
//! command line and the window speak through the interface's loader, tests through a fixed one.

use klagomal_core::fl;
use klagomal_core::i18n::{FluentLanguageLoader, label_in};

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
    use klagomal_core::domain::TransitionError;
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
        E::Invalid(problems) => {
            let list: Vec<String> = problems.iter().map(|p| problem(l, p)).collect();
            fl!(in l, "error-invalid-case", problems = list.join("; "))
        }
        E::EmptyPassphrase => fl!(in l, "error-empty-passphrase"),
        E::NotAnImage => fl!(in l, "error-not-an-image"),
        E::Sqlite(e) => fl!(in l, "error-database", detail = e.to_string()),
        E::Io(e) => fl!(in l, "error-file", detail = e.to_string()),
        E::Data(e) => fl!(in l, "error-data", detail = e.to_string()),
    }
}

/// A letter that could not be produced, in the user's language.
pub fn issue_error(
    l: &FluentLanguageLoader,
    e: &klagomal_core::letters::issuing::IssueError,
) -> String {
    use klagomal_core::letters::issuing::IssueError as E;
    match e {
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
mod tests {
    use std::path::{Path, PathBuf};

    use klagomal_core::domain::{Field, IdNumberProblem, Language, Problem, ProblemKind};
    use klagomal_core::export::{ExportError, WriteProblem};
    use klagomal_core::i18n::loader_for;
    use klagomal_core::intake::import::{Failure, FailureReason, Summary};
    use klagomal_core::store::StoreError;

    use super::*;

    /// Each language says it in its own words, whatever the interface's language is.
    #[test]
    fn errors_are_said_in_the_language_asked_for() {
        let (sv, en) = (loader_for(Language::Sv), loader_for(Language::En));
        let newer = StoreError::NewerVersion {
            found: 9,
            supported: 5,
        };
        let table = [
            (
                store_error(sv, &StoreError::WrongPassphrase),
                "Fel lösenfras. Arkivet är oförändrat.",
            ),
            (
                store_error(en, &StoreError::WrongPassphrase),
                "Wrong passphrase. The store is unchanged.",
            ),
            (
                store_error(sv, &newer),
                "schemaversion 9, den här versionen kan 5",
            ),
            (
                store_error(en, &newer),
                "schema version 9; this version knows up to 5",
            ),
        ];
        for (said, want) in table {
            assert!(said.contains(want), "{said}");
        }
    }

    #[test]
    fn a_refused_gdpr_extension_says_every_reason() {
        use klagomal_core::domain::ExtensionProblem as P;
        use klagomal_core::letters::issuing::IssueError;
        let (sv, en) = (loader_for(Language::Sv), loader_for(Language::En));
        let e = IssueError::Extension(vec![
            P::TooLate {
                last_day: "2026-04-10".parse().unwrap_or_default(),
            },
            P::TooLong {
                latest: "2026-06-10".parse().unwrap_or_default(),
            },
            P::NoReason,
        ]);
        let (said_sv, said_en) = (issue_error(sv, &e), issue_error(en, &e));
        for want in [
            "artikel 12.3",
            "senast 2026-04-10",
            "senast 2026-06-10",
            "Skälet",
        ] {
            assert!(said_sv.contains(want), "{said_sv}");
        }
        for want in [
            "Article 12(3)",
            "by 2026-04-10",
            "2026-06-10 at the latest",
            "reason",
        ] {
            assert!(said_en.contains(want), "{said_en}");
        }
    }

    #[test]
    fn a_dossier_that_cannot_be_written_names_the_place_and_why() {
        let (sv, en) = (loader_for(Language::Sv), loader_for(Language::En));
        let path = PathBuf::from("/media/usb/akt.zip");
        let write = |problem| ExportError::Write {
            path: path.clone(),
            problem,
        };
        let table = [
            (sv, WriteProblem::DiskFull, "disken är full"),
            (en, WriteProblem::DiskFull, "the disk is full"),
            (
                sv,
                WriteProblem::NotWritable,
                "det går inte att skriva i mappen",
            ),
            (en, WriteProblem::NotWritable, "cannot be written to"),
            (sv, WriteProblem::NoFolder, "finns inte"),
            (en, WriteProblem::NoFolder, "does not exist"),
        ];
        for (loader, problem, want) in table {
            let said = export_error(loader, &write(problem));
            assert!(
                said.contains(want) && said.contains("/media/usb/akt.zip"),
                "{said}"
            );
        }
    }

    #[test]
    fn a_pdf_that_cannot_be_made_says_why_in_the_users_words() {
        use klagomal_core::letters::issuing::IssueError;
        use klagomal_core::letters::pdf::PdfError;
        let logo = IssueError::Pdf(PdfError::Logo);
        assert_eq!(
            issue_error(loader_for(Language::Sv), &logo),
            "PDF-filen kunde inte skapas: logotypen går inte att läsa som PNG- eller JPEG-bild"
        );
        let write = ExportError::Pdf(PdfError::Write("broken pipe".to_owned()));
        let said = export_error(loader_for(Language::En), &write);
        assert!(
            said.starts_with("A document in the dossier could not be made ("),
            "{said}"
        );
        assert!(
            !said.contains("broken pipe"),
            "no English detail from the library: {said}"
        );
    }

    #[test]
    fn a_problem_names_its_field() {
        let p = Problem {
            field: Field::IdNumber,
            kind: ProblemKind::IdNumber(IdNumberProblem::Checksum),
        };
        let sv = problem(loader_for(Language::Sv), &p);
        let en = problem(loader_for(Language::En), &p);
        assert!(sv.ends_with("har fel kontrollsiffra"), "{sv}");
        assert!(en.ends_with("has the wrong check digit"), "{en}");
    }

    #[test]
    fn an_import_summary_counts_then_names_each_failure() {
        let summary = Summary {
            new_cases: 2,
            added: 1,
            failed: vec![Failure {
                file: Path::new("/inkorg/klagomal.mbox").to_owned(),
                message: Some(3),
                reason: FailureReason::NotAMessage,
            }],
            ..Summary::default()
        };
        let lines = import_summary(loader_for(Language::Sv), &summary, false);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].0, Severity::Info);
        assert!(lines[0].1.starts_with("Nya ärenden: 2."), "{}", lines[0].1);
        assert_eq!(lines[1].0, Severity::Failure);
        assert!(
            lines[1].1.starts_with("klagomal.mbox #3: "),
            "{}",
            lines[1].1
        );
        let full = import_summary(loader_for(Language::En), &summary, true);
        assert!(
            full[1].1.starts_with("/inkorg/klagomal.mbox #3: "),
            "{}",
            full[1].1
        );
        assert!(full[0].1.starts_with("New cases: 2."), "{}", full[0].1);
    }
}
