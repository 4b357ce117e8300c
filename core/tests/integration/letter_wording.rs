//! What the default letters say, in law and in plain words: the referral of an objection, the
//! routes of a final answer for a consumer, a company and a personal-data case, the request for
//! proof of identity, a year without a prisbasbelopp, and the greeting and subject.

use crate::common::*;
use klagomal_core::domain::{
    Case, CaseKind, CaseNumber, ComplainantType, IdNumber, Language, LetterKind, Officer,
    OfficerId, Outcome, Settings, Status,
};
use klagomal_core::letters::{
    Facts, LetterInput, LetterWarning, context, default_template, issuing, render, warnings,
};

/// The company, its complaints address and, separately, its customer service.
fn settings() -> Settings {
    let mut s = Settings::default();
    let c = &mut s.company;
    c.name = "Exempel Inkasso AB".into();
    c.phone = "08-123 456 00".into();
    c.email = "klagomal@example.com".into();
    c.inkassonamnden_member = true;
    c.customer_service.phone = "08-123 456 10".into();
    c.customer_service.email = "kundtjanst@example.com".into();
    c.customer_service.hours = "vardagar 9–16".into();
    s
}

/// A case of `kind` received 2026-03-10 from `name` with identity number `id`.
fn facts(kind: CaseKind, name: &str, id: &str) -> Facts {
    let mut d = complaint("2026-03-10 09:00", "SV: Re: Faktura 4711", "Fel avgift.");
    d.kind = kind;
    d.complainant.name = name.into();
    d.complainant.id_number = IdNumber::parse(id, date("2026-03-10")).ok();
    d.first_complaint_on = Some(date("2026-03-02"));
    let case = Case {
        status: Status::UnderInvestigation,
        ..Case::new(
            CaseNumber {
                year: 2026,
                seq: 42,
            },
            d,
            at("2026-03-10 09:00"),
        )
    };
    Facts {
        case,
        settings: settings(),
        officer: Officer::new(OfficerId(1), "Eva Berg", "Klagomålsansvarig"),
        logo: None,
    }
}

fn consumer() -> Facts {
    facts(CaseKind::Complaint, "Åsa Öberg", "811218-9876")
}

fn input(kind: LetterKind, language: Language) -> LetterInput {
    let mut input = LetterInput::new(kind, language, date("2026-03-20"));
    input.outcome = Outcome::Rejected;
    input.reasons = "Avgiften togs ut enligt inkassolagen.".into();
    input
}

/// The default template's text, on one line per paragraph with single spaces.
fn text(facts: &Facts, input: &LetterInput) -> String {
    let source = default_template(input.kind, input.language).expect("template");
    render(source, &context(facts, input)).unwrap_or_else(|e| panic!("{e}"))
}

fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_says(text: &str, wanted: &[&str], unwanted: &[&str], what: &str) {
    let flat = flat(text);
    for w in wanted {
        assert!(flat.contains(w), "{what}: «{w}» missing in\n{text}");
    }
    for u in unwanted {
        assert!(!flat.contains(u), "{what}: «{u}» should not be in\n{text}");
    }
}

#[test]
fn the_referral_says_the_objection_was_passed_on_and_collection_paused() {
    let facts = facts(CaseKind::Objection, "Åsa Öberg", "811218-9876");
    let table: [(Language, &[&str]); 2] = [
        (
            Language::Sv,
            &[
                "Vi har lämnat din invändning vidare till vår kundtjänst",
                "frågar Norrsken Energi AB",
                "inga fler indrivningsåtgärder i inkassoärende 40077442",
                "lämnar inte skulden till Kronofogden",
                "Kundtjänst svarar dig skriftligt",
                "senast den 2026-03-24",
                "på telefon 08-123 456 10 (vardagar 9–16) eller via e-post till kundtjanst@example.com",
                "Du behöver inte skicka invändningen en gång till",
            ],
        ),
        (
            Language::En,
            &[
                "We have passed your objection on to our customer service",
                "ask Norrsken Energi AB",
                "no further collection steps in collection case 40077442",
                "will not pass the debt to Kronofogden",
                "Customer service will answer you in writing",
                "by 2026-03-24",
                "by phone on 08-123 456 10 (vardagar 9–16) or by email at kundtjanst@example.com",
            ],
        ),
    ];
    for (language, wanted) in table {
        let text = text(&facts, &input(LetterKind::Referral, language));
        let subject = text.lines().next().unwrap_or_default();
        let to_customer_service = text
            .lines()
            .find(|l| l.contains("08-123 456 10"))
            .unwrap_or_default();
        assert_says(
            &text,
            wanted,
            &["Kontakta kundtjänst.", "Please contact customer service."],
            &format!("referral {language}"),
        );
        assert!(
            !to_customer_service.contains("klagomal@example.com"),
            "{language}: customer service is not the complaints address: {to_customer_service}"
        );
        assert!(subject.contains("K-2026-00042"), "{subject}");
    }

    // Without customer-service settings the letter still does not send the person away.
    let mut bare = facts.clone();
    bare.settings.company.customer_service = Default::default();
    let text = text(&bare, &input(LetterKind::Referral, Language::Sv));
    assert_says(
        &text,
        &[
            "Skicka dem till oss via e-post till klagomal@example.com, så lämnar vi dem vidare till kundtjänst",
        ],
        &["Kontakta kundtjänst"],
        "referral without customer-service settings",
    );
}

