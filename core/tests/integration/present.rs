//! The one presenter of a case: its sections and rows in Swedish, personnummer masked or not.

use crate::common::*;
use klagomal_core::domain::{
    Escalation, EscalationBody, Language, Money, NewNote, NoteKind, Representative,
};
use klagomal_core::export::present::{IdNumbers, Part, Presenter, Section};
use klagomal_core::i18n::loader_for;

/// A section's rows as (message id, label, value).
type Expected<'a> = &'a [(&'a str, &'a str, &'a str)];

/// The rows of a section as (message id, label, value), and whether one is marked next.
fn rows(section: &Section) -> Vec<(String, String, String, bool)> {
    section
        .parts
        .iter()
        .flat_map(|p| match p {
            Part::Rows(rows) => rows.clone(),
            _ => Vec::new(),
        })
        .map(|r| (r.key, r.label, r.value, r.next))
        .collect()
}

#[test]
fn a_case_is_presented_as_sections_of_rows_in_swedish() {
    let (_dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let mut d = complaint(
        "2026-10-01 09:00",
        "Felaktig avgift",
        "Avgiften är fel.\n\nJag vill ha den tillbaka.",
    );
    d.first_complaint_on = Some(date("2026-09-20"));
    d.complainant.address.street = "Storgatan 12 A".into();
    d.complainant.address.postal_code = "412 58".into();
    d.complainant.address.city = "Göteborg".into();
    d.complainant.phone = "070-123 45 67".into();
    d.representative = Some(Representative {
        name: "Jan Jurist".into(),
        power_of_attorney: true,
        ..Representative::default()
    });
    d.amount_in_dispute = Some(Money::parse_kr("1234,50").expect("amount"));
    d.requested_remedy = "Stryk avgiften".into();
    let case = store.create_case(d).expect("case");
    let case = store
        .assign(case.id, Some(store.actor()))
        .expect("assigned");
    let settings = store.settings().expect("settings");
    let officers = store.officers().expect("officers");
    let present = |ids| {
        let presenter = Presenter {
            loader: loader_for(Language::Sv),
            case: &case,
            settings: &settings,
            officers: &officers,
            ids,
        };
        (presenter.title(), presenter.sections())
    };
    let (title, sections) = present(IdNumbers::MaskedOn(store.today()));
    assert_eq!(title, "K-2026-00001 – Felaktig avgift");
    let keys: Vec<(&str, &str)> = sections.iter().map(|s| (s.key, s.title.as_str())).collect();
    assert_eq!(
        keys,
        [
            ("summary-section-case", "Ärendet"),
            ("summary-section-parties", "Parter"),
            ("summary-section-claim", "Kravet"),
            ("show-description", "Beskrivning"),
            ("show-deadlines", "Tidsfrister"),
        ]
    );
    let due = case.deadlines(&settings.deadlines);
    let table: [(usize, Expected<'_>); 4] = [
        (
            0,
            &[
                ("show-status", "Status", "Nytt"),
                ("show-kind", "Typ", "Klagomål"),
                ("show-category", "Kategori", "–"),
                ("show-channel", "Kanal", "E-post"),
                ("show-received", "Mottaget", "2026-10-01 09:00"),
                ("show-first-complaint", "Första klagomålet", "2026-09-20"),
                ("show-outcome", "Utfall", "–"),
                ("show-assignee", "Handläggare", "Eva Berg"),
            ],
        ),
        (
            1,
            &[
                ("show-complainant", "Klagande", "Åsa Öberg"),
                (
                    "show-id-number",
                    "Person-/organisationsnummer",
                    "811218-XXXX",
                ),
                ("show-address", "Adress", "Storgatan 12 A, 412 58 Göteborg"),
                ("show-email", "E-post", "asa.oberg@example.com"),
                ("show-phone", "Telefon", "070-123 45 67"),
                ("show-language", "Språk", "Svenska"),
                (
                    "show-representative",
                    "Ombud",
                    "Jan Jurist (fullmakt finns)",
                ),
            ],
        ),
        (
            2,
            &[
                ("show-debt-cases", "Inkassoärenden", "40077442"),
                ("show-creditor", "Uppdragsgivare", "Norrsken Energi AB"),
                ("show-amount", "Belopp i tvist", "1 234,50 kr"),
                ("show-remedy", "Klaganden begär", "Stryk avgiften"),
            ],
        ),
        (
            4,
            &[
                (
                    "deadline-acknowledgement",
                    "Mottagningsbekräftelse",
                    &due.acknowledgement.to_string(),
                ),
                (
                    "deadline-final-answer",
                    "Slutligt besked",
                    &due.final_answer.to_string(),
                ),
                (
                    "deadline-arn-window",
                    "Sista dag att anmäla till ARN",
                    &due.arn_window_ends.to_string(),
                ),
            ],
        ),
    ];
    for (section, expected) in table {
        let got: Vec<(String, String, String)> = rows(&sections[section])
            .into_iter()
            .map(|(k, l, v, _)| (k, l, v))
            .collect();
        let expected: Vec<(String, String, String)> = expected
            .iter()
            .map(|(k, l, v)| (k.to_string(), l.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, expected, "section {}", sections[section].key);
    }
    assert_eq!(
        sections[3].parts,
        [Part::Text(
            "Avgiften är fel.\n\nJag vill ha den tillbaka.".into()
        )]
    );
    let next: Vec<String> = rows(&sections[4])
        .into_iter()
        .filter(|r| r.3)
        .map(|r| r.0)
        .collect();
    assert_eq!(next, ["deadline-acknowledgement"], "not yet acknowledged");

    // Masked or in full: only the personnummer differs.
    let (_, full) = present(IdNumbers::Full);
    for (masked, full) in sections.iter().zip(&full) {
        for (m, f) in rows(masked).into_iter().zip(rows(full)) {
            let expected = match m.0.as_str() {
                "show-id-number" => "811218-9876".to_owned(),
                _ => m.2.clone(),
            };
            assert_eq!(f.2, expected, "{}", m.0);
        }
    }
}

#[test]
fn escalations_and_notes_are_sections_of_their_own() {
    let (_dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let case = store
        .create_case(complaint("2026-10-01 09:00", "Avgift", "Fel avgift."))
        .expect("case");
    let settings = store.settings().expect("settings");
    let officers = store.officers().expect("officers");
    let presenter = Presenter {
        loader: loader_for(Language::Sv),
        case: &case,
        settings: &settings,
        officers: &officers,
        ids: IdNumbers::MaskedOn(store.today()),
    };
    assert_eq!(
        presenter.notes(&[]).parts,
        [Part::Text("Inga anteckningar ännu.".into())]
    );
    let note = store
        .add_note(
            case.id,
            NewNote {
                kind: NoteKind::Note,
                text: "Ringde kunden.\nLovade svar.".into(),
            },
        )
        .expect("note");
    let notes = presenter.notes(std::slice::from_ref(&note));
    let head = format!(
        "{} · Anteckning · Eva Berg",
        note.at.format("%Y-%m-%d %H:%M")
    );
    assert_eq!(
        notes.parts,
        [Part::List(vec![format!(
            "{head}\nRingde kunden.\nLovade svar."
        )])]
    );

    let arn = Escalation {
        reference: "2026-777".into(),
        statement_due: Some(date("2026-12-11")),
        claims: vec!["Ta bort avgiften".into(), "Ersätt mig".into()],
        ..Escalation::new(EscalationBody::Arn, date("2026-11-20"))
    };
    let row = store.escalate(case.id, arn).expect("escalated");
    let escalations = store.escalations(case.id).expect("escalations");
    let sections = presenter.escalations(&escalations);
    assert_eq!(sections.len(), 1, "{row:?}");
    assert_eq!(sections[0].key, "escalation");
    assert_eq!(
        sections[0].title,
        "Allmänna reklamationsnämnden (ARN) 2026-777"
    );
    assert_eq!(
        sections[0].parts,
        [
            Part::Text("Mottaget 2026-11-20 · sista dag för yttrande 2026-12-11".into()),
            Part::List(vec!["Ta bort avgiften".into(), "Ersätt mig".into()]),
        ]
    );
}
