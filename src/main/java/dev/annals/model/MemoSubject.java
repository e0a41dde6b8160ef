package dev.annals.model;

/** What a memo is about: a document, a theme, a conference (each by id), or the library as a whole. */
public record MemoSubject(Kind kind, long id) {

    public enum Kind { DOCUMENT, THEME, CONFERENCE, LIBRARY }

    public static final MemoSubject LIBRARY = new MemoSubject(Kind.LIBRARY, 0);

    public MemoSubject {
        if (kind == Kind.LIBRARY) id = 0;
    }

    public static MemoSubject document(long id) { return new MemoSubject(Kind.DOCUMENT, id); }

    public static MemoSubject theme(long id) { return new MemoSubject(Kind.THEME, id); }

    public static MemoSubject conference(long id) { return new MemoSubject(Kind.CONFERENCE, id); }
}
