package dev.annals.logic.people;

/**
 * One edit of the people index, kept so that it applies again whenever the index is computed. {@code subject} and
 * {@code target} are keys as {@link PeopleIndex} folds names (case and spacing, tone marks kept):
 * MERGE subject person into target person; SPLIT the written form subject off into a person of its own (target
 * empty); RENAME person subject to the display name target.
 */
public record PersonEdit(Kind kind, String subject, String target) {

    public enum Kind { MERGE, SPLIT, RENAME }

    public static PersonEdit merge(String from, String into) { return new PersonEdit(Kind.MERGE, from, into); }

    public static PersonEdit split(String writtenKey) { return new PersonEdit(Kind.SPLIT, writtenKey, ""); }

    public static PersonEdit rename(String personKey, String name) { return new PersonEdit(Kind.RENAME, personKey, name); }
}
