package dev.annals.logic.people;

import dev.annals.logic.library.PersonMention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The stored edits, read for one computation of the index: which person each written form belongs to, and its name. */
final class PeopleEdits {

    /** Keys of people split off from a written form start with this, so they never meet a name's key. */
    static final String FORM = "form:";

    private final Map<String, String> mergedInto = new HashMap<>();
    private final Set<String> split = new HashSet<>();
    private final Map<String, String> renamed = new HashMap<>();

    PeopleEdits(List<PersonEdit> edits) {
        for (PersonEdit e : edits) {
            switch (e.kind()) {
                case MERGE -> mergedInto.put(e.subject(), e.target());
                case SPLIT -> split.add(e.subject());
                case RENAME -> renamed.put(e.subject(), e.target());
            }
        }
    }

    /** The person's own key before merges: the written form's when it was split off, else the name's. */
    String ownKey(PersonMention m) {
        String form = PeopleIndex.key(m.written());
        return split.contains(form) ? FORM + form : PeopleIndex.key(m.name());
    }

    boolean isSplit(PersonMention m) {
        return split.contains(PeopleIndex.key(m.written()));
    }

    /** Follows merges to the person a key ends up in. */
    String root(String key) {
        Set<String> seen = new HashSet<>();
        String at = key;
        while (mergedInto.containsKey(at) && seen.add(at)) at = mergedInto.get(at);
        return at;
    }

    Optional<String> name(String root) {
        return Optional.ofNullable(renamed.get(root));
    }
}
