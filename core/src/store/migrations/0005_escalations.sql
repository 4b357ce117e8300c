-- Schema 5: escalations to ARN, a court or a supervisor. The record is JSON (the domain's
-- Escalation); the case keeps the earliest open statement deadline for the inbox.
CREATE TABLE escalations (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    record      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX escalations_by_case ON escalations (case_id, id);
ALTER TABLE cases ADD COLUMN statement_due TEXT;
