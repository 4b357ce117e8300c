//! The statement's own inputs in the letter composer: the escalation it answers, an answer to
//! each of the complainant's points and to the amount claimed, the position on the claim, the
//! enclosures, and how many points are answered.

use iced::widget::{
    Column, checkbox, column, pick_list, radio, row, text, text_editor, text_input,
};
use iced::{Element, Length};

use crate::ui::{Choice, style};
use klagomal_core::domain::{Escalation, EscalationId, Money, Position};
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::letters::{LetterInput, statement};

/// The answer on the amount claimed.
pub const AMOUNT: &str = "statement-amount";
/// The amount admitted in part.
pub const ADMITTED: &str = "statement-admitted";
/// The list of enclosures.
pub const ENCLOSURES: &str = "statement-enclosures";
/// The line that counts the answered points.
pub const PROGRESS: &str = "statement-progress";

/// The answer field of the claim at `index` (from 0).
pub fn answer_id(index: usize) -> String {
    format!("statement-answer-{index}")
}

/// The escalations of a case, oldest first, as the store gives them.
pub type Escalations = [(EscalationId, Escalation)];

/// The officer's answers, for one escalation at a time.
#[derive(Debug, Default)]
pub struct Answers {
    /// The escalation the officer picked; `None` until they pick one.
    chosen: Option<EscalationId>,
    /// The escalation the answers below belong to.
    answered: Option<EscalationId>,
    /// One answer per claim, in the claims' order.
    answers: Vec<text_editor::Content>,
    amount: String,
    /// Admits, admits in part or disputes; `None` until the officer chooses.
    stance: Option<Stance>,
    /// The amount admitted in part, as typed.
    admitted: String,
    /// The enclosures, one per line.
    enclosures: text_editor::Content,
    /// The recipient's address, for a body whose address the program does not know.
    address: text_editor::Content,
}

/// The position as chosen, before the amount admitted is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    Admits,
    AdmitsPartly,
    Disputes,
}

/// What happens in the statement's inputs.
#[derive(Debug, Clone)]
pub enum Message {
    Escalation(EscalationId),
    Answer(usize, text_editor::Action),
    Amount(String),
    Stance(Stance),
    Admitted(String),
    Enclosures(text_editor::Action),
    /// Replaces the enclosures with the documents of the dossier.
    FillEnclosures(Vec<String>),
    Address(text_editor::Action),
}

impl Answers {
    pub fn update(&mut self, message: Message, escalations: &Escalations) {
        match message {
            Message::Escalation(id) => {
                self.chosen = Some(id);
                self.sync(escalations);
            }
            Message::Answer(i, action) => {
                if let Some(answer) = self.answers.get_mut(i) {
                    answer.perform(action);
                }
            }
            Message::Amount(v) => self.amount = v,
            Message::Stance(s) => self.stance = Some(s),
            Message::Admitted(v) => self.admitted = v,
            Message::Enclosures(action) => self.enclosures.perform(action),
            Message::FillEnclosures(lines) => {
                self.enclosures = text_editor::Content::with_text(&lines.join("\n"));
            }
            Message::Address(action) => self.address.perform(action),
        }
    }

    /// Follows the case's escalations after they were loaded or changed: one answer field per
    /// claim of the current escalation, kept while it stays the same escalation.
    pub fn sync(&mut self, escalations: &Escalations) {
        let current = self.current(escalations);
        let id = current.map(|(id, _)| *id);
        if id != self.answered {
            *self = Answers {
                chosen: self.chosen,
                answered: id,
                ..Answers::default()
            };
        }
        let claims = current.map_or(0, |(_, e)| e.claims.len());
        self.answers.resize_with(claims, text_editor::Content::new);
    }

    /// Forgets the answers (after the statement was kept).
    pub fn clear(&mut self) {
        *self = Answers::default();
    }

    /// Puts the escalation and the answers into the letter's input.
    pub fn fill_input(&self, input: &mut LetterInput, escalations: &Escalations) {
        input.escalation = self.current(escalations).map(|(_, e)| e.clone());
        input.answers = self
            .answers
            .iter()
            .map(text_editor::Content::text)
            .collect();
        input.amount_answer = self.amount.clone();
        input.position = self.position();
        input.enclosures = self.enclosures.text().lines().map(str::to_owned).collect();
        input.body_address = self.address.text().lines().map(str::to_owned).collect();
    }

