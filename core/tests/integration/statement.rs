//! The statement (*yttrande*) end to end: refused while a point is unanswered or there is no
//! escalation, with nothing stored; kept when complete, addressed to ARN, read back from the PDF.

use crate::common::*;
use klagomal_core::domain::{
    CaseId, Escalation, EscalationBody, Language, LetterKind, Money, Status,
};
use klagomal_core::letters::LetterInput;
use klagomal_core::letters::issuing::{self, IssueError};
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
    input
}

#[test]
fn an_unanswered_statement_is_refused_and_nothing_is_stored() {
    let (_dir, mut store, id, arn) = escalated_case();
    let partial = statement(&arn, &["Avgiften togs ut enligt inkassolagen."], "");
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &partial).expect("a draft renders");
    let err = issuing::issue(&mut store, &facts, &partial, &text).err();
    assert!(
        matches!(
            &err,
            Some(IssueError::Unanswered(open)) if open == &[Unanswered::Claim(1), Unanswered::Amount]
        ),
        "{err:?}"
    );
    let no_escalation = LetterInput {
        escalation: None,
        ..statement(&arn, &["a", "b"], "c")
    };
    let err = issuing::issue(&mut store, &facts, &no_escalation, &text).err();
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
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    let (letter, pdf) = issuing::issue(&mut store, &facts, &input, &text).expect("issued");
    assert_eq!(letter.kind, LetterKind::ArnStatement);
    assert_eq!(store.letters(id).expect("letters").len(), 1);
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
        "1. Klaganden anför: Påminnelseavgiften på 180 kr ska tas bort",
        "2. Klaganden anför: Räntan på 312 kr är felaktigt beräknad",
        "förordningen om ersättning för inkassokostnader.",
        "räntelagen 6 § från förfallodagen.",
        "Klaganden kräver 492 kr. Vi bestrider kravet på 492 kr i sin helhet.",
        "Eva Berg",
    ] {
        assert!(flat.contains(expected), "{expected} missing in\n{read}");
    }
    assert!(
        !flat.contains("Älvvägen") && !read.lines().take(12).any(|l| l.contains("Åsa Öberg")),
        "not addressed to the complainant:\n{read}"
    );
}
