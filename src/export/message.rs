//! A message as a readable PDF for the dossier: its headers, its text and the list of its
//! attachments, on the company's letterhead.

use chrono::NaiveDate;
use i18n_embed_fl::fl;

use super::summary::{self, Document, Options};
use crate::domain::{Case, Direction, Language, Message, Settings};
use crate::i18n::loader_for;
use crate::letters::pdf::LetterLayout;

/// The message laid out as a document, redacted as `options` say; `your_reference` is the
/// recipient's reference for the case, empty when there is none.
pub fn layout(
    message: &Message,
    case: &Case,
    settings: &Settings,
    options: Options,
    language: Language,
    your_reference: &str,
    logo: Option<Vec<u8>>,
) -> LetterLayout {
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
        format!("{}: {}", fl!(l, "message-from"), or_none(&message.from)),
        format!("{}: {}", fl!(l, "message-to"), or_none(&message.to)),
        format!(
            "{}: {}",
            fl!(l, "message-date"),
            message.at.format("%Y-%m-%d %H:%M")
        ),
    ];
    if !message.attachments.is_empty() {
        let files: Vec<String> = message
            .attachments
            .iter()
            .map(|a| format!("{} ({})", a.file_name, crate::i18n::file_size(a.size)))
            .collect();
        head.push(format!(
            "{}: {}",
            fl!(l, "message-attachments"),
            files.join(", ")
        ));
    }
    let text = if message.body.trim().is_empty() {
        fl!(l, "message-no-text")
    } else {
        crate::letters::pdf::verbatim(message.body.trim())
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
            body: format!("{}\n\n{text}", head.join("\n")),
            your_reference: your_reference.to_owned(),
        },
        options,
        logo,
    )
}
