//! Proving that erased text is gone from the bytes (shared by the erasure and retention
//! tests): every text and blob value read through an independently keyed connection, a plain
//! copy made with `sqlcipher_export`, the raw files, and the decrypted pages of the main file
//! and of the WAL (emptied by the scrub, then holding what was written since).

use std::path::Path;

use crate::common::raw_keyed;
use klagomal_core::store::{InboxFilter, Store};

/// The store's main file, WAL and shared-memory file, each as bytes (empty when missing).
pub fn file_bytes(path: &Path) -> Vec<(String, Vec<u8>)> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|s| {
            let mut p = path.as_os_str().to_owned();
            p.push(s);
            (s.to_string(), std::fs::read(&p).unwrap_or_default())
        })
        .collect()
}

/// How often `needle` occurs in `haystack`.
pub fn occurrences(haystack: &[u8], needle: &str) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle.as_bytes())
        .count()
}

/// How many cases a search finds in all.
pub fn hits(store: &Store, search: &str) -> u64 {
    let filter = InboxFilter {
        search: Some(search.to_owned()),
        ..Default::default()
    };
    store.search_count(&filter).expect("search")
}

/// Asserts that none of `gone` is left anywhere in the store at `path`, and that `kept` (text
/// of data that stays) is found, so that each scan is known to read what it should. Closes
/// the store. `dir` takes the plain and re-encrypted copies.
pub fn assert_gone_from_bytes(
    mut store: Store,
    path: &Path,
    dir: &Path,
    gone: &[&str],
    kept: &str,
) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    assert_eq!(
        std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0),
        0,
        "the WAL is truncated while the store is still open"
    );
    // Exporting the key writes an audit event: the WAL's pages written after the scrub are
    // decrypted and scanned too.
    let key = store.export_key().expect("the data key");
    let wal_pages = decrypted_wal_pages(path, &key);
    assert!(
        wal_pages
            .iter()
            .any(|p| occurrences(p, "store.key_exported") > 0),
        "the WAL's pages decrypt ({} pages)",
        wal_pages.len()
    );
    for page in &wal_pages {
        for g in gone {
            assert_eq!(occurrences(page, g), 0, "{g} in the WAL");
        }
    }
    let conn = raw_keyed(path, &key);
    let free: i64 = conn
        .query_row("PRAGMA freelist_count", [], |r| r.get(0))
        .expect("freelist");
    assert_eq!(free, 0, "no free pages after the vacuum");
    let scanned = scan_values(&conn, gone);
    assert!(scanned > 50, "the scan read the tables ({scanned} values)");

    // The whole file exported to a plain database, and its every byte scanned: free pages,
    // the search index's shadow tables and the page slack included.
    let plain = dir.join("plain.db");
    conn.execute(
        "ATTACH DATABASE ?1 AS plain KEY ''",
        [plain.to_str().expect("utf-8 path")],
    )
    .expect("attach");
    conn.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))
        .expect("export");
    conn.execute("DETACH DATABASE plain", []).expect("detach");
    drop(conn);
    let exported = std::fs::read(&plain).expect("plain file");
    assert!(exported.starts_with(b"SQLite format 3\0"), "really plain");
    assert!(
        occurrences(&exported, kept) > 0,
        "the export holds the data kept"
    );
    for g in gone {
        assert_eq!(occurrences(&exported, g), 0, "{g} in the plain export");
    }
    // The encrypted files, raw (a weak check: they are encrypted), the WAL included.
    drop(store);
    for (suffix, bytes) in file_bytes(path) {
        for g in gone {
            assert_eq!(occurrences(&bytes, g), 0, "{g} in file{suffix}");
        }
    }
    // The decrypted pages of the main file, page by page, free pages and slack included.
    let pages = decrypted_pages(path, &dir.join("copy.db"), &key);
    assert!(pages.len() > 5, "{} pages", pages.len());
    assert!(
        pages.iter().any(|p| occurrences(p, kept) > 0),
        "the decryption works"
    );
    for (n, page) in pages.iter().enumerate() {
        for g in gone {
            assert_eq!(occurrences(page, g), 0, "{g} on page {}", n + 1);
        }
    }
}

