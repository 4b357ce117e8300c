//! Correspondence registered by hand: a scanned letter and a phone call kept as messages with
//! their channel, the scan as an attachment, each with its audit event.

use klagomal_core::domain::{Channel, Direction, NewAttachment, NewMessage};

use crate::common::{at, complaint, history_codes, new_store, reopen};

fn inbound(channel: Channel, body: &str, attachments: Vec<NewAttachment>) -> NewMessage {
    NewMessage {
        direction: Direction::Inbound,
        channel,
        at: at("2026-11-20 09:30"),
        from: "Åsa Öberg".to_owned(),
        to: String::new(),
        subject: "Brev om påminnelseavgiften".to_owned(),
        body: body.to_owned(),
        message_id: None,
        raw: None,
        content_hash: None,
        attachments,
    }
}

#[test]
fn a_letter_and_a_phone_call_keep_their_channel_and_the_scan() {
    let (_dir, path, mut store) = new_store();
    let case = store
        .create_case(complaint("2026-11-18 10:00", "Avgift", "Fel avgift."))
        .expect("case");
    let scan = b"%PDF-1.4 inskannat brev".to_vec();
    let letter = inbound(
        Channel::Letter,
        "",
        vec![NewAttachment {
            file_name: "brev.pdf".to_owned(),
            content_type: "application/pdf".to_owned(),
            bytes: scan.clone(),
        }],
    );
    store.add_message(case.id, letter).expect("letter");
    let call = inbound(
        Channel::Phone,
        "Kunden ringde och bestrider avgiften.",
        vec![],
    );
    store.add_message(case.id, call).expect("call");

    let store = reopen(&path);
    let messages = store.messages(case.id).expect("messages");
    let channels: Vec<Channel> = messages.iter().map(|m| m.channel).collect();
    assert_eq!(channels, [Channel::Letter, Channel::Phone]);
    assert_eq!(messages[1].body, "Kunden ringde och bestrider avgiften.");
    let attachment = &messages[0].attachments[0];
    assert_eq!(
        (attachment.file_name.as_str(), attachment.size),
        ("brev.pdf", scan.len() as u64)
    );
    assert_eq!(store.attachment_bytes(attachment.id).expect("bytes"), scan);
    let history = history_codes(&store, case.id);
    assert_eq!(history, ["case.created", "message.added", "message.added"]);
    let events = store.case_history(case.id).expect("history");
    assert!(
        events[1].detail.contains("\"channel\":\"letter\""),
        "{}",
        events[1].detail
    );
    assert!(
        !events[2].detail.contains("bestrider"),
        "no text in the audit log"
    );
}