#[test]
fn a_company_gets_a_court_and_fi_but_no_consumer_bodies() {
    let company = facts(
        CaseKind::Complaint,
        "Bygg & Måleri i Umeå AB",
        "556016-0680",
    );
    assert_eq!(
        company.case.details.complainant.complainant_type(),
        ComplainantType::Company
    );
    let table: [(Language, &[&str], &[&str]); 2] = [
        (
            Language::Sv,
            &[
                "tingsrätten",
                "Finansinspektionen (FI)",
                "29 600 kr år 2026",
            ],
            &[
                "Allmänna reklamationsnämnden",
                "ARN",
                "konsumentvägledare",
                "Konsumenternas",
                "hemförsäkring",
                "Hej Bygg",
            ],
        ),
        (
            Language::En,
            &[
                "district court",
                "Finansinspektionen (FI",
                "29 600 kr in 2026",
            ],
            &[
                "Allmänna reklamationsnämnden",
                "ARN",
                "consumer adviser",
                "Konsumenternas",
                "home insurance",
                "Dear Bygg",
            ],
        ),
    ];
    for (language, wanted, unwanted) in table {
        let text = text(&company, &input(LetterKind::FinalAnswer, language));
        assert_says(&text, wanted, unwanted, &format!("company {language}"));
    }
    // The officer may say otherwise: a sole trader's personnummer, a company's matter.
    let mut chosen = consumer();
    chosen.case.details.complainant.chosen_type = Some(ComplainantType::Company);
    let text = text(&chosen, &input(LetterKind::FinalAnswer, Language::Sv));
    assert_says(&text, &["tingsrätten"], &["ARN"], "chosen company");
}

#[test]
fn a_consumer_gets_every_route_with_arn_stated_exactly() {
    let table: [(Language, &[&str]); 2] = [
        (
            Language::Sv,
            &[
                "Hej Åsa!",
                "tvister som gäller ett avtal mellan en konsument och ett företag",
                "som regel vara värt minst 500 kr, och minst 2 000 kr om tvisten hör till ARN:s bankavdelning",
                "inom ett år räknat från den dag du först klagade hos oss, alltså senast den 2027-03-02",
                "konsumentvägledare",
                "Konsumenternas Bank- och finansbyrå",
                "Vi är medlem i Svensk Inkasso",
                "högst ett halvt prisbasbelopp (29 600 kr år 2026)",
                "rättshjälp",
                "Finansinspektionen",
            ],
        ),
        (
            Language::En,
            &[
                "Dear Åsa Öberg,",
                "disputes about a contract between a consumer and a business",
                "at least 500 kr, and at least 2 000 kr if the dispute belongs to ARN’s banking department",
                "within one year of the day you first complained to us, that is by 2027-03-02",
                "consumer adviser",
                "We are a member of Svensk Inkasso",
                "half a price base amount (prisbasbelopp: 29 600 kr in 2026)",
            ],
        ),
    ];
    for (language, wanted) in table {
        let text = text(&consumer(), &input(LetterKind::FinalAnswer, language));
        let decision = text.lines().nth(4).unwrap_or_default();
        assert!(
            decision.ends_with("Vi kan inte ge dig rätt.")
                || decision.ends_with("We cannot agree with you."),
            "{language}: the decision is its own paragraph: {decision:?}"
        );
        assert_says(
            &text,
            wanted,
            &[
                "kan pröva tvisten",
                "can review the dispute",
                "e-mail",
                "mejl",
            ],
            &format!("consumer {language}"),
        );
    }
}

