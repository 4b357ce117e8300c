//! Translations: the Fluent loader, the `fl!` macro, and the names of the domain's codes.

use std::sync::LazyLock;

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, unic_langid::LanguageIdentifier};
use rust_embed::RustEmbed;

use crate::domain::Language;

#[derive(RustEmbed)]
#[folder = "../i18n/"]
struct Localizations;

/// The one loader; Swedish until [`select`] says otherwise.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    // The embedded Swedish file is checked by the test suite (it parses, every key exists), so
    // this cannot fail in a built program; if it did, messages would show their ids.
    let _ = loader.load_fallback_language(&Localizations);
    loader.set_use_isolating(false);
    loader
});

/// The compile-time checked lookup behind [`fl!`](crate::fl), for crates that use the macro.
#[doc(hidden)]
pub use i18n_embed_fl::fl as __fl;

/// A translated message, checked against the Swedish file at compile time:
/// `fl!("inbox-search")`, `fl!("cli-seeded", count = 5)`.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {{ $crate::i18n::__fl!($crate::i18n::LOADER, $id) }};
    ($id:literal, $($args:tt)*) => {{ $crate::i18n::__fl!($crate::i18n::LOADER, $id, $($args)*) }};
}

/// Switches every message to `language`.
pub fn select(language: Language) {
    let Ok(id) = language.code().parse::<LanguageIdentifier>() else {
        return;
    };
    // Both languages are embedded and tested; a failure leaves the previous language in place.
    let _ = i18n_embed::select(&*LOADER, &Localizations, &[id]);
    // Isolation marks around inserted values would show up in terminals and break text search.
    LOADER.set_use_isolating(false);
}

static SWEDISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| fixed_loader(Language::Sv));
static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| fixed_loader(Language::En));

fn fixed_loader(language: Language) -> FluentLanguageLoader {
    let loader = fluent_language_loader!();
    let ids: Vec<LanguageIdentifier> = language.code().parse().into_iter().collect();
    // Embedded and tested like the main loader; a failure would show message ids.
    let _ = loader.load_languages(&Localizations, &ids);
    loader.set_use_isolating(false);
    loader
}

/// A loader fixed to one language, whatever the interface uses: letters are written in the
/// complainant's language.
pub fn loader_for(language: Language) -> &'static FluentLanguageLoader {
    match language {
        Language::Sv => &SWEDISH,
        Language::En => &ENGLISH,
    }
}

/// The language messages are shown in now.
pub fn current_language() -> Language {
    let current = LOADER.current_languages();
    match current.first().map(|l| l.language.as_str()) {
        Some("en") => Language::En,
        _ => Language::Sv,
    }
}

/// The language of the desktop session: English for an English locale, otherwise Swedish.
pub fn system_language() -> Language {
    let requested = i18n_embed::DesktopLanguageRequester::requested_languages();
    match requested.first().map(|l| l.language.as_str()) {
        Some("en") => Language::En,
        _ => Language::Sv,
    }
}

/// The message with a runtime id, for ids built from codes (`status-new`). Every such id is
/// covered by a test; an unknown one shows the id rather than nothing.
pub fn message(id: &str) -> String {
    LOADER.get(id)
}

/// The translated name of a domain code: `label("status", "under_investigation")` reads
/// `status-under-investigation`.
pub fn label(prefix: &str, code: &str) -> String {
    message(&label_id(prefix, code))
}

/// The message id of a code's name.
pub fn label_id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{}", code.replace(['_', '.'], "-"))
}

/// Every message id in the Swedish file, for tests and tools.
pub fn has_message(id: &str) -> bool {
    LOADER.has(id)
}

/// One validation problem as a phrase: `E-post är inte en giltig e-postadress`.
pub fn describe_problem(p: &crate::domain::Problem) -> String {
    use crate::domain::{IdNumberProblem as I, MoneyProblem as M, ProblemKind as K};
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
    format!("{} {}", label("field", p.field.code()), message(what))
}

/// A store error in the user's language.
pub fn describe_store_error(e: &crate::store::StoreError) -> String {
    use crate::domain::TransitionError;
    use crate::store::StoreError as E;
    match e {
        E::NotFound(path) => fl!("error-no-store", path = path.display().to_string()),
        E::AlreadyExists(path) => fl!("error-already-exists", path = path.display().to_string()),
        E::WrongPassphrase => fl!("error-wrong-passphrase"),
        E::NotAStore => fl!("error-not-a-store"),
        E::NewerVersion { found, supported } => {
            fl!("error-newer-version", found = found, supported = supported)
        }
        E::Locked => fl!("error-locked"),
        E::ReadOnly => fl!("error-read-only"),
        E::DiskFull => fl!("error-disk-full"),
        E::Corrupt => fl!("error-corrupt"),
        E::CaseNotFound(_) => fl!("error-case-not-found"),
        E::CaseNumberNotFound(n) => fl!("error-case-number-not-found", number = n.to_string()),
        E::NotFoundRow(_) => fl!("error-row-not-found"),
        E::Transition(TransitionError::NotAllowed { from, to }) => fl!(
            "error-transition-not-allowed",
            from = label("status", from.code()),
            to = label("status", to.code())
        ),
        E::Transition(TransitionError::ReasonRequired { from, to }) => fl!(
            "error-transition-reason",
            from = label("status", from.code()),
            to = label("status", to.code())
        ),
        E::Invalid(problems) => {
            let list: Vec<String> = problems.iter().map(describe_problem).collect();
            fl!("error-invalid-case", problems = list.join("; "))
        }
        E::EmptyPassphrase => fl!("error-empty-passphrase"),
        E::NotAnImage => fl!("error-not-an-image"),
        E::Sqlite(e) => fl!("error-database", detail = e.to_string()),
        E::Io(e) => fl!("error-file", detail = e.to_string()),
        E::Data(e) => fl!("error-data", detail = e.to_string()),
    }
}

