//! The letters kept on a case: open, save as, print (on the printer and with the number of copies
//! the officer chooses) or e-mail any of them; printing and e-mailing record the letter as sent.

use crate::describe;
use klagomal_core::i18n::LOADER;
use std::path::PathBuf;

use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Element, Length, Task};

use crate::ui::{Session, job, style};
use klagomal_core::domain::{Case, Letter, LetterId, LetterKind, SentVia};
use klagomal_core::fl;
use klagomal_core::i18n::label;
use klagomal_core::letters::eml::{self, EmlError};
use klagomal_core::letters::print::Printer;

/// The path field's id, shown when there is no file dialog.
pub const SAVE_PATH: &str = "letter-save-path";

/// The print options, remembered while the case is open, and the path field of a letter being
/// saved when the system gave no file dialog.
#[derive(Debug)]
pub struct Kept {
    printers: Vec<Printer>,
    printer: Option<String>,
    copies: String,
    saving: Option<(LetterId, String)>,
}

/// What happens to a kept letter.
#[derive(Debug, Clone)]
pub enum Message {
    SaveAs(LetterId),
    /// The file dialog's answer: `None` when cancelled or when the system has no dialog, and
    /// then the path field is shown.
    SaveTo(LetterId, Option<PathBuf>),
    SavePath(String),
    /// Saves to the path typed in the field.
    SaveTyped,
    CancelSave,
    Open(LetterId),
    Print(LetterId),
    /// Writes the letter as an unsent e-mail, off the UI thread, and records it as sent.
    Email(LetterId),
    /// The e-mail's file, to open in the mail program, or why it was not written.
    Emailed(Result<PathBuf, EmlError>),
    Printer(String),
    Copies(String),
}

/// What the composer does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// Something to tell the officer, already translated.
    Notice(String),
    /// A letter was recorded as sent (printed or e-mailed): the notice, and the case to read
    /// again so that its history says so.
    Sent(String),
}

impl Default for Kept {
    fn default() -> Self {
        Kept {
            printers: Vec::new(),
            printer: None,
            copies: "1".to_owned(),
            saving: None,
        }
    }
}

impl Kept {
    pub fn update(&mut self, message: Message, case: &Case, session: &mut Session) -> Effect {
        let notice = match message {
            Message::SaveAs(id) => {
                return Effect::Run(Task::perform(
                    crate::ui::files::save_as(file_name(case, id, session), ("PDF", &["pdf"])),
                    move |p| Message::SaveTo(id, p),
                ));
            }
            Message::SaveTo(id, Some(path)) => {
                self.saving = None;
                Some(save_to(id, &path, session))
            }
            Message::SaveTo(id, None) => {
                self.saving = Some((id, default_path(case, id, session)));
                return Effect::Run(iced::widget::operation::focus(SAVE_PATH));
            }
            Message::SavePath(p) => {
                if let Some((_, path)) = &mut self.saving {
                    *path = p;
                }
                None
            }
            Message::SaveTyped => self.save_typed(session),
            Message::CancelSave => {
                self.saving = None;
                None
            }
            Message::Open(id) => open(id, case, session),
            Message::Print(id) => return self.print(id, case, session),
            Message::Email(id) => return email(id, case, session),
            Message::Emailed(result) => return emailed(result),
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

    /// Saves the letter whose path field is open to the path typed there.
    fn save_typed(&mut self, session: &Session) -> Option<String> {
        let (id, path) = self.saving.as_ref()?;
        let path = path.trim();
        if path.is_empty() {
            return None;
        }
        let notice = save_to(*id, std::path::Path::new(path), session);
        self.saving = None;
        Some(notice)
    }

    /// Prints on the chosen printer (the system's default first) and records the letter as
    /// sent by post; with no printer, says so and points to Save as and Open.
    fn print(&mut self, id: LetterId, case: &Case, session: &mut Session) -> Effect {
        if self.printers.is_empty() {
            match klagomal_core::letters::print::printers() {
                Ok(printers) => {
                    self.printer = printers.first().map(|p| p.name.clone());
                    self.printers = printers;
                }
                Err(e) => return Effect::Notice(describe::print_error(&LOADER, &e)),
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
                Ok(job) => {
                    let today = session.store.today();
                    match session.store.record_sent(id, SentVia::Post, today) {
                        Ok(_) => Effect::Sent(fl!("letter-printed", job = job)),
                        Err(e) => Effect::Notice(describe::store_error(&LOADER, &e)),
                    }
                }
                Err(e) => Effect::Notice(describe::print_error(&LOADER, &e)),
            },
            Err(e) => Effect::Notice(describe::store_error(&LOADER, &e)),
        }
    }

    /// The letters kept on the case, with their actions.
    pub fn view<'a>(&'a self, letters: &'a [Letter], session: &Session) -> Element<'a, Message> {
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
                    button(text(fl!("letter-email")))
                        .style(style::secondary)
                        .on_press_maybe(
                            (l.kind != LetterKind::ArnStatement).then_some(Message::Email(l.id))
                        ),
                ]
                .spacing(style::space::S)
                .align_y(iced::Alignment::Center),
            );
            if let (Some(by), Some(at)) = (l.approved_by, l.approved_at) {
                let (by, at) = (session.officer_name(by), at.format("%Y-%m-%d").to_string());
                let said = if l.self_approved {
                    fl!("show-letter-self-approved", by = by, at = at)
                } else {
                    fl!("show-letter-approved", by = by, at = at)
                };
                col = col.push(text(said).size(style::size::SMALL).style(style::muted));
            }
            if let Some((_, path)) = self.saving.as_ref().filter(|(id, _)| *id == l.id) {
                col = col.push(save_field(path));
            }
        }
        col.into()
    }
}

