//! The overview tab: every fact of the case (or the form to edit them), what an imported
//! e-mail suggested, and what is still missing.

use iced::widget::{Column, button, column, container, row, text};
use iced::{Element, Length};

use super::{Message, State};
use crate::ui::{Session, style};
use klagomal_core::fl;
use klagomal_core::i18n::label;

impl State {
    pub(super) fn overview<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        if let Some(form) = &self.edit {
            let buttons = row![
                button(text(fl!("action-save"))).on_press(Message::SaveEdit),
                button(text(fl!("action-cancel")))
                    .style(style::flat(false))
                    .on_press(Message::CancelEdit),
            ]
            .spacing(style::space::M);
            return column![form.view().map(Message::Form), buttons]
                .spacing(style::space::L)
                .into();
        }
        let d = &self.case.details;
        let c = &d.complainant;
        let none = || fl!("value-none");
        let or_none = |s: &str| {
            if s.trim().is_empty() {
                none()
            } else {
                s.to_owned()
            }
        };
        let address = [
            c.address.street.clone(),
            format!("{} {}", c.address.postal_code, c.address.city),
            c.address.country.clone(),
        ]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
        let facts: Vec<(String, String)> = vec![
            (
                fl!("show-received"),
                d.received_at.format("%Y-%m-%d %H:%M").to_string(),
            ),
            (fl!("show-channel"), label("channel", d.channel.code())),
            (
                fl!("show-category"),
                d.category
                    .map(|x| label("category", x.code()))
                    .unwrap_or_else(none),
            ),
            (
                fl!("show-outcome"),
                self.case
                    .outcome
                    .map(|o| label("outcome", o.code()))
                    .unwrap_or_else(none),
            ),
            (fl!("show-complainant"), or_none(&c.name)),
            (
                fl!("show-id-number"),
                c.id_number.as_ref().map(|i| i.short()).unwrap_or_else(none),
            ),
            (fl!("show-address"), or_none(&address)),
            (fl!("show-email"), or_none(&c.email)),
            (fl!("show-phone"), or_none(&c.phone)),
            (fl!("show-language"), label("language", c.language.code())),
            (
                fl!("show-representative"),
                d.representative
                    .as_ref()
                    .map(|r| r.name.clone())
                    .unwrap_or_else(none),
            ),
            (
                fl!("show-debt-cases"),
                or_none(&d.debt_case_numbers.join(", ")),
            ),
            (fl!("show-creditor"), or_none(&d.creditor)),
            (
                fl!("show-amount"),
                d.amount_in_dispute
                    .map(|m| m.to_string())
                    .unwrap_or_else(none),
            ),
            (fl!("show-remedy"), or_none(&d.requested_remedy)),
            (
                fl!("show-first-complaint"),
                d.first_complaint().format("%Y-%m-%d").to_string(),
            ),
        ];
        let mut grid = Column::new().spacing(style::space::XS);
        for (k, v) in facts {
            grid = grid.push(
                row![
                    text(k).width(style::dim::LABEL_COLUMN).style(style::muted),
                    text(v)
                ]
                .spacing(style::space::M),
            );
        }
        let _ = session;
        column![
            self.intake_notes(),
            grid,
            text(fl!("show-description")).style(style::muted),
            container(text(d.description.as_str()))
                .padding(style::space::M)
                .width(Length::Fill)
                .style(style::card),
            button(text(fl!("action-edit"))).on_press(Message::Edit),
        ]
        .spacing(style::space::M)
        .max_width(style::FORM_WIDTH)
        .into()
    }

    /// What an imported mail suggested, and the information the case still lacks.
    fn intake_notes(&self) -> Element<'_, Message> {
        let d = &self.case.details;
        let mut col = Column::new().spacing(style::space::XS);
        if let Some(s) = &d.suggestion {
            let kind = label("kind", s.kind.code());
            let line = match &s.phrase {
                Some(phrase) => fl!(
                    "case-suggestion-phrase",
                    kind = kind,
                    phrase = phrase.as_str()
                ),
                None => fl!("case-suggestion", kind = kind),
            };
            col = col.push(text(line).style(style::muted));
        }
        let missing: Vec<String> = d
            .missing_information()
            .iter()
            .map(|m| label("missing-short", m.code()))
            .collect();
        if !missing.is_empty() {
            col = col.push(
                text(fl!("case-missing", items = missing.join(", "))).style(style::warning_text),
            );
        }
        col.into()
    }
}
