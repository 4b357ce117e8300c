//! One large escalated case, as the dossier meets it at its worst: a long correspondence with
//! many attachments, internal notes, a final answer, an ARN escalation and a statement. Used by
//! the dossier's tests and benchmark. Every person and number is made up.

use chrono::{Duration, NaiveDateTime};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::domain::{
    CaseDetails, CaseId, CaseKind, Channel, Direction, Escalation, EscalationBody, IdNumber,
    Language, LetterKind, Money, NewAttachment, NewMessage, NewNote, NoteKind, Outcome, Status,
};
use crate::letters::LetterInput;
use crate::letters::issuing::{self, IssueError};
use crate::letters::review::{self, Created};
use std::collections::BTreeSet;

use crate::domain::Role;
use crate::store::{ApproveOptions, NewOfficer, Store};

/// The personnummer the complainant writes in the first mail, the description and a text
/// attachment (a valid, made-up number).
pub const ID_NUMBER: &str = "811218-9876";
/// A phrase only the internal notes hold.
pub const NOTE_TEXT: &str = "Intern bedömning: påminnelseavgiften togs ut felaktigt";

/// How large the case is.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Messages in and out, alternating, the first one inbound.
    pub messages: usize,
    /// Attachments, spread over the inbound messages; the first is a text file with the
    /// personnummer, the others incompressible "PDF" files of `attachment_bytes` each.
    pub attachments: usize,
    pub attachment_bytes: usize,
}

/// Registers the case and everything on it; the store's clock is the time of the last event.
pub fn escalated_case(store: &mut Store, shape: Shape) -> Result<CaseId, IssueError> {
    let received = store.now() - Duration::days(60);
    let mut d = CaseDetails::new(received, Channel::Email, CaseKind::Complaint);
    d.subject = "Påminnelseavgift trots betalning i tid".to_owned();
    d.description = format!(
        "Jag betalade fakturan två dagar före förfallodagen men fick ändå en påminnelseavgift \
         på 180 kr. Mitt personnummer är {ID_NUMBER}. Jag vill att avgiften tas bort."
    );
    d.complainant.name = "Åsa Öberg".to_owned();
    d.complainant.email = "asa.oberg@example.com".to_owned();
    d.complainant.id_number = IdNumber::parse(ID_NUMBER, store.today()).ok();
    d.complainant.address.street = "Östra Storgatan 12".to_owned();
    d.complainant.address.postal_code = "553 21".to_owned();
    d.complainant.address.city = "Jönköping".to_owned();
    d.creditor = "Norrsken Energi AB".to_owned();
    d.debt_case_numbers = vec!["40077442".to_owned()];
    d.amount_in_dispute = Some(Money(18_000));
    d.requested_remedy = "Att avgiften tas bort".to_owned();
    let case = store.create_case(d)?;
    let id = case.id;
    let mut rng = ChaCha8Rng::seed_from_u64(42);
    let inbound = shape.messages.div_ceil(2).max(1);
    let mut attachment = 0;
    for n in 0..shape.messages {
        let at = received + Duration::hours(n as i64 * 20);
        let direction = if n % 2 == 0 {
            Direction::Inbound
        } else {
            Direction::Outbound
        };
        let mut files = Vec::new();
        if direction == Direction::Inbound {
            let share = shape.attachments.div_ceil(inbound);
            while files.len() < share && attachment < shape.attachments {
                files.push(new_attachment(attachment, shape.attachment_bytes, &mut rng));
                attachment += 1;
            }
        }
        store.add_message(id, message(n, at, direction, files))?;
    }
    store.add_note(
        id,
        NewNote {
            kind: NoteKind::Note,
            text: NOTE_TEXT.to_owned(),
        },
    )?;
    for to in [Status::UnderInvestigation, Status::AwaitingReview] {
        store.change_status(id, to, None)?;
    }
    let mut answer = LetterInput::new(LetterKind::FinalAnswer, Language::Sv, store.today());
    answer.outcome = Outcome::Rejected;
    answer.reasons = "Betalningen kom in efter förfallodagen enligt vårt reskontra.".to_owned();
    reviewed(store, id, &answer)?;
    let arn = Escalation {
        reference: "2026-08812".to_owned(),
        statement_due: Some(store.today() + Duration::days(21)),
        claims: vec![
            "Avgiften på 180 kr ska tas bort".to_owned(),
            "Inkassobolaget svarade inte i tid".to_owned(),
        ],
        amount_claimed: Some(Money(18_000)),
        ..Escalation::new(EscalationBody::Arn, store.today())
    };
    store.escalate(id, arn.clone())?;
    let mut statement = LetterInput::new(LetterKind::ArnStatement, Language::Sv, store.today());
    statement.answers = vec![
        "Avgiften togs ut enligt inkassolagen, eftersom betalningen kom in efter förfallodagen."
            .to_owned(),
        "Vi svarade inom fjorton dagar, se vårt slutliga besked.".to_owned(),
    ];
    statement.amount_answer = "Vi bestrider kravet i sin helhet.".to_owned();
    statement.position = Some(crate::domain::Position::Disputes);
    statement.escalation = Some(arn);
    statement.enclosures = crate::letters::statement::default_enclosures(
        &store.messages(id)?,
        &store.letters(id)?,
        Language::Sv,
    );
    // Read again: the final answer and the escalation changed the case.
    reviewed(store, id, &statement)?;
    Ok(id)
}

