//! `klagomal letter … --eml`: the letter written as an unsent e-mail beside the PDF, and a
//! plain refusal when the case has no e-mail address.

use std::fs;

use super::{PASSPHRASE, klagomal, ok};

#[test]
fn letter_with_eml_writes_an_unsent_email_and_refuses_without_an_address() {
    let dir = tempfile::tempdir().expect("dir");
    let store = dir.path().join("eml.db");
    ok(&store, &["init", "--officer", "Eva Berg"]);
    let new = |email: &str| {
        let mut args = vec!["new", "--name", "Åsa Öberg", "--subject", "Avgift"];
        if !email.is_empty() {
            args.extend(["--email", email]);
        }
        ok(&store, &args).trim().to_owned()
    };
    let (reachable, unreachable) = (new("asa.oberg@example.com"), new(""));
    let (pdf, eml) = (dir.path().join("brev.pdf"), dir.path().join("brev.eml"));
    let (pdf_arg, eml_arg) = (pdf.to_str().expect("utf-8"), eml.to_str().expect("utf-8"));

    let said = ok(
        &store,
        &[
            "letter",
            &reachable,
            "--kind",
            "acknowledgement",
            "--out",
            pdf_arg,
            "--eml",
            eml_arg,
        ],
    );
    assert!(said.contains("asa.oberg@example.com"), "{said}");
    assert!(said.contains("skickat med e-post"), "{said}");
    let text = String::from_utf8_lossy(&fs::read(&eml).expect("eml written")).into_owned();
    assert!(text.contains("X-Unsent: 1\r\n"), "{text}");
    assert!(text.contains("asa.oberg@example.com"), "{text}");
    assert!(text.contains("application/pdf"), "{text}");
    assert!(fs::read(&pdf).expect("pdf").starts_with(b"%PDF"));

    let other = dir.path().join("ingen.eml");
    let run = klagomal(
        &store,
        Some(PASSPHRASE),
        &[
            "letter",
            &unreachable,
            "--kind",
            "acknowledgement",
            "--eml",
            other.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stderr.contains("har en e-postadress"), "{}", run.stderr);
    assert!(!other.exists());
}
