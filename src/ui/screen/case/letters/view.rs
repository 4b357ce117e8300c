//! Drawing the composer: kind and language, the officer's input, the text, warnings, the
//! create button with its confirmation beside it, the page preview and the kept letters.

use iced::widget::{
    Column, button, column, container, pick_list, row, text, text_editor, text_input,
};
use iced::{Element, Length};

use super::super::statement::Escalations;
use super::{Composer, Message, TEXT};
use crate::describe;
use crate::ui::{Choice, Session, letter_choices, style};
use klagomal_core::domain::{Addressee, Case, Letter, LetterKind, Outcome};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};
use klagomal_core::letters::{
    LetterInput, letter_recipient, pdf::long_address_lines, split_subject,
};

/// The create-PDF button.
pub const CREATE: &str = "letter-create";
/// The confirmation beside it.
pub const CREATED: &str = "letter-created";

impl Composer {
    /// Draws the composer and the kept letters.
    pub fn view<'a>(
        &'a self,
        case: &'a Case,
        letters: &'a [Letter],
        escalations: &'a Escalations,
        session: &'a Session,
    ) -> Element<'a, Message> {
        let input = self.input(escalations, session);
        let editor = column![
            letter_choices(self.kind, self.language, Message::Kind, Message::Language),
            self.recipient_row(case, &input),
            self.inputs(escalations),
            row![
                button(text(fl!("letter-fill"))).on_press(Message::Fill),
                text(fl!("letter-fill-hint"))
                    .size(style::size::SMALL)
                    .style(style::muted)
            ]
            .spacing(style::space::M)
            .align_y(iced::Alignment::Center),
            text_editor(&self.text)
                .id(TEXT)
                .on_action(Message::Edit)
                .height(style::dim::EDITOR_LETTER)
                .padding(style::space::S),
            self.warnings(case, &input, session),
            self.create_row(escalations, session.settings.review.needs_review(self.kind)),
        ]
        .spacing(style::space::S)
        .width(Length::FillPortion(1));
        let mut side = column![self.preview(case, &input, session)]
            .spacing(style::space::M)
            .width(Length::FillPortion(1));
        side = side.push(self.kept.view(letters, session).map(Message::Kept));
        if let Some(notice) = &self.kept_notice {
            side = side.push(text(notice.as_str()).style(style::muted));
        }
        row![editor, side].spacing(style::space::L).into()
    }

    /// The create button, and beside it what came of the last attempt: a clear confirmation
    /// once the letter is kept, or why it was not.
    fn create_row(&self, escalations: &Escalations, review: bool) -> Element<'_, Message> {
        let mut line = row![container(self.create_button(escalations, review)).id(CREATE)]
            .spacing(style::space::M)
            .align_y(iced::Alignment::Center);
        if let Some(created) = &self.created {
            line = line.push(container(crate::ui::banner(created.clone())).id(CREATED));
        }
        let mut col = column![line].spacing(style::space::XS);
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        col.into()
    }

    /// Enabled when the letter is ready; says so while it is being made. A letter that needs
    /// review is submitted rather than kept.
    fn create_button(&self, escalations: &Escalations, review: bool) -> Element<'_, Message> {
        if self.creating {
            return button(text(fl!("letter-creating"))).into();
        }
        let label = if review {
            fl!("letter-submit")
        } else {
            fl!("letter-create")
        };
        button(text(label))
            .on_press_maybe(self.ready(escalations).then_some(Message::Create))
            .into()
    }

    /// Whom the letter goes to and why (a warning when a representative is named but may not
    /// receive it), with a choice between the representative and the complainant when the
    /// representative may.
    fn recipient_row(&self, case: &Case, input: &LetterInput) -> Element<'_, Message> {
        let Some(recipient) = input.recipient(case) else {
            return Column::new().into();
        };
        let (said, warn) = match &recipient {
            Ok(r) => (describe::recipient(&LOADER, case, r), r.is_warning()),
            Err(e) => (describe::recipient_error(&LOADER, e), true),
        };
        let line = text(said).size(style::size::SMALL);
        let line = if warn {
            line.style(style::warning_text)
        } else {
            line.style(style::muted)
        };
        let may_choose = klagomal_core::letters::recipient(case, input.date, None)
            .is_ok_and(|r| r.to == Addressee::Representative);
        if !may_choose {
            return line.into();
        }
        let choices = Choice::all(Addressee::ALL, |a| label("recipient", a.code()));
        let chosen = recipient.map_or(Addressee::Complainant, |r| r.to);
        row![
            text(fl!("letter-recipient")).size(style::size::LABEL),
            pick_list(
                choices.clone(),
                Choice::find(&choices, chosen),
                |c: Choice<Addressee>| Message::Recipient(c.value),
            ),
            line,
        ]
        .spacing(style::space::S)
        .align_y(iced::Alignment::Center)
        .into()
    }

    /// The officer's own input for the chosen kind.
    fn inputs<'a>(&'a self, escalations: &'a Escalations) -> Element<'a, Message> {
        let mut col = Column::new().spacing(style::space::XS);
        match self.kind {
            LetterKind::FinalAnswer => {
                let outcomes = Choice::all(
                    &[Outcome::Upheld, Outcome::PartlyUpheld, Outcome::Rejected],
                    |o| label("outcome", o.code()),
                );
                col = col
                    .push(pick_list(
                        outcomes.clone(),
                        Choice::find(&outcomes, self.outcome),
                        |c: Choice<Outcome>| Message::Outcome(c.value),
                    ))
                    .push(text(fl!("letter-reasons")).size(style::size::LABEL))
                    .push(
                        text_editor(&self.reasons)
                            .on_action(Message::Reasons)
                            .height(style::dim::EDITOR_SHORT)
                            .padding(style::space::S),
                    )
                    .push(
                        text_input(&fl!("letter-remedy"), &self.remedy)
                            .on_input(Message::Remedy)
                            .padding(style::space::S),
                    );
            }
            LetterKind::DelayNotice => {
                col = col
                    .push(
                        text_input(&fl!("letter-delay-reason"), &self.delay_reason)
                            .on_input(Message::DelayReason)
                            .padding(style::space::S),
                    )
                    .push(
                        text_input(&fl!("letter-new-date"), &self.new_date)
                            .on_input(Message::NewDate)
                            .padding(style::space::S),
                    );
            }
            LetterKind::ArnStatement => {
                col = col.push(self.statement.view(escalations).map(Message::Statement));
            }
            _ => {}
        }
        col.into()
    }

    /// Address lines that will not fit the envelope window, a stale text, an answer date
    /// that has already passed (then a delay notice is the letter to send), and the library's
    /// own warnings (a year without a prisbasbelopp).
    fn warnings(
        &self,
        case: &Case,
        input: &LetterInput,
        session: &Session,
    ) -> Element<'_, Message> {
        let lines = letter_recipient(case, input);
        let mut col = Column::new().spacing(style::space::XS);
        for i in long_address_lines(&lines) {
            let line = lines.get(i).cloned().unwrap_or_default();
            col = col.push(
                text(fl!(
                    "letter-long-address",
                    line = line,
                    max = klagomal_core::letters::pdf::MAX_ADDRESS_CHARS
                ))
                .style(style::warning_text),
            );
        }
        let due = case.answer_due(&session.settings.deadlines);
        let promises_answer = matches!(
            self.kind,
            LetterKind::Acknowledgement | LetterKind::RequestForInformation
        );
        if promises_answer && due < session.store.today() {
            col = col.push(
                text(fl!("letter-due-passed", date = due.to_string())).style(style::warning_text),
            );
        }
        if self
            .filled
            .is_some_and(|f| f != (self.kind, self.language, self.recipient))
        {
            col = col.push(text(fl!("letter-stale")).style(style::warning_text));
        }
        for w in klagomal_core::letters::warnings(case, &session.settings, input) {
            col = col.push(text(describe::letter_warning(&LOADER, &w)).style(style::warning_text));
        }
        col.into()
    }

    /// A sketch of the first page: letterhead, the window with the address, subject and text.
    fn preview<'a>(
        &'a self,
        case: &'a Case,
        input: &LetterInput,
        session: &'a Session,
    ) -> Element<'a, Message> {
        let company = &session.settings.company;
        let full = self.text.text();
        let (subject, body) = split_subject(&full);
        let head = row![
            text(company.name.as_str())
                .font(style::BOLD)
                .width(Length::Fill),
            column![
                text(label("letter-kind", self.kind.code()))
                    .font(style::BOLD)
                    .size(style::size::SMALL),
                text(format!("{} · {}", session.store.today(), case.number))
                    .size(style::size::SMALL),
            ],
        ];
        let address = container(column(
            letter_recipient(case, input)
                .into_iter()
                .map(|l| text(l).size(style::size::SMALL).into()),
        ))
        .padding(style::space::XS)
        .width(style::dim::ADDRESS_PREVIEW)
        .style(style::card);
        let body: String = body.chars().take(900).collect();
        let page = column![
            head,
            address,
            text(subject).font(style::BOLD),
            text(body).size(style::size::SMALL)
        ]
        .spacing(style::space::M);
        column![
            text(fl!("letter-preview"))
                .size(style::size::LABEL)
                .style(style::muted),
            container(page)
                .padding(style::space::L)
                .width(Length::Fill)
                .height(style::dim::PREVIEW)
                .clip(true)
                .style(style::card),
        ]
        .spacing(style::space::XS)
        .into()
    }
}
