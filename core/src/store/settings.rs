//! Settings and officers.

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Result, Store, StoreError, cases};
use crate::domain::{AuditAction, Officer, OfficerId, Settings};

const SETTINGS_KEY: &str = "settings";

/// The largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// Writes the default settings and the first officer into a new store.
pub(super) fn init(tx: &Transaction<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO officers (id, name, title) VALUES (1, '', '')",
        [],
    )?;
    let json = serde_json::to_string(&Settings::default())?;
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)",
        params![SETTINGS_KEY, json],
    )?;
    Ok(())
}

pub(super) fn load(conn: &rusqlite::Connection) -> Result<Settings> {
    let json: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([SETTINGS_KEY], |r| r.get(0))
        .optional()?;
    match json {
        Some(json) => Ok(serde_json::from_str(&json)?),
        None => Ok(Settings::default()),
    }
}

impl Store {
    /// The store's settings.
    pub fn settings(&self) -> Result<Settings> {
        load(&self.conn)
    }

    /// Saves the settings; when the deadline rules change, every open case's next deadline is
    /// recomputed in the same transaction.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        let old = self.settings()?;
        self.write(|w| {
            let json = serde_json::to_string(settings)?;
            w.tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![SETTINGS_KEY, json],
            )?;
            if old.deadlines != settings.deadlines {
                cases::refresh_deadlines(w.tx, &settings.deadlines)?;
            }
            w.audit(AuditAction::SettingsUpdated, None, None, "{}")
        })
    }

    /// The company's logo for the letterhead, if one is set.
    pub fn logo(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .prepare_cached("SELECT bytes FROM assets WHERE name = 'logo'")?
            .query_row([], |r| r.get(0))
            .optional()?)
    }

    /// Sets or removes the logo. Only PNG and JPEG images up to [`MAX_LOGO_BYTES`] are taken.
    pub fn set_logo(&mut self, image: Option<&[u8]>) -> Result<()> {
        if let Some(bytes) = image
            && (crate::domain::image_kind(bytes).is_none() || bytes.len() > MAX_LOGO_BYTES)
        {
            return Err(StoreError::NotAnImage);
        }
        self.write(|w| {
            match image {
                Some(bytes) => w.tx.execute(
                    "INSERT INTO assets (name, bytes) VALUES ('logo', ?1)
                     ON CONFLICT (name) DO UPDATE SET bytes = excluded.bytes",
                    [bytes],
                )?,
                None => w.tx.execute("DELETE FROM assets WHERE name = 'logo'", [])?,
            };
            let detail = serde_json::json!({ "fields": ["logo"] }).to_string();
            w.audit(AuditAction::SettingsUpdated, None, None, &detail)
        })
    }

    /// Every officer, active or not.
    pub fn officers(&self) -> Result<Vec<Officer>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, title FROM officers ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(Officer {
                id: OfficerId(r.get(0)?),
                name: r.get(1)?,
                title: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One officer.
    pub fn officer(&self, id: OfficerId) -> Result<Officer> {
        self.officers()?
            .into_iter()
            .find(|o| o.id == id)
            .ok_or(StoreError::NotFoundRow("officer"))
    }

    /// Adds an officer and returns their id.
    pub fn add_officer(&mut self, name: &str, title: &str) -> Result<OfficerId> {
        self.write(|w| {
            w.tx.execute(
                "INSERT INTO officers (name, title) VALUES (?1, ?2)",
                params![name, title],
            )?;
            let id = w.tx.last_insert_rowid();
            w.audit(AuditAction::OfficerAdded, None, Some(id), "{}")?;
            Ok(OfficerId(id))
        })
    }

    /// Changes an officer's name and title; a new name is reindexed on the officer's cases.
    pub fn update_officer(&mut self, officer: &Officer) -> Result<()> {
        let renamed = self.officer(officer.id)?.name != officer.name;
        self.write(|w| {
            let n = w.tx.execute(
                "UPDATE officers SET name = ?2, title = ?3 WHERE id = ?1",
                params![officer.id.0, officer.name, officer.title],
            )?;
            if n == 0 {
                return Err(StoreError::NotFoundRow("officer"));
            }
            if renamed {
                let mut stmt =
                    w.tx.prepare("SELECT id FROM cases WHERE assignee_id = ?1")?;
                let ids = stmt.query_map([officer.id.0], |r| r.get(0))?;
                for id in ids {
                    w.reindex.insert(crate::domain::CaseId(id?));
                }
            }
            w.audit(AuditAction::OfficerUpdated, None, Some(officer.id.0), "{}")
        })
    }
}
