-- Schema 0009: files kept on a case rather than on a message, such as the representative's
-- power of attorney (*fullmakt*). The case's details refer to the file by its id.
CREATE TABLE case_files (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    role          TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    bytes         BLOB NOT NULL,
    added_at      TEXT NOT NULL
);
CREATE INDEX case_files_by_case ON case_files (case_id, id);

-- Whom each letter was written to (`complainant`, `representative`); NULL for a letter kept
-- before this was recorded, or one to a body (a statement).
ALTER TABLE letters ADD COLUMN addressee TEXT;
