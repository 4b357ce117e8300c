//! The classifier on the sentences that went wrong before, and on each cue family.

use super::*;
use crate::intake::suggest as suggest_mail;
use CaseKind::{Complaint, Objection, PersonalData};
use Category::*;

/// (subject, text, kind, category, a word of the kind's phrase)
type Row = (
    &'static str,
    &'static str,
    CaseKind,
    Option<Category>,
    Option<&'static str>,
);

#[test]
fn the_issues_sentences_get_the_right_kind() {
    let table: &[Row] = &[
        (
            "",
            "Jag bestrider inte skulden, men er handläggare skrek åt mig.",
            Complaint,
            Some(Treatment),
            Some("skrek"),
        ),
        (
            "",
            "Hej, jag har redan betalt fakturan.",
            Objection,
            Some(DisputedClaim),
            Some("redan betalt"),
        ),
        (
            "",
            "Jag kräver att inkassoavgiften raderas.",
            Complaint,
            Some(Fees),
            Some("inkassoavgiften raderas"),
        ),
        (
            "",
            "Ert brev om skulden skickades till fel adress, min gamla, trots att jag anmält flytt.",
            Complaint,
            Some(HandlingError),
            Some("fel adress"),
        ),
        (
            "",
            "Skulden är preskriberad sedan länge.",
            Objection,
            Some(DisputedClaim),
            Some("preskriberad"),
        ),
        (
            "",
            "Jag har reklamerat tjänsten till företaget.",
            Objection,
            Some(DisputedClaim),
            Some("reklamerat"),
        ),
        (
            "",
            "Vilka uppgifter har ni om mig?",
            PersonalData,
            Some(Category::PersonalData),
            Some("Vilka uppgifter"),
        ),
        (
            "",
            "Rätta min adress i ert register.",
            PersonalData,
            Some(Category::PersonalData),
            Some("Rätta min adress"),
        ),
    ];
    check(table);
}

#[test]
fn inflections_and_cue_families() {
    let table: &[Row] = &[
        (
            "Bestridande",
            "Se bifogat.",
            Objection,
            Some(DisputedClaim),
            Some("Bestridande"),
        ),
        (
            "",
            "Kravet bestrids i sin helhet.",
            Objection,
            Some(DisputedClaim),
            Some("bestrids"),
        ),
        (
            "",
            "Jag har bestridit fakturan hos butiken.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Fakturan betalades den 3 mars, jag ska inte betala igen.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Fakturan är betald sedan länge, jag tänker inte betala igen.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Jag betalade redan i januari.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Det här är inte min skuld.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Jag har aldrig beställt något från dem.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Min identitet har blivit kapad och någon har handlat i mitt namn.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Skulden har preskriberats.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Jag hävde köpet och använde min ångerrätt.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Jag begär ett registerutdrag.",
            PersonalData,
            Some(Category::PersonalData),
            None,
        ),
        (
            "",
            "Jag begär tillgång enligt art. 15 GDPR.",
            PersonalData,
            Some(Category::PersonalData),
            None,
        ),
        (
            "",
            "Radera mina uppgifter.",
            PersonalData,
            Some(Category::PersonalData),
            None,
        ),
        (
            "",
            "Rätta mina uppgifter, namnet är felstavat.",
            PersonalData,
            Some(Category::PersonalData),
            None,
        ),
        (
            "",
            "Ta bort påminnelseavgiften, den är orimlig.",
            Complaint,
            Some(Fees),
            None,
        ),
        (
            "",
            "Jag vill lägga upp en avbetalningsplan men ni sa nej.",
            Complaint,
            Some(PaymentPlan),
            None,
        ),
        (
            "",
            "Jag har ringt er fem gånger och ingen svarar.",
            Complaint,
            Some(Communication),
            None,
        ),
        (
            "",
            "Jag har inte fått något svar på mitt mejl.",
            Complaint,
            Some(Communication),
            None,
        ),
        (
            "",
            "Handläggaren var otrevlig och lade på luren.",
            Complaint,
            Some(Treatment),
            None,
        ),
        (
            "",
            "I dispute this debt, I never ordered anything.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "I have already paid the invoice.",
            Objection,
            Some(DisputedClaim),
            None,
        ),
        (
            "",
            "Please send me a copy of my personal data under article 15.",
            PersonalData,
            Some(Category::PersonalData),
            None,
        ),
        (
            "",
            "Your agent was rude and hung up on me.",
            Complaint,
            Some(Treatment),
            None,
        ),
        ("", "Hej, jag undrar över brevet.", Complaint, None, None),
    ];
    check(table);
}

#[test]
fn negation_and_hypotheticals_count_nothing() {
    let table: &[Row] = &[
        (
            "",
            "Jag bestrider inte kravet, men avgiften är orimlig.",
            Complaint,
            Some(Fees),
            None,
        ),
        (
            "",
            "Jag har inte bestridit något, men ingen svarar i telefon.",
            Complaint,
            Some(Communication),
            None,
        ),
        (
            "",
            "Jag vill inte att ni raderar mina uppgifter, men brevet kom till fel adress.",
            Complaint,
            Some(HandlingError),
            None,
        ),
        (
            "",
            "I do not dispute the debt but your agent was rude.",
            Complaint,
            Some(Treatment),
            None,
        ),
        (
            "",
            "Ni skriver att om du bestrider kravet ska du ringa. Jag tycker avgiften är orimlig.",
            Complaint,
            Some(Fees),
            None,
        ),
        (
            "",
            "Om ni inte raderar mina uppgifter anmäler jag er till IMY.",
            PersonalData,
            Some(Category::PersonalData),
            None,
        ),
    ];
    check(table);
}

#[test]
fn quotes_and_footers_count_nothing() {
    let table: &[(&str, &str, CaseKind)] = &[
        (
            "Sv: Inkassokrav",
            "Er handläggare var otrevlig mot mig.\n\nDen 10 mars 2026 skrev Inkasso AB <info@inkasso.example.com>:\n> Om du bestrider kravet ska du höra av dig inom åtta dagar.\n> Du har rätt att begära registerutdrag.",
            Complaint,
        ),
        (
            "Klagomål",
            "Avgiften på 180 kr är orimlig.\n\nMed vänlig hälsning\nAdvokat Berg\n\nVi behandlar personuppgifter enligt GDPR. Läs mer om dataskydd och radering av personuppgifter på vår webbplats.",
            Complaint,
        ),
        (
            "",
            "Er handläggare var otrevlig.\n\n-----Original Message-----\nFrom: Collector\nSent: Tuesday\nTo: Anna\nSubject: Demand\n\nIf you dispute the debt, contact us.",
            Complaint,
        ),
    ];
    for (subject, text, kind) in table {
        assert_eq!(suggest_mail(subject, text).kind, *kind, "{text}");
    }
}

#[test]
fn bad_input_does_not_panic() {
    let huge = "bestrider inte, ".repeat(20_000);
    for text in [
        "", " ", "..", "inte", "om du", "\u{0}", "ä-", "-", "’", &huge,
    ] {
        let _ = suggest("", text);
        let _ = suggest(text, text);
    }
}

fn check(table: &[Row]) {
    for (subject, text, kind, category, phrase) in table {
        let s = suggest(subject, text);
        assert_eq!((s.kind, s.category), (*kind, *category), "{text}: {s:?}");
        if let Some(p) = phrase {
            assert_eq!(s.phrase.as_deref(), Some(*p), "{text}: {s:?}");
        }
        if s.category.is_some() {
            assert!(s.category_phrase.is_some(), "{text}: {s:?}");
        }
    }
}
