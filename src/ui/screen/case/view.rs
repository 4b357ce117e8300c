//! Drawing one case: header, tabs, and each tab's content.

use iced::widget::{
    button, column, container, pick_list, row, scrollable, text, text_editor, text_input,
};
use iced::{Alignment, Element, Length};
use serde_json::Value;

use super::{ADD_NOTE, Message, NOTE_TEXT, State, Tab};
use crate::ui::{Choice, Session, style};
use klagomal_core::domain::{AuditEvent, DeadlineKind, NoteKind, OfficerId};
use klagomal_core::fl;
use klagomal_core::i18n::label;

/// The reason field's id.
pub const REASON: &str = "case-reason";

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
        if let Some(dialog) = &self.dossier {
            let page = column![self.header(session), dialog.view().map(Message::Dossier)]
                .spacing(style::space::M)
                .padding(style::space::L);
            return scrollable(page).height(Length::Fill).into();
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
            Tab::History => self.history(session),
        };
        let page = column![self.header(session), tabs, body]
            .spacing(style::space::M)
            .padding(style::space::L);
        scrollable(page).height(Length::Fill).into()
    }

    fn tab_button(&self, title: String, tab: Tab) -> Element<'_, Message> {
        button(text(title))
            .style(style::flat(self.tab == tab))
            .padding([style::space::S, style::space::M])
            .on_press(Message::Tab(tab))
            .into()
    }

    fn header<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let c = &self.case;
        let deadlines = c.deadlines(&session.settings.deadlines);
        let next = c.next_deadline(&session.settings.deadlines);
        let today = session.store.today();
        let due = |kind: DeadlineKind, date: chrono::NaiveDate| {
            let mut t = text(format!(
                "{} {}",
                label("deadline", kind.code()),
                date.format("%Y-%m-%d")
            ))
            .size(style::size::LABEL);
            if next.is_some_and(|n| n.kind == kind) {
                t = t.style(if date < today {
                    style::danger_text
                } else {
                    style::warning_text
                });
            } else {
                t = t.style(style::muted);
            }
            t
        };
        let title = row![
            button(text(fl!("action-back")))
                .style(style::flat(false))
                .on_press(Message::Back),
            text(c.number.to_string())
                .size(style::size::TITLE)
                .font(style::BOLD),
            text(c.details.subject.as_str())
                .size(style::size::HEADING)
                .width(Length::Fill),
            text(label("status", c.status.code()))
                .size(style::size::HEADING)
                .style(style::muted),
            button(text(fl!("case-print")))
                .style(style::secondary)
                .on_press(Message::PrintCase),
            button(text(fl!("case-export")))
                .style(style::secondary)
                .on_press(Message::ExportDossier),
        ]
        .spacing(style::space::M)
        .align_y(Alignment::Center);
        let facts = row![
            text(label("kind", c.details.kind.code())).size(style::size::LABEL),
            due(DeadlineKind::Acknowledgement, deadlines.acknowledgement),
            due(DeadlineKind::FinalAnswer, deadlines.final_answer),
            due(DeadlineKind::ArnWindow, deadlines.arn_window_ends),
        ]
        .spacing(style::space::L);
        let facts = match c.statement_due {
            Some(date) => facts.push(due(DeadlineKind::Statement, date)),
            None => facts,
        };
        column![title, facts, self.actions(session)]
            .spacing(style::space::S)
            .into()
    }

    /// Status changes (only the allowed ones) and assignment.
    fn actions<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut bar = row![text(fl!("case-move-to")).size(style::size::LABEL)]
            .spacing(style::space::S)
            .align_y(Alignment::Center);
        // Escalating needs its record (who, their reference, the statement date): the Escalation tab.
        for t in self
            .case
            .status
            .next()
            .filter(|t| t.to != klagomal_core::domain::Status::Escalated)
        {
            let title = label("status", t.to.code());
            bar = bar.push(
                button(text(title).size(style::size::LABEL))
                    .style(style::secondary)
                    .on_press(Message::Transition(t.to)),
            );
        }
        let mut officers = vec![Choice::all(&[None], |_| fl!("case-unassigned")).remove(0)];
        officers.extend(
            session
                .officers
                .iter()
                .map(|o| Choice::all(&[Some(o.id)], |_| o.name.clone()).remove(0)),
        );
        let selected = Choice::find(&officers, self.case.assignee);
        bar = bar.push(iced::widget::space::horizontal());
        bar = bar.push(text(fl!("case-assignee")).size(style::size::LABEL));
        bar = bar.push(
            pick_list(officers, selected, |c: Choice<Option<OfficerId>>| {
                Message::Assign(c.value)
            })
            .width(style::dim::PICKER),
        );
        let mut section = column![bar].spacing(style::space::S);
        if let Some(to) = self.pending {
            let prompt = fl!("case-reason-prompt", status = label("status", to.code()));
            section = section.push(
                row![
                    text_input(&prompt, &self.reason)
                        .id(REASON)
                        .on_input(Message::ReasonChanged)
                        .on_submit(Message::ConfirmTransition)
                        .padding(style::space::S),
                    button(text(fl!("action-confirm"))).on_press_maybe(
                        (!self.reason.trim().is_empty()).then_some(Message::ConfirmTransition)
                    ),
                    button(text(fl!("action-cancel")))
                        .style(style::flat(false))
                        .on_press(Message::CancelTransition),
                ]
                .spacing(style::space::S),
            );
        }
        section.into()
    }

    fn notes_tab<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let kinds = Choice::all(NoteKind::ALL, |k| label("note-kind", k.code()));
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
        let mut list = column![].spacing(style::space::S);
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
            "{} · {} · {}",
            m.at.format("%Y-%m-%d %H:%M"),
            label("direction", m.direction.code()),
            m.from
        );
        let mut card = column![
            text(meta).size(style::size::SMALL).style(style::muted),
            text(m.subject.as_str()).size(style::size::HEADING),
            text(m.body.as_str()),
        ]
        .spacing(style::space::XS);
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

    fn history<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut list = column![].spacing(style::space::XS);
        for e in &self.history {
            let line = row![
                text(e.at.format("%Y-%m-%d %H:%M").to_string())
                    .width(style::dim::DATE_COLUMN)
                    .style(style::muted),
                text(actor_name(e, session)).width(style::dim::NAME_COLUMN),
                text(describe_event(e, |id| session.officer_name(id))).width(Length::Fill),
            ]
            .spacing(style::space::M);
            list = list.push(line);
        }
        list.max_width(style::FORM_WIDTH).into()
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