/// Every text and blob column of every table, read through `conn`: none holds any of `gone`.
/// Returns how many values it read.
fn scan_values(conn: &rusqlite::Connection, gone: &[&str]) -> usize {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("names");
    let mut scanned = 0;
    for table in &tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("row") {
            for i in 0..columns {
                let bytes: Vec<u8> = match row.get_ref(i).expect("value") {
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        t.to_vec()
                    }
                    _ => continue,
                };
                scanned += 1;
                for g in gone {
                    assert_eq!(occurrences(&bytes, g), 0, "{g} in {table} column {i}");
                }
            }
        }
    }
    scanned
}

/// A raw 256-bit key: `PRAGMA rekey` to it skips the key derivation.
const RAW_KEY: [u8; 32] = *b"0123456789abcdef0123456789abcdef";

/// The store at `path`, copied to `copy`, re-encrypted under [`RAW_KEY`] by SQLCipher itself
/// (every page rewritten as it is, free ones included), and decrypted here page by page
/// (SQLCipher 4: 4096-byte pages ending in a 16-byte IV and a 64-byte HMAC; AES-256-CBC; the
/// first page's first 16 bytes are the salt).
fn decrypted_pages(path: &Path, copy: &Path, key: &str) -> Vec<Vec<u8>> {
    use aes::cipher::KeyInit;
    std::fs::copy(path, copy).expect("copy");
    let conn = raw_keyed(copy, key);
    conn.pragma_update(None, "journal_mode", "DELETE")
        .expect("no WAL");
    let hex: String = RAW_KEY.iter().map(|b| format!("{b:02x}")).collect();
    conn.pragma_update(None, "rekey", format!("x'{hex}'"))
        .expect("rekey");
    drop(conn);
    let file = std::fs::read(copy).expect("copy bytes");
    assert_eq!(file.len() % 4096, 0);
    let aes = aes::Aes256::new(&RAW_KEY.into());
    file.chunks(4096)
        .enumerate()
        .map(|(n, page)| decrypt_page(&aes, page, n == 0))
        .collect()
}

/// The pages in the store's WAL, decrypted with its data key (`key`, in hex: SQLCipher uses a
/// raw key as the AES key itself). A WAL is a 32-byte header, then frames of a 24-byte header
/// (the page number first) and a page.
fn decrypted_wal_pages(path: &Path, key: &str) -> Vec<Vec<u8>> {
    use aes::cipher::KeyInit;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let bytes = std::fs::read(&wal).unwrap_or_default();
    let key: Vec<u8> = (0..key.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&key[i..i + 2], 16).expect("hex"))
        .collect();
    let aes = aes::Aes256::new_from_slice(&key).expect("a 256-bit key");
    bytes
        .get(32..)
        .unwrap_or_default()
        .chunks(24 + 4096)
        .filter(|frame| frame.len() == 24 + 4096)
        .map(|frame| {
            let number = u32::from_be_bytes(frame[..4].try_into().expect("page number"));
            decrypt_page(&aes, &frame[24..], number == 1)
        })
        .collect()
}

/// One SQLCipher 4 page decrypted: AES-256-CBC over all but the last 80 bytes (a 16-byte IV
/// and a 64-byte HMAC); the first page keeps its first 16 bytes (the salt) in the clear.
fn decrypt_page(aes: &aes::Aes256, page: &[u8], first: bool) -> Vec<u8> {
    use aes::cipher::BlockCipherDecrypt;
    let start = if first { 16 } else { 0 };
    let (body, reserve) = page.split_at(4096 - 80);
    let mut prev: [u8; 16] = reserve[..16].try_into().expect("iv");
    let mut plain = Vec::with_capacity(body.len());
    for block in body[start..].chunks(16) {
        let cipher: [u8; 16] = block.try_into().expect("block");
        let mut array = cipher.into();
        aes.decrypt_block(&mut array);
        let b: [u8; 16] = array.into();
        plain.extend(b.iter().zip(prev).map(|(x, p)| x ^ p));
        prev = cipher;
    }
    plain
}
