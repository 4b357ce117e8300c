-- Schema 0010: search that understands Swedish compounds and inflections.
--
-- The case index gains the correspondence (a reply's text) and the names of the case's kind,
-- category, status (both languages) and officer; the program refills it after this script.
-- Contentless (the text lives only in its tables), remove_diacritics folds å/ä/ö in whole
-- words ("goteborg" finds "Göteborg"), secure-delete so that a changed text leaves no words
-- behind. The prefix indexes ('2 3') go: they took 60 % of the index, and a word's beginning
-- is found through the vocabulary below.
DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts USING fts5 (
    number, subject, description, parties, refs, notes, messages, labels,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO case_fts (case_fts, rank) VALUES ('secure-delete', 1);

-- Every word of three letters or more in the index, once, in lower case, with a trigram index:
-- a query word stands for the words that contain it ("avgift" for "påminnelseavgiften"), and
-- `påminn*` for the words that begin so (through the unique index).
-- The program lower-cases the words and the query; trigrams keep å/ä/ö apart ("ränta" is not
-- in "garanti").
CREATE TABLE search_words (
    id    INTEGER PRIMARY KEY,
    word  TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search_words_fts USING fts5 (
    word,
    content = 'search_words',
    content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE TRIGGER search_words_indexed AFTER INSERT ON search_words
BEGIN INSERT INTO search_words_fts (rowid, word) VALUES (new.id, new.word); END;