    /// True when there is an escalation and every point of it is answered.
    pub fn complete(&self, escalations: &Escalations) -> bool {
        self.open_points(escalations)
            .is_some_and(|open| open.is_empty())
    }

    /// True when the officer has written an answer not yet kept.
    pub fn has_draft(&self) -> bool {
        self.answers.iter().any(|a| !a.text().trim().is_empty())
            || !self.amount.trim().is_empty()
            || !self.address.text().trim().is_empty()
            || self.stance.is_some()
    }

    /// True while the list of enclosures is empty, so that filling the text may fill it.
    pub fn no_enclosures(&self) -> bool {
        self.enclosures.text().trim().is_empty()
    }

    /// The position as the letter takes it; an amount that cannot be read admits nothing, which
    /// the checklist flags.
    fn position(&self) -> Option<Position> {
        Some(match self.stance? {
            Stance::Admits => Position::Admits,
            Stance::Disputes => Position::Disputes,
            Stance::AdmitsPartly => {
                Position::AdmitsPartly(Money::parse_kr(self.admitted.trim()).unwrap_or(Money(0)))
            }
        })
    }

    /// Draws the inputs: the escalation, each claim with its answer and mark, the amount, the
    /// count of answered points, and the address where the program has none.
    pub fn view<'a>(&'a self, escalations: &'a Escalations) -> Element<'a, Message> {
        let Some((_, escalation)) = self.current(escalations) else {
            return text(fl!("letter-statement-no-escalation"))
                .style(style::warning_text)
                .into();
        };
        let open = self.open_points(escalations).unwrap_or_default();
        let mut col = Column::new().spacing(style::space::S);
        if escalations.len() > 1 {
            col = col.push(self.chooser(escalations));
        }
        for (i, claim) in escalation.claims.iter().enumerate() {
            let Some(answer) = self.answers.get(i) else {
                continue;
            };
            let number = i + 1;
            let claim = fl!(
                "letter-statement-claim",
                number = number,
                claim = claim.as_str()
            );
            col = col.push(checkbox(!open.contains(&statement::Unanswered::Claim(i))).label(claim));
            col = col.push(
                text_editor(answer)
                    .id(answer_id(i))
                    .placeholder(fl!("letter-statement-answer", number = number))
                    .on_action(move |a| Message::Answer(i, a))
                    .height(style::dim::EDITOR_SHORT)
                    .padding(style::space::S),
            );
        }
        if let Some(amount) = escalation.amount_claimed {
            let answered = !open.contains(&statement::Unanswered::Amount);
            col = col
                .push(
                    checkbox(answered)
                        .label(fl!("letter-statement-amount", amount = amount.to_string())),
                )
                .push(
                    text_input(&fl!("letter-statement-amount-answer"), &self.amount)
                        .id(AMOUNT)
                        .on_input(Message::Amount)
                        .padding(style::space::S),
                );
        }
        col.push(self.position_field(&open))
            .push(progress(escalation, open.len()))
            .push(self.enclosures_field())
            .push(self.address_field(escalation))
            .into()
    }

