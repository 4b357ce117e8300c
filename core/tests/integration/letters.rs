//! Letters end to end: rendered from the templates, laid out, read back from the PDF with
//! poppler's tools, kept on the case with their effect, and printed through CUPS.

use std::path::Path;
use std::process::Command;

use crate::common::*;
use klagomal_core::domain::{AuditAction, NoteKind, OfficerId, ReviewProblem, ReviewState, Role};
use klagomal_core::domain::{
    CaseDetails, CaseId, Escalation, EscalationBody, Language, LetterKind, Money, Outcome, Status,
    TransitionError,
};
use klagomal_core::letters::LetterInput;
use klagomal_core::letters::issuing::{self, IssueError};
use klagomal_core::letters::pdf::PdfError;
use klagomal_core::letters::review;
use klagomal_core::store::{ApproveOptions, NewOfficer, Secret, Store, StoreError};

/// Runs a poppler tool on a PDF and returns what it printed; a missing tool fails the test.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("brev.pdf");
    std::fs::write(&file, pdf).expect("write pdf");
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(&file);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("{tool} is needed to read PDFs back (Debian: poppler-utils): {e}")
    });
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn text_of(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-layout"], pdf)
}

fn pages_of(pdf: &[u8]) -> usize {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("brev.pdf");
    std::fs::write(&file, pdf).expect("write");
    let out = Command::new("pdfinfo")
        .arg(&file)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8_lossy(&out.stdout);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count")
}

/// A store with a company, an officer and one case received 2026-03-10, first complaint 2026-03-02.
fn store_with_case() -> (tempfile::TempDir, Store, CaseId) {
    let (dir, _path, mut store) = new_store();
    letterhead(&mut store);
    let mut d: CaseDetails = complaint(
        "2026-03-10 09:00",
        "Avgift – påminnelse",
        "Jag är missnöjd med avgiften.",
    );
    d.first_complaint_on = Some(date("2026-03-02"));
    d.complainant.name = "Åsa Öberg-Renée".into();
    d.complainant.address.street = "Älvvägen 7".into();
    d.complainant.address.postal_code = "903 26".into();
    d.complainant.address.city = "Umeå".into();
    d.amount_in_dispute = Some(Money::kr(1_250));
    d.requested_remedy = "Att avgiften tas bort".into();
    let id = store.create_case(d).expect("case").id;
    (dir, store, id)
}

fn input(kind: LetterKind, language: Language) -> LetterInput {
    let mut input = LetterInput::new(kind, language, date("2026-03-20"));
    input.outcome = Outcome::Rejected;
    input.reasons = "Avgiften togs ut enligt inkassolagen. Påminnelsen skickades i tid.".into();
    input
}

#[test]
fn every_kind_renders_in_both_languages_with_swedish_characters_intact() {
    let (_dir, store, id) = store_with_case();
    let facts = issuing::read_facts(&store, id).expect("facts");
    // The statement goes to the body, not the complainant: its own tests are in tests/statement.rs.
    let to_complainant = LetterKind::COMPOSABLE
        .iter()
        .filter(|k| **k != LetterKind::ArnStatement);
    for kind in to_complainant {
        for language in Language::ALL {
            let input = input(*kind, *language);
            let text = issuing::render_text(&store, &facts, &input)
                .unwrap_or_else(|e| panic!("{kind} {language}: {e}"));
            let pdf = issuing::pdf(&facts, &input, &text).expect("pdf");
            let read = text_of(&pdf);
            for expected in [
                "Åsa Öberg-Renée",
                "Älvvägen 7",
                "903 26 Umeå",
                "K-2026-00001",
                "2026-03-20",
                "Eva Berg",
            ] {
                assert!(
                    read.contains(expected),
                    "{kind} {language}: {expected} missing in\n{read}"
                );
            }
            let subject = text.lines().next().expect("subject");
            assert!(
                read.contains(subject.trim()),
                "{kind} {language}: subject {subject}"
            );
        }
    }
    let all = "Tecken: åäöÅÄÖé– slut";
    let pdf = issuing::pdf(
        &facts,
        &input(LetterKind::Acknowledgement, Language::Sv),
        &format!("Ämne\n\n{all}"),
    )
    .expect("pdf");
    assert!(
        text_of(&pdf).contains(all),
        "Swedish characters come back exactly"
    );
}

