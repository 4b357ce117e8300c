//! The backup part of the settings screen: the folder backups go to (chosen by an
//! administrator: a second disk, a network share, a USB stick), how many copies are kept, after
//! how many days without one the inbox warns, when the last one was made, and "Gör en
//! säkerhetskopia nu" for anyone, on a connection of its own.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use iced::widget::{Column, button, container, row, text, text_input};
use iced::{Alignment, Element, Length, Task};

use crate::describe;
use crate::ui::{Session, job, style};
use klagomal_core::domain::{BackupSettings, Role, Rotation, file_size};
use klagomal_core::fl;
use klagomal_core::i18n::LOADER;
use klagomal_core::store::{BackupMade, StoreError};

/// The folder field's id.
pub const FOLDER: &str = "settings-backup-folder";
/// The "back up now" button's id.
pub const NOW: &str = "settings-backup-now";

/// The backup part.
#[derive(Debug)]
pub struct Backup {
    folder: String,
    daily: String,
    weekly: String,
    monthly: String,
    warn_days: String,
    last: Option<NaiveDateTime>,
    running: bool,
    /// What the last save or backup said, and whether it failed.
    notice: Option<(String, bool)>,
}

/// What happens in the backup part.
#[derive(Debug, Clone)]
pub enum Message {
    Folder(String),
    PickFolder,
    Picked(Option<PathBuf>),
    Daily(String),
    Weekly(String),
    Monthly(String),
    WarnDays(String),
    Save,
    BackUpNow,
    Done(Result<Box<BackupMade>, StoreError>),
}

impl Backup {
    /// The part with the store's backup settings and last backup.
    pub fn new(session: &Session) -> Backup {
        let b = &session.settings.backup;
        Backup {
            folder: b.folder.clone(),
            daily: b.rotation.daily.to_string(),
            weekly: b.rotation.weekly.to_string(),
            monthly: b.rotation.monthly.to_string(),
            warn_days: b.warn_after_days.to_string(),
            last: session.store.last_backup().ok().flatten(),
            running: false,
            notice: None,
        }
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Task<Message> {
        match message {
            Message::Folder(v) => self.folder = v,
            Message::PickFolder => {
                return Task::perform(crate::ui::files::pick_folder(), Message::Picked);
            }
            Message::Picked(Some(dir)) => self.folder = dir.display().to_string(),
            Message::Picked(None) => {}
            Message::Daily(v) => self.daily = v,
            Message::Weekly(v) => self.weekly = v,
            Message::Monthly(v) => self.monthly = v,
            Message::WarnDays(v) => self.warn_days = v,
            Message::Save => self.save(session),
            Message::BackUpNow => return self.start(session),
            Message::Done(result) => {
                self.running = false;
                self.notice = Some(match result {
                    Ok(made) => {
                        self.last = Some(made.manifest.made_at);
                        session.backup.last = self.last;
                        session.backup.failed = None;
                        (made_line(&made), false)
                    }
                    Err(e) => (describe::store_error(&LOADER, &e), true),
                });
            }
        }
        Task::none()
    }

    /// The settings as typed, or `None` when a number is not one (0–99 copies, 1–90 days).
    fn typed(&self) -> Option<BackupSettings> {
        let n = |s: &str, min: u32, max: u32| {
            s.trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (min..=max).contains(n))
        };
        Some(BackupSettings {
            folder: self.folder.trim().to_owned(),
            rotation: Rotation {
                daily: n(&self.daily, 0, 99)?,
                weekly: n(&self.weekly, 0, 99)?,
                monthly: n(&self.monthly, 0, 99)?,
            },
            warn_after_days: n(&self.warn_days, 1, 90)?,
        })
    }

    /// Saves the folder and the counts (administrators: the store refuses anyone else).
    fn save(&mut self, session: &mut Session) {
        let Some(backup) = self.typed() else {
            self.notice = Some((fl!("settings-backup-bad-number"), true));
            return;
        };
        let mut next = session.settings.clone();
        next.backup = backup;
        self.notice = Some(match session.store.save_settings(&next) {
            Ok(()) => {
                session.settings = next;
                (fl!("settings-saved"), false)
            }
            Err(e) => (describe::store_error(&LOADER, &e), true),
        });
    }

