-- Schema: the complaints manager's review. A letter of a kind that needs review is first kept
-- as a draft (text and PDF) with its author; the reviewer approves it (the letter is then kept,
-- immutable, with who approved it and when) or returns it with a comment. Officers can be
-- marked as having handled collection cases, for the independence check.
CREATE TABLE letter_drafts (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    kind           TEXT NOT NULL,
    language       TEXT NOT NULL,
    date           TEXT NOT NULL,
    text           TEXT NOT NULL,
    pdf            BLOB NOT NULL,
    addressee      TEXT,
    outcome        TEXT,
    author_id      INTEGER NOT NULL REFERENCES officers(id),
    submitted_at   TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending',
    decided_by     INTEGER REFERENCES officers(id),
    decided_at     TEXT,
    comment        TEXT NOT NULL DEFAULT '',
    self_approved  INTEGER NOT NULL DEFAULT 0,
    letter_id      INTEGER REFERENCES letters(id)
);
CREATE INDEX letter_drafts_by_case ON letter_drafts (case_id, id);
-- At most one draft of a case waits for review at a time.
CREATE UNIQUE INDEX letter_drafts_one_pending ON letter_drafts (case_id) WHERE state = 'pending';

ALTER TABLE letters ADD COLUMN approved_by INTEGER REFERENCES officers(id);
ALTER TABLE letters ADD COLUMN approved_at TEXT;
ALTER TABLE letters ADD COLUMN self_approved INTEGER NOT NULL DEFAULT 0;

CREATE TABLE officer_handled_cases (
    officer_id        INTEGER NOT NULL REFERENCES officers(id),
    debt_case_number  TEXT NOT NULL,
    PRIMARY KEY (officer_id, debt_case_number)
);
