//! A message as a readable PDF for the dossier: its headers and attachments as rows, then its
//! text as written, on the company's letterhead.

use chrono::NaiveDate;
use i18n_embed_fl::fl;

use super::Options;
use super::summary::{self, Document};
use crate::domain::{Case, Direction, Language, Message, Settings};
use crate::i18n::loader_for;
use crate::letters::pdf::{Block, DocumentLayout};

/// Where a message stands in the dossier.
pub struct InDossier<'a> {
    /// The recipient's reference for the case, empty when there is none.
    pub your_reference: &'a str,
    /// Its attachments' paths beside it (`bilagor/01_faktura.pdf`), in the message's order.
    pub attachments: Vec<String>,
}

/// The message laid out as a document in `language`, redacted as `options` say, naming where
/// each attachment lies in the dossier.
pub fn layout(
    message: &Message,
    case: &Case,
    settings: &Settings,
    options: Options,
    language: Language,
    place: InDossier<'_>,
    logo: Option<Vec<u8>>,
) -> DocumentLayout {
    let l = loader_for(language);
    let none = || fl!(l, "show-none");
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            none()
        } else {
            s.trim().to_owned()
        }
    };
    let mut head = vec![
        (fl!(l, "message-from"), or_none(&message.from)),
        (fl!(l, "message-to"), or_none(&message.to)),
        (
            fl!(l, "message-date"),
            message.at.format("%Y-%m-%d %H:%M").to_string(),
        ),
    ];
    if !message.attachments.is_empty() {
        let files = message.attachments.iter().enumerate().map(|(i, a)| {
            let size = crate::domain::file_size(a.size);
            match place.attachments.get(i) {
                Some(path) => fl!(
                    l,
                    "dossier-attachment-file",
                    name = a.file_name.clone(),
                    size = size,
                    path = path.clone()
                ),
                None => format!("{} ({size})", a.file_name),
            }
        });
        let files: Vec<String> = files.collect();
        head.push((fl!(l, "message-attachments"), files.join("\n")));
    }
    let text = if message.body.trim().is_empty() {
        fl!(l, "message-no-text")
    } else {
        message.body.trim().to_owned()
    };
    let name = match message.direction {
        Direction::Inbound => fl!(l, "dossier-message-inbound"),
        Direction::Outbound => fl!(l, "dossier-message-outbound"),
    };
    let date: NaiveDate = message.at.date();
    summary::document(
        Document {
            settings,
            case,
            language,
            name,
            date,
            subject: or_none(&message.subject),
            body: vec![Block::Rows(head), Block::Paragraph(text)],
            your_reference: place.your_reference.to_owned(),
        },
        options,
        logo,
    )
}
