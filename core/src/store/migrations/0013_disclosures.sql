-- Schema: the disclosure log. Each time data about a person left the company: to whom (a code,
-- and a name where the code is not enough), what, on which day, on what legal basis, and
-- whether an officer entered it or an export recorded it by itself.
CREATE TABLE disclosures (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    recipient       TEXT NOT NULL,
    recipient_name  TEXT NOT NULL DEFAULT '',
    what            TEXT NOT NULL,
    disclosed_on    TEXT NOT NULL,
    basis           TEXT NOT NULL,
    source          TEXT NOT NULL,
    recorded_by     INTEGER NOT NULL REFERENCES officers(id),
    recorded_at     TEXT NOT NULL
);
CREATE INDEX disclosures_by_case ON disclosures (case_id, disclosed_on, id);
