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

-- The title of the conference's best-dated titled document (a day first, then a month or no date, then a year;
-- then the lowest id), as the conference shows it while the user has not named it. Set for all conferences when
-- they are grouped; a document's new title sets it for its conference here. The characters trimmed are those Java's
-- strip() takes off.
ALTER TABLE conferences ADD COLUMN document_title TEXT;

CREATE TRIGGER documents_retitled_for_conferences AFTER UPDATE OF title ON documents
WHEN old.title IS NOT new.title
BEGIN
    UPDATE conferences SET document_title = (
        SELECT d.title FROM conference_documents cd JOIN documents d ON d.id = cd.doc_id
        WHERE cd.conference_id = conferences.id
          AND trim(d.title, char(9,10,11,12,13,28,29,30,31,32,5760,8192,8193,8194,8195,8196,8197,8198,8200,8201,8202,8232,8233,8287,12288)) <> ''
        ORDER BY CASE length(d.date) WHEN 10 THEN 0 WHEN 4 THEN 2 ELSE 1 END, d.id LIMIT 1)
    WHERE id = (SELECT conference_id FROM conference_documents WHERE doc_id = new.id);
END;
