//! The letter context and address block.

use super::*;
use crate::domain::{
    CaseDetails, CaseId, CaseKind, CaseNumber, Channel, OfficerId, Representative, Status,
};

fn case() -> Case {
    let received = NaiveDate::from_ymd_opt(2026, 3, 10)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default();
    let mut d = CaseDetails::new(received, Channel::Letter, CaseKind::Complaint);
    d.complainant.name = "Åsa Öberg".into();
    d.complainant.address = Address {
        street: "Storgatan 1".into(),
        postal_code: "903 26".into(),
        city: "Umeå".into(),
        country: String::new(),
    };
    d.first_complaint_on = NaiveDate::from_ymd_opt(2026, 3, 2);
    Case {
        id: CaseId(1),
        status: Status::UnderInvestigation,
        ..Case::new(
            CaseNumber {
                year: 2026,
                seq: 42,
            },
            d,
            received,
        )
    }
}

/// The facts of `case` with the default settings, signed by `name`, `title`, without a logo.
fn facts(case: Case, name: &str, title: &str) -> Facts {
    Facts {
        case,
        settings: Settings::default(),
        officer: Officer::new(OfficerId(1), name, title),
        logo: None,
    }
}

#[test]
fn the_context_has_the_computed_dates_and_limits() {
    let facts = facts(case(), "Eva Berg", "Handläggare");
    let date = NaiveDate::from_ymd_opt(2026, 3, 20).unwrap_or_default();
    let input = LetterInput::new(LetterKind::FinalAnswer, Language::Sv, date);
    let ctx = context(&facts, &input);
    let get = |k: &str| ctx.get_attr(k).map(|v| v.to_string()).unwrap_or_default();
    assert_eq!(get("case_number"), "K-2026-00042");
    assert_eq!(get("arn_last_date"), "2027-03-02");
    assert_eq!(get("small_claims_limit"), "29 600 kr");
    assert_eq!(get("answer_due"), "2026-03-24");
    assert_eq!(get("first_name"), "Åsa");
    assert_eq!(get("outcome"), "rejected");
    let missing = ctx
        .get_attr("missing")
        .map(|v| v.len().unwrap_or(0))
        .unwrap_or(0);
    assert_eq!(
        missing, 4,
        "contact, reference, description and remedy are missing"
    );
}

fn with_representative(name: &str, firm: &str, poa: bool, until: Option<NaiveDate>) -> Case {
    let mut case = case();
    case.details.representative = Some(Representative {
        name: name.into(),
        firm: firm.into(),
        address: Address {
            street: "Box 7".into(),
            postal_code: "411 01".into(),
            city: "Göteborg".into(),
            country: String::new(),
        },
        email: "ombud@example.se".into(),
        power_of_attorney: poa,
        valid_until: until,
        ..Representative::default()
    });
    case
}

#[test]
fn the_letter_goes_to_the_representative_only_with_a_valid_power_of_attorney() {
    use crate::domain::Addressee::{Complainant, Representative as Rep};
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
    let date = day(20);
    let to_rep = vec!["Karin Lund", "Advokatbyrån Ek", "Box 7", "411 01 Göteborg"];
    let to_complainant = vec!["Åsa Öberg", "Storgatan 1", "903 26 Umeå"];
    type Row = (
        Option<(bool, Option<NaiveDate>)>,
        Option<Addressee>,
        Result<RecipientReason, RecipientError>,
    );
    let table: Vec<Row> = vec![
        (None, None, Ok(RecipientReason::NoRepresentative)),
        (None, Some(Rep), Err(RecipientError::NoRepresentative)),
        (
            Some((false, None)),
            None,
            Ok(RecipientReason::NoPowerOfAttorney),
        ),
        (
            Some((false, None)),
            Some(Rep),
            Err(RecipientError::NoPowerOfAttorney),
        ),
        (
            Some((true, None)),
            None,
            Ok(RecipientReason::PowerOfAttorney),
        ),
        (
            Some((true, Some(day(20)))),
            None,
            Ok(RecipientReason::PowerOfAttorney),
        ),
        (
            Some((true, Some(day(19)))),
            None,
            Ok(RecipientReason::Expired(day(19))),
        ),
        (
            Some((true, Some(day(19)))),
            Some(Rep),
            Err(RecipientError::Expired(day(19))),
        ),
        (
            Some((true, None)),
            Some(Complainant),
            Ok(RecipientReason::ChosenComplainant),
        ),
        (
            Some((true, None)),
            Some(Rep),
            Ok(RecipientReason::PowerOfAttorney),
        ),
    ];
    for (rep, asked, expected) in table {
        let case = match rep {
            Some((poa, until)) => with_representative("Karin Lund", "Advokatbyrån Ek", poa, until),
            None => case(),
        };
        let mut input = LetterInput::new(LetterKind::Acknowledgement, Language::Sv, date);
        input.recipient = asked;
        let got = recipient(&case, date, asked).map(|r| r.reason);
        assert_eq!(got, expected, "{rep:?} {asked:?}");
        let lines = letter_recipient(&case, &input);
        let wanted = match expected {
            Ok(RecipientReason::PowerOfAttorney) => &to_rep,
            _ => &to_complainant,
        };
        assert_eq!(&lines, wanted, "{rep:?} {asked:?}");
        let letter = crate::domain::Letter {
            id: crate::domain::LetterId(1),
            case_id: case.id,
            kind: input.kind,
            language: input.language,
            date,
            officer: OfficerId(1),
            created_at: case.created_at,
            text: String::new(),
            pdf_size: 0,
            addressee: None,
            approved_by: None,
            approved_at: None,
            self_approved: false,
        };
        let email = eml::recipient_email(&case, &letter).map(|m| m.name);
        let by_rule = recipient(&case, date, None).map(|r| r.to);
        let expected_name = match by_rule {
            Ok(Rep) => Some("Karin Lund".to_owned()),
            _ => None,
        };
        assert_eq!(
            email, expected_name,
            "the e-mail follows the same rule: {rep:?}"
        );
    }
}

