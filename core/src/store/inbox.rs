//! The inbox: cases filtered, sorted and paged in SQL by keyset, never loaded whole.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use super::search::match_expression;
use super::{Result, Store, code_error};
use crate::domain::{CaseId, CaseKind, CaseNumber, Category, DeadlineKind, OfficerId, Status};

/// A search looks at this many of the newest matching cases (among those the other filters
/// select). Sorting tens of thousands of hits for a common word costs hundreds of milliseconds;
/// the newest matches are almost always the ones an officer is after, and the page says when
/// there were more, with their number ([`Store::search_count`]).
pub const SEARCH_CANDIDATES: u32 = 2_000;

/// Which cases to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InboxFilter {
    /// Only this status.
    pub status: Option<Status>,
    /// Only this kind.
    pub kind: Option<CaseKind>,
    /// Only this category.
    pub category: Option<Category>,
    /// Only cases assigned to this officer.
    pub assignee: Option<OfficerId>,
    /// Only cases whose next deadline is before this day (pass today).
    pub overdue_on: Option<NaiveDate>,
    /// Only cases whose next deadline falls on this day (pass today).
    pub due_on: Option<NaiveDate>,
    /// Only cases matching this full-text search.
    pub search: Option<String>,
}

/// The column the inbox is sorted by. Each sorts in SQL by an index; the text columns and the
/// codes (kind, category, status) break ties by the next deadline, soonest first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Next deadline, soonest first; cases with nothing due last.
    #[default]
    Due,
    /// Date of receipt.
    Received,
    /// Case number.
    Number,
    /// The complainant's name.
    Complainant,
    /// Subject line.
    Subject,
    /// Kind, by its code.
    Kind,
    /// Category, by its code; cases without one first.
    Category,
    /// Status, by its code.
    Status,
    /// The assigned officer's name; unassigned cases first.
    Assignee,
}

impl SortKey {
    /// Every sort key, in the order of the inbox's columns.
    pub const ALL: [SortKey; 9] = [
        SortKey::Number,
        SortKey::Received,
        SortKey::Complainant,
        SortKey::Subject,
        SortKey::Kind,
        SortKey::Category,
        SortKey::Status,
        SortKey::Assignee,
        SortKey::Due,
    ];

    /// The sort's terms before the row id: every one a text, so that a cursor can hold them.
    const fn columns(self) -> &'static [&'static str] {
        match self {
            SortKey::Due => &["c.due_key"],
            SortKey::Received => &["c.received_at"],
            SortKey::Number => &["c.number_key"],
            SortKey::Complainant => &["c.complainant_name", "c.due_key"],
            SortKey::Subject => &["c.subject", "c.due_key"],
            SortKey::Kind => &["c.kind", "c.due_key"],
            SortKey::Category => &["coalesce(c.category, '')", "c.due_key"],
            SortKey::Status => &["c.status", "c.due_key"],
            SortKey::Assignee => &["coalesce(o.name, '')", "c.due_key"],
        }
    }

    /// `ORDER BY` terms, the row id last, all in one direction.
    fn order_by(self, dir: &str) -> String {
        let mut terms: Vec<String> = self
            .columns()
            .iter()
            .map(|c| format!("{c} {dir}"))
            .collect();
        terms.push(format!("c.id {dir}"));
        terms.join(", ")
    }
}

/// Where the previous page ended: the sort terms and id of its last row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    keys: Vec<String>,
    id: i64,
}

/// A request for one page of the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxQuery {
    /// Which cases.
    pub filter: InboxFilter,
    /// Sorted by.
    pub sort: SortKey,
    /// Largest first.
    pub descending: bool,
    /// Rows per page.
    pub limit: u32,
    /// Continue after this row; `None` for the first page.
    pub after: Option<Cursor>,
}

impl Default for InboxQuery {
    fn default() -> Self {
        InboxQuery {
            filter: InboxFilter::default(),
            sort: SortKey::Due,
            descending: false,
            limit: 50,
            after: None,
        }
    }
}

/// One line of the inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InboxRow {
    /// Row id.
    pub id: CaseId,
    /// `K-2026-00042`.
    pub number: CaseNumber,
    /// Received at.
    pub received_at: NaiveDateTime,
    /// The complainant's name.
    pub complainant: String,
    /// Subject line.
    pub subject: String,
    /// Kind.
    pub kind: CaseKind,
    /// Category, if set.
    pub category: Option<Category>,
    /// Status.
    pub status: Status,
    /// Assigned officer's id.
    pub assignee: Option<OfficerId>,
    /// Assigned officer's name.
    pub assignee_name: Option<String>,
    /// The next deadline's date…
    pub next_due: Option<NaiveDate>,
    /// …and what it is.
    pub next_due_kind: Option<DeadlineKind>,
}

/// One page of the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxPage {
    /// The rows, in order.
    pub rows: Vec<InboxRow>,
    /// Pass this as `after` for the next page; `None` on the last page.
    pub next: Option<Cursor>,
}

