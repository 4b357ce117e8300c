-- Schema 6: how a message reached us or left us (e-mail, letter, phone). Messages kept before
-- this version were all imported e-mails.
ALTER TABLE messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'email';
