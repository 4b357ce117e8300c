//! The statement (*yttrande*) end to end: refused while a point is unanswered, no position is
//! taken or there is no escalation, with nothing stored; kept when complete, addressed to ARN or
//! the named court, with its position and enclosures, read back from the PDF.

use crate::common::*;
use klagomal_core::domain::{
    CaseId, Escalation, EscalationBody, Language, LetterKind, Money, Position, Status,
};
use klagomal_core::letters::LetterInput;
use klagomal_core::letters::issuing::{self, IssueError};
use klagomal_core::letters::review;
use klagomal_core::letters::statement::Unanswered;
use klagomal_core::store::Store;

/// A store with a company, an officer, and a case escalated to ARN with two claims and an amount.
fn escalated_case() -> (tempfile::TempDir, Store, CaseId, Escalation) {
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let case = store
        .create_case(complaint(
            "2026-10-01 09:00",
            "Påminnelseavgift",
            "Avgiften är fel.",
        ))
        .expect("case");
    let mut arn = Escalation::new(EscalationBody::Arn, date("2026-11-20"));
    arn.reference = "2026-12345".into();
    arn.statement_due = Some(date("2026-12-11"));
    arn.claims = vec![
        "Påminnelseavgiften på 180 kr ska tas bort".into(),
        "Räntan på 312 kr är felaktigt beräknad".into(),
    ];
    arn.amount_claimed = Some(Money::kr(492));
    store.escalate(case.id, arn.clone()).expect("escalated");
    (dir, store, case.id, arn)
}

fn statement(escalation: &Escalation, answers: &[&str], amount: &str) -> LetterInput {
    let mut input = LetterInput::new(LetterKind::ArnStatement, Language::Sv, date("2026-11-24"));
    input.escalation = Some(escalation.clone());
    input.answers = answers.iter().map(|a| (*a).to_owned()).collect();
    input.amount_answer = amount.to_owned();
    input.position = Some(Position::Disputes);
    input.enclosures = vec![
        "Ärendesammanställning med händelser i tidsordning".into(),
        "Vårt brev 2026-10-14: Slutligt besked".into(),
    ];
    input
}

