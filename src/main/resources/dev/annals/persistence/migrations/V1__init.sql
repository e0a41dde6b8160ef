-- Documents: the normalized text, its hash, the metadata, and which fields the user edited.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    title           TEXT,
    date            TEXT,
    date_precision  TEXT,
    date_sort       TEXT,
    source          TEXT,
    kind            TEXT,
    people          TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    sha256          TEXT NOT NULL UNIQUE,
    chars           INTEGER NOT NULL,
    original_name   TEXT,
    imported_at     TEXT NOT NULL,
    edited_fields   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_date ON documents(date_sort, title);

-- The bytes exactly as the user gave them.
CREATE TABLE document_originals (
    doc_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    bytes   BLOB NOT NULL
);

CREATE TABLE themes (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color       TEXT NOT NULL,
    parent_id   INTEGER REFERENCES themes(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    doc_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    theme_id     INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    start_cp     INTEGER NOT NULL,
    end_cp       INTEGER NOT NULL,
    exact        TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'anchored',
    text_sha256  TEXT NOT NULL,
    created      TEXT NOT NULL,
    modified     TEXT NOT NULL
);
CREATE INDEX annotations_doc ON annotations(doc_id, start_cp);
CREATE INDEX annotations_theme ON annotations(theme_id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
