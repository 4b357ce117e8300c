//! The case header, which stays in view above the tabs: number, subject, status, each
//! deadline met or due in the colour language the inbox shares, and the status and
//! assignment actions.

use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

use super::{Message, State};
use crate::ui::{Choice, Session, style};
use klagomal_core::domain::{DeadlineKind, DeadlineState, OfficerId, TrackedDeadline};
use klagomal_core::fl;
use klagomal_core::i18n::label;

/// The reason field's id.
pub const REASON: &str = "case-reason";

/// The id of a deadline's text in the header, for tests.
pub fn deadline_id(kind: DeadlineKind) -> String {
    format!("case-deadline-{}", kind.code())
}

impl State {
    /// Each of the company's deadlines on the case with where it stands today.
    pub fn tracked_deadlines(&self, session: &Session) -> Vec<TrackedDeadline> {
        self.case.tracked_deadlines(
            &session.settings.deadlines,
            self.answered_on,
            session.store.today(),
        )
    }

    pub(super) fn header<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let c = &self.case;
        let title = row![
            crate::ui::back(Message::Back),
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
        let mut facts = row![text(label("kind", c.details.kind.code())).size(style::size::LABEL)]
            .spacing(style::space::L);
        for tracked in self.tracked_deadlines(session) {
            facts = facts.push(deadline(tracked));
        }
        // The complainant's own deadline, not ours: shown, never coloured.
        let arn = c.deadlines(&session.settings.deadlines).arn_window_ends;
        facts = facts.push(
            text(fl!(
                "case-deadline-arn",
                deadline = label("deadline", DeadlineKind::ArnWindow.code()),
                date = arn.to_string()
            ))
            .size(style::size::LABEL)
            .style(style::muted),
        );
        column![title, facts, self.actions(session)]
            .spacing(style::space::S)
            .into()
    }

    /// Status changes (only the allowed ones) and assignment.
    fn actions<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut bar = row![text(fl!("case-move-to")).size(style::size::LABEL)]
            .spacing(style::space::S)
            .align_y(Alignment::Center);
        // Escalating needs its record (who, their reference, the statement date): the Escalation
        // tab. A case whose final answer waits for review is answered by approving it.
        let waiting = self.review.waiting();
        for t in self.case.status.next().filter(|t| {
            t.to != klagomal_core::domain::Status::Escalated
                && !(waiting && t.to == klagomal_core::domain::Status::Answered)
        }) {
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
                // A removed officer takes no new cases, but a case of theirs still shows them.
                .filter(|o| o.active || self.case.assignee == Some(o.id))
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
}

/// One deadline in words and in its colour: met with its date, or due by a date.
fn deadline<'a>(t: TrackedDeadline) -> Element<'a, Message> {
    let kind = t.deadline.kind;
    let name = label("deadline", kind.code());
    let date = t.deadline.date.to_string();
    let words = match t.state {
        DeadlineState::Met(Some(on)) => match kind {
            DeadlineKind::Acknowledgement => {
                fl!("case-deadline-acknowledged", date = on.to_string())
            }
            DeadlineKind::FinalAnswer => fl!("case-deadline-answered", date = on.to_string()),
            _ => fl!("case-deadline-met", deadline = name, date = on.to_string()),
        },
        DeadlineState::Met(None) => fl!("case-deadline-done", deadline = name),
        DeadlineState::Moot => fl!("case-deadline-moot", deadline = name),
        DeadlineState::Overdue => fl!("case-deadline-overdue", deadline = name, date = date),
        DeadlineState::DueSoon | DeadlineState::Later => {
            fl!("case-deadline-due", deadline = name, date = date)
        }
    };
    iced::widget::container(
        text(words)
            .size(style::size::LABEL)
            .style(style::deadline_text(t.state)),
    )
    .id(deadline_id(kind))
    .into()
}
