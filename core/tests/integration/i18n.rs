//! The translation files: both parse, both have the same keys, and every code has a name.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use klagomal_core::domain::{
    Addressee, AuditAction, CaseKind, Category, Channel, DeadlineKind, Direction, DisclosureSource,
    Field, Language, LegalBasis, LetterKind, MandateScope, MatchedBy, MissingItem, NoteKind,
    Outcome, Recipient, SentVia, Status,
};
use klagomal_core::i18n::{label_id, select};

fn keys(lang: &str) -> BTreeSet<String> {
    let path = format!("{}/../i18n/{lang}/klagomal.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("read ftl");
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{path}: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn both_languages_parse_and_have_the_same_keys() {
    let (sv, en) = (keys("sv"), keys("en"));
    assert!(sv.len() > 100);
    let only_sv: Vec<_> = sv.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&sv).collect();
    assert!(
        only_sv.is_empty() && only_en.is_empty(),
        "only in sv: {only_sv:?}; only in en: {only_en:?}"
    );
}

#[test]
fn every_domain_code_has_a_name() {
    let sv = keys("sv");
    let mut wanted = Vec::new();
    wanted.extend(Status::ALL.iter().map(|c| label_id("status", c.code())));
    wanted.extend(CaseKind::ALL.iter().map(|c| label_id("kind", c.code())));
    wanted.extend(Category::ALL.iter().map(|c| label_id("category", c.code())));
    wanted.extend(Channel::ALL.iter().map(|c| label_id("channel", c.code())));
    wanted.extend(Outcome::ALL.iter().map(|c| label_id("outcome", c.code())));
    wanted.extend(Language::ALL.iter().map(|c| label_id("language", c.code())));
    wanted.extend(
        NoteKind::ALL
            .iter()
            .map(|c| label_id("note-kind", c.code())),
    );
    wanted.extend(
        Direction::ALL
            .iter()
            .map(|c| label_id("direction", c.code())),
    );
    wanted.extend(
        LetterKind::ALL
            .iter()
            .map(|c| label_id("letter-kind", c.code())),
    );
    wanted.extend(
        DeadlineKind::ALL
            .iter()
            .map(|c| label_id("deadline", c.code())),
    );
    wanted.extend(AuditAction::ALL.iter().map(|c| label_id("audit", c.code())));
    wanted.extend(
        klagomal_core::domain::Role::ALL
            .iter()
            .map(|c| label_id("role", c.code())),
    );
    wanted.extend(SentVia::ALL.iter().map(|c| label_id("sent-via", c.code())));
    wanted.extend(Field::ALL.iter().map(|c| label_id("field", c.code())));
    wanted.extend(
        MandateScope::ALL
            .iter()
            .map(|c| label_id("mandate-scope", c.code())),
    );
    wanted.extend(
        Addressee::ALL
            .iter()
            .map(|c| label_id("recipient", c.code())),
    );
    wanted.extend(
        MissingItem::ALL
            .iter()
            .map(|c| label_id("missing", c.code())),
    );
    wanted.extend(
        MissingItem::ALL
            .iter()
            .map(|c| label_id("missing-short", c.code())),
    );
    wanted.extend(
        Recipient::ALL
            .iter()
            .map(|c| label_id("disclosure-recipient", c.code())),
    );
    wanted.extend(
        LegalBasis::ALL
            .iter()
            .map(|c| label_id("legal-basis", c.code())),
    );
    wanted.extend(
        DisclosureSource::ALL
            .iter()
            .map(|c| label_id("disclosure-source", c.code())),
    );
    wanted.extend(
        MatchedBy::ALL
            .iter()
            .map(|c| label_id("person-match", c.code())),
    );
    let missing: Vec<_> = wanted.iter().filter(|k| !sv.contains(*k)).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn messages_switch_language_and_insert_values_without_marks() {
    let _language = crate::common::language_switch();
    select(Language::En);
    assert_eq!(
        klagomal_core::i18n::label("status", "under_investigation"),
        "Under investigation"
    );
    select(Language::Sv);
    assert_eq!(
        klagomal_core::i18n::label("status", "under_investigation"),
        "Under utredning"
    );
    let text = klagomal_core::fl!("cli-note-added", number = "K-2026-00042");
    assert_eq!(text, "Anteckningen lades till i K-2026-00042.");
}

/// The text of a translation file, or of a template.
fn read(relative: &str) -> String {
    let path = format!("{}/../{relative}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn taking_a_matter_further_is_an_external_review_not_an_appeal() {
    // "Överklagande" is appealing a decision; ARN, a court or FI is an external review. No
    // Swedish string may call it an appeal, and no English one an escalation on screen.
    let sv = read("i18n/sv/klagomal.ftl");
    let appeals: Vec<&str> = sv
        .lines()
        .filter(|l| l.to_lowercase().contains("verklag"))
        .collect();
    assert!(appeals.is_empty(), "{appeals:?}");
    let en = read("i18n/en/klagomal.ftl");
    let appeals: Vec<&str> = en
        .lines()
        .filter(|l| {
            l.split_once(" = ")
                .is_some_and(|(_, v)| v.contains("ppeal"))
        })
        .collect();
    assert!(appeals.is_empty(), "{appeals:?}");
    for (key, sv_word, en_word) in [
        ("case-tab-escalation", "Extern prövning", "External review"),
        (
            "status-escalated",
            "Prövas externt",
            "Under external review",
        ),
    ] {
        for (text, word) in [(&sv, sv_word), (&en, en_word)] {
            let line = text.lines().find(|l| l.starts_with(&format!("{key} =")));
            assert!(line.is_some_and(|l| l.contains(word)), "{key}: {line:?}");
        }
    }
}

#[test]
fn statuses_are_neuter_like_the_case_they_describe() {
    // "Ärendet är nytt / besvarat / avslutat": every status name agrees with "ärendet".
    let sv = read("i18n/sv/klagomal.ftl");
    let name = |code: &str| {
        let key = format!("{} = ", label_id("status", code));
        sv.lines()
            .find_map(|l| l.strip_prefix(key.as_str()))
            .map(str::to_owned)
    };
    let table = [
        ("new", "Nytt"),
        ("under_investigation", "Under utredning"),
        ("awaiting_information", "Väntar på komplettering"),
        ("awaiting_review", "Väntar på granskning"),
        ("answered", "Besvarat"),
        ("closed", "Avslutat"),
        ("referred", "Hänvisat till kundtjänst"),
        ("escalated", "Prövas externt"),
    ];
    assert_eq!(table.len(), Status::ALL.len());
    for (code, expected) in table {
        assert_eq!(name(code).as_deref(), Some(expected), "{code}");
    }
}
