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
        number: CaseNumber {
            year: 2026,
            seq: 42,
        },
        status: Status::UnderInvestigation,
        outcome: None,
        assignee: None,
        acknowledged_on: None,
        answer_due_override: None,
        statement_due: None,
        details: d,
        created_at: received,
        updated_at: received,
    }
}

#[test]
fn the_context_has_the_computed_dates_and_limits() {
    let case = case();
    let settings = Settings::default();
    let officer = Officer {
        id: OfficerId(1),
        name: "Eva Berg".into(),
        title: "Handläggare".into(),
    };
    let date = NaiveDate::from_ymd_opt(2026, 3, 20).unwrap_or_default();
    let input = LetterInput::new(LetterKind::FinalAnswer, Language::Sv, date);
    let ctx = context(
        Facts {
            case: &case,
            settings: &settings,
            officer: &officer,
        },
        &input,
    );
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

#[test]
fn the_address_goes_to_a_representative_with_a_power_of_attorney() {
    let mut case = case();
    assert_eq!(
        recipient_lines(&case),
        ["Åsa Öberg", "Storgatan 1", "903 26 Umeå"]
    );
    let rep_address = Address {
        street: "Box 7".into(),
        postal_code: "411 01".into(),
        city: "Göteborg".into(),
        country: String::new(),
    };
    case.details.representative = Some(Representative {
        name: "Advokatbyrån Ek".into(),
        address: rep_address,
        power_of_attorney: false,
        ..Representative::default()
    });
    assert_eq!(
        recipient_lines(&case)[0],
        "Åsa Öberg",
        "no power of attorney yet: to the complainant"
    );
    if let Some(r) = &mut case.details.representative {
        r.power_of_attorney = true;
    }
    assert_eq!(
        recipient_lines(&case),
        ["Advokatbyrån Ek", "Box 7", "411 01 Göteborg"]
    );
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
