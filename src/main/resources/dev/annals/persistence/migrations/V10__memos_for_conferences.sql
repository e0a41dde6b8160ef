-- Memos about a conference, and when a memo was last changed. conference_id has no foreign key: the conferences
-- are rewritten whole when they are regrouped, and a memo must outlive that (ADR 0046). A memo whose conference
-- is gone becomes a library memo and former_conference keeps what it was about.
ALTER TABLE memos ADD COLUMN conference_id INTEGER;
ALTER TABLE memos ADD COLUMN updated TEXT;
ALTER TABLE memos ADD COLUMN former_conference TEXT NOT NULL DEFAULT '';
UPDATE memos SET updated = created;
CREATE INDEX memos_conference ON memos(conference_id);