/// The PDF's text with its layout kept, so that a label and its value share a line.
fn layout_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("read.pdf");
    std::fs::write(&file, pdf).expect("write");
    let out = std::process::Command::new("pdftotext")
        .args(["-layout".as_ref(), file.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext (Debian: poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Words in a row, whatever the spaces between them.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Makes and keeps a statement, and writes its PDF to `$KLAGOMAL_STATEMENT_DIR/name.pdf` when
/// that is set (for a look at the page).
fn issue(store: &mut Store, id: CaseId, input: &LetterInput, name: &str) -> Vec<u8> {
    let facts = issuing::read_facts(store, id).expect("facts");
    let text = issuing::render_text(store, &facts, input).expect("text");
    let pdf = review::create(store, &facts, input, &text)
        .expect("created")
        .pdf()
        .to_vec();
    klagomal_core::seed::escalated::approve_as_colleague(store, id).expect("approved");
    if let Ok(dir) = std::env::var("KLAGOMAL_STATEMENT_DIR") {
        std::fs::write(format!("{dir}/{name}.pdf"), &pdf).expect("write the PDF for a look");
    }
    pdf
}

#[test]
fn an_unanswered_statement_is_refused_and_nothing_is_stored() {
    let (_dir, mut store, id, arn) = escalated_case();
    let partial = statement(&arn, &["Avgiften togs ut enligt inkassolagen."], "");
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &partial).expect("a draft renders");
    let err = review::create(&mut store, &facts, &partial, &text).err();
    assert!(
        matches!(
            &err,
            Some(IssueError::Unanswered(open)) if open == &[Unanswered::Claim(1), Unanswered::Amount]
        ),
        "{err:?}"
    );
    let no_position = LetterInput {
        position: None,
        ..statement(&arn, &["a", "b"], "c")
    };
    let err = review::create(&mut store, &facts, &no_position, &text).err();
    assert!(
        matches!(&err, Some(IssueError::Unanswered(open)) if open == &[Unanswered::Position]),
        "every point answered, but no position: {err:?}"
    );
    let nothing_admitted = LetterInput {
        position: Some(Position::AdmitsPartly(Money(0))),
        ..statement(&arn, &["a", "b"], "c")
    };
    let err = review::create(&mut store, &facts, &nothing_admitted, &text).err();
    assert!(
        matches!(&err, Some(IssueError::Unanswered(open)) if open == &[Unanswered::AdmittedAmount]),
        "{err:?}"
    );
    let no_escalation = LetterInput {
        escalation: None,
        ..statement(&arn, &["a", "b"], "c")
    };
    let err = review::create(&mut store, &facts, &no_escalation, &text).err();
    assert!(matches!(err, Some(IssueError::NoEscalation)), "{err:?}");
    assert!(matches!(
        issuing::render_text(&store, &facts, &no_escalation),
        Err(IssueError::NoEscalation)
    ));
    assert!(
        store.letters(id).expect("letters").is_empty(),
        "nothing kept"
    );
    let history = history_codes(&store, id);
    assert!(!history.contains(&"letter.created"), "{history:?}");
}

#[test]
fn a_complete_statement_is_kept_addressed_to_arn_and_leaves_the_case_as_it_was() {
    let (_dir, mut store, id, arn) = escalated_case();
    let before = store.case(id).expect("case");
    let input = statement(
        &arn,
        &[
            "Avgiften togs ut enligt inkassolagen och förordningen om ersättning för inkassokostnader.",
            "Räntan är beräknad enligt räntelagen 6 § från förfallodagen.",
        ],
        "Vi bestrider kravet på 492 kr i sin helhet.",
    );
    let pdf = issue(&mut store, id, &input, "arn-sv");
    let letters = store.letters(id).expect("letters");
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].kind, LetterKind::ArnStatement);
    let after = store.case(id).expect("case");
    assert_eq!(
        (after.status, after.outcome, after.statement_due),
        (Status::Escalated, before.outcome, before.statement_due),
        "a statement does not move the case"
    );
    if let Ok(out) = std::env::var("KLAGOMAL_STATEMENT_PDF") {
        std::fs::write(out, &pdf).expect("write the PDF for a look");
    }
    let read = pdf_text(&pdf);
    let flat = read.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Allmänna reklamationsnämnden",
        "Box 174",
        "101 23 Stockholm",
        "Yttrande i ärende 2026-12345 – K-2026-00001",
        "Er referens",
        "Åsa Öberg kallas nedan anmälaren. Exempel Inkasso AB kallas nedan företaget.",
        "1. Anmälaren anför: Påminnelseavgiften på 180 kr ska tas bort",
        "Företagets svar: Avgiften togs ut",
        "2. Anmälaren anför: Räntan på 312 kr är felaktigt beräknad",
        "förordningen om ersättning för inkassokostnader.",
        "räntelagen 6 § från förfallodagen.",
        "Anmälaren kräver 492 kr. Vi bestrider kravet på 492 kr i sin helhet.",
        "Företaget bestrider anmälarens krav på 492 kr.",
        "Bilagor",
        "Bilaga 1: Ärendesammanställning med händelser i tidsordning",
        "Bilaga 2: Vårt brev 2026-10-14: Slutligt besked",
        "Eva Berg",
    ] {
        assert!(flat.contains(expected), "{expected} missing in\n{read}");
    }
    assert!(
        !flat.contains("Älvvägen") && !read.lines().take(12).any(|l| l.contains("Åsa Öberg")),
        "not addressed to the complainant:\n{read}"
    );
}

#[test]
fn the_statement_takes_each_position_in_both_languages() {
    let (_dir, mut store, id, arn) = escalated_case();
    let answers = ["Avgiften togs ut enligt lag.", "Räntan följer räntelagen."];
    let table = [
        (
            Position::Admits,
            Language::Sv,
            "Företaget medger anmälarens krav på 492 kr. Skälen framgår av svaren ovan.",
        ),
        (
            Position::AdmitsPartly(Money::kr(180)),
            Language::Sv,
            "Företaget medger anmälarens krav delvis, med 180 kr av de krävda 492 kr. I övrigt bestrider företaget kravet.",
        ),
        (
            Position::Disputes,
            Language::Sv,
            "Företaget bestrider anmälarens krav på 492 kr.",
        ),
        (
            Position::Admits,
            Language::En,
            "The company admits the claim of 492 kr.",
        ),
        (
            Position::AdmitsPartly(Money::kr(180)),
            Language::En,
            "The company admits the claim in part, 180 kr of the 492 kr claimed, and otherwise disputes it.",
        ),
        (
            Position::Disputes,
            Language::En,
            "The company disputes the claim of 492 kr.",
        ),
    ];
    for (position, language, expected) in table {
        let input = LetterInput {
            position: Some(position),
            language,
            ..statement(&arn, &answers, "Se nedan.")
        };
        let read = flat(&pdf_text(&issue(&mut store, id, &input, "position")));
        assert!(
            read.contains(expected),
            "{position:?} {language}: {expected}\n{read}"
        );
        let enclosure = match language {
            Language::Sv => "Bilaga 2: Vårt brev 2026-10-14: Slutligt besked",
            Language::En => "Enclosure 2: Vårt brev 2026-10-14: Slutligt besked",
        };
        assert!(read.contains(enclosure), "{language}: {read}");
    }
}

