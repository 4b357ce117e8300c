//! The escalation section of a case: register that the complainant went to ARN, a court or a
//! supervisor, with the date our statement is due, and later the body's decision.

use chrono::NaiveDate;
use iced::widget::{
    Column, button, column, container, pick_list, row, text, text_editor, text_input,
};
use iced::{Element, Length};

use crate::describe;
use crate::ui::{Choice, Session, style};
use klagomal_core::domain::{
    Escalation, EscalationBody, EscalationDecision, EscalationId, Money, Problem,
};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};

/// The reference field's id.
pub const REFERENCE: &str = "escalation-reference";
/// The court's name field's id (shown for a district court).
pub const COURT: &str = "escalation-court";

/// A new escalation as typed.
#[derive(Debug)]
struct Draft {
    body: EscalationBody,
    reference: String,
    /// The district court's name, asked for when the body is a court.
    court: String,
    received: String,
    due: String,
    claims: text_editor::Content,
    amount: String,
}

/// The section's state.
#[derive(Debug, Default)]
pub struct Section {
    draft: Option<Draft>,
    decisions: Vec<(EscalationId, EscalationDecision, String)>,
    problems: Vec<Problem>,
    notice: Option<String>,
}

/// What happens in the section.
#[derive(Debug, Clone)]
pub enum Message {
    New,
    Body(EscalationBody),
    Reference(String),
    Court(String),
    Received(String),
    Due(String),
    Claims(text_editor::Action),
    Amount(String),
    Save,
    Cancel,
    Decision(EscalationId, EscalationDecision),
    DecidedOn(EscalationId, String),
    SaveDecision(EscalationId),
}

/// What the case screen does next.
pub enum Effect {
    None,
    /// Something was saved: reload the case.
    Saved,
}

impl Section {
    /// True when a new escalation is being typed.
    pub fn has_draft(&self) -> bool {
        self.draft.is_some()
    }

    pub fn update(
        &mut self,
        message: Message,
        case: klagomal_core::domain::CaseId,
        session: &mut Session,
    ) -> Effect {
        self.notice = None;
        let today = session.store.today();
        match message {
            Message::New => {
                self.draft = Some(Draft {
                    body: EscalationBody::Arn,
                    reference: String::new(),
                    court: String::new(),
                    received: today.to_string(),
                    due: String::new(),
                    claims: text_editor::Content::new(),
                    amount: String::new(),
                });
            }
            Message::Cancel => {
                self.draft = None;
                self.problems.clear();
            }
            Message::Save => return self.save(case, session),
            Message::Decision(row, decision) => self.decision(row).1 = decision,
            Message::DecidedOn(row, date) => self.decision(row).2 = date,
            Message::SaveDecision(row) => return self.save_decision(case, row, session),
            edit => self.edit(edit),
        }
        Effect::None
    }

    fn edit(&mut self, message: Message) {
        let Some(d) = &mut self.draft else { return };
        match message {
            Message::Body(b) => d.body = b,
            Message::Reference(v) => d.reference = v,
            Message::Court(v) => d.court = v,
            Message::Received(v) => d.received = v,
            Message::Due(v) => d.due = v,
            Message::Claims(a) => d.claims.perform(a),
            Message::Amount(v) => d.amount = v,
            _ => {}
        }
    }

    fn decision(&mut self, row: EscalationId) -> &mut (EscalationId, EscalationDecision, String) {
        if let Some(i) = self.decisions.iter().position(|(r, ..)| *r == row) {
            return &mut self.decisions[i];
        }
        self.decisions
            .push((row, EscalationDecision::Rejected, String::new()));
        let last = self.decisions.len() - 1;
        &mut self.decisions[last]
    }

    fn save(&mut self, case: klagomal_core::domain::CaseId, session: &mut Session) -> Effect {
        let Some(d) = &self.draft else {
            return Effect::None;
        };
        let Some(escalation) = parse(d, session.store.today(), &mut self.problems) else {
            return Effect::None;
        };
        match session.store.escalate(case, escalation) {
            Ok(_) => {
                self.draft = None;
                self.problems.clear();
                Effect::Saved
            }
            Err(klagomal_core::store::StoreError::Invalid(problems)) => {
                self.problems = problems;
                Effect::None
            }
            Err(e) => {
                self.notice = Some(describe::store_error(&LOADER, &e));
                Effect::None
            }
        }
    }

