-- Schema 4: the SHA-256 of an imported message's original bytes, to skip a message without a
-- Message-ID that was imported before.
ALTER TABLE messages ADD COLUMN content_hash TEXT;
CREATE INDEX messages_by_hash ON messages (content_hash) WHERE content_hash IS NOT NULL;