    /// Admits, admits in part (with the amount) or disputes, marked like the points.
    fn position_field(&self, open: &[statement::Unanswered]) -> Element<'_, Message> {
        use statement::Unanswered::{AdmittedAmount, Position as NoPosition};
        let taken = !open.contains(&NoPosition) && !open.contains(&AdmittedAmount);
        let choice = |stance: Stance, name: String| {
            radio(name, stance, self.stance, Message::Stance).size(style::size::LABEL)
        };
        let mut col = column![
            checkbox(taken).label(fl!("letter-statement-position")),
            row![
                choice(Stance::Admits, fl!("letter-statement-position-admits")),
                choice(
                    Stance::AdmitsPartly,
                    fl!("letter-statement-position-admits-partly")
                ),
                choice(Stance::Disputes, fl!("letter-statement-position-disputes")),
            ]
            .spacing(style::space::M),
        ]
        .spacing(style::space::XS);
        if self.stance == Some(Stance::AdmitsPartly) {
            col = col.push(
                text_input(&fl!("letter-statement-admitted"), &self.admitted)
                    .id(ADMITTED)
                    .on_input(Message::Admitted)
                    .width(style::dim::DATE_FIELD)
                    .padding(style::space::S),
            );
        }
        col.into()
    }

    /// The enclosures, one per line, filled from the dossier and edited by the officer.
    fn enclosures_field(&self) -> Element<'_, Message> {
        column![
            text(fl!("letter-statement-enclosures")).size(style::size::LABEL),
            text(fl!("letter-statement-enclosures-help"))
                .size(style::size::SMALL)
                .style(style::muted),
            text_editor(&self.enclosures)
                .id(ENCLOSURES)
                .on_action(Message::Enclosures)
                .height(style::dim::EDITOR_SHORT)
                .padding(style::space::S),
        ]
        .spacing(style::space::XS)
        .into()
    }

    /// The escalation chosen, or else the newest one without a decision, or else the newest.
    fn current<'a>(&self, escalations: &'a Escalations) -> Option<&'a (EscalationId, Escalation)> {
        let chosen = self
            .chosen
            .and_then(|id| escalations.iter().find(|(e, _)| *e == id));
        chosen
            .or_else(|| escalations.iter().rev().find(|(_, e)| e.decision.is_none()))
            .or_else(|| escalations.last())
    }

    /// What is unanswered in the current escalation; `None` when there is none.
    fn open_points(&self, escalations: &Escalations) -> Option<Vec<statement::Unanswered>> {
        let (_, escalation) = self.current(escalations)?;
        let answers: Vec<String> = self
            .answers
            .iter()
            .map(text_editor::Content::text)
            .collect();
        Some(statement::unanswered(
            escalation,
            &answers,
            &self.amount,
            self.position(),
        ))
    }

    fn chooser<'a>(&'a self, escalations: &'a Escalations) -> Element<'a, Message> {
        let ids: Vec<EscalationId> = escalations.iter().rev().map(|(id, _)| *id).collect();
        let choices = Choice::all(&ids, |id| {
            escalations
                .iter()
                .find(|(e, _)| *e == id)
                .map(|(_, e)| {
                    fl!(
                        "letter-statement-choice",
                        body = label("escalation-body", e.body.code()),
                        reference = e.reference.as_str(),
                        received = e.received_on.to_string()
                    )
                })
                .unwrap_or_default()
        });
        let selected = self
            .current(escalations)
            .and_then(|(id, _)| Choice::find(&choices, *id));
        column![
            text(fl!("letter-statement-escalation")).size(style::size::LABEL),
            pick_list(choices, selected, |c: Choice<EscalationId>| {
                Message::Escalation(c.value)
            })
            .width(Length::Fill),
        ]
        .spacing(style::space::XS)
        .into()
    }

    /// The address field, only for a body whose address the program does not know.
    fn address_field<'a>(&'a self, escalation: &Escalation) -> Element<'a, Message> {
        if statement::known_address(escalation.body).is_some() {
            return Column::new().into();
        }
        column![
            text(fl!("letter-statement-address-unknown")).style(style::warning_text),
            text_editor(&self.address)
                .placeholder(fl!("letter-statement-address"))
                .on_action(Message::Address)
                .height(style::dim::EDITOR_SHORT)
                .padding(style::space::S),
        ]
        .spacing(style::space::XS)
        .into()
    }
}

/// "2 av 3 punkter besvarade", or that there is nothing to answer.
fn progress<'a>(escalation: &Escalation, open: usize) -> Element<'a, Message> {
    let total = statement::point_count(escalation);
    if total == 0 {
        return text(fl!("letter-statement-nothing-claimed"))
            .style(style::warning_text)
            .into();
    }
    let answered = total.saturating_sub(open);
    let line = text(fl!(
        "letter-statement-progress",
        answered = answered,
        total = total
    ))
    .font(style::BOLD);
    let line = if open == 0 {
        line.style(style::success_text)
    } else {
        line.style(style::warning_text)
    };
    iced::widget::container(line).id(PROGRESS).into()
}