#[test]
fn the_greeting_and_the_subject_follow_the_recipient() {
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
    let expired = Some(day(1));
    // (representative, firm, power of attorney, valid until, language, greeting, subject ends)
    let table = [
        (
            "",
            "",
            false,
            None,
            Language::Sv,
            "Hej Åsa!",
            "K-2026-00042",
        ),
        (
            "Karin Lund",
            "Advokatbyrån Ek",
            true,
            None,
            Language::Sv,
            "Hej Karin!",
            "– angående Åsa Öberg",
        ),
        (
            "Advokatbyrån Ek",
            "",
            true,
            None,
            Language::Sv,
            "Hej!",
            "– angående Åsa Öberg",
        ),
        (
            "Karin Lund",
            "",
            true,
            expired,
            Language::Sv,
            "Hej Åsa!",
            "K-2026-00042",
        ),
        (
            "Karin Lund",
            "",
            false,
            None,
            Language::Sv,
            "Hej Åsa!",
            "K-2026-00042",
        ),
        (
            "Karin Lund",
            "Advokatbyrån Ek",
            true,
            None,
            Language::En,
            "Dear Karin Lund,",
            "– regarding Åsa Öberg",
        ),
        (
            "Advokatbyrån Ek",
            "",
            true,
            None,
            Language::En,
            "Dear Sir or Madam,",
            "– regarding Åsa Öberg",
        ),
        (
            "",
            "",
            false,
            None,
            Language::En,
            "Dear Åsa Öberg,",
            "K-2026-00042",
        ),
    ];
    for (name, firm, poa, until, language, greeting, subject_end) in table {
        let case = match name {
            "" => case(),
            _ => with_representative(name, firm, poa, until),
        };
        let facts = facts(case, "Eva Berg", "Handläggare");
        for kind in LetterKind::COMPOSABLE
            .iter()
            .filter(|k| **k != LetterKind::ArnStatement)
        {
            let input = LetterInput::new(*kind, language, day(20));
            let source = default_template(*kind, language).unwrap_or_default();
            let text = render(source, &context(&facts, &input)).unwrap_or_default();
            let (subject, body) = split_subject(&text);
            assert!(subject.ends_with(subject_end), "{kind} {name}: {subject}");
            assert!(body.starts_with(greeting), "{kind} {name}: {body}");
            let intro = match language {
                Language::Sv => {
                    "Vi skriver till dig eftersom du företräder Åsa Öberg med fullmakt."
                }
                Language::En => "We are writing to you because you represent Åsa Öberg",
            };
            let to_rep = subject_end.starts_with('–');
            assert_eq!(body.contains(intro), to_rep, "{kind} {name}: {body}");
            assert!(
                !body.contains("\n\n\n"),
                "{kind} {name}: no empty paragraph"
            );
        }
    }
}

#[test]
fn saved_templates_are_checked_against_a_made_up_case() {
    for kind in LetterKind::COMPOSABLE {
        for language in Language::ALL {
            let source = default_template(*kind, *language).unwrap_or_default();
            assert_eq!(check(source, *kind, *language), Ok(()), "{kind} {language}");
        }
    }
    let err = check(
        "Ämne\n\n{{ finns_inte }}",
        LetterKind::Acknowledgement,
        Language::Sv,
    )
    .err();
    assert_eq!(
        err.map(|e| (e.kind, e.line)),
        Some((TemplateProblem::UnknownField, Some(3)))
    );
}

