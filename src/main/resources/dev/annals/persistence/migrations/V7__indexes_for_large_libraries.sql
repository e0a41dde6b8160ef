-- What the search plan reads besides the index (ADR 0203). The filters of a search look at the kind and the
-- date of every candidate, newest first: in this narrow index that is one small page per many documents instead
-- of one page of the documents table (rows of several KB) per candidate.
CREATE INDEX documents_search_filter ON documents(id, kind, date);

-- The vocabulary of the index, to turn a prefix ("chi*") into the few words it stands for: FTS5 without a
-- prefix index merges every doclist of the prefix before it can return a single row.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');

-- The document list in its display order with the columns of a summary (ADR 0204): the list, the exports and
-- the stream of annotations in document order read this index from end to end instead of the first page of
-- every document's row, and sort nothing.
CREATE INDEX documents_summary ON documents(date_sort IS NULL, date_sort, title COLLATE NOCASE, id,
    title, date, date_source, source, kind, chars, sha256);
