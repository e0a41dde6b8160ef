-- Memos about a document, a theme, or the library (both ids NULL), e.g. the notes of an imported REFI-QDA project.
CREATE TABLE memos (
    id        INTEGER PRIMARY KEY,
    doc_id    INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    theme_id  INTEGER REFERENCES themes(id) ON DELETE CASCADE,
    title     TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL,
    origin    TEXT NOT NULL DEFAULT '',
    created   TEXT NOT NULL
);
CREATE INDEX memos_doc ON memos(doc_id);
CREATE INDEX memos_theme ON memos(theme_id);
