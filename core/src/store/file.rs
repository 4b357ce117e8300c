//! Writing a finished file whole or not at all: beside its place, flushed to disk, then
//! renamed over it, so that a full disk or a crash never leaves half a letter or archive.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same folder that is synced and
/// then renamed; on any failure the temporary file is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut part = tempfile::Builder::new()
        .prefix(".klagomal-")
        .suffix(".part")
        .tempfile_in(&dir)?;
    part.write_all(bytes)?;
    part.as_file().sync_all()?;
    part.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_written_whole_and_a_failed_write_leaves_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("brev.pdf");
        write_atomically(&path, b"%PDF-1.7 one").expect("written");
        write_atomically(&path, b"%PDF-1.7 two").expect("replaced");
        assert_eq!(std::fs::read(&path).expect("read"), b"%PDF-1.7 two");
        let missing = dir.path().join("saknas").join("brev.pdf");
        assert!(write_atomically(&missing, b"x").is_err());
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }
}
