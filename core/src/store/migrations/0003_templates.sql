-- Schema 3: letter templates edited by the officers, per letter kind and language. A kind and
-- language without a row uses the template compiled into the program.
CREATE TABLE templates (
    kind      TEXT NOT NULL,
    language  TEXT NOT NULL,
    source    TEXT NOT NULL,
    PRIMARY KEY (kind, language)
);
