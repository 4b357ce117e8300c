//! The ZIP file itself: entries dated and compressed as suits them, and a file that stays quiet
//! after a failure so that an abandoned archive neither writes nor fails when dropped.

use std::cell::Cell;
use std::io::{Read, Seek, Write};
use std::rc::Rc;

use chrono::{Datelike, NaiveDateTime, Timelike};
use sha2::{Digest, Sha256};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

/// The ZIP's file. After the first failed write or seek, or once the export is given up, it
/// keeps nothing but still counts positions as a file would, so that the ZIP writer's clean-up
/// on drop neither writes to a file being thrown away nor fails.
pub(super) struct Output<W> {
    inner: W,
    closed: Rc<Cell<bool>>,
    /// Where the writer is, and how long the file is, as the ZIP writer sees them.
    pos: u64,
    len: u64,
}

impl<W> Output<W> {
    pub(super) fn new(inner: W, closed: Rc<Cell<bool>>) -> Output<W> {
        Output {
            inner,
            closed,
            pos: 0,
            len: 0,
        }
    }

    fn advance(&mut self, n: usize) {
        self.pos += n as u64;
        self.len = self.len.max(self.pos);
    }
}

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.closed.get() {
            let n = self
                .inner
                .write(buf)
                .inspect_err(|_| self.closed.set(true))?;
            self.advance(n);
            return Ok(n);
        }
        self.advance(buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed.get() {
            return Ok(());
        }
        self.inner.flush().inspect_err(|_| self.closed.set(true))
    }
}

impl<W: Seek> Seek for Output<W> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        use std::io::SeekFrom;
        if !self.closed.get() {
            let at = self.inner.seek(to).inspect_err(|_| self.closed.set(true))?;
            self.pos = at;
            return Ok(at);
        }
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
        };
        self.pos = target.ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        Ok(self.pos)
    }
}

pub(super) fn zip_options(compress: bool, at: NaiveDateTime) -> SimpleFileOptions {
    let method = if compress {
        CompressionMethod::Deflated
    } else {
        CompressionMethod::Stored
    };
    let mut options = SimpleFileOptions::default()
        .compression_method(method)
        .unix_permissions(0o644);
    if let Ok(time) = zip::DateTime::from_date_and_time(
        u16::try_from(at.year()).unwrap_or(1980),
        at.month() as u8,
        at.day() as u8,
        at.hour() as u8,
        at.minute() as u8,
        at.second() as u8,
    ) {
        options = options.last_modified_time(time);
    }
    options
}

pub(super) fn hash_file(file: &mut std::fs::File) -> std::io::Result<(u64, String)> {
    file.rewind()?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        total += n as u64;
    }
    Ok((total, hex::encode(hasher.finalize())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use zip::ZipWriter;

    /// A disk that fills up after `room` bytes.
    struct Small {
        file: std::io::Cursor<Vec<u8>>,
        room: u64,
    }

    impl Write for Small {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.file.position() + buf.len() as u64 > self.room {
                return Err(std::io::ErrorKind::StorageFull.into());
            }
            self.file.write(buf)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Seek for Small {
        fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
            self.file.seek(to)
        }
    }

    #[test]
    fn a_disk_that_fills_up_midway_gives_an_error_and_no_panic() {
        let data: Vec<u8> = (0..50_000u32).flat_map(|i| i.to_le_bytes()).collect();
        for room in [0, 10, 100, 5_000, 150_000, 199_990] {
            let closed = Rc::new(Cell::new(false));
            let small = Small {
                file: std::io::Cursor::new(Vec::new()),
                room,
            };
            let mut zip = ZipWriter::new(Output::new(small, Rc::clone(&closed)));
            let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
            let written = zip
                .start_file("a.bin", stored)
                .map_err(std::io::Error::other)
                .and_then(|()| zip.write_all(&data))
                .and_then(|()| {
                    zip.start_file("b.bin", zip_options(true, NaiveDateTime::default()))
                        .map_err(std::io::Error::other)
                })
                .and_then(|()| zip.write_all(&data));
            let finished =
                written.and_then(|()| zip.finish().map(|_| ()).map_err(std::io::Error::other));
            assert!(finished.is_err(), "room {room}");
            // Dropped here (when finish was not reached): must neither panic nor print.
        }
        // With room enough, a readable archive.
        let closed = Rc::new(Cell::new(false));
        let mut zip = ZipWriter::new(Output::new(std::io::Cursor::new(Vec::new()), closed));
        zip.start_file("a.bin", zip_options(true, NaiveDateTime::default()))
            .expect("start");
        zip.write_all(&data).expect("write");
        let bytes = zip.finish().expect("finish").inner.into_inner();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("readable");
        let mut back = Vec::new();
        archive
            .by_index(0)
            .expect("entry")
            .read_to_end(&mut back)
            .expect("read");
        assert_eq!(back, data);
    }
}