const ROW_COLUMNS: &str =
    "c.id, c.year, c.seq, c.received_at, c.complainant_name, c.subject, c.kind, c.category,
    c.status, c.assignee_id, o.name, c.next_due, c.next_due_kind";

fn row_from(r: &Row<'_>) -> rusqlite::Result<InboxRow> {
    let code = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let opt_code = |i: usize| -> rusqlite::Result<Option<String>> { r.get(i) };
    Ok(InboxRow {
        id: CaseId(r.get(0)?),
        number: CaseNumber {
            year: r.get(1)?,
            seq: r.get(2)?,
        },
        received_at: r.get(3)?,
        complainant: r.get(4)?,
        subject: r.get(5)?,
        kind: code(6)?.parse().map_err(|e| code_error(6, e))?,
        category: opt_code(7)?
            .map(|c| c.parse())
            .transpose()
            .map_err(|e| code_error(7, e))?,
        status: code(8)?.parse().map_err(|e| code_error(8, e))?,
        assignee: r.get::<_, Option<i64>>(9)?.map(OfficerId),
        assignee_name: r.get(10)?,
        next_due: r.get(11)?,
        next_due_kind: opt_code(12)?
            .map(|c| c.parse())
            .transpose()
            .map_err(|e| code_error(12, e))?,
    })
}

/// A day as the store writes it in `due_key`.
fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The tables every inbox query reads: the officer's name is a sort term.
const FROM: &str = "FROM cases c LEFT JOIN officers o ON o.id = c.assignee_id";

/// The same when searching: the candidates first, each case found by its id, so that a page
/// sorts at most [`SEARCH_CANDIDATES`] rows rather than walking a sort index past cases that do
/// not match.
const FROM_HITS: &str =
    "FROM hits h CROSS JOIN cases c ON c.id = h.id LEFT JOIN officers o ON o.id = c.assignee_id";

/// A `WHERE` clause and its parameters, built from a filter.
struct Conditions {
    sql: Vec<String>,
    params: Vec<Value>,
    /// The FTS query, when searching; it becomes the `hits` CTE.
    fts: Option<String>,
}

impl Conditions {
    fn from_filter(conn: &Connection, f: &InboxFilter) -> Result<Conditions> {
        let mut c = Conditions {
            sql: Vec::new(),
            params: Vec::new(),
            fts: None,
        };
        let text = |s: &str| Value::Text(s.to_owned());
        if let Some(s) = f.status {
            c.push("c.status = ?", text(s.code()));
        }
        if let Some(k) = f.kind {
            c.push("c.kind = ?", text(k.code()));
        }
        if let Some(cat) = f.category {
            c.push("c.category = ?", text(cat.code()));
        }
        if let Some(o) = f.assignee {
            c.push("c.assignee_id = ?", Value::Integer(o.0));
        }
        if let Some(today) = f.overdue_on {
            c.push("c.due_key < ?", Value::Text(day(today)));
        }
        if let Some(today) = f.due_on {
            c.push("c.due_key = ?", Value::Text(day(today)));
        }
        c.fts = match f.search.as_deref() {
            Some(input) => match_expression(conn, input)?,
            None => None,
        };
        Ok(c)
    }

    fn push(&mut self, sql: &str, value: Value) {
        self.sql.push(sql.to_owned());
        self.params.push(value);
    }

    /// `WITH hits …` (when searching: the newest matches among the cases the other conditions
    /// select), its parameters, which come before all others, and the tables to read from.
    fn with_hits(&self) -> (String, Vec<Value>, &'static str) {
        let Some(q) = &self.fts else {
            return (String::new(), Vec::new(), FROM);
        };
        let mut params = vec![Value::Text(q.clone())];
        let with = if self.sql.is_empty() {
            format!(
                "WITH hits(id) AS (SELECT rowid FROM case_fts WHERE case_fts MATCH ? \
                 ORDER BY rowid DESC LIMIT {SEARCH_CANDIDATES}) "
            )
        } else {
            params.extend(self.params.iter().cloned());
            format!(
                "WITH hits(id) AS (SELECT c.id FROM cases c WHERE c.id IN \
                 (SELECT rowid FROM case_fts WHERE case_fts MATCH ?) AND {} \
                 ORDER BY c.id DESC LIMIT {SEARCH_CANDIDATES}) ",
                self.sql.join(" AND ")
            )
        };
        (with, params, FROM_HITS)
    }

    fn where_clause(&self) -> String {
        match self.sql.is_empty() {
            true => String::new(),
            false => format!(" WHERE {}", self.sql.join(" AND ")),
        }
    }
}

