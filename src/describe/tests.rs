//! The words for the library's outcomes, each asserted in one language through a fixed loader.

use std::path::{Path, PathBuf};

use klagomal_core::domain::{Field, IdNumberProblem, Language, Problem, ProblemKind};
use klagomal_core::export::{ExportError, WriteProblem};
use klagomal_core::i18n::loader_for;
use klagomal_core::intake::import::{Failure, FailureReason, Summary};
use klagomal_core::letters::issuing::IssueError;
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
    let already = klagomal_core::domain::TransitionError::Already(Status::Answered);
    let manager = StoreError::NotPermitted {
        needed: klagomal_core::domain::Role::Manager,
    };
    let table = [
        (
            store_error(sv, &manager),
            "Det här kräver rollen ”klagomålsansvarig”, som du inte har.",
        ),
        (
            store_error(en, &manager),
            "This needs the role “complaints manager”, which you do not have.",
        ),
        (
            store_error(sv, &StoreError::SlotNotRecognised),
            "nyckelfilen hör inte till arkivet",
        ),
        (
            store_error(en, &StoreError::LastAdministrator),
            "at least one administrator",
        ),
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
        (
            store_error(sv, &StoreError::Transition(already)),
            "Ärendet har redan status ”Besvarat”.",
        ),
        (
            issue_error(sv, &IssueError::Store(StoreError::Transition(already))),
            "Ärendet har redan status ”Besvarat”. Ett nytt brev av det här slaget kräver att ärendet först öppnas igen (status ”Under utredning”, med en motivering)",
        ),
        (
            issue_error(en, &IssueError::Store(StoreError::Transition(already))),
            "needs the case reopened first (status “Under investigation”, with a reason)",
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
