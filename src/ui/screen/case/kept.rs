//! The letters kept on a case: open, save as or print any of them, on the printer and with the
//! number of copies the officer chooses.

use crate::describe;
use klagomal_core::i18n::LOADER;
use std::path::PathBuf;

use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Element, Length, Task};

use crate::ui::{Session, style};
use klagomal_core::domain::{Case, Letter, LetterId};
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::letters::print::Printer;

/// The print options, remembered while the case is open.
#[derive(Debug)]
pub struct Kept {
    printers: Vec<Printer>,
    printer: Option<String>,
    copies: String,
}

/// What happens to a kept letter.
#[derive(Debug, Clone)]
pub enum Message {
    SaveAs(LetterId),
    SaveTo(LetterId, Option<PathBuf>),
    Open(LetterId),
    Print(LetterId),
    Printer(String),
    Copies(String),
}

/// What the composer does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// Something to tell the officer, already translated.
    Notice(String),
}

impl Default for Kept {
    fn default() -> Self {
        Kept {
            printers: Vec::new(),
            printer: None,
            copies: "1".to_owned(),
        }
    }
}

impl Kept {
    pub fn update(&mut self, message: Message, case: &Case, session: &Session) -> Effect {
        let notice = match message {
            Message::SaveAs(id) => {
                return Effect::Run(Task::perform(
                    crate::ui::files::save_as(file_name(case, id, session), ("PDF", &["pdf"])),
                    move |p| Message::SaveTo(id, p),
                ));
            }
            Message::SaveTo(id, Some(path)) => Some(save_to(id, &path, session)),
            Message::SaveTo(_, None) => None,
            Message::Open(id) => open(id, case, session),
            Message::Print(id) => Some(self.print(id, case, session)),
            Message::Printer(name) => {
                self.printer = Some(name);
                None
            }
            Message::Copies(n) => {
                self.copies = n;
                None
            }
        };
        notice.map_or(Effect::None, Effect::Notice)
    }

    /// Prints on the chosen printer (the system's default first); with no printer, says so and
    /// points to Save as and Open.
    fn print(&mut self, id: LetterId, case: &Case, session: &Session) -> String {
        if self.printers.is_empty() {
            match klagomal_core::letters::print::printers() {
                Ok(printers) => {
                    self.printer = printers.first().map(|p| p.name.clone());
                    self.printers = printers;
                }
                Err(e) => return describe::print_error(&LOADER, &e),
            }
        }
        let name = file_name(case, id, session);
        let result = session
            .store
            .letter_pdf(id)
            .and_then(|bytes| Ok(klagomal_core::paths::write_for_viewer(&name, &bytes)?));
        match result {
            Ok(path) => match klagomal_core::letters::print::print_file(
                &path,
                self.printer.as_deref(),
                self.copies.trim().parse().unwrap_or(1).clamp(1, 99),
            ) {
                Ok(job) => fl!("letter-printed", job = job),
                Err(e) => describe::print_error(&LOADER, &e),
            },
            Err(e) => describe::store_error(&LOADER, &e),
        }
    }

    /// The letters kept on the case, with their actions.
    pub fn view<'a>(&'a self, letters: &'a [Letter]) -> Element<'a, Message> {
        let mut col = column![
            text(fl!("letter-kept"))
                .size(style::size::HEADING)
                .font(style::BOLD)
        ]
        .spacing(style::space::S);
        if letters.is_empty() {
            col = col.push(text(fl!("letter-none")).style(style::muted));
        }
        let mut print_options = row![
            text(fl!("letter-copies")).size(style::size::LABEL),
            text_input("1", &self.copies)
                .on_input(Message::Copies)
                .width(style::dim::COUNT_FIELD)
                .padding(style::space::XS)
        ]
        .spacing(style::space::S)
        .align_y(iced::Alignment::Center);
        if self.printers.len() > 1 {
            let names: Vec<String> = self.printers.iter().map(|p| p.name.clone()).collect();
            print_options =
                print_options.push(pick_list(names, self.printer.clone(), Message::Printer));
        }
        if !letters.is_empty() {
            col = col.push(print_options);
        }
        for l in letters.iter().rev() {
            let title = format!(
                "{} · {} · {}",
                l.date,
                label("letter-kind", l.kind.code()),
                label("language", l.language.code())
            );
            col = col.push(
                row![
                    text(title).width(Length::Fill),
                    button(text(fl!("letter-open")))
                        .style(style::secondary)
                        .on_press(Message::Open(l.id)),
                    button(text(fl!("letter-save-as")))
                        .style(style::secondary)
                        .on_press(Message::SaveAs(l.id)),
                    button(text(fl!("letter-print")))
                        .style(style::secondary)
                        .on_press(Message::Print(l.id)),
                ]
                .spacing(style::space::S)
                .align_y(iced::Alignment::Center),
            );
        }
        col.into()
    }
}

/// Writes a kept letter to `path`.
fn save_to(id: LetterId, path: &std::path::Path, session: &Session) -> String {
    let result = session
        .store
        .letter_pdf(id)
        .and_then(|bytes| Ok(std::fs::write(path, bytes)?));
    match result {
        Ok(()) => fl!("letter-saved", path = path.display().to_string()),
        Err(e) => describe::store_error(&LOADER, &e),
    }
}

/// Opens a kept letter in the system's viewer; `None` when it opened.
fn open(id: LetterId, case: &Case, session: &Session) -> Option<String> {
    match session.store.letter_pdf(id) {
        Ok(bytes) => crate::ui::show_in_viewer(&file_name(case, id, session), &bytes),
        Err(e) => Some(describe::store_error(&LOADER, &e)),
    }
}

/// `K-2026-00042_slutligt-besked_2026-11-24.pdf`.
fn file_name(case: &Case, id: LetterId, session: &Session) -> String {
    let letter = session
        .store
        .letters(case.id)
        .ok()
        .and_then(|ls| ls.into_iter().find(|l| l.id == id));
    let (kind, date) = letter.map_or((String::new(), String::new()), |l| {
        (label("letter-kind", l.kind.code()), l.date.to_string())
    });
    format!(
        "{}_{}_{date}.pdf",
        case.number,
        klagomal_core::paths::slug(&kind)
    )
}
