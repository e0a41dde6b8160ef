-- Full-text index over the folded shadow of each document's text (lower case, no tone marks, đ -> d, same
-- length in code points). Folding is done by annals_fold(), registered on every connection, so the tokenizer
-- must not remove diacritics itself. Contentless: the text lives in documents; the index only ranks and filters.
CREATE VIRTUAL TABLE search_fts USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 0',
    content = '',
    contentless_delete = 1
);

-- Documents already in the library are indexed on upgrade.
INSERT INTO search_fts(rowid, body) SELECT id, annals_fold(text) FROM documents;

CREATE TRIGGER search_fts_after_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO search_fts(rowid, body) VALUES (new.id, annals_fold(new.text));
END;

CREATE TRIGGER search_fts_after_delete AFTER DELETE ON documents
BEGIN
    DELETE FROM search_fts WHERE rowid = old.id;
END;

CREATE TRIGGER search_fts_after_text_update AFTER UPDATE OF text ON documents
BEGIN
    DELETE FROM search_fts WHERE rowid = old.id;
    INSERT INTO search_fts(rowid, body) VALUES (new.id, annals_fold(new.text));
END;
