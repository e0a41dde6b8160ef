-- Which annotations are starter examples (installed with the bundled corpus); deleting an annotation unmarks it.
CREATE TABLE example_annotations (
    annotation_id  INTEGER PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE
);
