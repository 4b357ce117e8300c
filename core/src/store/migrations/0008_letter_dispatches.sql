-- Schema 0008: when and how a kept letter was sent (e-mail, post). The letter itself stays
-- immutable; a letter may be sent more than once.
CREATE TABLE letter_dispatches (
    id           INTEGER PRIMARY KEY,
    letter_id    INTEGER NOT NULL REFERENCES letters(id),
    via          TEXT NOT NULL,
    sent_on      TEXT NOT NULL,
    officer_id   INTEGER NOT NULL REFERENCES officers(id),
    recorded_at  TEXT NOT NULL
);
CREATE INDEX letter_dispatches_by_letter ON letter_dispatches (letter_id, id);