/// Writes a kept letter as an unsent e-mail in the viewer folder, on its own connection off the
/// UI thread; the library records it as sent by e-mail once the file is whole.
fn email(id: LetterId, case: &Case, session: &Session) -> Effect {
    let letter = session
        .store
        .letters(case.id)
        .map(|ls| ls.into_iter().find(|l| l.id == id));
    let letter = match letter {
        Ok(Some(letter)) => letter,
        Ok(None) => return Effect::None,
        Err(e) => return Effect::Notice(describe::store_error(&LOADER, &e)),
    };
    let name = eml::file_name(case.number, letter.kind, letter.language, letter.date)
        .replace(".pdf", ".eml");
    let reopen = session.reopen();
    Effect::Run(job::once(
        move || {
            let mut store = reopen.open()?;
            let write = |e| EmlError::Write(std::sync::Arc::new(e));
            let path = klagomal_core::paths::viewer_file(&name).map_err(write)?;
            let mut file = std::fs::File::create(&path).map_err(write)?;
            let result = eml::email_letter(&mut store, &letter, &mut file);
            if result.is_err() {
                // Half an e-mail is no use to anyone; nothing was recorded either.
                let _ = std::fs::remove_file(&path);
            }
            result.map(|_| path)
        },
        Message::Emailed,
    ))
}

/// Opens the written e-mail in the system's mail program; where none opens it, says where the
/// file is. Either way the letter is recorded as sent by e-mail.
fn emailed(result: Result<PathBuf, EmlError>) -> Effect {
    match result {
        Ok(path) => {
            let shown = path.display().to_string();
            Effect::Sent(match open::that_detached(&path) {
                Ok(()) => fl!("letter-emailed"),
                Err(_) => fl!("letter-emailed-no-program", path = shown),
            })
        }
        Err(e) => Effect::Notice(describe::eml_error(&LOADER, &e)),
    }
}

/// The fallback when the system has no file dialog: where to save, typed.
fn save_field(path: &str) -> Element<'_, Message> {
    column![
        text(fl!("letter-save-path-hint"))
            .size(style::size::SMALL)
            .style(style::muted),
        row![
            text_input(&fl!("letter-save-path"), path)
                .id(SAVE_PATH)
                .on_input(Message::SavePath)
                .on_submit(Message::SaveTyped)
                .padding(style::space::S),
            button(text(fl!("action-save"))).on_press(Message::SaveTyped),
            button(text(fl!("action-cancel")))
                .style(style::flat(false))
                .on_press(Message::CancelSave),
        ]
        .spacing(style::space::S),
    ]
    .spacing(style::space::XS)
    .into()
}

/// The letter's own name in the documents folder.
fn default_path(case: &Case, id: LetterId, session: &Session) -> String {
    let name = file_name(case, id, session);
    klagomal_core::paths::documents_dir()
        .map(|d| d.join(&name))
        .unwrap_or_else(|| PathBuf::from(&name))
        .display()
        .to_string()
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