    /// Makes a backup now, into the saved folder, on a connection of its own.
    fn start(&mut self, session: &Session) -> Task<Message> {
        if self.running {
            return Task::none();
        }
        let b = session.settings.backup.clone();
        if b.folder.trim().is_empty() {
            self.notice = Some((fl!("settings-backup-no-folder"), true));
            return Task::none();
        }
        self.running = true;
        self.notice = None;
        let reopen = session.reopen();
        job::once(
            move || {
                let mut store = reopen.open()?;
                store
                    .backup_to(std::path::Path::new(b.folder.trim()), b.rotation)
                    .map(Box::new)
            },
            Message::Done,
        )
    }

    /// True while a backup runs.
    pub fn is_busy(&self) -> bool {
        self.running
    }

    /// What the last save or backup said, and whether it failed.
    #[cfg(test)]
    pub fn notice(&self) -> Option<&(String, bool)> {
        self.notice.as_ref()
    }

    pub fn view(&self, session: &Session) -> Element<'_, Message> {
        let admin = session.may(Role::Admin);
        let mut col = Column::new()
            .spacing(style::space::S)
            .push(
                text(fl!("settings-backup"))
                    .size(style::size::HEADING)
                    .font(style::BOLD),
            )
            .push(
                text(fl!("settings-backup-help"))
                    .size(style::size::SMALL)
                    .style(style::muted),
            );
        col = match admin {
            true => col.push(self.folder_row()).push(self.counts_row()),
            false => col.push(text(fl!(
                "settings-backup-folder-show",
                folder = session.settings.backup.folder.clone()
            ))),
        };
        col = col.push(text(last_line(self.last)).style(style::muted));
        col = col.push(match self.running {
            true => Element::from(text(fl!("settings-backup-running")).style(style::muted)),
            false => container(
                button(text(fl!("settings-backup-now")))
                    .style(style::secondary)
                    .on_press(Message::BackUpNow),
            )
            .id(NOW)
            .into(),
        });
        match &self.notice {
            Some((words, false)) => col.push(text(words.as_str()).style(style::muted)),
            Some((words, true)) => col.push(text(words.as_str()).style(style::error_text)),
            None => col,
        }
        .into()
    }

    fn folder_row(&self) -> Element<'_, Message> {
        row![
            text_input(&fl!("settings-backup-folder"), &self.folder)
                .id(FOLDER)
                .on_input(Message::Folder)
                .padding(style::space::S)
                .width(Length::Fill),
            button(text(fl!("settings-backup-pick")))
                .style(style::secondary)
                .on_press(Message::PickFolder),
        ]
        .spacing(style::space::S)
        .align_y(Alignment::Center)
        .into()
    }

    fn counts_row(&self) -> Element<'_, Message> {
        let number = |value: &str, on: fn(String) -> Message| {
            text_input("", value)
                .on_input(on)
                .on_submit(Message::Save)
                .width(style::dim::NUMBER_FIELD)
                .padding(style::space::S)
        };
        row![
            text(fl!("settings-backup-keep")),
            number(&self.daily, Message::Daily),
            text(fl!("settings-backup-daily")),
            number(&self.weekly, Message::Weekly),
            text(fl!("settings-backup-weekly")),
            number(&self.monthly, Message::Monthly),
            text(fl!("settings-backup-monthly")),
            text(fl!("settings-backup-warn")),
            number(&self.warn_days, Message::WarnDays),
            text(fl!("settings-backup-days")),
            button(text(fl!("action-save")))
                .style(style::secondary)
                .on_press(Message::Save),
        ]
        .spacing(style::space::S)
        .align_y(Alignment::Center)
        .wrap()
        .into()
    }
}

/// "Senaste säkerhetskopia: …", or that none has been made.
pub fn last_line(last: Option<NaiveDateTime>) -> String {
    match last {
        Some(at) => fl!(
            "settings-backup-last",
            at = at.format("%Y-%m-%d %H:%M").to_string()
        ),
        None => fl!("settings-backup-never"),
    }
}

/// What a backup made, in words.
pub fn made_line(made: &BackupMade) -> String {
    fl!(
        "cli-backup-made",
        path = made.path.display().to_string(),
        cases = made.manifest.cases,
        size = file_size(made.manifest.bytes)
    )
}
