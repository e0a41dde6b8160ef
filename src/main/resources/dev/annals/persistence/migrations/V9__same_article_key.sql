-- The same article in another format (a .txt with blank lines between paragraphs, its .docx, its PDF) has the same
-- words in the same order but not the same bytes: import finds duplicates by the hash of the words (Hashing.wordsKey).
-- sha256 keeps meaning the exact text, which positions in exports and imported annotations refer to.
ALTER TABLE documents ADD COLUMN words_key TEXT;
UPDATE documents SET words_key = annals_words_key(text);
CREATE INDEX documents_words_key ON documents(words_key);