fn arn_statement(language: Language) -> LetterInput {
    let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let mut e = Escalation::new(EscalationBody::Arn, date - Days::new(4));
    e.reference = "2026-12345".into();
    e.statement_due = NaiveDate::from_ymd_opt(2026, 12, 11);
    e.claims = vec![
        "Påminnelseavgiften ska tas bort".into(),
        "Räntan är fel beräknad".into(),
        "Inkassobolaget svarade aldrig".into(),
    ];
    e.amount_claimed = Some(crate::domain::Money::kr(492));
    let mut input = LetterInput::new(LetterKind::ArnStatement, language, date);
    input.escalation = Some(e);
    input.answers = vec![
        "Avgiften togs ut enligt lag.".into(),
        "Räntan följer räntelagen 6 §.".into(),
        "Vi svarade den 2026-03-24.".into(),
    ];
    input.amount_answer = "Vi bestrider kravet i sin helhet.".into();
    input
}

#[test]
fn a_statement_numbers_the_points_in_order_and_goes_to_the_body() {
    let mut case = case();
    case.details.debt_case_numbers = vec!["40077442".into()];
    case.details.creditor = "Norrsken Energi AB".into();
    let facts = facts(case, "Eva Berg", "Klagomålsansvarig");
    for language in Language::ALL {
        let input = arn_statement(*language);
        let source = default_template(LetterKind::ArnStatement, *language).unwrap_or_default();
        let text = render(source, &context(&facts, &input)).unwrap_or_else(|e| panic!("{e}"));
        let subject = text.lines().next().unwrap_or_default();
        assert!(
            subject.contains("2026-12345") && subject.contains("K-2026-00042"),
            "{language}: {subject}"
        );
        let numbered: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains(". "))
            .collect();
        assert_eq!(numbered.len(), 3, "{language}: {text}");
        for (i, (line, claim)) in numbered
            .iter()
            .zip(
                &input
                    .escalation
                    .as_ref()
                    .map(|e| e.claims.clone())
                    .unwrap_or_default(),
            )
            .enumerate()
        {
            assert!(line.starts_with(&format!("{}. ", i + 1)), "{line}");
            assert!(line.ends_with(claim.as_str()), "{line}");
        }
        let position = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {text}"))
        };
        assert!(position("Avgiften togs ut") < position("Räntan följer"));
        assert!(position("Räntan följer") < position("Vi svarade den"));
        assert!(position("Vi svarade den") < position("492 kr"));
        for expected in [
            "Vi bestrider kravet i sin helhet.",
            "2026-11-20",
            "2026-12-11",
            "40077442",
            "Norrsken Energi AB",
            "Åsa Öberg",
        ] {
            assert!(text.contains(expected), "{language}: {expected} in\n{text}");
        }
        let layout = layout(&facts, &input, &text);
        assert_eq!(
            layout.recipient,
            [
                "Allmänna reklamationsnämnden",
                "Box 174",
                "101 23 Stockholm"
            ]
        );
        assert_eq!(layout.your_reference, "2026-12345", "Er referens is ARN's");
    }
    let sv = arn_statement(Language::Sv);
    let ctx = context(&facts, &sv);
    let get = |k: &str| ctx.get_attr(k).map(|v| v.to_string()).unwrap_or_default();
    assert_eq!(get("body_name"), "Allmänna reklamationsnämnden");
    assert_eq!(get("body"), "arn");
    assert_eq!(get("amount_claimed"), "492 kr");
}

#[test]
fn the_statement_fields_are_empty_for_other_letters() {
    let facts = facts(case(), "", "");
    // A final answer with a stray escalation is still a final answer, to the complainant.
    let input = LetterInput {
        kind: LetterKind::FinalAnswer,
        ..arn_statement(Language::Sv)
    };
    let ctx = context(&facts, &input);
    for field in [
        "body_name",
        "body_reference",
        "statement_due",
        "amount_claimed",
    ] {
        assert_eq!(
            ctx.get_attr(field).map(|v| v.to_string()).ok(),
            Some(String::new()),
            "{field}"
        );
    }
    assert_eq!(ctx.get_attr("points").ok().and_then(|v| v.len()), Some(0));
    assert_eq!(
        layout(&facts, &input, "Ämne\n\nText").recipient,
        recipient::recipient_lines(&facts.case, Addressee::Complainant)
    );
    assert!(input.unanswered().is_empty());
}

#[test]
fn every_body_has_a_name_in_both_languages() {
    for body in EscalationBody::ALL {
        for language in Language::ALL {
            let name = statement::body_name(*body, *language);
            assert_eq!(
                name.is_empty(),
                *body == EscalationBody::Other,
                "{body} {language}: {name:?}"
            );
            assert!(!name.contains("statement-body"), "{name}");
        }
    }
}
