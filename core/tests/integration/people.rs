//! One person across cases: found by identity number in any written form, e-mail, phone or
//! name (to confirm), by the complainant's details only.

use crate::common::*;
use klagomal_core::domain::{CaseDetails, IdNumber, MatchedBy, Representative};
use klagomal_core::store::Store;

/// Åsa Öberg's three cases, one with Karin Lund as representative, and one case of Karin's own
/// written under another e-mail; plus a stranger who shares Åsa's name.
fn people() -> (tempfile::TempDir, Store, Vec<String>) {
    let (dir, _path, mut store) = new_store();
    let mut numbers = Vec::new();
    let mut add = |store: &mut Store, d: CaseDetails| {
        numbers.push(store.create_case(d).expect("case").number.to_string());
    };
    let first = complaint("2026-01-10 09:00", "Avgift", "Fel avgift");
    let mut by_mail = complaint("2026-03-10 09:00", "Ränta", "Fel ränta");
    by_mail.complainant.id_number = None;
    let mut by_phone = complaint("2026-05-10 09:00", "Bemötande", "Otrevlig");
    by_phone.complainant.id_number = None;
    by_phone.complainant.email = String::new();
    by_phone.complainant.phone = "+46 70-123 45 67".into();
    by_phone.representative = Some(Representative {
        name: "Karin Lund".into(),
        email: "karin.lund@example.se".into(),
        phone: "070-999 88 77".into(),
        ..Representative::default()
    });
    let mut stranger = complaint("2026-06-10 09:00", "Avgift", "Fel avgift");
    stranger.complainant.id_number = IdNumber::parse("19900101-0017", date("2026-11-24")).ok();
    stranger.complainant.email = "annan.asa@example.com".into();
    let mut karin = complaint("2026-07-10 09:00", "Avgift", "Fel avgift");
    karin.complainant.name = "Karin Lund".into();
    karin.complainant.id_number = None;
    karin.complainant.email = "karin@lund.example".into();
    for d in [first, by_mail, by_phone, stranger, karin] {
        add(&mut store, d);
    }
    (dir, store, numbers)
}

fn found(store: &Store, query: &str) -> Vec<(String, MatchedBy)> {
    store
        .find_person(query)
        .expect("found")
        .into_iter()
        .map(|m| (m.number.to_string(), m.matched_by))
        .collect()
}

#[test]
fn a_person_is_found_by_each_identifier_and_a_name_only_to_confirm() {
    let (_dir, store, n) = people();
    let by_id = [(n[0].clone(), MatchedBy::IdNumber)];
    for written in ["811218-9876", "19811218-9876", "198112189876", "8112189876"] {
        assert_eq!(found(&store, written), by_id, "{written}");
    }
    assert_eq!(
        found(&store, "ASA.OBERG@example.com"),
        [
            (n[0].clone(), MatchedBy::Email),
            (n[1].clone(), MatchedBy::Email)
        ]
    );
    assert_eq!(
        found(&store, "0701234567"),
        [(n[2].clone(), MatchedBy::Phone)]
    );
    let by_name = found(&store, "åsa  öberg");
    assert_eq!(by_name.len(), 4, "the stranger too: {by_name:?}");
    assert!(by_name.iter().all(|(_, by)| by.to_confirm()));
    assert!(found(&store, "nobody@example.com").is_empty());
    assert!(found(&store, " ").is_empty());
}

#[test]
fn a_representatives_details_are_not_what_matches() {
    let (_dir, store, n) = people();
    assert!(
        found(&store, "karin.lund@example.se").is_empty(),
        "the representative's e-mail is not a complainant's"
    );
    assert!(found(&store, "070-999 88 77").is_empty());
    assert_eq!(
        found(&store, "Karin Lund"),
        [(n[4].clone(), MatchedBy::Name)],
        "only her own case, as complainant"
    );
}
