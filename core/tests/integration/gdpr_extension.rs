//! A delay notice on a personal-data request is held to GDPR Art. 12(3) when it is issued: sent
//! within the first month, with a reason, to a date at most three months after receipt.

use crate::common::*;
use klagomal_core::domain::{CaseKind, ExtensionProblem, Language, LetterKind};
use klagomal_core::letters::LetterInput;
use klagomal_core::letters::issuing::{self, IssueError};

#[test]
fn a_gdpr_extension_is_refused_outside_article_12_3_and_a_complaint_is_not() {
    let (_dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let mut gdpr = complaint(
        "2026-03-10 09:00",
        "Registerutdrag",
        "Jag vill se mina uppgifter.",
    );
    gdpr.kind = CaseKind::PersonalData;
    let gdpr = store.create_case(gdpr).expect("gdpr case").id;
    let complaint_case = store
        .create_case(complaint("2026-03-10 09:00", "Avgift", "Fel avgift."))
        .expect("complaint")
        .id;
    let reason = "Begäran omfattar uppgifter i flera system.";
    // (letter date, new date, reason, what stops it; empty when it goes out)
    let table = [
        (
            "2026-04-14",
            "2026-05-20",
            reason,
            vec![ExtensionProblem::TooLate {
                last_day: date("2026-04-10"),
            }],
        ),
        (
            "2026-03-20",
            "2026-06-11",
            reason,
            vec![ExtensionProblem::TooLong {
                latest: date("2026-06-10"),
            }],
        ),
        (
            "2026-03-20",
            "2026-05-20",
            " ",
            vec![ExtensionProblem::NoReason],
        ),
        ("2026-03-20", "2026-06-10", reason, vec![]),
    ];
    for (letter_date, new_date, why, problems) in table {
        let input = LetterInput {
            new_answer_date: Some(date(new_date)),
            delay_reason: why.to_owned(),
            ..LetterInput::new(LetterKind::DelayNotice, Language::Sv, date(letter_date))
        };
        for (case, expected) in [(gdpr, problems.clone()), (complaint_case, vec![])] {
            let facts = issuing::read_facts(&store, case).expect("facts");
            let text = issuing::render_text(&store, &facts, &input).expect("text");
            assert_eq!(issuing::extension_problems(&facts, &input), expected);
            let before = store.letters(case).expect("letters").len();
            match issuing::issue(&mut store, &facts, &input, &text) {
                Err(IssueError::Extension(found)) => assert_eq!(found, expected),
                Err(e) => panic!("{letter_date} {new_date}: {e}"),
                Ok(_) => {
                    assert!(expected.is_empty(), "{letter_date} {new_date} {why:?}");
                    let case = store.case(case).expect("case");
                    assert_eq!(case.answer_due_override, Some(date(new_date)));
                }
            }
            let kept = store.letters(case).expect("letters").len();
            assert_eq!(kept, before + usize::from(expected.is_empty()));
        }
    }
}
