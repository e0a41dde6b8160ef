-- The user's edits of the people index (merge, split off a written form, rename), keyed by the name or written form
-- as PeopleIndex folds it (case and spacing, tone marks kept), so they apply again after re-import or re-extraction.
CREATE TABLE IF NOT EXISTS people_edits (
    kind     TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    subject  TEXT NOT NULL,
    target   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, subject)
);
