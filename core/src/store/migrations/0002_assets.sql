-- Schema 2: files that belong to the company rather than to a case, such as the letterhead logo.
CREATE TABLE assets (
    name   TEXT PRIMARY KEY,
    bytes  BLOB NOT NULL
);
