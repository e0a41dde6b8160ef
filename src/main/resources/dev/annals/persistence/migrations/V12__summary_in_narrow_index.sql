-- An export limited to some themes streams their annotations with their documents' summaries (ADR 0204): the
-- narrow index it reads the documents through holds every column of a summary, so no document row (several KB)
-- is read and the document list is not read first.
DROP INDEX documents_narrow;
CREATE INDEX documents_narrow ON documents(id, kind, date, date_sort, title, source, date_source, chars, sha256);
