-- Schema 7: every inbox column sorts through an index (kind, status and the due date have theirs
-- since schema 1). Ties break by the next deadline, as the inbox orders them.
CREATE INDEX cases_by_complainant ON cases (complainant_name, due_key, id);
CREATE INDEX cases_by_subject ON cases (subject, due_key, id);
CREATE INDEX cases_by_category_sort ON cases (coalesce(category, ''), due_key, id);