#[test]
fn a_rejection_gives_the_arn_date_and_this_years_small_claims_limit() {
    let (_dir, store, id) = store_with_case();
    let facts = issuing::read_facts(&store, id).expect("facts");
    for language in Language::ALL {
        let input = input(LetterKind::FinalAnswer, *language);
        let text = issuing::render_text(&store, &facts, &input).expect("text");
        let read = text_of(&issuing::pdf(&facts, &input, &text).expect("pdf"));
        let flat = read.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("2027-03-02"),
            "{language}: ARN date in\n{read}"
        );
        assert!(
            flat.contains("29 600 kr"),
            "{language}: småmål limit in\n{read}"
        );
        assert!(
            flat.contains("Avgiften togs ut enligt inkassolagen."),
            "{language}: the reasons"
        );
    }
    let upheld = LetterInput {
        outcome: Outcome::Upheld,
        ..input(LetterKind::FinalAnswer, Language::Sv)
    };
    let text = issuing::render_text(&store, &facts, &upheld).expect("text");
    assert!(
        !text.contains("Allmänna reklamationsnämnden"),
        "no escalation routes when fully upheld"
    );
}

#[test]
fn a_long_letter_breaks_onto_a_second_page() {
    let (_dir, store, id) = store_with_case();
    let facts = issuing::read_facts(&store, id).expect("facts");
    let body: Vec<String> = (1..=40).map(|i| format!("Stycke {i}: vi har gått igenom betalningarna i ärendet och jämfört dem med kontoutdragen du skickade.")).collect();
    let text = format!("Långt brev\n\n{}", body.join("\n\n"));
    let pdf =
        issuing::pdf(&facts, &input(LetterKind::FinalAnswer, Language::Sv), &text).expect("pdf");
    let pages = pages_of(&pdf);
    assert!(pages >= 2, "{pages} pages");
    let read = text_of(&pdf);
    assert!(
        read.contains(&format!("Sida 2 ({pages})")),
        "page label in\n{read}"
    );
    assert!(read.contains("Stycke 40:"), "nothing lost at the end");
    let fonts = poppler("pdffonts", &[], &pdf).replace('-', "");
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes ")),
        "every font embedded:\n{fonts}"
    );
}

/// A second officer, a complaints manager, to review what the first one writes: added by the
/// first (an administrator) and signed in on a store of their own, as on their own machine.
fn reviewer(store: &mut Store, roles: &[Role]) -> (OfficerId, Store) {
    let passphrase = "granskarens egen långa lösenfras";
    let id = store
        .add_officer(NewOfficer {
            name: "Karin Holm",
            title: "Klagomålsansvarig",
            roles: &roles.iter().copied().collect(),
            passphrase: Some(passphrase),
        })
        .expect("officer");
    let secret = Secret::Officer {
        name: "Karin Holm",
        passphrase,
    };
    (
        id,
        Store::open(store.path(), secret, &options()).expect("signed in"),
    )
}

#[test]
fn a_final_answer_is_submitted_reviewed_by_another_officer_and_then_kept() {
    let (_dir, mut store, id) = store_with_case();
    let author = store.actor();
    let (manager, mut karin) = reviewer(&mut store, &[Role::Officer, Role::Manager]);
    let input = input(LetterKind::FinalAnswer, Language::Sv);
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    // Straight to the case it cannot go: a final answer needs review.
    let direct = issuing::issue(&mut store, &facts, &input, &text).err();
    assert!(
        matches!(direct, Some(IssueError::NeedsReview)),
        "{direct:?}"
    );
    let (draft, pdf) = review::submit(&mut store, &facts, &input, &text).expect("submitted");
    assert_eq!(store.case(id).expect("case").status, Status::AwaitingReview);
    assert!(
        store.letters(id).expect("letters").is_empty(),
        "not yet a letter"
    );
    assert_eq!(store.draft_pdf(draft.id).expect("draft pdf"), pdf);
    assert_eq!(store.review_queue().expect("queue").len(), 1);
    // Nor does a status change answer it while the draft waits.
    let by_hand = store.change_status(id, Status::Answered, None).err();
    assert!(
        matches!(
            by_hand,
            Some(StoreError::Review(ReviewProblem::DraftWaiting))
        ),
        "{by_hand:?}"
    );
    // A second draft waits its turn.
    let twice = review::submit(&mut store, &facts, &input, &text).err();
    assert!(
        matches!(
            twice,
            Some(IssueError::Store(StoreError::Review(
                ReviewProblem::AlreadyPending
            )))
        ),
        "{twice:?}"
    );
    // Its author cannot approve it.
    let events = store.audit_len().expect("len");
    let own = review::approve(&mut store, id, ApproveOptions::default()).err();
    assert!(
        matches!(
            own,
            Some(IssueError::Store(StoreError::Review(
                ReviewProblem::OwnDraft
            )))
        ),
        "{own:?}"
    );
    assert_eq!(store.audit_len().expect("len"), events, "nothing recorded");
    assert_eq!(store.case(id).expect("case").status, Status::AwaitingReview);
    // The complaints manager approves: the letter is kept, signed by its author.
    let letter = review::approve(&mut karin, id, ApproveOptions::default()).expect("approved");
    assert_eq!(
        (letter.officer, letter.approved_by, letter.self_approved),
        (author, Some(manager), false)
    );
    assert!(letter.approved_at.is_some());
    let case = store.case(id).expect("case");
    assert_eq!(
        (case.status, case.outcome),
        (Status::Answered, Some(Outcome::Rejected))
    );
    let kept = store.letters(id).expect("letters");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].approved_by, Some(manager));
    assert_eq!(
        store.letter_pdf(letter.id).expect("pdf"),
        pdf,
        "as reviewed"
    );
    assert!(store.review_queue().expect("queue").is_empty());
    let history = history_codes(&store, id);
    for code in ["review.submitted", "review.approved", "letter.created"] {
        assert!(history.contains(&code), "{code}: {history:?}");
    }
    assert!(store.verify_audit().expect("audit").holds());
    // An answered case cannot be answered again without reopening.
    let facts = issuing::read_facts(&store, id).expect("facts");
    let again = review::submit(&mut store, &facts, &input, &text).err();
    assert!(
        matches!(
            again,
            Some(IssueError::Store(StoreError::Transition(
                TransitionError::Already(Status::Answered)
            )))
        ),
        "{again:?}"
    );
    assert!(
        store.pending_draft(id).expect("draft").is_none(),
        "nothing half-kept"
    );
}

