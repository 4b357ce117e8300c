//! What takes the space in a store: bytes per table and index, from SQLite's `dbstat` table.

use super::{Result, Store};

/// One table or index and the bytes its pages take in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpaceUse {
    /// The table's or index's name (FTS5 tables show as their shadow tables, `case_fts_data`…).
    pub name: String,
    /// Bytes in pages, free space inside the pages included.
    pub bytes: u64,
    /// Bytes of the rows themselves (keys and payload), without the pages' free space.
    pub payload: u64,
}

impl Store {
    /// Every table and index with the bytes it takes, largest first; free pages as `(free)`.
    pub fn space_use(&self) -> Result<Vec<SpaceUse>> {
        let mut stmt = self.conn.prepare(
            "SELECT name, sum(pgsize), sum(payload) FROM dbstat GROUP BY name
             UNION ALL
             SELECT '(free)', freelist_count * page_size, 0
             FROM pragma_freelist_count, pragma_page_size
             ORDER BY 2 DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SpaceUse {
                name: r.get(0)?,
                bytes: r.get::<_, i64>(1)?.unsigned_abs(),
                payload: r.get::<_, i64>(2)?.unsigned_abs(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
