//! The case printed whole: read back from the PDF, redacted by default and complete with options.

use crate::common::*;
use klagomal_core::domain::{Escalation, EscalationBody, Language, NewNote, NoteKind, Status};
use klagomal_core::export::Options;
use klagomal_core::export::printed::case_summary_pdf;

#[test]
fn the_summary_is_redacted_unless_asked_and_its_timeline_is_in_order() {
    let (_dir, _path, mut store) = new_store();
    let mut d = complaint(
        "2026-10-01 09:00",
        "Avgift",
        "Mitt personnummer är 811218-9876, se bifogat.",
    );
    d.first_complaint_on = Some(date("2026-09-20"));
    let case = store.create_case(d).expect("case");
    store
        .add_note(
            case.id,
            NewNote {
                kind: NoteKind::Note,
                text: "Intern bedömning: avgiften var fel".into(),
            },
        )
        .expect("note");
    for to in [
        Status::UnderInvestigation,
        Status::AwaitingReview,
        Status::Answered,
    ] {
        store.change_status(case.id, to, None).expect("status");
    }
    let arn = Escalation {
        reference: "2026-777".into(),
        statement_due: Some(date("2026-12-11")),
        ..Escalation::new(EscalationBody::Arn, date("2026-11-20"))
    };
    let row = store.escalate(case.id, arn.clone()).expect("escalated");
    reject_escalation(&mut store, case.id, row, arn, "2026-11-23").expect("decided");

    let redacted = pdf_text(
        &case_summary_pdf(
            &store,
            case.id,
            Options::default(),
            Language::Sv,
            date("2026-11-24"),
        )
        .expect("pdf"),
    );
    assert!(redacted.contains("Ärendesammanställning") && redacted.contains("K-2026-00001"));
    assert!(
        !redacted.contains("9876"),
        "no full personnummer anywhere:\n{redacted}"
    );
    assert!(redacted.contains("811218-XXXX"));
    assert!(
        !redacted.contains("Intern bedömning"),
        "no internal notes by default"
    );
    assert!(
        redacted.contains("2026-777") && redacted.contains("2026-12-11"),
        "the escalation and its deadline"
    );
    // Lines wrap where the page ends them: read the text as running words.
    let words = redacted.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Ärendet togs vidare till Allmänna reklamationsnämnden (ARN) (deras referens: 2026-777; vårt yttrande senast 2026-12-11)"),
        "the escalation is in the timeline:\n{redacted}"
    );
    assert!(
        words.contains("Beslut från Allmänna reklamationsnämnden (ARN): Avslag (2026-11-23)"),
        "and so is the decision:\n{redacted}"
    );
    assert!(
        words.contains("Personnummer är maskerade. Interna utredningsanteckningar ingår inte."),
        "the footnote says what was left out:\n{redacted}"
    );
    assert!(
        !redacted.contains("Er referens"),
        "printed for nobody in particular: no recipient's reference"
    );
    // Timeline lines: "• 003 · 2026-10-01 09:00 · …", numbered in time order.
    let events: Vec<Vec<&str>> = redacted
        .lines()
        .map(|l| l.trim_start_matches(['•', ' ']))
        .map(|l| l.split(" · ").collect::<Vec<_>>())
        .filter(|parts| parts.len() >= 3 && parts[1].starts_with("20"))
        .collect();
    let numbers: Vec<usize> = events.iter().filter_map(|p| p[0].parse().ok()).collect();
    let times: Vec<&str> = events.iter().map(|p| p[1]).collect();
    assert!(times.len() >= 4, "{events:?}");
    assert_eq!(numbers, (1..=times.len()).collect::<Vec<_>>(), "{events:?}");
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "the timeline is in order: {times:?}"
    );

    let full = pdf_text(
        &case_summary_pdf(
            &store,
            case.id,
            Options {
                include_notes: true,
                unmask: true,
            },
            Language::Sv,
            date("2026-11-24"),
        )
        .expect("pdf"),
    );
    assert!(
        full.contains("811218-9876") && full.contains("Intern bedömning"),
        "with the options they are there"
    );
    let words = full.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Personnummer visas i klartext. Interna utredningsanteckningar ingår."),
        "{full}"
    );
}

#[test]
fn the_timeline_says_a_letter_was_created_and_only_later_that_it_was_sent() {
    use klagomal_core::domain::{LetterKind, SentVia};
    use klagomal_core::export::CaseData;
    use klagomal_core::export::summary::timeline;
    use klagomal_core::letters::{LetterInput, issuing};
    let (_dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let case = store
        .create_case(complaint("2026-10-01 09:00", "Avgift", "Text"))
        .expect("case");
    let input = LetterInput::new(
        LetterKind::Acknowledgement,
        Language::Sv,
        date("2026-10-02"),
    );
    let facts = issuing::read_facts(&store, case.id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    let (letter, _) = issuing::issue(&mut store, &facts, &input, &text).expect("issued");
    let lines = |store: &klagomal_core::store::Store, language| {
        let data = CaseData::read(store, case.id).expect("data");
        timeline(data.record(), Options::default(), language).join("\n")
    };
    let made = lines(&store, Language::Sv);
    assert!(
        made.contains("Brev skapat: Mottagningsbekräftelse"),
        "{made}"
    );
    assert!(!made.contains("skickat"), "made, not sent:\n{made}");

    store
        .record_sent(letter.id, SentVia::Email, date("2026-10-02"))
        .expect("e-mailed");
    store
        .record_sent(letter.id, SentVia::Post, date("2026-10-03"))
        .expect("posted");
    let sent = lines(&store, Language::Sv);
    for expected in [
        "Brev skapat: Mottagningsbekräftelse",
        "Brev skickat (e-post): Mottagningsbekräftelse",
        "Brev skickat (post): Mottagningsbekräftelse",
    ] {
        assert!(sent.contains(expected), "{expected} in\n{sent}");
    }
    let en = lines(&store, Language::En);
    assert!(
        en.contains("Letter created: ") && en.contains("Letter sent (e-mail): "),
        "{en}"
    );
    let summary = pdf_text(
        &case_summary_pdf(
            &store,
            case.id,
            Options::default(),
            Language::Sv,
            date("2026-10-04"),
        )
        .expect("pdf"),
    );
    assert!(
        summary.contains("Brev skickat (post)"),
        "the printed case says so too:\n{summary}"
    );
}
