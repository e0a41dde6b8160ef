-- What the search plan reads besides the index (ADR 0203). The filters of a search look at the kind and the
-- date of every candidate, newest first: in this narrow index that is one small page per many documents instead
-- of one page of the documents table (rows of several KB) per candidate.
CREATE INDEX documents_search_filter ON documents(id, kind, date);

-- The vocabulary of the index, to turn a prefix ("chi*") into the few words it stands for: FTS5 without a
-- prefix index merges every doclist of the prefix before it can return a single row.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
