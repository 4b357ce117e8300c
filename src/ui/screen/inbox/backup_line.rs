//! The inbox's line about backups: when the last good one was made, or a warning when none is
//! made (no folder chosen), the last one failed (the folder cannot be reached), or the last good
//! one is older than the settings allow.

use chrono::NaiveDateTime;
use iced::widget::{button, container, row, text};
use iced::{Alignment, Element};

use super::Message;
use crate::ui::session::BackupStatus;
use crate::ui::style;
use klagomal_core::domain::{BackupSettings, backup_overdue};
use klagomal_core::fl;

/// The "Säkerhetskopior …" button's id.
pub const OPEN_BACKUPS: &str = "inbox-open-backups";

/// What the line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// No folder is chosen: no backup is made.
    Unset,
    /// The last attempt failed, and why.
    Failed(String),
    /// No good backup for this many days (0: never).
    Overdue(i64),
    /// All is well: the last good backup.
    Fine(NaiveDateTime),
}

/// The rule: a missing folder first, then a failure, then age; otherwise when it was made.
pub fn notice(settings: &BackupSettings, status: &BackupStatus, now: NaiveDateTime) -> Notice {
    if settings.folder.trim().is_empty() {
        return Notice::Unset;
    }
    if let Some(reason) = &status.failed {
        return Notice::Failed(reason.clone());
    }
    match status.last {
        Some(at) if !backup_overdue(Some(at), now, settings.warn_after_days) => Notice::Fine(at),
        Some(at) => Notice::Overdue((now - at).num_days()),
        None => Notice::Overdue(0),
    }
}

/// The line: muted when all is well, a warning with a way to the settings otherwise.
pub fn view<'a>(notice: Notice) -> Element<'a, Message> {
    let warning = match notice {
        Notice::Fine(at) => {
            let at = at.format("%Y-%m-%d %H:%M").to_string();
            return text(fl!("inbox-backup-ok", at = at))
                .size(style::size::SMALL)
                .style(style::muted)
                .into();
        }
        Notice::Unset => fl!("inbox-backup-unset"),
        Notice::Failed(reason) => fl!("inbox-backup-failed", reason = reason),
        Notice::Overdue(days) => fl!("inbox-backup-overdue", days = days),
    };
    let open = button(text(fl!("inbox-backup-open")))
        .style(style::secondary)
        .on_press(Message::OpenBackups);
    row![
        text(warning).style(style::warning_text),
        container(open).id(OPEN_BACKUPS)
    ]
    .spacing(style::space::M)
    .align_y(Alignment::Center)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn the_line_warns_in_order_unset_failed_overdue() {
        let now = crate::ui::testing::now();
        let mut settings = BackupSettings::default();
        let mut status = BackupStatus::default();
        assert_eq!(notice(&settings, &status, now), Notice::Unset);
        settings.folder = "/media/usb".into();
        assert_eq!(notice(&settings, &status, now), Notice::Overdue(0));
        status.last = Some(now - Duration::days(1));
        assert_eq!(
            notice(&settings, &status, now),
            Notice::Fine(now - Duration::days(1))
        );
        status.last = Some(now - Duration::days(4));
        assert_eq!(notice(&settings, &status, now), Notice::Overdue(4));
        status.failed = Some("Mappen går inte att nå".into());
        assert_eq!(
            notice(&settings, &status, now),
            Notice::Failed("Mappen går inte att nå".into())
        );
    }
}
