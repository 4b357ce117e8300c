//! `klagomal backup …` and `klagomal restore`: copies of the store, made, listed, verified and
//! put back.

use std::path::{Path, PathBuf};

use klagomal_core::fl;
use klagomal_core::store::{
    self, Manifest, OpenOptions, Preview, Secret, Store, StoreError, list_backups,
};
use serde_json::json;

use super::Failure;

/// The folder to use: the one given, else the one in the settings.
fn folder(store: &Store, given: Option<&Path>) -> Result<PathBuf, Failure> {
    if let Some(dir) = given {
        return Ok(dir.to_owned());
    }
    let chosen = store.settings()?.backup.folder;
    match chosen.trim() {
        "" => Err(Failure {
            message: fl!("cli-backup-no-folder"),
            exit_code: 2,
        }),
        dir => Ok(PathBuf::from(dir)),
    }
}

/// `backup [--to DIR]`: makes and verifies a backup, and rotates the old ones out.
pub fn make(store: &mut Store, to: Option<&Path>) -> Result<(), Failure> {
    let dir = folder(store, to)?;
    let rotation = store.settings()?.backup.rotation;
    let made = store.backup_to(&dir, rotation)?;
    let m = &made.manifest;
    println!(
        "{}",
        fl!(
            "cli-backup-made",
            path = made.path.display().to_string(),
            cases = m.cases,
            size = klagomal_core::domain::file_size(m.bytes)
        )
    );
    if !made.removed.is_empty() {
        println!("{}", fl!("cli-backup-rotated", count = made.removed.len()));
    }
    Ok(())
}

/// `backup list [DIR] [--json]`: the backups in the folder, oldest first.
pub fn list(store: &Store, given: Option<&Path>, as_json: bool) -> Result<(), Failure> {
    let dir = folder(store, given)?;
    let found = list_backups(&dir)?;
    if as_json {
        let rows: Vec<_> = found
            .iter()
            .map(|(path, m)| json!({ "path": path, "manifest": m }))
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        );
        return Ok(());
    }
    if found.is_empty() {
        println!(
            "{}",
            fl!("cli-backup-none", folder = dir.display().to_string())
        );
    }
    for (path, manifest) in &found {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        println!("{name}  {}", describe_manifest(manifest.as_ref()));
    }
    Ok(())
}

fn describe_manifest(m: Option<&Manifest>) -> String {
    match m {
        Some(m) => fl!(
            "cli-backup-line",
            made = m.made_at.format("%Y-%m-%d %H:%M").to_string(),
            cases = m.cases,
            size = klagomal_core::domain::file_size(m.bytes)
        ),
        None => fl!("cli-backup-no-manifest"),
    }
}

fn describe_preview(p: &Preview) -> String {
    let last = p
        .last_event_at
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| "–".to_owned());
    fl!(
        "cli-backup-holds",
        cases = p.cases,
        events = p.audit_events,
        last = last
    )
}

/// `backup verify FILE`: opens a copy of the backup with the officer's passphrase and checks it
/// through (integrity, audit chain); nothing beside it changes.
pub fn verify(file: &Path, secret: Secret<'_>) -> Result<(), Failure> {
    let p = store::preview(file, secret, &OpenOptions::default())?;
    println!("{}", fl!("cli-backup-verified"));
    println!("  {}", describe_preview(&p));
    if let Some(m) = &p.manifest
        && m.cases != p.cases
    {
        return Err(StoreError::BackupNotVerified.into());
    }
    Ok(())
}

/// `restore FILE [--dry-run]`: what the backup holds, then (without `--dry-run`) the backup in
/// place of the store, the store that was there kept aside.
pub fn restore(path: &Path, file: &Path, secret: Secret<'_>, dry_run: bool) -> Result<(), Failure> {
    let options = OpenOptions::default();
    if dry_run {
        let p = store::preview(file, secret, &options)?;
        println!("{}", fl!("cli-restore-would"));
        println!("  {}", describe_preview(&p));
        return Ok(());
    }
    let done = store::restore(file, path, secret, &options)?;
    println!("{}", fl!("cli-restored", path = path.display().to_string()));
    println!("  {}", describe_preview(&done.preview));
    if let Some(aside) = done.aside {
        println!(
            "{}",
            fl!("cli-restore-aside", path = aside.display().to_string())
        );
    }
    Ok(())
}
