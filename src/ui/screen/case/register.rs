//! Registering correspondence that did not come by e-mail on a case: a letter that came by
//! post (its scan kept as an attachment) or a phone call, as `klagomal correspondence add`
//! does.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use iced::widget::{button, column, container, row, text, text_editor, text_input};
use iced::{Alignment, Element, Length, Task};

use crate::describe;
use crate::ui::{Session, files, style};
use klagomal_core::domain::{Case, Channel, NewAttachment, NewMessage};
use klagomal_core::fl;
use klagomal_core::i18n::{LOADER, label};

/// The path field's id.
pub const PATH: &str = "register-path";
/// The register button's id.
pub const SAVE: &str = "register-save";
/// The confirmation beside it.
pub const DONE: &str = "register-done";

/// The form's state.
#[derive(Debug)]
pub struct Register {
    channel: Channel,
    date: String,
    subject: String,
    text: text_editor::Content,
    path: String,
    /// What went wrong with the last attempt, in words.
    problem: Option<String>,
    /// The confirmation after registering, shown beside the button.
    done: Option<String>,
}

/// What happens in the form.
#[derive(Debug, Clone)]
pub enum Message {
    Channel(Channel),
    Date(String),
    Subject(String),
    Text(text_editor::Action),
    ChooseFile,
    /// The file dialog's answer; `None` when cancelled or when there is no dialog (then the
    /// path field is there to type in).
    FileChosen(Option<PathBuf>),
    Path(String),
    Save,
}

/// What the case screen does next.
pub enum Effect {
    None,
    Run(Task<Message>),
    /// The message was kept: reload the case.
    Saved,
}

impl Register {
    /// An empty form dated `today`, for a letter.
    pub fn new(today: NaiveDate) -> Register {
        Register {
            channel: Channel::Letter,
            date: today.to_string(),
            subject: String::new(),
            text: text_editor::Content::new(),
            path: String::new(),
            problem: None,
            done: None,
        }
    }

    /// True when something is typed and not yet registered.
    pub fn has_draft(&self) -> bool {
        !self.subject.trim().is_empty()
            || !self.text.text().trim().is_empty()
            || !self.path.trim().is_empty()
    }

    pub fn update(&mut self, message: Message, case: &Case, session: &mut Session) -> Effect {
        match message {
            Message::Channel(channel) => self.channel = channel,
            Message::Date(v) => self.date = v,
            Message::Subject(v) => self.subject = v,
            Message::Text(action) => self.text.perform(action),
            Message::Path(v) => self.path = v,
            Message::ChooseFile => {
                return Effect::Run(Task::perform(
                    crate::ui::files::pick_scan(),
                    Message::FileChosen,
                ));
            }
            Message::FileChosen(Some(path)) => self.path = path.display().to_string(),
            Message::FileChosen(None) => {}
            Message::Save => return self.save(case, session),
        }
        self.done = None;
        Effect::None
    }

    /// Checks the form and keeps the message on the case.
    fn save(&mut self, case: &Case, session: &mut Session) -> Effect {
        self.done = None;
        match self.message(case, session) {
            Ok(message) => match session.store.add_message(case.id, message) {
                Ok(_) => {
                    let channel = self.channel;
                    *self = Register::new(session.store.today());
                    self.channel = channel;
                    self.done = Some(match channel {
                        Channel::Phone => fl!("register-call-done"),
                        _ => fl!("register-letter-done"),
                    });
                    Effect::Saved
                }
                Err(e) => {
                    self.problem = Some(describe::store_error(&LOADER, &e));
                    Effect::None
                }
            },
            Err(problem) => {
                self.problem = Some(problem);
                Effect::None
            }
        }
    }

    /// The message the form describes, or what is missing, in words.
    fn message(&self, case: &Case, session: &Session) -> Result<NewMessage, String> {
        let date: NaiveDate = self
            .date
            .trim()
            .parse()
            .map_err(|_| fl!("register-bad-date"))?;
        let now = session.store.now();
        if date > now.date() {
            return Err(fl!("register-future-date"));
        }
        let body = self.text.text();
        let attachments = match self.channel {
            Channel::Phone if body.trim().is_empty() => return Err(fl!("register-no-text")),
            Channel::Phone => Vec::new(),
            _ if self.path.trim().is_empty() => return Err(fl!("register-no-file")),
            _ => vec![scan(Path::new(self.path.trim()), session)?],
        };
        Ok(NewMessage::registered(
            self.channel,
            date.and_time(now.time()),
            case.details.complainant.name.clone(),
            &self.subject,
            &body,
            attachments,
        ))
    }

    /// The form: letter or call, date, subject, the scan or the call's text, and the button
    /// with its confirmation beside it.
    pub fn view(&self) -> Element<'_, Message> {
        let choice = |channel: Channel| {
            button(text(label("channel", channel.code())))
                .style(style::flat(self.channel == channel))
                .padding([style::space::XS, style::space::M])
                .on_press(Message::Channel(channel))
        };
        let mut form = column![
            text(fl!("register-title"))
                .size(style::size::HEADING)
                .font(style::BOLD),
            row![choice(Channel::Letter), choice(Channel::Phone)].spacing(style::space::S),
            row![
                text_input(&fl!("register-date"), &self.date)
                    .on_input(Message::Date)
                    .width(style::dim::DATE_FIELD)
                    .padding(style::space::S),
                text_input(&fl!("register-subject"), &self.subject)
                    .on_input(Message::Subject)
                    .padding(style::space::S),
            ]
            .spacing(style::space::S),
        ]
        .spacing(style::space::S);
        if self.channel == Channel::Phone {
            form = form.push(text(fl!("register-call-text")).size(style::size::LABEL));
        } else {
            form = form.push(
                row![
                    button(text(fl!("register-choose-file")))
                        .style(style::secondary)
                        .on_press(Message::ChooseFile),
                    text_input(&fl!("register-path"), &self.path)
                        .id(PATH)
                        .on_input(Message::Path)
                        .on_submit(Message::Save)
                        .padding(style::space::S),
                ]
                .spacing(style::space::S)
                .align_y(Alignment::Center),
            );
            form = form.push(text(fl!("register-letter-text")).size(style::size::LABEL));
        }
        form = form.push(
            text_editor(&self.text)
                .on_action(Message::Text)
                .height(style::dim::EDITOR_SHORT)
                .padding(style::space::S),
        );
        let mut actions =
            row![container(button(text(fl!("register-save"))).on_press(Message::Save)).id(SAVE)]
                .spacing(style::space::M)
                .align_y(Alignment::Center);
        if let Some(done) = &self.done {
            actions = actions.push(container(crate::ui::banner(done.clone())).id(DONE));
        }
        if let Some(problem) = &self.problem {
            actions = actions.push(text(problem.as_str()).style(style::error_text));
        }
        container(form.push(actions))
            .padding(style::space::M)
            .width(Length::Fill)
            .style(style::card)
            .into()
    }
}

/// A scanned letter as an attachment, within the store's size limit for attachments.
fn scan(path: &Path, session: &Session) -> Result<NewAttachment, String> {
    let limit = u64::from(session.settings.intake.max_attachment_mb) * 1024 * 1024;
    let (name, bytes) = files::read_to_keep(path, limit)?;
    Ok(NewAttachment::scan(name, bytes))
}
