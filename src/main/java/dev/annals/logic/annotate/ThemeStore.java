package dev.annals.logic.annotate;

import dev.annals.model.Theme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of the codebook. Every write is committed before it returns. Implemented by the persistence layer. */
public interface ThemeStore {

    /** All themes in their display order (sort order, then name). */
    List<Theme> findAll();

    Optional<Theme> findById(long id);

    /** Matches the name case-insensitively. */
    Optional<Theme> findByName(String name);

    /** Stores a new theme (its id is ignored) and returns it with its id. */
    Theme insert(Theme theme);

    /** Stores a theme again with its own id (undo of a delete). */
    void restore(Theme theme);

    void update(Theme theme);

    /** Updates several themes in one transaction (reordering, re-parenting). */
    void updateAll(List<Theme> themes);

    /** Deletes the theme and, with it, its annotations; its children become top-level. */
    void delete(long id);

    /** Number of annotations per theme id. */
    Map<Long, Integer> annotationCounts();
}
