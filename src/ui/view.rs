//! Drawing the window: the top bar, an error banner, and the current screen.

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};

use super::{App, Message, Screen, Session, style};
use klagomal_core::fl;

/// The top bar's button to the person view.
pub const TOP_PEOPLE: &str = "top-people";

impl App {
    pub(super) fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.screen {
            Screen::FirstRun(s) => s.view().map(Message::FirstRun),
            Screen::Unlock(s) => s.view().map(Message::Unlock),
            Screen::Inbox(s) => self.with_session(|session| s.view(session).map(Message::Inbox)),
            Screen::NewCase(s) => {
                self.with_session(|session| s.view(session).map(Message::NewCase))
            }
            Screen::Case(s) => self.with_session(|session| s.view(session).map(Message::Case)),
            Screen::Settings(s) => {
                self.with_session(|session| s.view(session).map(Message::Settings))
            }
            Screen::Import(s) => s.view().map(Message::Import),
            Screen::Person(s) => self.with_session(|session| s.view(session).map(Message::Person)),
        };
        let mut page = column![];
        if self.session.is_some() {
            page = page.push(self.top_bar());
        }
        if let Some(error) = &self.error {
            page = page.push(error_banner(error));
        }
        page.push(body).into()
    }

    fn with_session<'a>(
        &'a self,
        f: impl FnOnce(&'a Session) -> Element<'a, Message>,
    ) -> Element<'a, Message> {
        match &self.session {
            Some(session) => f(session),
            None => column![].into(),
        }
    }

    fn top_bar(&self) -> Element<'_, Message> {
        let name = self
            .session
            .as_ref()
            .map(|s| s.officer_name(s.store.actor()))
            .unwrap_or_default();
        let bar = row![
            text(fl!("app-name")).size(style::size::HEADING),
            iced::widget::space::horizontal(),
            text(name).style(style::muted),
            container(
                button(text(fl!("top-people")))
                    .on_press(Message::OpenPeople)
                    .style(style::flat(matches!(self.screen, Screen::Person(_))))
            )
            .id(TOP_PEOPLE),
            button(text(fl!("top-settings")))
                .on_press(Message::OpenSettings)
                .style(style::flat(false)),
            button(text(fl!("top-lock"))).on_press(Message::Lock),
        ]
        .spacing(style::space::M)
        .align_y(iced::Alignment::Center);
        container(bar)
            .padding([style::space::S, style::space::L])
            .width(Length::Fill)
            .style(style::top_bar)
            .into()
    }
}

fn error_banner(message: &str) -> Element<'_, Message> {
    let content = row![
        text(message).width(Length::Fill),
        button(text(fl!("action-dismiss")))
            .on_press(Message::DismissError)
            .style(style::flat(false)),
    ]
    .spacing(style::space::M)
    .align_y(iced::Alignment::Center);
    container(content)
        .padding(style::space::M)
        .width(Length::Fill)
        .style(style::error_banner)
        .into()
}
