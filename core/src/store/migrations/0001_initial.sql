-- Klagomål store, schema 1: officers, settings, cases, notes, messages, attachments, letters,
-- the hash-chained audit log and the full-text index.

CREATE TABLE officers (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    title   TEXT NOT NULL DEFAULT '',
    active  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- `details` holds the whole CaseDetails as JSON; the columns beside it are copies kept for
-- filtering, sorting and the inbox, written from the same value in the same statement.
CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    number_key        TEXT GENERATED ALWAYS AS (printf('%04d-%09d', year, seq)) VIRTUAL,
    received_at       TEXT NOT NULL,
    kind              TEXT NOT NULL,
    status            TEXT NOT NULL,
    category          TEXT,
    outcome           TEXT,
    subject           TEXT NOT NULL,
    complainant_name  TEXT NOT NULL,
    assignee_id       INTEGER REFERENCES officers(id),
    acknowledged_on   TEXT,
    answer_due_override TEXT,
    next_due          TEXT,
    next_due_kind     TEXT,
    due_key           TEXT GENERATED ALWAYS AS (coalesce(next_due, '9999-12-31')) VIRTUAL,
    details           TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (year, seq)
);

CREATE INDEX cases_by_due ON cases (due_key, id);
CREATE INDEX cases_by_received ON cases (received_at, id);
CREATE INDEX cases_by_number ON cases (number_key, id);
CREATE INDEX cases_by_status ON cases (status, due_key, id);
CREATE INDEX cases_by_kind ON cases (kind, due_key, id);
CREATE INDEX cases_by_category ON cases (category, due_key, id);
CREATE INDEX cases_by_assignee ON cases (assignee_id, due_key, id);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    author_id  INTEGER NOT NULL REFERENCES officers(id),
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX notes_by_case ON notes (case_id, id);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    direction   TEXT NOT NULL,
    at          TEXT NOT NULL,
    sender      TEXT NOT NULL,
    recipients  TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    message_id  TEXT,
    raw         BLOB
);
CREATE INDEX messages_by_case ON messages (case_id, at, id);
CREATE INDEX messages_by_message_id ON messages (message_id) WHERE message_id IS NOT NULL;

CREATE TABLE attachments (
    id            INTEGER PRIMARY KEY,
    message_id    INTEGER NOT NULL REFERENCES messages(id),
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    bytes         BLOB NOT NULL
);
CREATE INDEX attachments_by_message ON attachments (message_id, id);

CREATE TABLE letters (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    kind        TEXT NOT NULL,
    language    TEXT NOT NULL,
    date        TEXT NOT NULL,
    officer_id  INTEGER NOT NULL REFERENCES officers(id),
    created_at  TEXT NOT NULL,
    text        TEXT NOT NULL,
    pdf         BLOB NOT NULL
);
CREATE INDEX letters_by_case ON letters (case_id, id);

-- Append-only and hash-chained: hash = SHA-256(prev_hash, seq, at, actor, action, case_id,
-- entity_id, detail). No personal data: people are `officer:N`, detail holds codes only.
CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    case_id    INTEGER,
    entity_id  INTEGER,
    detail     TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_by_case ON audit (case_id, seq) WHERE case_id IS NOT NULL;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- One row per case (rowid = case id); contentless, so the text lives only in `cases` and `notes`.
-- remove_diacritics folds å/ä/ö/é so that "goteborg" finds "Göteborg"; prefix indexes keep
-- short prefix queries fast; secure-delete removes erased words from the index for good.
CREATE VIRTUAL TABLE case_fts USING fts5 (
    number, subject, description, parties, refs, notes,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO case_fts (case_fts, rank) VALUES ('secure-delete', 1);