#[test]
fn an_officer_who_is_not_a_complaints_manager_cannot_approve_or_return() {
    let (_dir, mut store, id) = store_with_case();
    let (_, mut olle) = reviewer(&mut store, &[Role::Officer]);
    let input = input(LetterKind::FinalAnswer, Language::Sv);
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    review::submit(&mut store, &facts, &input, &text).expect("submitted");
    let events = store.audit_len().expect("len");
    for refused in [
        review::approve(&mut olle, id, ApproveOptions::default()).err(),
        review::send_back(&mut olle, id, "Ändra skälen.")
            .map(|_| ())
            .err(),
    ] {
        assert!(
            matches!(
                refused,
                Some(IssueError::Store(StoreError::NotPermitted {
                    needed: Role::Manager
                }))
            ),
            "{refused:?}"
        );
    }
    assert_eq!(store.audit_len().expect("len"), events, "nothing recorded");
    assert!(
        store.pending_draft(id).expect("draft").is_some(),
        "still waiting"
    );
}

#[test]
fn a_returned_draft_goes_back_with_a_comment_and_the_case_to_investigation() {
    let (_dir, mut store, id) = store_with_case();
    let (manager, karin) = reviewer(&mut store, &[Role::Officer, Role::Manager]);
    let input = input(LetterKind::FinalAnswer, Language::Sv);
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    review::submit(&mut store, &facts, &input, &text).expect("submitted");
    let mut store = karin;
    let blank = review::send_back(&mut store, id, "  ").err();
    assert!(
        matches!(
            blank,
            Some(IssueError::Store(StoreError::Review(
                ReviewProblem::CommentRequired
            )))
        ),
        "{blank:?}"
    );
    let returned = review::send_back(&mut store, id, "Skälen behöver hänvisa till avtalet.")
        .expect("returned");
    assert_eq!(returned.state, ReviewState::Returned);
    assert_eq!(
        store.case(id).expect("case").status,
        Status::UnderInvestigation
    );
    let notes = store.notes(id).expect("notes");
    let last = notes.last().expect("note");
    assert_eq!(
        (last.kind, last.text.as_str(), last.author),
        (
            NoteKind::Review,
            "Skälen behöver hänvisa till avtalet.",
            manager
        )
    );
    assert!(store.letters(id).expect("letters").is_empty());
    assert!(history_codes(&store, id).contains(&"review.returned"));
}

