-- How many times the documents changed in a way grouping into conferences reads (one added or removed, a new date
-- or kind), and that count when the stored conferences were last grouped (NULL after an edit of the conferences:
-- group again). While the two are equal the timeline reads the stored conferences instead of grouping every
-- document again (ADR 0207).
CREATE TABLE conference_grouping (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    documents_version  INTEGER NOT NULL DEFAULT 0,
    grouped_version    INTEGER
);
INSERT INTO conference_grouping(id) VALUES (1);

CREATE TRIGGER documents_added_for_grouping AFTER INSERT ON documents
BEGIN
    UPDATE conference_grouping SET documents_version = documents_version + 1;
END;

CREATE TRIGGER documents_removed_for_grouping AFTER DELETE ON documents
BEGIN
    UPDATE conference_grouping SET documents_version = documents_version + 1;
END;

CREATE TRIGGER documents_redated_for_grouping AFTER UPDATE OF date, kind ON documents
WHEN old.date IS NOT new.date OR old.kind IS NOT new.kind
BEGIN
    UPDATE conference_grouping SET documents_version = documents_version + 1;
END;