impl Store {
    /// One page of the inbox.
    pub fn inbox(&self, q: &InboxQuery) -> Result<InboxPage> {
        let mut cond = Conditions::from_filter(&self.conn, &q.filter)?;
        let (with, mut params, from) = cond.with_hits();
        let columns = q.sort.columns();
        let (cmp, dir) = if q.descending {
            ("<", "DESC")
        } else {
            (">", "ASC")
        };
        if let Some(after) = &q.after {
            let marks = vec!["?"; columns.len() + 1].join(", ");
            cond.sql
                .push(format!("({}, c.id) {cmp} ({marks})", columns.join(", ")));
            cond.params
                .extend(after.keys.iter().map(|k| Value::Text(k.clone())));
            cond.params.push(Value::Integer(after.id));
        }
        params.extend(cond.params.iter().cloned());
        params.push(Value::Integer(i64::from(q.limit)));
        let sql = format!(
            "{with}SELECT {ROW_COLUMNS}, {} {from}{} ORDER BY {} LIMIT ?",
            columns.join(", "),
            cond.where_clause(),
            q.sort.order_by(dir),
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut last = None;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params), |r| {
                let row = row_from(r)?;
                let keys = (0..columns.len())
                    .map(|i| r.get::<_, String>(13 + i))
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok((row, keys))
            })?
            .map(|res| {
                res.map(|(row, keys)| {
                    last = Some(Cursor { keys, id: row.id.0 });
                    row
                })
            })
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let next = if rows.len() as u32 == q.limit {
            last
        } else {
            None
        };
        Ok(InboxPage { rows, next })
    }

    /// Every case the filter selects, as ids in inbox order: what a virtualised list needs to
    /// jump anywhere at once. Reads only the sort index (about 100 000 ids in tens of ms).
    pub fn inbox_ids(
        &self,
        filter: &InboxFilter,
        sort: SortKey,
        descending: bool,
    ) -> Result<Vec<CaseId>> {
        let cond = Conditions::from_filter(&self.conn, filter)?;
        let dir = if descending { "DESC" } else { "ASC" };
        let (with, mut params, from) = cond.with_hits();
        params.extend(cond.params.iter().cloned());
        let sql = format!(
            "{with}SELECT c.id {from}{} ORDER BY {}",
            cond.where_clause(),
            sort.order_by(dir),
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let ids = stmt.query_map(rusqlite::params_from_iter(params), |r| {
            Ok(CaseId(r.get(0)?))
        })?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The inbox rows of the given cases, in the order given; ids that no longer exist are skipped.
    pub fn inbox_rows(&self, ids: &[CaseId]) -> Result<Vec<InboxRow>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {ROW_COLUMNS} {FROM} WHERE c.id = ?1"))?;
        let mut rows = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(row) = stmt.query_row([id.0], row_from).optional()? {
                rows.push(row);
            }
        }
        Ok(rows)
    }

    /// How many cases the filter selects (a search counts at most [`SEARCH_CANDIDATES`]).
    pub fn inbox_count(&self, filter: &InboxFilter) -> Result<u64> {
        let cond = Conditions::from_filter(&self.conn, filter)?;
        let (with, mut params, from) = cond.with_hits();
        params.extend(cond.params.iter().cloned());
        let sql = format!("{with}SELECT count(*) {from}{}", cond.where_clause());
        self.count(&sql, params)
    }

    /// How many cases match the filter's search and its other conditions in all, beyond the
    /// candidates an inbox page looks at; 0 without a search.
    pub fn search_count(&self, filter: &InboxFilter) -> Result<u64> {
        let cond = Conditions::from_filter(&self.conn, filter)?;
        let Some(q) = cond.fts.clone() else {
            return Ok(0);
        };
        if cond.sql.is_empty() {
            let sql = "SELECT count(*) FROM case_fts WHERE case_fts MATCH ?";
            return self.count(sql, vec![Value::Text(q)]);
        }
        let sql = format!(
            "SELECT count(*) FROM cases c WHERE c.id IN \
             (SELECT rowid FROM case_fts WHERE case_fts MATCH ?) AND {}",
            cond.sql.join(" AND ")
        );
        let mut params = vec![Value::Text(q)];
        params.extend(cond.params);
        self.count(&sql, params)
    }

    fn count(&self, sql: &str, params: Vec<Value>) -> Result<u64> {
        let n: i64 = self
            .conn
            .prepare_cached(sql)?
            .query_row(rusqlite::params_from_iter(params), |r| r.get(0))?;
        Ok(n.unsigned_abs())
    }

    /// The number of cases per status, for the sidebar; statuses without cases are left out.
    pub fn status_counts(&self) -> Result<Vec<(Status, u64)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT status, count(*) FROM cases GROUP BY status")?;
        let rows = stmt.query_map([], |r| {
            let status: String = r.get(0)?;
            let n: i64 = r.get(1)?;
            Ok((
                status.parse().map_err(|e| code_error(0, e))?,
                n.unsigned_abs(),
            ))
        })?;
        let mut counts: Vec<(Status, u64)> = rows.collect::<rusqlite::Result<_>>()?;
        counts.sort_by_key(|(s, _)| *s);
        Ok(counts)
    }
}
