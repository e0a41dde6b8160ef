-- Where each document's date was read (header, page-metadata, byline, dateline, text, user) and the metadata the
-- file stated about itself (header lines, page meta tags): one "key<TAB>value" per line, in the order written.
ALTER TABLE documents ADD COLUMN date_source TEXT;
ALTER TABLE documents ADD COLUMN fields TEXT NOT NULL DEFAULT '';