#[test]
fn self_approval_when_allowed_is_marked_and_a_handled_collection_case_needs_an_override() {
    let (_dir, mut store, id) = store_with_case();
    let mut settings = store.settings().expect("settings");
    settings.review.self_approval = true;
    store.save_settings(&settings).expect("saved");
    let me = store.actor();
    let number = store.case(id).expect("case").details.debt_case_numbers[0].clone();
    store
        .set_handled_cases(me, std::slice::from_ref(&number))
        .expect("handled");
    let input = input(LetterKind::FinalAnswer, Language::Sv);
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    review::submit(&mut store, &facts, &input, &text).expect("submitted");
    let options = ApproveOptions {
        self_approval: true,
        override_independence: false,
    };
    let refused = review::approve(&mut store, id, options).err();
    assert!(
        matches!(refused, Some(IssueError::Store(StoreError::Review(ReviewProblem::NotIndependent(ref n)))) if *n == number),
        "{refused:?}"
    );
    let letter = review::approve(
        &mut store,
        id,
        ApproveOptions {
            override_independence: true,
            ..options
        },
    )
    .expect("approved");
    assert!(letter.self_approved);
    assert_eq!(letter.approved_by, Some(me));
    let approved = store
        .case_history(id)
        .expect("events")
        .into_iter()
        .find(|e| e.action == AuditAction::ReviewApproved)
        .expect("approval event");
    assert!(
        approved.detail.contains("\"self_approved\":true"),
        "{}",
        approved.detail
    );
    assert!(
        approved.detail.contains(&number),
        "the override names the case: {}",
        approved.detail
    );
}

/// The facts are read once and serve the text, the preview and the kept letter alike; the facts
/// the window puts together from the case and settings it holds give the same letter.
#[test]
fn facts_read_once_give_the_same_letter_from_text_to_kept_pdf_for_every_kind() {
    for kind in LetterKind::COMPOSABLE {
        for language in Language::ALL {
            let (_dir, mut store, id) = store_with_case();
            let mut input = input(*kind, *language);
            if *kind == LetterKind::ArnStatement {
                let arn = Escalation {
                    reference: "2026-12345".into(),
                    claims: vec!["Avgiften ska tas bort".into()],
                    ..Escalation::new(EscalationBody::Arn, date("2026-03-18"))
                };
                store.escalate(id, arn.clone()).expect("escalated");
                input.escalation = Some(arn);
                input.answers = vec!["Avgiften togs ut enligt inkassolagen.".into()];
                input.position = Some(klagomal_core::domain::Position::Disputes);
            }
            let facts = issuing::read_facts(&store, id).expect("facts");
            let text = issuing::render_text(&store, &facts, &input).expect("text");
            let preview = text_of(&issuing::pdf(&facts, &input, &text).expect("preview"));
            let (case, settings) = (store.case(id).expect("case"), store.settings().expect("s"));
            let held = issuing::facts_for(&store, &case, &settings).expect("facts held");
            assert_eq!(
                issuing::render_text(&store, &held, &input).expect("text"),
                text,
                "{kind} {language}"
            );
            assert_eq!(
                text_of(&issuing::pdf(&held, &input, &text).expect("pdf")),
                preview,
                "{kind} {language}"
            );
            let created = review::create(&mut store, &facts, &input, &text)
                .unwrap_or_else(|e| panic!("{kind} {language}: {e}"));
            let kept = created.pdf().to_vec();
            assert_eq!(
                text_of(&kept),
                preview,
                "{kind} {language}: kept as previewed"
            );
            let stored = match created {
                review::Created::Kept { letter, .. } => store.letter_pdf(letter.id),
                review::Created::Submitted { draft, .. } => store.draft_pdf(draft.id),
            };
            assert_eq!(stored.expect("stored"), kept);
            let subject = text.lines().next().expect("subject");
            assert!(preview.contains(subject.trim()), "{kind} {language}");
        }
    }
}

#[test]
fn a_logo_that_cannot_be_read_is_a_pdf_error_that_says_so_and_keeps_nothing() {
    let (_dir, mut store, id) = store_with_case();
    // The store takes it (it starts like a PNG); the PDF writer cannot decode it.
    store
        .set_logo(Some(b"\x89PNG\r\n\x1a\nnot really a picture"))
        .expect("logo");
    let input = input(LetterKind::Acknowledgement, Language::Sv);
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    let err = issuing::issue(&mut store, &facts, &input, &text).err();
    assert!(
        matches!(err, Some(IssueError::Pdf(PdfError::Logo))),
        "{err:?}"
    );
    assert!(
        store.letters(id).expect("letters").is_empty(),
        "nothing kept"
    );
    assert_eq!(store.case(id).expect("case").acknowledged_on, None);
}

#[test]
fn other_letters_record_their_effect() {
    let (_dir, mut store, id) = store_with_case();
    let ack = input(LetterKind::Acknowledgement, Language::Sv);
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &ack).expect("text");
    issuing::issue(&mut store, &facts, &ack, &text).expect("ack");
    assert_eq!(
        store.case(id).expect("case").acknowledged_on,
        Some(date("2026-03-20"))
    );
    let delay = LetterInput {
        new_answer_date: Some(date("2026-04-15")),
        delay_reason: "Vi väntar på uppgifter från banken.".into(),
        ..input(LetterKind::DelayNotice, Language::Sv)
    };
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &delay).expect("text");
    assert!(
        text.contains("2026-04-15") && text.contains("Vi väntar på uppgifter från banken."),
        "{text}"
    );
    issuing::issue(&mut store, &facts, &delay, &text).expect("delay");
    assert_eq!(
        store.case(id).expect("case").answer_due_override,
        Some(date("2026-04-15"))
    );
}

