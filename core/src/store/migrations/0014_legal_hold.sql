-- A legal claim an officer marks on a case (GDPR Art. 17(3)(e)): while set, the case's
-- complainant may not be erased. The officer's reason; NULL when there is no such claim.
ALTER TABLE cases ADD COLUMN legal_hold TEXT;
