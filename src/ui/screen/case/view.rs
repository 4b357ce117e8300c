//! Drawing one case: header, tabs, and each tab's content.

use iced::widget::{button, column, container, pick_list, row, scrollable, text, text_editor};
use iced::{Element, Length};

use super::{ADD_NOTE, Message, NOTE_TEXT, State, Tab};
use crate::ui::{Choice, Session, style};
use klagomal_core::domain::NoteKind;
use klagomal_core::fl;
use klagomal_core::i18n::label;

impl State {
    pub fn view<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let correspondence = self.messages.len() + self.letters.len();
        let tabs = row![
            self.tab_button(fl!("case-tab-overview"), Tab::Overview),
            self.tab_button(fl!("case-tab-notes", count = self.notes.len()), Tab::Notes),
            self.tab_button(
                fl!("case-tab-correspondence", count = correspondence),
                Tab::Correspondence
            ),
            self.tab_button(
                fl!("case-tab-letters", count = self.letters.len()),
                Tab::Letters
            ),
            self.tab_button(
                fl!("case-tab-escalation", count = self.escalations.len()),
                Tab::Escalation
            ),
            self.tab_button(fl!("case-tab-history"), Tab::History),
        ]
        .spacing(style::space::S);
        // The header and the tabs stay in view; only what is below them scrolls.
        let top = column![self.header(session), tabs]
            .spacing(style::space::M)
            .padding([style::space::M, style::space::L]);
        if let Some(dialog) = &self.dossier {
            let page = container(dialog.view().map(Message::Dossier)).padding(style::space::L);
            return column![top, scrollable(page).height(Length::Fill)].into();
        }
        let body = match self.tab {
            Tab::Overview => self.overview(session),
            Tab::Notes => self.notes_tab(session),
            Tab::Correspondence => self.correspondence(),
            Tab::Letters => self
                .composer
                .view(&self.case, &self.letters, &self.escalations, session)
                .map(Message::Letters),
            Tab::Escalation => self
                .escalation
                .view(&self.escalations)
                .map(Message::Escalation),
            Tab::History => self.history_tab(session),
        };
        // A draft waiting for review is shown above every tab.
        let body = match self.review.view(&self.case, session) {
            Some(panel) => column![panel.map(Message::Review), body]
                .spacing(style::space::M)
                .into(),
            None => body,
        };
        let page = container(body).padding([style::space::S, style::space::L]);
        column![top, scrollable(page).height(Length::Fill)].into()
    }

    fn tab_button(&self, title: String, tab: Tab) -> Element<'_, Message> {
        button(text(title))
            .style(style::flat(self.tab == tab))
            .padding([style::space::S, style::space::M])
            .on_press(Message::Tab(tab))
            .into()
    }

    fn notes_tab<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let kinds = Choice::all(NoteKind::WRITTEN, |k| label("note-kind", k.code()));
        let selected = Choice::find(&kinds, self.note_kind);
        let add = column![
            text(fl!("case-new-note")).size(style::size::HEADING),
            pick_list(kinds, selected, |c: Choice<NoteKind>| Message::NoteKind(
                c.value
            )),
            text_editor(&self.note_text)
                .id(NOTE_TEXT)
                .on_action(Message::NoteEdited)
                .height(style::dim::EDITOR)
                .padding(style::space::S),
            container(button(text(fl!("case-add-note"))).on_press(Message::AddNote)).id(ADD_NOTE),
            text(fl!("case-notes-immutable"))
                .size(style::size::SMALL)
                .style(style::muted),
        ]
        .spacing(style::space::S);
        let mut log = column![].spacing(style::space::S);
        if self.notes.is_empty() {
            log = log.push(text(fl!("case-no-notes")).style(style::muted));
        }
        for n in self.notes.iter().rev() {
            let meta = format!(
                "{} · {} · {}",
                n.at.format("%Y-%m-%d %H:%M"),
                label("note-kind", n.kind.code()),
                session.officer_name(n.author)
            );
            log = log.push(
                container(
                    column![
                        text(meta).size(style::size::SMALL).style(style::muted),
                        text(n.text.as_str())
                    ]
                    .spacing(style::space::XS),
                )
                .padding(style::space::M)
                .width(Length::Fill)
                .style(style::card),
            );
        }
        column![add, log]
            .spacing(style::space::L)
            .max_width(style::FORM_WIDTH)
            .into()
    }

    /// Messages in and out and the letters we sent, oldest first.
    fn correspondence(&self) -> Element<'_, Message> {
        let mut entries: Vec<(chrono::NaiveDateTime, Element<'_, Message>)> = Vec::new();
        entries.extend(self.messages.iter().map(|m| (m.at, self.message_card(m))));
        entries.extend(self.letters.iter().map(|l| (l.created_at, letter_card(l))));
        entries.sort_by_key(|(at, _)| *at);
        let mut list =
            column![self.register.view().map(Message::Register)].spacing(style::space::S);
        if entries.is_empty() {
            list = list.push(text(fl!("case-no-messages")).style(style::muted));
        }
        for (_, card) in entries {
            list = list.push(
                container(card)
                    .padding(style::space::M)
                    .width(Length::Fill)
                    .style(style::card),
            );
        }
        list.max_width(style::FORM_WIDTH).into()
    }

    fn message_card<'a>(&self, m: &'a klagomal_core::domain::Message) -> Element<'a, Message> {
        let meta = format!(
            "{} · {} · {} · {}",
            m.at.format("%Y-%m-%d %H:%M"),
            label("channel", m.channel.code()),
            label("direction", m.direction.code()),
            m.from
        );
        let mut card = column![
            text(meta).size(style::size::SMALL).style(style::muted),
            text(m.subject.as_str()).size(style::size::HEADING),
        ]
        .spacing(style::space::XS);
        if !m.body.trim().is_empty() {
            card = card.push(text(m.body.as_str()));
        }
        for a in &m.attachments {
            let title = fl!(
                "case-attachment",
                name = a.file_name.as_str(),
                size = klagomal_core::domain::file_size(a.size)
            );
            card = card.push(
                button(text(title).size(style::size::LABEL))
                    .style(style::flat(false))
                    .on_press(Message::OpenAttachment(a.id, a.file_name.clone())),
            );
        }
        card.into()
    }
}

/// A letter we sent, as it appears among the correspondence; opened from the letters tab.
fn letter_card(l: &klagomal_core::domain::Letter) -> Element<'_, Message> {
    let meta = format!(
        "{} · {} · {}",
        l.created_at.format("%Y-%m-%d %H:%M"),
        fl!("case-letter-sent"),
        label("language", l.language.code())
    );
    let subject = l.text.lines().next().unwrap_or_default();
    column![
        text(meta).size(style::size::SMALL).style(style::muted),
        text(label("letter-kind", l.kind.code())).size(style::size::HEADING),
        text(subject),
        button(text(fl!("letter-open")).size(style::size::LABEL))
            .style(style::flat(false))
            .on_press(Message::Letters(super::letters::Message::Kept(
                super::kept::Message::Open(l.id),
            ))),
    ]
    .spacing(style::space::XS)
    .into()
}