fn actor_name(e: &AuditEvent, session: &Session) -> String {
    match e
        .actor
        .strip_prefix("officer:")
        .and_then(|id| id.parse().ok())
    {
        Some(id) => session.officer_name(OfficerId(id)),
        None => fl!("audit-actor-system"),
    }
}

/// An audit event in plain language: the action, and for a status change from what to what.
pub fn describe_event(e: &AuditEvent, officer_name: impl Fn(OfficerId) -> String) -> String {
    let action = label("audit", e.action.code());
    let detail: Value = serde_json::from_str(&e.detail).unwrap_or(Value::Null);
    if e.action == klagomal_core::domain::AuditAction::CaseAssigned {
        return match detail.get("officer").and_then(Value::as_i64) {
            Some(id) => fl!("history-assigned", name = officer_name(OfficerId(id))),
            None => fl!("history-unassigned"),
        };
    }
    let code = |key: &str| detail.get(key).and_then(Value::as_str).map(str::to_owned);
    if let (Some(from), Some(to)) = (code("from"), code("to")) {
        return fl!(
            "history-status",
            from = label("status", &from),
            to = label("status", &to)
        );
    }
    if let Some(body) =
        code("recipient").filter(|_| e.action == klagomal_core::domain::AuditAction::CaseExported)
    {
        let flag = |key: &str| detail.get(key).and_then(Value::as_bool).unwrap_or(false);
        let redaction = match (flag("include_notes"), flag("unmask")) {
            (false, false) => fl!("history-export-redacted"),
            _ => fl!("history-export-unredacted"),
        };
        return fl!(
            "history-exported",
            recipient = label("escalation-body", &body),
            redaction = redaction
        );
    }
    if let Some(kind) =
        code("kind").filter(|_| e.action == klagomal_core::domain::AuditAction::NoteAdded)
    {
        return format!("{action}: {}", label("note-kind", &kind));
    }
    if let Some(fields) = detail.get("fields").and_then(Value::as_array) {
        let names: Vec<String> = fields
            .iter()
            .filter_map(Value::as_str)
            .map(|f| label("detail-field", f))
            .collect();
        return format!("{action}: {}", names.join(", "));
    }
    action
}