#[test]
fn a_personal_data_case_names_imy_and_a_court_and_nothing_for_consumer_disputes() {
    let gdpr = facts(CaseKind::PersonalData, "Åsa Öberg", "811218-9876");
    let table: [(Language, &[&str]); 2] = [
        (
            Language::Sv,
            &[
                "Integritetsskyddsmyndigheten (IMY)",
                "artikel 77",
                "allmän domstol",
                "artikel 79",
                "Vi kan inte göra som du ber om.",
            ],
        ),
        (
            Language::En,
            &[
                "Integritetsskyddsmyndigheten (IMY",
                "Article 77",
                "general court",
                "Article 79",
                "We cannot do what you ask.",
            ],
        ),
    ];
    for (language, wanted) in table {
        let text = text(&gdpr, &input(LetterKind::FinalAnswer, language));
        assert_says(
            &text,
            wanted,
            &[
                "Allmänna reklamationsnämnden",
                "ARN",
                "småmål",
                "prisbasbelopp",
                "konsumentväg",
                "Konsumenternas",
                "Inkassonämnden",
                "consumer adviser",
            ],
            &format!("GDPR {language}"),
        );
    }
    assert!(
        warnings(
            &gdpr.case,
            &without_2027(),
            &in_2027(LetterKind::FinalAnswer)
        )
        .is_empty(),
        "no småmål sentence, so no prisbasbelopp warning"
    );
}

#[test]
fn a_personal_data_requester_is_asked_for_proof_of_identity_not_for_a_reason() {
    let mut gdpr = facts(CaseKind::PersonalData, "Åsa Öberg", "811218-9876");
    gdpr.case.details.description.clear();
    gdpr.case.details.requested_remedy.clear();
    let table: [(Language, &str, &[&str]); 2] = [
        (
            Language::Sv,
            "- något som visar att det är du som har skickat begäran",
            &["vad du är missnöjd med", "vad du vill att vi ska göra"],
        ),
        (
            Language::En,
            "- something that shows the request comes from you",
            &["dissatisfied", "what you want us to do"],
        ),
    ];
    for (language, bullet, unwanted) in table {
        let text = text(&gdpr, &input(LetterKind::RequestForInformation, language));
        assert!(
            text.lines().any(|l| l.starts_with(bullet)),
            "{language}: {bullet} in\n{text}"
        );
        assert_says(&text, &[], unwanted, &format!("GDPR request {language}"));
    }
    let sv = text(
        &gdpr,
        &input(LetterKind::RequestForInformation, Language::Sv),
    );
    assert_says(
        &sv,
        &["Du behöver inte ange något skäl"],
        &[],
        "no reason needed",
    );
    gdpr.case.details.identity_verified = true;
    let verified = text(
        &gdpr,
        &input(LetterKind::RequestForInformation, Language::Sv),
    );
    assert!(!verified.contains("id-handling"), "{verified}");
}

fn without_2027() -> Settings {
    let s = settings();
    assert!(
        !s.prisbasbelopp.contains_key(&2027),
        "the default table ends 2026"
    );
    s
}

fn in_2027(kind: LetterKind) -> LetterInput {
    LetterInput {
        date: date("2027-02-01"),
        ..input(kind, Language::Sv)
    }
}

