//! Settings for letters: the templates (edited text kept in the store, with the default one
//! click away), the envelope window's position, and a calibration page to check it.

use crate::describe;
use iced::widget::{button, column, row, text, text_editor, text_input};
use iced::{Element, Length};
use klagomal_core::i18n::LOADER;

use crate::ui::{Session, letter_choices, style};
use klagomal_core::domain::{Language, LetterKind};
use klagomal_core::fl;
use klagomal_core::letters::issuing;

/// The template editor's id.
pub const TEMPLATE: &str = "settings-template";

/// The letters part of the settings screen.
#[derive(Debug)]
pub struct Letters {
    kind: LetterKind,
    language: Language,
    source: text_editor::Content,
    custom: bool,
    left_mm: String,
    top_mm: String,
    notice: Option<String>,
}

/// What happens in the letters part.
#[derive(Debug, Clone)]
pub enum Message {
    Kind(LetterKind),
    Language(Language),
    Edit(text_editor::Action),
    SaveTemplate,
    RestoreDefault,
    Left(String),
    Top(String),
    SaveWindow,
    Calibration,
}

impl Letters {
    /// The editor on the first template, in the interface language.
    pub fn new(session: &Session) -> Letters {
        let w = session.settings.envelope_window;
        let mut letters = Letters {
            kind: LetterKind::Acknowledgement,
            language: session.settings.language,
            source: text_editor::Content::new(),
            custom: false,
            left_mm: w.left_mm.to_string(),
            top_mm: w.top_mm.to_string(),
            notice: None,
        };
        letters.load(session);
        letters
    }

    fn load(&mut self, session: &Session) {
        self.custom = matches!(
            session.store.custom_template(self.kind, self.language),
            Ok(Some(_))
        );
        match issuing::template_source(&session.store, self.kind, self.language) {
            Ok(source) => self.source = text_editor::Content::with_text(&source),
            Err(e) => self.notice = Some(describe::issue_error(&LOADER, &e)),
        }
    }

    pub fn update(&mut self, message: Message, session: &mut Session) {
        self.notice = None;
        match message {
            Message::Kind(kind) => {
                self.kind = kind;
                self.load(session);
            }
            Message::Language(language) => {
                self.language = language;
                self.load(session);
            }
            Message::Edit(action) => self.source.perform(action),
            Message::SaveTemplate => self.save_template(session),
            Message::RestoreDefault => {
                let result = session
                    .store
                    .set_custom_template(self.kind, self.language, None);
                self.notice = Some(result.map_or_else(
                    |e| describe::store_error(&LOADER, &e),
                    |()| fl!("settings-template-restored"),
                ));
                self.load(session);
            }
            Message::Left(v) => self.left_mm = v,
            Message::Top(v) => self.top_mm = v,
            Message::SaveWindow => self.save_window(session),
            Message::Calibration => self.calibration(session),
        }
    }

    /// Saves the text only if it renders: a syntax error or an unknown field is shown with its line.
    fn save_template(&mut self, session: &mut Session) {
        let source = self.source.text();
        if let Err(e) = klagomal_core::letters::check(&source, self.kind, self.language) {
            self.notice = Some(fl!(
                "settings-template-refused",
                problem = describe::template_problem(&LOADER, &e)
            ));
            return;
        }
        let result = session
            .store
            .set_custom_template(self.kind, self.language, Some(&source));
        self.custom = result.is_ok();
        self.notice = Some(result.map_or_else(
            |e| describe::store_error(&LOADER, &e),
            |()| fl!("settings-template-saved"),
        ));
    }

    fn save_window(&mut self, session: &mut Session) {
        let (Ok(left), Ok(top)) = (
            self.left_mm.trim().parse::<u32>(),
            self.top_mm.trim().parse::<u32>(),
        ) else {
            self.notice = Some(fl!("settings-number-range", min = 0, max = 150));
            return;
        };
        if left > 150 || top > 150 {
            self.notice = Some(fl!("settings-number-range", min = 0, max = 150));
            return;
        }
        session.settings.envelope_window = klagomal_core::domain::EnvelopeWindow {
            left_mm: left,
            top_mm: top,
        };
        let result = session.store.save_settings(&session.settings);
        self.notice = Some(result.map_or_else(
            |e| describe::store_error(&LOADER, &e),
            |()| fl!("settings-saved"),
        ));
    }

    /// Writes the calibration page and opens it in the system's PDF viewer, to print from there.
    fn calibration(&mut self, session: &Session) {
        let language = session.settings.language;
        let sender = klagomal_core::letters::sender(&session.settings, None);
        let pdf = klagomal_core::letters::pdf::calibration_pdf(
            &klagomal_core::letters::window(&session.settings),
            &klagomal_core::letters::labels(language),
            &sender,
        );
        self.notice = Some(match pdf {
            Ok(bytes) => crate::ui::show_in_viewer("kalibrering.pdf", &bytes)
                .unwrap_or_else(|| fl!("settings-calibration-opened")),
            Err(e) => fl!("error-pdf", detail = e.to_string()),
        });
    }

    /// Draws the letters part.
    pub fn view(&self) -> Element<'_, Message> {
        let state = if self.custom {
            fl!("settings-template-custom")
        } else {
            fl!("settings-template-default")
        };
        let mut col = column![
            text(fl!("settings-letters"))
                .size(style::size::HEADING)
                .font(style::BOLD),
            letter_choices(self.kind, self.language, Message::Kind, Message::Language)
                .push(text(state).style(style::muted))
                .align_y(iced::Alignment::Center),
            text(fl!("settings-template-help"))
                .size(style::size::SMALL)
                .style(style::muted),
            text_editor(&self.source)
                .id(TEMPLATE)
                .on_action(Message::Edit)
                .height(style::dim::EDITOR_TALL)
                .padding(style::space::S),
            row![
                button(text(fl!("settings-template-save"))).on_press(Message::SaveTemplate),
                button(text(fl!("settings-template-restore")))
                    .style(style::secondary)
                    .on_press_maybe(self.custom.then_some(Message::RestoreDefault)),
            ]
            .spacing(style::space::S),
            text(fl!("settings-envelope")).size(style::size::LABEL),
            row![
                text(fl!("settings-envelope-left")).width(Length::Fill),
                text_input("", &self.left_mm)
                    .on_input(Message::Left)
                    .width(style::dim::NUMBER_FIELD)
                    .padding(style::space::S),
                text(fl!("settings-envelope-top")).width(Length::Fill),
                text_input("", &self.top_mm)
                    .on_input(Message::Top)
                    .width(style::dim::NUMBER_FIELD)
                    .padding(style::space::S),
                button(text(fl!("action-save")))
                    .style(style::secondary)
                    .on_press(Message::SaveWindow),
            ]
            .spacing(style::space::S)
            .align_y(iced::Alignment::Center),
            button(text(fl!("settings-calibration")))
                .style(style::secondary)
                .on_press(Message::Calibration),
        ]
        .spacing(style::space::S);
        if let Some(notice) = &self.notice {
            col = col.push(text(notice.as_str()).style(style::muted));
        }
        col.into()
    }
}
