//! `klagomal new/edit` with the representative's address and power of attorney, and
//! `klagomal letter --recipient`: by the rule, the complainant on request, and a plain refusal
//! to write to a representative without a valid power of attorney.

use std::fs;

use super::{PASSPHRASE, klagomal, ok};

#[test]
fn the_letter_goes_to_the_representative_with_a_valid_power_of_attorney_unless_told_otherwise() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("ombud.db");
    let poa = dir.path().join("fullmakt.pdf");
    fs::write(&poa, b"%PDF-1.4 fullmakt").expect("poa");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let number = ok(
        &store,
        &[
            "new",
            "--name",
            "Åsa Öberg",
            "--subject",
            "Avgift",
            "--street",
            "Älvvägen 7",
            "--postal-code",
            "903 26",
            "--city",
            "Umeå",
            "--complainant-type",
            "consumer",
            "--representative",
            "Karin Lund",
            "--representative-firm",
            "Advokatbyrån Lag & Rätt",
            "--representative-street",
            "Box 7",
            "--representative-postal-code",
            "411 01",
            "--representative-city",
            "Göteborg",
            "--power-of-attorney-scope",
            "this_complaint",
            "--power-of-attorney-until",
            "2099-12-31",
            "--power-of-attorney-file",
            poa.to_str().expect("utf-8"),
        ],
    )
    .trim()
    .to_owned();
    let shown = ok(&store, &["show", &number, "--json"]);
    for expected in [
        "\"firm\":\"Advokatbyrån Lag & Rätt\"",
        "\"street\":\"Box 7\"",
        "\"scope\":\"this_complaint\"",
        "\"valid_until\":\"2099-12-31\"",
        "\"file_name\":\"fullmakt.pdf\"",
        "\"power_of_attorney\":true",
        "\"chosen_type\":\"consumer\"",
    ] {
        assert!(shown.contains(expected), "{expected} in {shown}");
    }

    let pdf = dir.path().join("brev.pdf");
    let letter = |extra: &[&str]| {
        let mut args = vec![
            "letter",
            number.as_str(),
            "--kind",
            "acknowledgement",
            "--out",
            pdf.to_str().expect("utf-8"),
        ];
        args.extend(extra);
        klagomal(&store, Some(PASSPHRASE), &args)
    };
    let text = || pdf_text(&pdf);

    let run = letter(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("går till ombudet Karin Lund"),
        "{}",
        run.stderr
    );
    let read = text();
    assert!(
        read.contains("Box 7") && !read.contains("Älvvägen"),
        "{read}"
    );
    assert!(read.contains("angående Åsa Öberg"), "{read}");

    let run = letter(&["--recipient", "complainant"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = text();
    assert!(
        read.contains("Älvvägen 7") && !read.contains("Box 7"),
        "{read}"
    );

    ok(
        &store,
        &["edit", &number, "--power-of-attorney-until", "2020-01-31"],
    );
    let run = letter(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("gällde bara till och med 2020-01-31"),
        "{}",
        run.stderr
    );
    assert!(text().contains("Älvvägen 7"));

    let before = ok(&store, &["show", &number]);
    let run = letter(&["--recipient", "representative"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("kan inte gå till ombudet") && run.stderr.contains("2020-01-31"),
        "{}",
        run.stderr
    );
    assert_eq!(ok(&store, &["show", &number]), before, "nothing kept");

    let run = klagomal(
        &store,
        Some(PASSPHRASE),
        &[
            "--lang",
            "en",
            "letter",
            &number,
            "--kind",
            "acknowledgement",
            "--recipient",
            "representative",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("cannot go to the representative"),
        "{}",
        run.stderr
    );

    let run = letter(&["--recipient", "ombud"]);
    assert_eq!(run.code, 2, "a wrong value is wrong usage");
}

/// The text of a PDF, read back with pdftotext (Debian: poppler-utils).
fn pdf_text(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (Debian: poppler-utils)");
    assert!(out.status.success(), "a readable PDF");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
