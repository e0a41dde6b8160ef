-- New documents get their search_fts row from the document store, which receives the folded text ready-made
-- (import folds on its worker threads). Folding inside SQLite called back into Java once per row and took
-- most of the time spent writing an import. Deletes and text edits still go through the triggers of V2.
DROP TRIGGER search_fts_after_insert;
