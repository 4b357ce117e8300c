//! Reading mails: quotes, forwards, signatures and footers set apart.

use super::*;

#[test]
fn quotes_signatures_and_footers_are_set_apart() {
    // (subject, text, new text contains, new text lacks)
    let table: &[(&str, &str, &str, &str)] = &[
        (
            "Sv: Inkassokrav",
            "Jag är missnöjd med ert bemötande.\n\nDen tis 10 mars 2026 kl 09:15 skrev Inkasso AB <info@inkasso.example.com>:\n> Om du bestrider kravet ska du höra av dig.\n",
            "bemötande",
            "bestrider",
        ),
        (
            "",
            "Jag är missnöjd.\n\nOn Tue, 10 Mar 2026 at 09:15, Collector <c@example.com> wrote:\n\n> If you dispute the debt, call us.",
            "missnöjd",
            "dispute",
        ),
        (
            "",
            "Jag är missnöjd.\n\nDen 10 mars 2026 kl. 09:15 skrev Inkasso AB <\ninfo@inkasso.example.com>:\nOm du bestrider kravet ska du höra av dig.",
            "missnöjd",
            "bestrider",
        ),
        (
            "",
            "Se nedan, er handläggare var otrevlig.\n\n-----Ursprungligt meddelande-----\nFrån: Inkasso AB\nSkickat: den 10 mars 2026 09:15\nTill: Anna\nÄmne: Krav\n\nOm du bestrider kravet …",
            "otrevlig",
            "bestrider",
        ),
        (
            "",
            "Jag är missnöjd.\n\n________________________________\nFrom: Collector\nSent: Tuesday, March 10, 2026 9:15 AM\nTo: Anna\nSubject: Demand\n\nIf you dispute …",
            "missnöjd",
            "dispute",
        ),
        (
            "",
            "Jag är missnöjd.\n\nFrån: Inkasso AB <info@inkasso.example.com>\nDatum: 10 mars 2026\nTill: anna@example.com\nÄmne: Krav\n\nOm du bestrider kravet …",
            "missnöjd",
            "bestrider",
        ),
        (
            "",
            "Avgiften är orimlig.\n\nMed vänliga hälsningar\nAnna Svensson\nAdvokatfirman Exempel AB\n\nVi behandlar personuppgifter enligt GDPR. Läs mer om dataskydd på vår webbplats.",
            "orimlig",
            "GDPR",
        ),
        (
            "",
            "Avgiften är orimlig.\n\nMvh Anna\n\nDetta e-postmeddelande är konfidentiellt och avsett endast för mottagaren.",
            "orimlig",
            "konfidentiellt",
        ),
        (
            "",
            "Avgiften är orimlig.\n--\nAnna Svensson\nStorgatan 12",
            "orimlig",
            "Storgatan",
        ),
        (
            "",
            "Avgiften är orimlig.\nMvh Anna\nFrån: Inkasso AB\nSkickat: den 10 mars 2026\nTill: Anna\nÄmne: Krav\n\nOm du bestrider kravet …",
            "orimlig",
            "bestrider",
        ),
        (
            "",
            "> Ni skrev att jag bestrider.\nNej, jag klagar på avgiften.\n> Något mer?\nInget mer.",
            "klagar",
            "bestrider",
        ),
    ];
    for (subject, text, has, lacks) in table {
        let r = read(subject, text);
        assert!(r.new_text.contains(has), "{has} in {r:?}");
        assert!(!r.new_text.contains(lacks), "{lacks} not in {r:?}");
    }
}

#[test]
fn the_line_before_an_outlook_header_is_the_writers() {
    let r = read(
        "",
        "Avgiften är orimlig.\nMvh Anna\nFrån: Inkasso AB\nSkickat: den 10 mars 2026\nTill: Anna\nÄmne: Krav",
    );
    assert_eq!(r.signature, "Mvh Anna", "{r:?}");
}

#[test]
fn the_signature_holds_the_contact_lines() {
    let r = read(
        "Klagomål",
        "Hej!\n\nJag är missnöjd med avgiften.\n\nMvh\nAnna Svensson\nStorgatan 12\n123 45 Västerås\n070-123 45 69",
    );
    assert_eq!(r.new_text, "Hej!\n\nJag är missnöjd med avgiften.");
    assert!(r.signature.starts_with("Mvh\nAnna Svensson"), "{r:?}");
    assert!(r.signature.ends_with("070-123 45 69"));
    let bare = read(
        "",
        "Jag är missnöjd med avgiften.\n\nAnna Svensson\nStorgatan 12\n123 45 Västerås",
    );
    assert_eq!(bare.new_text, "Jag är missnöjd med avgiften.");
    assert!(bare.signature.contains("123 45 Västerås"));
}

#[test]
fn a_closing_line_followed_by_a_long_text_is_not_a_signature() {
    let body = format!(
        "Hälsningar från Luleå!\n{}",
        "Jag har mycket att säga om er hantering.\n".repeat(12)
    );
    let r = read("", &body);
    assert!(r.signature.is_empty(), "{r:?}");
}

#[test]
fn a_bare_forward_is_read_for_the_forwarded_message() {
    let r = read(
        "VB: Klagomål",
        "För kännedom.\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Anna <anna@example.com>\nDatum: 10 mars 2026\nÄmne: Klagomål\nTill: kundtjanst@inkasso.example.com\n\nJag har redan betalat skulden.\n\nMvh Anna\nStorgatan 12\n123 45 Västerås",
    );
    assert!(r.forwarded);
    assert!(r.new_text.contains("redan betalat"), "{r:?}");
    assert!(r.signature.contains("Västerås"));
    let reply = read(
        "Sv: Krav",
        "Ok.\n\nDen 10 mars 2026 skrev Inkasso AB <info@inkasso.example.com>:\n> Om du bestrider kravet …",
    );
    assert!(!reply.forwarded, "a short reply is not a forward");
    assert_eq!(reply.new_text, "Ok.");
}

#[test]
fn bad_input_does_not_panic() {
    for text in [
        "",
        "\n\n\n",
        "> bara citat\n> mer citat",
        "--",
        "Mvh",
        "Från:",
    ] {
        let _ = read("", text);
        let _ = read("VB:", text);
    }
    let only_quotes = read("", "> Om du bestrider kravet\n> ring oss");
    assert!(only_quotes.new_text.is_empty());
    let huge = "Jag klagar på avgiften. å".repeat(100_000);
    let r = read("", &huge);
    assert!(r.new_text.len() <= MAX_TEXT);
}