    fn save_decision(
        &mut self,
        case: klagomal_core::domain::CaseId,
        row: EscalationId,
        session: &mut Session,
    ) -> Effect {
        let (_, decision, date) = self.decision(row).clone();
        let date = if date.trim().is_empty() {
            Some(session.store.today())
        } else {
            date.trim().parse().ok()
        };
        let Some(decided_on) = date else {
            self.notice = Some(fl!("problem-date"));
            return Effect::None;
        };
        let current = session
            .store
            .escalations(case)
            .ok()
            .and_then(|list| list.into_iter().find(|(r, _)| *r == row));
        let Some((_, record)) = current else {
            return Effect::None;
        };
        let updated = Escalation {
            decision: Some(decision),
            decided_on: Some(decided_on),
            ..record
        };
        match session.store.update_escalation(case, row, updated) {
            Ok(()) => Effect::Saved,
            Err(e) => {
                self.notice = Some(describe::store_error(&LOADER, &e));
                Effect::None
            }
        }
    }

    /// Draws the section: the escalations of the case and, when asked for, the form for a new one.
    pub fn view<'a>(
        &'a self,
        escalations: &'a [(EscalationId, Escalation)],
    ) -> Element<'a, Message> {
        let mut col = column![]
            .spacing(style::space::M)
            .max_width(style::FORM_WIDTH);
        if escalations.is_empty() && self.draft.is_none() {
            col = col.push(text(fl!("escalation-none")).style(style::muted));
        }
        for (row, e) in escalations {
            col = col.push(
                container(self.record(*row, e))
                    .padding(style::space::M)
                    .width(Length::Fill)
                    .style(style::card),
            );
        }
        col = match &self.draft {
            Some(d) => col.push(self.form(d)),
            None => col.push(button(text(fl!("escalation-new"))).on_press(Message::New)),
        };
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::error_text));
        }
        col.into()
    }

    fn record<'a>(&'a self, row: EscalationId, e: &'a Escalation) -> Element<'a, Message> {
        let date = |d: Option<NaiveDate>| {
            d.map(|d| d.to_string())
                .unwrap_or_else(|| fl!("value-none"))
        };
        let mut col = column![
            text(format!(
                "{} {}",
                match e.court.trim() {
                    "" => label("escalation-body", e.body.code()),
                    court => court.to_owned(),
                },
                e.reference
            ))
            .font(style::BOLD),
            text(fl!(
                "escalation-dates",
                received = e.received_on.to_string(),
                due = date(e.statement_due)
            ))
            .size(style::size::LABEL),
        ]
        .spacing(style::space::XS);
        for claim in &e.claims {
            col = col.push(text(format!("• {claim}")).size(style::size::LABEL));
        }
        if let Some(amount) = e.amount_claimed {
            col = col.push(
                text(fl!("escalation-amount", amount = amount.to_string()))
                    .size(style::size::LABEL),
            );
        }
        match e.decision {
            Some(d) => col.push(text(fl!(
                "escalation-decided",
                decision = label("escalation-decision", d.code()),
                date = date(e.decided_on)
            ))),
            None => col.push(self.decision_row(row)),
        }
        .into()
    }

    fn decision_row(&self, row: EscalationId) -> Element<'_, Message> {
        let decisions = Choice::all(EscalationDecision::ALL, |d| {
            label("escalation-decision", d.code())
        });
        let (current, date) = self
            .decisions
            .iter()
            .find(|(r, ..)| *r == row)
            .map_or((None, ""), |(_, d, s)| (Some(*d), s.as_str()));
        row![
            text(fl!("escalation-decision")).size(style::size::LABEL),
            pick_list(
                decisions.clone(),
                current.and_then(|d| Choice::find(&decisions, d)),
                move |c: Choice<EscalationDecision>| Message::Decision(row, c.value)
            ),
            text_input(&fl!("escalation-decided-on"), date)
                .on_input(move |v| Message::DecidedOn(row, v))
                .width(style::dim::DATE_FIELD)
                .padding(style::space::XS),
            button(text(fl!("action-save")))
                .style(style::secondary)
                .on_press_maybe(current.map(|_| Message::SaveDecision(row))),
        ]
        .spacing(style::space::S)
        .align_y(iced::Alignment::Center)
        .into()
    }

    fn form<'a>(&'a self, d: &'a Draft) -> Element<'a, Message> {
        let bodies = Choice::all(EscalationBody::ALL, |b| label("escalation-body", b.code()));
        let field = |title: String, value: &'a str, on: fn(String) -> Message| {
            column![
                text(title).size(style::size::LABEL),
                text_input("", value).on_input(on).padding(style::space::S)
            ]
            .spacing(style::space::XS)
            .width(Length::Fill)
        };
        let court = d.body == EscalationBody::DistrictCourt;
        let reference_label = if court {
            fl!("escalation-court-case")
        } else {
            fl!("escalation-reference")
        };
        let mut col = Column::new()
            .spacing(style::space::S)
            .push(
                text(fl!("escalation-new"))
                    .size(style::size::HEADING)
                    .font(style::BOLD),
            )
            .push(pick_list(
                bodies.clone(),
                Choice::find(&bodies, d.body),
                |c: Choice<EscalationBody>| Message::Body(c.value),
            ));
        if court {
            col = col.push(
                column![
                    text(fl!("escalation-court")).size(style::size::LABEL),
                    text_input("", &d.court)
                        .id(COURT)
                        .on_input(Message::Court)
                        .padding(style::space::S)
                ]
                .spacing(style::space::XS),
            );
        }
        col = col
            .push(
                row![
                    column![
                        text(reference_label).size(style::size::LABEL),
                        text_input("", &d.reference)
                            .id(REFERENCE)
                            .on_input(Message::Reference)
                            .padding(style::space::S)
                    ]
                    .spacing(style::space::XS)
                    .width(Length::Fill),
                    field(
                        fl!("field-escalation-received"),
                        &d.received,
                        Message::Received
                    ),
                ]
                .spacing(style::space::M),
            )
            .push(
                row![
                    field(fl!("field-statement-due"), &d.due, Message::Due),
                    field(fl!("field-amount-claimed"), &d.amount, Message::Amount)
                ]
                .spacing(style::space::M),
            )
            .push(text(fl!("escalation-claims")).size(style::size::LABEL))
            .push(
                text_editor(&d.claims)
                    .on_action(Message::Claims)
                    .height(style::dim::EDITOR)
                    .padding(style::space::S),
            );
        for p in &self.problems {
            col = col.push(
                text(describe::problem(&LOADER, p))
                    .size(style::size::SMALL)
                    .style(style::error_text),
            );
        }
        col.push(
            row![
                button(text(fl!("action-save"))).on_press(Message::Save),
                button(text(fl!("action-cancel")))
                    .style(style::flat(false))
                    .on_press(Message::Cancel),
            ]
            .spacing(style::space::M),
        )
        .into()
    }
}

/// The record the form describes, or `None` with its problems filled in.
fn parse(d: &Draft, today: NaiveDate, problems: &mut Vec<Problem>) -> Option<Escalation> {
    use klagomal_core::domain::{Field, ProblemKind};
    problems.clear();
    let date = |text: &str, field, problems: &mut Vec<Problem>| match text.trim() {
        "" => None,
        t => t
            .parse::<NaiveDate>()
            .map_err(|_| problems.push(Problem::new(field, ProblemKind::Date)))
            .ok(),
    };
    let received = date(&d.received, Field::EscalationReceived, problems).unwrap_or(today);
    let due = date(&d.due, Field::StatementDue, problems);
    let amount = match d.amount.trim() {
        "" => None,
        t => Money::parse_kr(t)
            .map_err(|p| problems.push(Problem::new(Field::AmountClaimed, ProblemKind::Money(p))))
            .ok(),
    };
    if !problems.is_empty() {
        return None;
    }
    Some(Escalation {
        reference: d.reference.trim().to_owned(),
        court: d.court.trim().to_owned(),
        statement_due: due,
        claims: d
            .claims
            .text()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        amount_claimed: amount,
        ..Escalation::new(d.body, received)
    })
}
