//! The store's errors: each a distinct case the interface can name in the user's language.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use rusqlite::ErrorCode;

use crate::domain::{
    CaseId, CaseNumber, CorrectionProblem, HeldCase, Problem, ReviewProblem, Role, TransitionError,
};

/// Everything that can go wrong with the store. Carries no user-facing text.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// No file at the path.
    #[error("no store at {0}")]
    NotFound(PathBuf),
    /// `create` was asked to write over an existing file.
    #[error("a file already exists at {0}")]
    AlreadyExists(PathBuf),
    /// The passphrase does not open the file.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The file is not a Klagomål store (empty, plain SQLite, another program's file).
    #[error("not a Klagomål store")]
    NotAStore,
    /// Written by a newer version of the program; left untouched.
    #[error("the store has schema version {found}; this program knows up to {supported}")]
    NewerVersion { found: i64, supported: i64 },
    /// Another process holds the store.
    #[error("the store is locked by another process")]
    Locked,
    /// The file or its folder cannot be written.
    #[error("the store is read-only")]
    ReadOnly,
    /// The disk is full.
    #[error("the disk is full")]
    DiskFull,
    /// The store's contents are damaged.
    #[error("the store is damaged")]
    Corrupt,
    /// No case with that id.
    #[error("no case {0:?}")]
    CaseNotFound(CaseId),
    /// No case with that number.
    #[error("no case {0}")]
    CaseNumberNotFound(CaseNumber),
    /// A row the request names does not exist.
    #[error("no such {0}")]
    NotFoundRow(&'static str),
    /// The status change is not allowed.
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// The review does not allow what was asked (no draft, own draft, not independent).
    #[error(transparent)]
    Review(#[from] ReviewProblem),
    /// The case's details do not validate.
    #[error("the case has {} problem(s)", .0.len())]
    Invalid(Vec<Problem>),
    /// A file given as the logo that is not a PNG or JPEG image of at most 2 MiB.
    #[error("not a PNG or JPEG image of at most 2 MiB")]
    NotAnImage,
    /// A passphrase that is empty.
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    /// The signed-in officer does not hold the role this needs.
    #[error("this needs the role {needed}")]
    NotPermitted { needed: Role },
    /// No officer of that name can sign in to this store (or they were removed).
    #[error("no such officer can sign in")]
    UnknownOfficer,
    /// The store has several officers and none was named.
    #[error("several officers can sign in: which one?")]
    OfficerNotGiven,
    /// The passphrase opened the officer's slot, but the slot does not open this store or does
    /// not belong to one of its officers: an old, edited or foreign slot file.
    #[error("the key slot does not belong to this store")]
    SlotNotRecognised,
    /// The slot file beside the store cannot be read (damaged, not a slot file, or from a
    /// newer version).
    #[error("the key slot file {0} cannot be read")]
    KeySlotsUnreadable(PathBuf),
    /// The change would leave the store without an administrator.
    #[error("the last administrator must stay")]
    LastAdministrator,
    /// An officer cannot remove themselves.
    #[error("an officer cannot remove themselves")]
    CannotRemoveSelf,
    /// Another active officer already has that name (names sign in, so they are unique).
    #[error("an officer of that name exists")]
    OfficerNameTaken,
    /// An officer needs a name.
    #[error("the officer has no name")]
    OfficerNameMissing,
    /// A plain store (the benchmark's) has no keys to change or export.
    #[error("the store is not encrypted")]
    NotEncrypted,
    /// Erasure refused: these cases of the person are under a legal hold.
    #[error("{} case(s) under a legal hold", .0.len())]
    LegalHold(Vec<HeldCase>),
    /// Erasure asks for an identity number, e-mail address or phone number; a name is not enough.
    #[error("not an identity number, e-mail address or phone number")]
    NotAnIdentifier,
    /// A legal claim marked on a case without a reason.
    #[error("a legal hold needs a reason")]
    HoldReasonMissing,
    /// Too many wrong passphrases in a row: the next attempt may be made at `until`.
    #[error("too many wrong passphrases; try again at {until}")]
    TooManyAttempts { until: chrono::NaiveDateTime },
    /// The backup folder does not exist or cannot be reached (an unplugged disk, a share).
    #[error("the backup folder {0} cannot be reached")]
    BackupFolder(PathBuf),
    /// A backup copy did not verify (integrity, audit chain or case count); it was not kept.
    #[error("the backup did not verify")]
    BackupNotVerified,
    /// A rectification's new value cannot be used.
    #[error(transparent)]
    Correction(#[from] CorrectionProblem),
    /// Any other database error.
    #[error("database error: {0}")]
    Sqlite(Arc<rusqlite::Error>),
    /// Any other file error.
    #[error("file error: {0}")]
    Io(Arc<io::Error>),
    /// Stored JSON that does not read back.
    #[error("stored data does not read back: {0}")]
    Data(Arc<serde_json::Error>),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt,
            Some(ErrorCode::NotADatabase) => StoreError::NotAStore,
            _ => StoreError::Sqlite(Arc::new(e)),
        }
    }
}

impl From<io::Error> for StoreError {
    fn from(e: io::Error) -> Self {
        match e.kind() {
            io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied => {
                StoreError::ReadOnly
            }
            io::ErrorKind::StorageFull => StoreError::DiskFull,
            _ => StoreError::Io(Arc::new(e)),
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Data(Arc::new(e))
    }
}

/// Shorthand for the store's results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
