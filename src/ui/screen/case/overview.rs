//! The overview tab: every fact of the case (or the form to edit them), what an imported
//! e-mail suggested, and what is still missing.

use iced::widget::{Column, button, column, container, row, text};
use iced::{Element, Length};

use super::{Message, State};
use crate::ui::{Session, style};
use klagomal_core::export::present::{IdNumbers, Part, Presenter, Section};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};

/// The button to everything about the complainant (the person view).
pub const SHOW_PERSON: &str = "case-show-person";

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
        let presenter = Presenter {
            loader: &LOADER,
            case: &self.case,
            settings: &session.settings,
            officers: &session.officers,
            ids: IdNumbers::Full,
        };
        // The header above the tabs shows the deadlines already.
        let sections = presenter
            .sections()
            .into_iter()
            .filter(|s| s.key != "show-deadlines");
        let mut facts = column![self.intake_notes()].spacing(style::space::M);
        for s in sections {
            let parties = s.key == "summary-section-parties";
            facts = facts.push(section(s));
            if parties {
                // Everything about the complainant across cases, next to who they are.
                facts = facts.push(
                    container(
                        button(text(fl!("case-show-person")))
                            .style(style::secondary)
                            .on_press_maybe(self.person_query().map(|_| Message::ShowPerson)),
                    )
                    .id(SHOW_PERSON),
                );
            }
        }
        facts
            .push(button(text(fl!("action-edit"))).on_press(Message::Edit))
            .max_width(style::FORM_WIDTH)
            .into()
    }

    /// What an imported mail suggested (the kind and the category, each with the words that
    /// pointed to it), and the information the case still lacks.
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
            if let (Some(category), Some(phrase)) = (s.category, &s.category_phrase) {
                let line = fl!(
                    "case-suggestion-category",
                    category = label("category", category.code()),
                    phrase = phrase.as_str()
                );
                col = col.push(text(line).style(style::muted));
            }
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

/// A section of the case: its heading, then its rows beside their names, its lists and its
/// text (in a card, as written).
fn section<'a>(section: Section) -> Element<'a, Message> {
    let mut col = column![text(section.title).font(style::BOLD)].spacing(style::space::XS);
    for part in section.parts {
        let element: Element<'a, Message> = match part {
            Part::Rows(rows) => Column::with_children(rows.into_iter().map(|r| {
                row![
                    text(r.label)
                        .width(style::dim::LABEL_COLUMN)
                        .style(style::muted),
                    text(r.value)
                ]
                .spacing(style::space::M)
                .into()
            }))
            .spacing(style::space::XS)
            .into(),
            Part::List(items) => {
                Column::with_children(items.into_iter().map(|i| text(format!("• {i}")).into()))
                    .spacing(style::space::XS)
                    .into()
            }
            Part::Text(body) => container(text(body))
                .padding(style::space::M)
                .width(Length::Fill)
                .style(style::card)
                .into(),
        };
        col = col.push(element);
    }
    col.into()
}
