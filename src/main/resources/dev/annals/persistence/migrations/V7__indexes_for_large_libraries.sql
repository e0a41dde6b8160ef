-- What a search filter and the sort of a theme's annotations read of a document, by id (ADR 0203, 0204): in this
-- narrow index that is one small page per many documents instead of one page of the documents table (rows of
-- several KB) per document.
CREATE INDEX documents_narrow ON documents(id, kind, date, date_sort, title);

-- The vocabulary of the index, to turn a prefix ("chi*") into the few words it stands for: FTS5 without a
-- prefix index merges every doclist of the prefix before it can return a single row.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');

-- The document list in its display order with the columns of a summary (ADR 0204): the list, the exports and
-- the stream of annotations in document order read this index from end to end instead of the first page of
-- every document's row, and sort nothing.
CREATE INDEX documents_summary ON documents(date_sort IS NULL, date_sort, title COLLATE NOCASE, id,
    title, date, date_source, source, kind, chars, sha256);