#[test]
fn a_year_without_a_prisbasbelopp_warns_and_leaves_no_hole() {
    let facts = consumer();
    let letter = in_2027(LetterKind::FinalAnswer);
    assert_eq!(
        warnings(&facts.case, &facts.settings, &letter),
        [LetterWarning::NoPrisbasbelopp { year: 2027 }]
    );
    for language in [Language::Sv, Language::En] {
        let text = text(
            &facts,
            &LetterInput {
                language,
                ..letter.clone()
            },
        );
        assert_says(
            &text,
            &[match language {
                Language::Sv => {
                    "högst ett halvt prisbasbelopp (ett belopp som regeringen bestämmer för varje år) blir det ett förenklat tvistemål"
                }
                Language::En => {
                    "half a price base amount (prisbasbelopp, an amount the government sets each year)"
                }
            }],
            &["29 600", "högst  ", "högst (", " kr år", "()"],
            &format!("2027 {language}"),
        );
    }
    // Not last year's figure in its place; once the year is in the table, the figure is back.
    let mut extended = facts.clone();
    extended.settings.prisbasbelopp.insert(2027, 60_000);
    assert!(warnings(&extended.case, &extended.settings, &letter).is_empty());
    assert_says(
        &text(&extended, &letter),
        &["högst ett halvt prisbasbelopp (30 000 kr år 2027)"],
        &[],
        "2027 added",
    );
    // Letters without the court route do not warn.
    for quiet in [
        in_2027(LetterKind::Acknowledgement),
        LetterInput {
            outcome: Outcome::Upheld,
            ..letter.clone()
        },
    ] {
        assert!(warnings(&facts.case, &facts.settings, &quiet).is_empty());
    }
}

#[test]
fn the_greeting_uses_a_first_name_only_when_it_is_a_persons() {
    let table = [
        ("Anna Svensson", "Hej Anna!", "Dear Anna Svensson,"),
        ("Svensson, Anna", "Hej Anna!", "Dear Anna Svensson,"),
        ("anna.svensson@gmail.com", "Hej!", "Dear Sir or Madam,"),
        ("Advokatfirman Lind & Co", "Hej!", "Dear Sir or Madam,"),
        ("Lind Bygg AB", "Hej!", "Dear Sir or Madam,"),
        ("Umeå kommun", "Hej!", "Dear Sir or Madam,"),
        ("", "Hej!", "Dear Sir or Madam,"),
    ];
    for (name, sv, en) in table {
        let f = facts(CaseKind::Complaint, name, "");
        for kind in LetterKind::COMPOSABLE
            .iter()
            .filter(|k| **k != LetterKind::ArnStatement)
        {
            for (language, greeting) in [(Language::Sv, sv), (Language::En, en)] {
                let text = text(&f, &input(*kind, language));
                let lines: Vec<&str> = text.lines().collect();
                assert_eq!(lines.get(2), Some(&greeting), "{name:?} {kind} {language}");
                assert_eq!(
                    lines.get(3),
                    Some(&""),
                    "{name:?} {kind} {language}: a blank line after the greeting"
                );
            }
        }
    }
}

#[test]
fn reply_prefixes_never_reach_a_letter() {
    let facts = consumer();
    for (language, quoted) in [
        (Language::Sv, "”Faktura 4711”"),
        (Language::En, "“Faktura 4711”"),
    ] {
        let text = text(&facts, &input(LetterKind::Acknowledgement, language));
        assert_says(
            &text,
            &[quoted],
            &["SV:", "Re:"],
            &format!("subject {language}"),
        );
    }
}

/// The same letters as PDFs, read back: what the complainant will actually get.
#[test]
fn the_pdfs_say_it_too() {
    let cases = [
        (
            facts(CaseKind::Objection, "Åsa Öberg", "811218-9876"),
            LetterKind::Referral,
            &["kundtjanst@example.com", "inga fler indrivningsåtgärder"][..],
            &["Kontakta kundtjänst."][..],
        ),
        (
            facts(CaseKind::Complaint, "Bygg AB", "556016-0680"),
            LetterKind::FinalAnswer,
            &["tingsrätten", "Finansinspektionen"][..],
            &[
                "reklamationsnämnden",
                "Konsumenternas",
                "konsumentvägledare",
            ][..],
        ),
        (
            facts(CaseKind::PersonalData, "Åsa Öberg", "811218-9876"),
            LetterKind::FinalAnswer,
            &["Integritetsskyddsmyndigheten", "artikel 79"][..],
            &["reklamationsnämnden", "småmål"][..],
        ),
    ];
    for (facts, kind, wanted, unwanted) in cases {
        let input = input(kind, Language::Sv);
        let text = text(&facts, &input);
        let pdf = issuing::pdf(&facts, &input, &text).expect("pdf");
        assert_says(&pdf_text(&pdf), wanted, unwanted, &format!("{kind} PDF"));
    }
}

/// The facts, the letter and its language; what it must say and what it must not.
type Expectation<'a> = (
    &'a Facts,
    LetterKind,
    Language,
    &'a [&'a str],
    &'a [&'a str],
);

