//! The disclosure log: entries kept with their audit event (codes only), refused when
//! incomplete, listed per case, and added by the dossier export by itself.

use std::ops::ControlFlow;

use crate::common::*;
use klagomal_core::domain::{
    AuditAction, DisclosureSource, EscalationBody, Field, Language, LegalBasis, NewDisclosure,
    Recipient,
};
use klagomal_core::export::Options;
use klagomal_core::export::dossier::{self, Request};
use klagomal_core::store::StoreError;

fn to_kronofogden(what: &str, on: &str) -> NewDisclosure {
    NewDisclosure {
        to: Recipient::Kronofogden,
        recipient_name: String::new(),
        what: what.into(),
        on: date(on),
        basis: LegalBasis::LegalObligation,
        source: DisclosureSource::Manual,
    }
}

#[test]
fn a_disclosure_is_kept_listed_per_case_and_audited_without_its_words() {
    let (_dir, path, mut store) = new_store();
    let a = store
        .create_case(complaint("2026-11-02 09:00", "Avgift", "Fel avgift"))
        .expect("case")
        .id;
    let b = store
        .create_case(complaint("2026-11-03 09:00", "Ränta", "Fel ränta"))
        .expect("case")
        .id;
    store
        .add_disclosure(a, to_kronofogden("Namn och adress till Åsa", "2026-11-20"))
        .expect("recorded");
    store
        .add_disclosure(b, to_kronofogden("Skuldens belopp", "2026-11-10"))
        .expect("recorded");

    let store = {
        drop(store);
        reopen(&path)
    };
    let of_a = store.disclosures(Some(a)).expect("log");
    assert_eq!(of_a.len(), 1);
    assert_eq!(of_a[0].disclosure.what, "Namn och adress till Åsa");
    assert_eq!(of_a[0].disclosure.to, Recipient::Kronofogden);
    assert_eq!(of_a[0].recorded_by, store.actor());
    let all = store.disclosures(None).expect("log");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].case_id, b, "oldest disclosure first");

    let event = store
        .case_history(a)
        .expect("history")
        .into_iter()
        .find(|e| e.action == AuditAction::DisclosureRecorded)
        .expect("audited");
    assert!(event.detail.contains("kronofogden"), "{}", event.detail);
    assert!(!event.detail.contains("Åsa"), "{}", event.detail);
    assert!(store.verify_audit().expect("verify").holds());
}

#[test]
fn an_incomplete_or_future_disclosure_is_refused_and_nothing_is_kept() {
    let (_dir, _path, mut store) = new_store();
    let id = store
        .create_case(complaint("2026-11-02 09:00", "Avgift", "Fel avgift"))
        .expect("case")
        .id;
    let other_without_name = NewDisclosure {
        to: Recipient::Other,
        ..to_kronofogden("Akten", "2026-11-20")
    };
    let refusals = [
        (to_kronofogden(" ", "2026-11-20"), Field::DisclosedWhat),
        (to_kronofogden("Akten", "2026-11-25"), Field::DisclosedOn),
        (other_without_name, Field::DisclosedTo),
    ];
    for (d, field) in refusals {
        let e = store.add_disclosure(id, d).expect_err("refused");
        assert!(
            matches!(&e, StoreError::Invalid(p) if p.iter().any(|p| p.field == field)),
            "{e:?}"
        );
    }
    assert!(store.disclosures(None).expect("log").is_empty());
}

#[test]
fn a_dossier_export_records_a_disclosure_to_its_body() {
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let id = store
        .create_case(complaint("2026-11-02 09:00", "Avgift", "Fel avgift"))
        .expect("case")
        .id;
    let out = dir.path().join("akt.zip");
    let request = Request {
        recipient: EscalationBody::DistrictCourt,
        options: Options::default(),
        language: Language::Sv,
    };
    dossier::export(&mut store, id, &request, &out, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .expect("exported");
    let log = store.disclosures(Some(id)).expect("log");
    assert_eq!(log.len(), 1);
    let d = &log[0].disclosure;
    assert_eq!(d.to, Recipient::Court);
    assert_eq!(d.source, DisclosureSource::Dossier);
    assert_eq!(d.what, "akt.zip");
    assert_eq!(d.on, now().date());
}
