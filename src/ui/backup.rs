//! Backups the window makes by itself: when it unlocks or the clock ticks and the last good one
//! is a day old (in the background, never in the officer's way), when it locks (in the
//! background, finishing after the key has left the window), and when it closes (waiting for
//! it, as the window is going anyway). Each goes to the folder in the settings; without one,
//! none is made and the inbox says so.

use std::path::PathBuf;

use iced::Task;
use klagomal_core::domain::{Rotation, backup_due};
use klagomal_core::i18n::LOADER;
use klagomal_core::store::{BackupMade, Reopener, StoreError};

use super::{App, Message, Session, job};
use crate::describe;

/// Why a backup is made now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occasion {
    /// The last good one is a day old or more (checked at unlock and on the clock's tick).
    Due,
    /// The window locks: made after the session is gone, on the job's own connection.
    Lock,
}

/// A backup's outcome as the window keeps it: when it was made, or why it failed.
pub type Outcome = Result<chrono::NaiveDateTime, String>;

/// The folder and rotation of the settings, or `None` when no folder is chosen.
fn target(session: &Session) -> Option<(PathBuf, Rotation)> {
    let b = &session.settings.backup;
    match b.folder.trim() {
        "" => None,
        dir => Some((PathBuf::from(dir), b.rotation)),
    }
}

/// Makes a backup through `reopen` and says how it went, in the officer's words.
fn make(reopen: Reopener, folder: PathBuf, rotation: Rotation) -> Outcome {
    let made: Result<BackupMade, StoreError> = reopen
        .open()
        .and_then(|mut s| s.backup_to(&folder, rotation));
    made.map(|m| m.manifest.made_at)
        .map_err(|e| describe::store_error(&LOADER, &e))
}

impl App {
    /// Starts a backup in the background when `occasion` calls for one and none is running.
    pub(super) fn back_up(&mut self, occasion: Occasion) -> Task<Message> {
        let Some(session) = self.session.as_mut() else {
            return Task::none();
        };
        let Some((folder, rotation)) = target(session) else {
            return Task::none();
        };
        if session.backup.running {
            return Task::none();
        }
        if occasion == Occasion::Due && !backup_due(session.backup.last, session.store.now()) {
            return Task::none();
        }
        session.backup.running = true;
        let reopen = session.reopen();
        job::once(move || make(reopen, folder, rotation), Message::BackedUp)
    }

    /// A backup finished: the inbox shows when, or why it failed (kept for the next session
    /// when it finished while the window was locked).
    pub(super) fn backed_up(&mut self, outcome: Outcome) -> Task<Message> {
        match self.session.as_mut() {
            Some(session) => apply(&mut session.backup, outcome),
            None => self.pending_backup = Some(outcome),
        }
        Task::none()
    }

    /// Before the window closes: a last backup, waited for, then the exit.
    pub(super) fn close(&mut self) -> Task<Message> {
        if let Some(session) = self.session.as_ref()
            && let Some((folder, rotation)) = target(session)
        {
            // The window is going: its officer has nothing to wait for but this.
            let _ = make(session.reopen(), folder, rotation);
        }
        iced::exit()
    }
}

/// Puts a backup's outcome into what the window shows.
pub(super) fn apply(status: &mut super::session::BackupStatus, outcome: Outcome) {
    status.running = false;
    match outcome {
        Ok(at) => {
            status.last = Some(at);
            status.failed = None;
        }
        Err(reason) => status.failed = Some(reason),
    }
}
