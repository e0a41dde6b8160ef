-- Schema version 2 belongs to full-text search; this placeholder keeps the numbering until that script is merged.
SELECT 1;
