-- Retention (gallring): the day a case was finished, the day it was anonymised, and the
-- sweeps that ran (counts only, nothing personal).

-- The day the case last entered a finished status (answered, closed, referred); NULL while it
-- is not finished. Its retention period counts from this day.
ALTER TABLE cases ADD COLUMN closed_on TEXT;
-- The day the case's complainant was erased (by request or by a sweep); NULL until then.
ALTER TABLE cases ADD COLUMN erased_on TEXT;

-- A finished case's closure is the last status change into a finished status in the audit
-- log, or, without one, the last time the case changed.
UPDATE cases SET closed_on = coalesce(
    (SELECT substr(a.at, 1, 10) FROM audit a
      WHERE a.case_id = cases.id AND a.action = 'case.status_changed'
        AND CASE WHEN json_valid(a.detail) THEN json_extract(a.detail, '$.to') END
            IN ('answered', 'closed', 'referred')
      ORDER BY a.seq DESC LIMIT 1),
    substr(cases.updated_at, 1, 10))
WHERE status IN ('answered', 'closed', 'referred');

UPDATE cases SET erased_on = (
    SELECT substr(a.at, 1, 10) FROM audit a
     WHERE a.case_id = cases.id AND a.action = 'case.erased'
     ORDER BY a.seq DESC LIMIT 1);

CREATE INDEX cases_by_closure ON cases (closed_on) WHERE closed_on IS NOT NULL AND erased_on IS NULL;

-- Each retention sweep that ran (a dry run leaves no row): when, by whom, with which period,
-- and its report as JSON (cases anonymised and held per year of closure, and in all).
CREATE TABLE retention_sweeps (
    id          INTEGER PRIMARY KEY,
    run_at      TEXT NOT NULL,
    officer_id  INTEGER NOT NULL REFERENCES officers(id),
    months      INTEGER NOT NULL,
    report      TEXT NOT NULL
);