#[test]
fn a_broken_template_names_its_line_and_produces_nothing() {
    let (_dir, mut store, id) = store_with_case();
    let facts = issuing::read_facts(&store, id).expect("facts");
    store
        .set_custom_template(
            LetterKind::Acknowledgement,
            Language::Sv,
            Some("Ämne {{ case_number }}\n\nHej {{ first_name_that_does_not_exist }}"),
        )
        .expect("save template");
    let err = issuing::render_text(
        &store,
        &facts,
        &input(LetterKind::Acknowledgement, Language::Sv),
    )
    .err();
    let Some(IssueError::Template(t)) = err else {
        panic!("expected a template error, got {err:?}")
    };
    assert_eq!(
        (t.kind, t.line),
        (
            klagomal_core::letters::TemplateProblem::UnknownField,
            Some(3)
        )
    );
    store
        .set_custom_template(LetterKind::Acknowledgement, Language::Sv, Some("{% if %}"))
        .expect("save");
    assert!(matches!(
        issuing::render_text(
            &store,
            &facts,
            &input(LetterKind::Acknowledgement, Language::Sv)
        ),
        Err(IssueError::Template(_))
    ));
    assert!(store.letters(id).expect("letters").is_empty());
    store
        .set_custom_template(LetterKind::Acknowledgement, Language::Sv, None)
        .expect("restore");
    assert!(
        issuing::render_text(
            &store,
            &facts,
            &input(LetterKind::Acknowledgement, Language::Sv)
        )
        .is_ok(),
        "the default is back"
    );
}

#[test]
fn a_request_for_information_lists_exactly_what_is_missing() {
    let (_dir, mut store, id) = store_with_case();
    let mut d = store.case(id).expect("case").details;
    d.complainant.email.clear();
    d.complainant.phone.clear();
    d.requested_remedy.clear();
    store.update_case(id, d).expect("update");
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(
        &store,
        &facts,
        &input(LetterKind::RequestForInformation, Language::Sv),
    )
    .expect("text");
    let bullets: Vec<&str> = text.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(
        bullets,
        [
            "- ett telefonnummer eller en e-postadress där vi kan nå dig",
            "- vad du vill att vi ska göra"
        ],
        "{text}"
    );
}

/// Prints through the CUPS queue that `.ci/run` sets up (a Generic PDF printer writing to a file)
/// and checks that the job arrived. Without that queue (`KLAGOMAL_TEST_PRINTER` unset) the
/// command that would be sent is checked instead, in the print module's own tests.
#[test]
fn a_letter_goes_through_a_real_cups_queue() {
    let Ok(printer) = std::env::var("KLAGOMAL_TEST_PRINTER") else {
        eprintln!("KLAGOMAL_TEST_PRINTER is not set: no CUPS queue to print to on this machine");
        return;
    };
    let output = std::env::var("KLAGOMAL_TEST_PRINTER_OUTPUT").expect("the queue's output file");
    let _ = std::fs::remove_file(&output);
    let (_dir, store, id) = store_with_case();
    let input = input(LetterKind::Acknowledgement, Language::Sv);
    let facts = issuing::read_facts(&store, id).expect("facts");
    let text = issuing::render_text(&store, &facts, &input).expect("text");
    let pdf = issuing::pdf(&facts, &input, &text).expect("pdf");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("brev.pdf");
    std::fs::write(&file, &pdf).expect("write");
    let printers = klagomal_core::letters::print::printers().expect("printers");
    assert!(printers.iter().any(|p| p.name == printer), "{printers:?}");
    let job = klagomal_core::letters::print::print_file(&file, Some(&printer), 1).expect("printed");
    assert!(job.contains(&printer), "{job}");
    let arrived = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        Path::new(&output).metadata().is_ok_and(|m| m.len() > 0)
    });
    assert!(arrived, "the job did not reach {output}");
    let printed = std::fs::read(&output).expect("output");
    // The generic PDF printer wraps the document in printer job language (PJL) lines.
    let start = printed
        .windows(4)
        .position(|w| w == b"%PDF")
        .expect("the queue wrote a PDF");
    assert!(
        text_of(&printed[start..]).contains("K-2026-00001"),
        "and it is our letter"
    );
}