#[test]
fn a_court_statement_names_the_court_and_its_case_number() {
    let (_dir, mut store, id, _) = escalated_case();
    let mut court = Escalation::new(EscalationBody::DistrictCourt, date("2026-11-21"));
    court.court = "Stockholms tingsrätt".into();
    court.reference = "T 1234-26".into();
    court.claims = vec!["Avgiften ska betalas tillbaka".into()];
    court.amount_claimed = Some(Money::kr(180));
    store.escalate(id, court.clone()).expect("escalated");
    let mut input = statement(&court, &["Avgiften togs ut enligt lag."], "Se nedan.");
    input.position = Some(Position::AdmitsPartly(Money::kr(60)));
    input.body_address = vec!["Box 8307".into(), "104 20 Stockholm".into()];
    let pdf = issue(&mut store, id, &input, "court-sv");
    let read = flat(&pdf_text(&pdf));
    for expected in [
        "Stockholms tingsrätt Box 8307 104 20 Stockholm",
        "Yttrande i mål nr T 1234-26 – K-2026-00001",
        "Vi tog emot Stockholms tingsrätts begäran om yttrande den 2026-11-21.",
        "1. Käranden anför: Avgiften ska betalas tillbaka",
        "Företaget medger kärandens krav delvis, med 60 kr av de krävda 180 kr.",
    ] {
        assert!(read.contains(expected), "{expected} in\n{read}");
    }
    let head = layout_text(&pdf);
    let line = |label: &str| head.lines().find(|l| l.contains(label)).map(flat);
    assert_eq!(
        line("Mål nr")
            .as_deref()
            .and_then(|l| l.split("Mål nr ").nth(1)),
        Some("T 1234-26")
    );
    assert_eq!(line("Er referens"), None, "a court's number is its mål nr");
}

#[test]
fn er_referens_is_the_recipients_own_and_our_collection_cases_have_their_own_label() {
    let (_dir, mut store, id, arn) = escalated_case();
    let pdf = issue(
        &mut store,
        id,
        &statement(&arn, &["a.", "b."], "c."),
        "refs",
    );
    let head = layout_text(&pdf);
    let value = |label: &str| {
        head.lines()
            .find(|l| l.contains(label))
            .and_then(|l| l.split(label).nth(1))
            .map(flat)
    };
    assert_eq!(value("Er referens").as_deref(), Some("2026-12345"));
    assert_eq!(value("Vårt inkassoärende").as_deref(), Some("40077442"));
    assert_eq!(value("Vårt ärendenummer").as_deref(), Some("K-2026-00001"));
    // A letter to the complainant: no reference of theirs, our collection case all the same.
    let facts = issuing::read_facts(&store, id).expect("facts");
    let ack = LetterInput::new(
        LetterKind::Acknowledgement,
        Language::Sv,
        date("2026-11-24"),
    );
    let text = issuing::render_text(&store, &facts, &ack).expect("text");
    let head = layout_text(&issuing::pdf(&facts, &ack, &text).expect("pdf"));
    assert!(!head.contains("Er referens"), "{head}");
    assert!(
        head.lines()
            .any(|l| flat(l).ends_with("Vårt inkassoärende 40077442")),
        "{head}"
    );
}

#[test]
fn english_pages_are_numbered_page_1_of_2() {
    let (_dir, mut store, id, arn) = escalated_case();
    let long = "The fee was charged under the Debt Collection Act and the ordinance on \
                compensation for collection costs, after the due date had passed. "
        .repeat(7);
    let input = LetterInput {
        language: Language::En,
        ..statement(&arn, &[long.as_str(), long.as_str()], "See below.")
    };
    let read = pdf_text(&issue(&mut store, id, &input, "arn-en"));
    for expected in [
        "Page 1 of 2",
        "Page 2 of 2",
        "Our collection case",
        "Your reference",
    ] {
        assert!(read.contains(expected), "{expected} in\n{read}");
    }
    assert!(!read.contains("Page 1 (2)"), "{read}");
}
