package dev.annals.logic.people;

import java.util.List;

/** Where the user's edits of the people index are kept. */
public interface PersonEditStore {

    /** No edits, for an index read without them. */
    PersonEditStore NONE = new PersonEditStore() {
        @Override
        public List<PersonEdit> all() { return List.of(); }

        @Override
        public void replace(List<PersonEdit> remove, List<PersonEdit> add) {
            throw new UnsupportedOperationException("no place to keep people edits");
        }
    };

    List<PersonEdit> all();

    /** Removes {@code remove} and adds {@code add}, in one transaction. */
    void replace(List<PersonEdit> remove, List<PersonEdit> add);
}