/// A letter that could not be produced, in the user's language.
pub fn describe_issue_error(e: &crate::letters::issuing::IssueError) -> String {
    use crate::letters::issuing::IssueError as E;
    match e {
        E::Store(e) => describe_store_error(e),
        E::Template(t) => fl!("error-template", problem = describe_template_problem(t)),
        E::Pdf(problem) => fl!("error-pdf", detail = describe_pdf_problem(problem)),
        E::NotComposable => fl!("error-not-composable"),
        E::NoEscalation => fl!("error-statement-no-escalation"),
        E::Unanswered(open) => {
            let points: Vec<String> = open.iter().map(describe_unanswered).collect();
            fl!("error-statement-unanswered", points = points.join(", "))
        }
    }
}

/// Why a PDF could not be made, as a clause for the messages above: "logotypen går inte att läsa …".
fn describe_pdf_problem(e: &crate::letters::pdf::PdfError) -> String {
    use crate::letters::pdf::PdfError as P;
    match e {
        P::Font => fl!("pdf-problem-font"),
        P::Logo => fl!("pdf-problem-logo"),
        P::Write(_) => fl!("pdf-problem-write"),
    }
}

/// One unanswered point of a statement: "punkt 2", "beloppet".
pub fn describe_unanswered(u: &crate::letters::statement::Unanswered) -> String {
    use crate::letters::statement::Unanswered as U;
    match u {
        U::Claim(i) => {
            let number = i + 1;
            fl!("statement-unanswered-claim", number = number)
        }
        U::Amount => fl!("statement-unanswered-amount"),
    }
}

/// What is wrong with a template, with its line: "mallen har ett syntaxfel på rad 3 (…)".
pub fn describe_template_problem(t: &crate::letters::TemplateError) -> String {
    use crate::letters::TemplateProblem as P;
    let line = t
        .line
        .map(|l| l.to_string())
        .unwrap_or_else(|| "?".to_owned());
    match t.kind {
        P::Syntax => fl!("template-syntax", line = line, detail = t.detail.as_str()),
        P::UnknownField => fl!(
            "template-unknown-field",
            line = line,
            detail = t.detail.as_str()
        ),
        P::Empty => fl!("template-empty"),
        P::Other => fl!("template-other", line = line, detail = t.detail.as_str()),
    }
}

/// A dossier that could not be made, in the user's language.
pub fn describe_export_error(e: &crate::export::ExportError) -> String {
    use crate::export::{ExportError as E, WriteProblem as W};
    match e {
        E::Store(e) => describe_store_error(e),
        E::Pdf(problem) => fl!("error-export-pdf", detail = describe_pdf_problem(problem)),
        E::Cancelled => fl!("error-export-cancelled"),
        E::Write { path, problem } => {
            let path = path.display().to_string();
            match problem {
                W::DiskFull => fl!("error-export-disk-full", path = path),
                W::NotWritable => fl!("error-export-not-writable", path = path),
                W::NoFolder => fl!("error-export-no-folder", path = path),
                W::Other(detail) => {
                    fl!("error-export-other", path = path, detail = detail.as_str())
                }
            }
        }
    }
}

/// A file's size the Swedish way: "830 B", "12 kB", "1,4 MB".
pub fn file_size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{} kB", bytes / 1_000),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0).replace('.', ","),
    }
}

/// A printing problem in the user's language.
pub fn describe_print_error(e: &crate::letters::print::PrintError) -> String {
    use crate::letters::print::PrintError as E;
    match e {
        E::NoPrinter => fl!("error-no-printer"),
        E::Unavailable => fl!("error-print-unavailable"),
        E::Refused(detail) => fl!("error-print-refused", detail = detail.as_str()),
    }
}

/// Why a file or message was not imported, in the user's language.
pub fn describe_import_failure(r: &crate::intake::import::FailureReason) -> String {
    use crate::intake::import::FailureReason as R;
    match r {
        R::Unreadable => fl!("import-reason-unreadable"),
        R::Empty => fl!("import-reason-empty"),
        R::NotAMessage => fl!("import-reason-not-a-message"),
        R::Store => fl!("import-reason-store"),
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
pub fn describe_import_summary(
    s: &crate::intake::import::Summary,
    full_paths: bool,
) -> Vec<(Severity, String)> {
    let show = |p: &std::path::Path| match (full_paths, p.file_name()) {
        (false, Some(name)) => name.to_string_lossy().into_owned(),
        _ => p.display().to_string(),
    };
    let mut lines = Vec::new();
    if s.cancelled {
        lines.push((Severity::Warning, fl!("import-cancelled")));
    }
    let counts = fl!(
        "import-summary",
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
            format!(
                "{}{place}: {}",
                show(&f.file),
                describe_import_failure(&f.reason)
            ),
        ));
    }
    for (file, name, size) in &s.attachments_left_out {
        let text = fl!(
            "import-attachment-left-out",
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
                fl!("import-unknown-charset", charset = charset.as_str())
            ),
        ));
    }
    lines
}
