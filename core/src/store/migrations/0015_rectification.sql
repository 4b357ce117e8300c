-- Rectifications of a complainant's details (GDPR Art. 16): the field, the value it replaced
-- and the new one, who rectified it and why. The old value stays with the case so that the
-- letters already sent can be explained; an erasure blanks both values. The audit log holds
-- only the field's name.
CREATE TABLE rectifications (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    field         TEXT NOT NULL,
    old_value     TEXT NOT NULL,
    new_value     TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    rectified_by  INTEGER NOT NULL REFERENCES officers(id),
    rectified_at  TEXT NOT NULL
);

CREATE INDEX rectifications_by_case ON rectifications (case_id, id);