/// Writes a letter as the store's actor and, when its kind needs review, has a colleague
/// approve it (see [`approve_as_colleague`]): the letter is then kept as sent.
pub fn reviewed(store: &mut Store, id: CaseId, input: &LetterInput) -> Result<(), IssueError> {
    let facts = issuing::read_facts(store, id)?;
    let text = issuing::render_text(store, &facts, input)?;
    if let Created::Submitted { .. } = review::create(store, &facts, input, &text)? {
        approve_as_colleague(store, id)?;
    }
    Ok(())
}

/// Approves the case's waiting draft as a colleague of the signed-in officer who is a
/// complaints manager (one is added, "Karin Holm", if there is none): synthetic data for the
/// demo, the benchmarks and tests, made in the colleague's name.
pub fn approve_as_colleague(store: &mut Store, id: CaseId) -> Result<(), IssueError> {
    let me = store.actor();
    let colleague = store
        .officers()?
        .into_iter()
        .find(|o| o.id != me && o.may(Role::Manager));
    let manager = match colleague {
        Some(o) => o.id,
        None => store.add_officer(NewOfficer {
            name: "Karin Holm",
            title: "Klagomålsansvarig",
            roles: &BTreeSet::from([Role::Officer, Role::Manager]),
            passphrase: None,
        })?,
    };
    store.acting_as(manager, |store| {
        review::approve(store, id, ApproveOptions::default()).map(|_| ())
    })?
}

fn message(
    n: usize,
    at: NaiveDateTime,
    direction: Direction,
    attachments: Vec<NewAttachment>,
) -> NewMessage {
    let (from, to) = match direction {
        Direction::Inbound => ("Åsa Öberg <asa.oberg@example.com>", "klagomal@example.com"),
        Direction::Outbound => ("klagomal@example.com", "Åsa Öberg <asa.oberg@example.com>"),
    };
    let subject = format!("Sv: Påminnelseavgift trots betalning i tid ({})", n + 1);
    let body = if n == 0 {
        format!("Hej!\n\nMitt personnummer är {ID_NUMBER}. Se kvittot.\n\nÅsa")
    } else {
        format!("Meddelande {} i ärendet om påminnelseavgiften.", n + 1)
    };
    let raw = (direction == Direction::Inbound).then(|| {
        format!(
            "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {}\r\n\
             Message-ID: <seed-{n}@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{}\r\n",
            at.format("%a, %d %b %Y %H:%M:%S +0100"),
            body.replace('\n', "\r\n")
        )
        .into_bytes()
    });
    NewMessage {
        direction,
        channel: crate::domain::Channel::Email,
        at,
        from: from.to_owned(),
        to: to.to_owned(),
        subject,
        body,
        message_id: Some(format!("<seed-{n}@example.com>")),
        content_hash: raw.as_ref().map(|r| {
            use sha2::Digest;
            hex::encode(sha2::Sha256::digest(r))
        }),
        raw,
        attachments,
    }
}

fn new_attachment(n: usize, size: usize, rng: &mut ChaCha8Rng) -> NewAttachment {
    if n == 0 {
        return NewAttachment {
            file_name: "kontoutdrag.txt".to_owned(),
            content_type: "text/plain".to_owned(),
            bytes: format!("Kontoutdrag för {ID_NUMBER}\n2026-03-02  Betalning  -1 250,00\n")
                .into_bytes(),
        };
    }
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.resize(size.max(16), 0);
    rng.fill(&mut bytes[9..]);
    NewAttachment {
        file_name: format!("Kvitto {n}.pdf"),
        content_type: "application/pdf".to_owned(),
        bytes,
    }
}
