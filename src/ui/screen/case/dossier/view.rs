//! Drawing the export-dossier dialog: the choices, the originals that go in unmasked, progress
//! and the result.

use iced::widget::{Column, button, checkbox, column, pick_list, row, text, text_input};
use iced::{Element, Length};

use super::{Dialog, Message, PATH, Phase, SAVE};
use crate::ui::job::Steps;
use crate::ui::{Choice, style};
use klagomal_core::domain::file_size;
use klagomal_core::domain::{EscalationBody, Language};
use klagomal_core::export::dossier::{self, Exported};
use klagomal_core::fl;
use klagomal_core::i18n::label;

impl Dialog {
    pub fn view(&self) -> Element<'_, Message> {
        let mut col = column![
            text(fl!("dossier-title"))
                .size(style::size::HEADING)
                .font(style::BOLD),
            text(fl!("dossier-intro")).style(style::muted),
        ]
        .spacing(style::space::M)
        .max_width(style::FORM_WIDTH);
        col = match &self.phase {
            Phase::Scanning => col.push(scanning(self.notice.is_none())),
            Phase::Choosing => col.push(self.choices()),
            Phase::Running {
                steps: Steps { done, total },
                ..
            } => col.push(crate::ui::progress(
                *done,
                *total,
                fl!("dossier-progress", done = done, total = total),
                (fl!("dossier-cancel"), Message::Cancel),
            )),
            Phase::Done(exported) => col.push(finished(exported)),
        };
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        col.into()
    }

    fn choices(&self) -> Element<'_, Message> {
        let bodies = Choice::all(EscalationBody::ALL, |b| label("escalation-body", b.code()));
        let languages = Choice::all(Language::ALL, |l| label("language", l.code()));
        let mut col = column![
            row![
                column![
                    text(fl!("dossier-recipient")).size(style::size::LABEL),
                    pick_list(
                        bodies.clone(),
                        Choice::find(&bodies, self.recipient),
                        |c: Choice<EscalationBody>| Message::Recipient(c.value)
                    ),
                ]
                .spacing(style::space::XS),
                column![
                    text(fl!("dossier-language")).size(style::size::LABEL),
                    pick_list(
                        languages.clone(),
                        Choice::find(&languages, self.language),
                        |c: Choice<Language>| Message::Language(c.value)
                    ),
                ]
                .spacing(style::space::XS),
            ]
            .spacing(style::space::L),
            checkbox(self.options.include_notes)
                .label(fl!("dossier-include-notes"))
                .on_toggle(Message::IncludeNotes),
            checkbox(self.options.unmask)
                .label(fl!("dossier-unmask"))
                .on_toggle(Message::Unmask),
            text(fl!("dossier-redaction-help"))
                .size(style::size::SMALL)
                .style(style::muted),
        ]
        .spacing(style::space::S);
        if self
            .scanned
            .as_ref()
            .is_some_and(|s| dossier::statement(&s.data).is_none())
        {
            col = col.push(text(fl!("dossier-no-statement")).style(style::warning_text));
        }
        col = col.push(self.flagged_list());
        col = col
            .push(text(fl!("dossier-count", files = self.files)).size(style::size::LABEL))
            .push(text(fl!("dossier-path")).size(style::size::LABEL))
            .push(
                row![
                    text_input("", &self.path)
                        .id(PATH)
                        .on_input(Message::Path)
                        .on_submit(Message::Export)
                        .padding(style::space::S)
                        .width(Length::Fill),
                    button(text(fl!("dossier-choose")))
                        .style(style::secondary)
                        .on_press(Message::Choose),
                ]
                .spacing(style::space::S),
            )
            .push(
                row![
                    iced::widget::container(
                        button(text(fl!("dossier-save"))).on_press(Message::Export)
                    )
                    .id(SAVE),
                    button(text(fl!("dossier-close")))
                        .style(style::secondary)
                        .on_press(Message::Close),
                ]
                .spacing(style::space::S),
            );
        col.into()
    }

    /// The originals that go in unmasked: found to hold a personnummer, or not searchable.
    fn flagged_list(&self) -> Element<'_, Message> {
        let mut col = Column::new().spacing(style::space::XS).push(
            text(fl!("dossier-flagged-heading"))
                .size(style::size::LABEL)
                .font(style::BOLD),
        );
        if self.flagged.is_empty() {
            return col
                .push(text(fl!("dossier-flagged-none")).style(style::muted))
                .into();
        }
        col = col.push(text(fl!("dossier-flagged-help")).size(style::size::SMALL));
        for f in &self.flagged {
            let (why, colour): (String, fn(&iced::Theme) -> text::Style) = if f.found {
                (fl!("dossier-found"), style::warning_text)
            } else {
                (fl!("dossier-not-searched"), style::muted)
            };
            col = col.push(
                text(format!("• {} – {why}", f.path))
                    .size(style::size::SMALL)
                    .style(colour),
            );
        }
        col.into()
    }
}

/// While the case is read and its originals searched: says so (unless that failed), and the
/// dialog can be closed.
fn scanning<'a>(busy: bool) -> Element<'a, Message> {
    let mut col = Column::new().spacing(style::space::M);
    if busy {
        col = col.push(text(fl!("dossier-scanning")).style(style::muted));
    }
    col.push(
        button(text(fl!("dossier-close")))
            .style(style::secondary)
            .on_press(Message::Close),
    )
    .into()
}

fn finished(exported: &Exported) -> Element<'_, Message> {
    column![
        text(fl!(
            "dossier-done",
            path = exported.path.display().to_string(),
            files = exported.files,
            size = file_size(exported.bytes)
        )),
        text(format!("SHA-256 {}", exported.sha256))
            .size(style::size::SMALL)
            .style(style::muted),
        row![
            button(text(fl!("dossier-show-folder"))).on_press(Message::ShowFolder),
            button(text(fl!("dossier-close")))
                .style(style::secondary)
                .on_press(Message::Close),
        ]
        .spacing(style::space::S),
    ]
    .spacing(style::space::M)
    .into()
}