/// A letter to a representative speaks to them about the complainant: never "your complaint"
/// or "your home insurance" as though the lawyer had complained, and the complainant by name.
#[test]
fn a_letter_to_a_representative_speaks_of_the_complainant_in_the_third_person() {
    let mut f = facts(CaseKind::Complaint, "Lars Nilsson", "811218-9876");
    f.case.details.representative = Some(klagomal_core::domain::Representative {
        name: "Eva Ek".into(),
        firm: "Advokatfirman Ek KB".into(),
        power_of_attorney: true,
        ..Default::default()
    });
    let mut gdpr = facts(CaseKind::PersonalData, "Lars Nilsson", "811218-9876");
    gdpr.case.details.representative = f.case.details.representative.clone();
    let sv = Language::Sv;
    let en = Language::En;
    let table: [Expectation<'_>; 10] = [
        (
            &f,
            LetterKind::Acknowledgement,
            sv,
            &[
                "Vi har tagit emot klagomålet",
                "Hej Eva!",
                "inte har arbetat med inkassoärendet",
            ],
            &["ditt klagomål", "Ditt klagomål", "ditt inkassoärende"],
        ),
        (
            &f,
            LetterKind::FinalAnswer,
            sv,
            &[
                "Vi kan inte ge Lars Nilsson rätt.",
                "Om Lars Nilsson inte är nöjd",
                "från den dag Lars Nilsson först klagade hos oss",
                "om Lars Nilssons hemförsäkring",
            ],
            &[
                "ditt klagomål",
                "din hemförsäkring",
                "ge dig rätt",
                "Om du inte",
            ],
        ),
        (
            &f,
            LetterKind::Referral,
            sv,
            &[
                "menar Lars Nilsson att själva skulden",
                "inte är Lars Nilssons",
            ],
            &["din invändning", "menar du"],
        ),
        (
            &f,
            LetterKind::DelayNotice,
            sv,
            &["Vi behöver mer tid för klagomålet"],
            &["ditt klagomål"],
        ),
        (
            &gdpr,
            LetterKind::RequestForInformation,
            sv,
            &["kommer från Lars Nilsson och att fullmakten gäller"],
            &["det är du som har skickat"],
        ),
        (
            &f,
            LetterKind::Acknowledgement,
            en,
            &["We have received the complaint", "on the collection case"],
            &["your complaint", "Your complaint"],
        ),
        (
            &f,
            LetterKind::FinalAnswer,
            en,
            &[
                "We cannot agree with Lars Nilsson.",
                "If Lars Nilsson is not satisfied",
                "Lars Nilsson’s home insurance",
            ],
            &["your complaint", "your home insurance"],
        ),
        (
            &f,
            LetterKind::Referral,
            en,
            &[
                "Lars Nilsson believes that the debt",
                "may not be Lars Nilsson’s",
            ],
            &["your objection", "you believe"],
        ),
        (
            &gdpr,
            LetterKind::Acknowledgement,
            en,
            &["really comes from Lars Nilsson"],
            &["comes from you"],
        ),
        (
            &gdpr,
            LetterKind::FinalAnswer,
            sv,
            &["Lars Nilsson har rätt att lämna ett klagomål till Integritetsskyddsmyndigheten"],
            &["din begäran", "dina personuppgifter"],
        ),
    ];
    for (facts, kind, language, wanted, unwanted) in table {
        let said = text(facts, &input(kind, language));
        assert_says(&said, wanted, unwanted, &format!("{kind:?} {language:?}"));
        // Every paragraph stays a paragraph: no heading glued to the text before it.
        for heading in [
            "Det här händer nu",
            "What happens now",
            "Om Lars Nilsson inte är nöjd",
        ] {
            if let Some(at) = said.find(heading) {
                assert!(
                    said[..at].ends_with("\n\n"),
                    "{kind:?}: {heading} glued in\n{said}"
                );
            }
        }
        assert!(
            !said.contains("annan.\nSkicka") && !said.contains("else.\nPlease send"),
            "{said}"
        );
    }
    // To the complainant the same letters still say "du".
    let said = text(&consumer(), &input(LetterKind::FinalAnswer, sv));
    assert_says(
        &said,
        &[
            "Vi kan inte ge dig rätt.",
            "Om du inte är nöjd",
            "din hemförsäkring",
        ],
        &[],
        "consumer",
    );
}
