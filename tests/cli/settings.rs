//! `klagomal settings prisbasbelopp`: the table listed and extended, refusals plainly said, and
//! a final answer in a year without a figure warned about on the way out.

use super::{PASSPHRASE, klagomal, ok};

#[test]
fn the_prisbasbelopp_table_is_listed_extended_and_warned_about() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("settings.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let listed = ok(&store, &["settings", "prisbasbelopp"]);
    assert!(
        listed.contains("2026: 59 200 kr (småmål upp till 29 600 kr)"),
        "{listed}"
    );
    assert!(!listed.contains("2027"), "{listed}");

    let number = ok(
        &store,
        &[
            "new",
            "--received",
            "2026-11-02 10:00",
            "--channel",
            "letter",
            "--name",
            "Åsa Öberg",
            "--subject",
            "Avgift",
        ],
    )
    .trim()
    .to_owned();
    let letter = |date: &str| {
        klagomal(
            &store,
            Some(PASSPHRASE),
            &["letter", &number, "--kind", "final-answer", "--date", date],
        )
    };
    let in_2027 = letter("2027-01-15");
    assert_eq!(in_2027.code, 0, "{}", in_2027.stderr);
    assert!(
        in_2027.stderr.contains("Prisbasbeloppet för 2027 saknas"),
        "{}",
        in_2027.stderr
    );

    let saved = ok(&store, &["settings", "prisbasbelopp", "2027", "60 000"]);
    assert!(
        saved.contains("2027 är 60 000 kr") && saved.contains("30 000 kr"),
        "{saved}"
    );
    assert!(ok(&store, &["settings", "prisbasbelopp"]).contains("2027: 60 000 kr"));
    let again = letter("2027-01-16");
    assert!(!again.stderr.contains("saknas"), "{}", again.stderr);

    for args in [
        &["settings", "prisbasbelopp", "2027"][..],
        &["settings", "prisbasbelopp", "27", "60000"][..],
        &["settings", "prisbasbelopp", "2028", "sextio"][..],
        &["settings", "prisbasbelopp", "2028", "0"][..],
    ] {
        let run = klagomal(&store, Some(PASSPHRASE), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.is_empty(), "{args:?}");
    }
    assert!(!ok(&store, &["settings", "prisbasbelopp"]).contains("2028"));
}
