//! Drawing the officers part: the list with roles and removal, the form to add an officer, and
//! one's own new passphrase.

use iced::widget::{Column, button, checkbox, column, row, text, text_input};
use iced::{Alignment, Element, Length};

use super::{ADD, MY_PASSPHRASE, Message, NEW_NAME, Officers};
use crate::ui::{Session, style};
use klagomal_core::domain::{Officer, Role};
use klagomal_core::fl;
use klagomal_core::i18n::label;

impl Officers {
    /// The words after the last change, in the part it concerned.
    fn outcome_in(&self, mine: bool) -> Option<Element<'_, Message>> {
        let outcome = self.outcome.as_ref().filter(|o| o.mine == mine)?;
        let style = match outcome.failed {
            true => style::error_text,
            false => style::success_text,
        };
        Some(text(outcome.text.as_str()).style(style).into())
    }

    /// The administrator's part: the officers with their roles, and a form to add one.
    pub fn view_officers<'a>(&'a self, session: &'a Session) -> Element<'a, Message> {
        let mut list = Column::new().spacing(style::space::S);
        for officer in &session.officers {
            list = list.push(self.officer_row(session, officer));
            if self.confirm_remove == Some(officer.id) {
                list = list.push(self.confirmation(officer));
            }
        }
        let mut add =
            button(text(fl!("settings-officer-add"))).padding([style::space::S, style::space::L]);
        if !self.busy && self.add_refusal().is_none() {
            add = add.on_press(Message::Add);
        }
        let mut roles = row![].spacing(style::space::M);
        for role in Role::ALL {
            roles = roles.push(
                checkbox(self.roles.contains(role))
                    .label(label("role", role.code()))
                    .on_toggle(|on| Message::Role(*role, on)),
            );
        }
        let form = column![
            text(fl!("settings-officer-new")).font(style::BOLD),
            row![
                field(fl!("settings-officer-new-name"), &self.name, Message::Name).id(NEW_NAME),
                field(
                    fl!("settings-officer-new-title"),
                    &self.title,
                    Message::Title
                ),
            ]
            .spacing(style::space::M),
            roles,
            row![
                field(
                    fl!("settings-officer-new-passphrase"),
                    &self.passphrase,
                    Message::Passphrase
                )
                .secure(true),
                field(fl!("first-run-repeat"), &self.repeat, Message::Repeat).secure(true),
            ]
            .spacing(style::space::M),
            hint(
                self.add_refusal().filter(|_| !self.passphrase.is_empty()),
                fl!("settings-officer-new-hint")
            ),
            iced::widget::container(add).id(ADD),
        ]
        .spacing(style::space::S)
        .push(self.outcome_in(false));
        column![
            heading(fl!("settings-officers")),
            text(fl!("settings-officers-help"))
                .size(style::size::SMALL)
                .style(style::muted),
            list,
            form,
        ]
        .spacing(style::space::S)
        .into()
    }

    fn officer_row<'a>(&'a self, session: &'a Session, o: &'a Officer) -> Element<'a, Message> {
        let me = o.id == session.store.actor();
        let mut name = column![text(o.name.as_str())].width(Length::FillPortion(2));
        if !o.title.is_empty() {
            name = name.push(
                text(o.title.as_str())
                    .size(style::size::SMALL)
                    .style(style::muted),
            );
        }
        if o.active && !self.signing_in.contains(&o.id) {
            let note = text(fl!("settings-officer-no-sign-in"));
            name = name.push(note.size(style::size::SMALL).style(style::warning_text));
        }
        if !o.active {
            return row![
                name,
                text(fl!("settings-officer-inactive")).style(style::muted)
            ]
            .spacing(style::space::M)
            .into();
        }
        let mut line = row![name]
            .spacing(style::space::M)
            .align_y(Alignment::Center);
        for role in Role::ALL {
            let mut check = checkbox(o.roles.contains(role)).label(label("role", role.code()));
            if !self.busy {
                check = check.on_toggle(move |on| Message::SetRole(o.id, *role, on));
            }
            line = line.push(check);
        }
        // Nobody removes themselves: on their own row the button is muted and does nothing
        // (kept, so that the columns stay aligned).
        let label = text(fl!("settings-officer-remove"));
        let remove = match me {
            true => button(label.style(style::muted)).style(style::flat(false)),
            false => {
                let b = button(label).style(style::flat(false));
                if self.busy {
                    b
                } else {
                    b.on_press(Message::Remove(o.id))
                }
            }
        };
        line.push(remove).into()
    }

    fn confirmation<'a>(&'a self, o: &'a Officer) -> Element<'a, Message> {
        row![
            text(fl!(
                "settings-officer-remove-confirm",
                name = o.name.as_str()
            ))
            .style(style::error_text)
            .width(Length::Fill),
            button(text(fl!("settings-officer-remove"))).on_press(Message::ConfirmRemove),
            button(text(fl!("action-cancel")))
                .style(style::flat(false))
                .on_press(Message::CancelRemove),
        ]
        .spacing(style::space::M)
        .align_y(Alignment::Center)
        .into()
    }

    /// Everyone's part: a new passphrase for oneself, and what the last change said.
    pub fn view_mine(&self) -> Element<'_, Message> {
        let mut change = button(text(fl!("settings-passphrase-change")));
        if !self.busy && self.mine_refusal().is_none() {
            change = change.on_press(Message::ChangeMine);
        }
        let mut part = column![
            heading(fl!("settings-passphrase")),
            row![
                field(fl!("settings-passphrase-new"), &self.mine, Message::Mine)
                    .id(MY_PASSPHRASE)
                    .secure(true),
                field(
                    fl!("first-run-repeat"),
                    &self.mine_repeat,
                    Message::MineRepeat
                )
                .secure(true),
            ]
            .spacing(style::space::M),
            hint(
                self.mine_refusal().filter(|_| !self.mine.is_empty()),
                fl!("settings-passphrase-hint")
            ),
            change,
        ]
        .spacing(style::space::S);
        if self.busy {
            part = part.push(text(fl!("settings-officers-busy")).style(style::muted));
        }
        part.push(self.outcome_in(true)).into()
    }
}

fn hint<'a>(refusal: Option<String>, ready: String) -> Element<'a, Message> {
    text(refusal.unwrap_or(ready))
        .size(style::size::SMALL)
        .style(style::muted)
        .into()
}

fn heading<'a>(title: String) -> Element<'a, Message> {
    text(title)
        .size(style::size::HEADING)
        .font(style::BOLD)
        .into()
}

fn field<'a>(
    placeholder: String,
    value: &str,
    on_input: fn(String) -> Message,
) -> iced::widget::TextInput<'a, Message> {
    text_input(&placeholder, value)
        .on_input(on_input)
        .padding(style::space::S)
        .width(Length::Fill)
}
