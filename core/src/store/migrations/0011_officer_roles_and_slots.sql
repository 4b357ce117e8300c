-- Officers' roles and key slots (docs/key-slots.md). Touches only the officers; it is numbered
-- apart from the search migration written beside it, and either may be renumbered when they meet.
--
-- One row per role an officer holds: 'officer', 'manager' (klagomålsansvarig), 'admin'.
CREATE TABLE officer_roles (
    officer_id  INTEGER NOT NULL REFERENCES officers(id),
    role        TEXT NOT NULL,
    PRIMARY KEY (officer_id, role)
);

-- What binds an officer to their slot in <store>.slots: the slot's id, the X25519 public key the
-- data key is sealed to when the store is rekeyed, and the SHA-256 of the token that only their
-- slot holds. NULL for an officer who cannot sign in (a name to assign cases to, or removed).
-- `active` (schema 1) is 0 once an officer is removed; the row stays for the history.
ALTER TABLE officers ADD COLUMN slot_id TEXT;
ALTER TABLE officers ADD COLUMN public_key BLOB;
ALTER TABLE officers ADD COLUMN token_hash BLOB;
CREATE UNIQUE INDEX officers_by_slot ON officers (slot_id) WHERE slot_id IS NOT NULL;

-- Every officer so far handles complaints; the one who works with the store (the settings'
-- current_officer, the first officer unless it was changed) also administers it and approves.
INSERT INTO officer_roles (officer_id, role) SELECT id, 'officer' FROM officers;
INSERT INTO officer_roles (officer_id, role)
SELECT officers.id, extra.role
FROM officers, (SELECT 'manager' AS role UNION ALL SELECT 'admin') AS extra
WHERE officers.id = coalesce(
    (SELECT json_extract(value, '$.current_officer') FROM settings WHERE key = 'settings'), 1);
