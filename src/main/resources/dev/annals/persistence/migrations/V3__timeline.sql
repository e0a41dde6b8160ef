-- Conferences on the timeline. title is NULL while generated from kind and date; edited = 1 once the user
-- changed the conference, so that grouping after later imports leaves it as it is.
CREATE TABLE conferences (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT,
    date            TEXT NOT NULL,
    date_precision  TEXT NOT NULL,
    kind            TEXT NOT NULL,
    edited          INTEGER NOT NULL DEFAULT 0
);

-- Which conference each document reports; by_user = 1 when the user put it there (merge, split, re-link).
CREATE TABLE conference_documents (
    doc_id         INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    conference_id  INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    by_user        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conference_documents_conference ON conference_documents(conference_id);
