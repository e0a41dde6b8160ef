package dev.annals.logic.search;

import dev.annals.model.MemoSubject;

/** A memo whose text or title matched; {@code about} names its document, theme or conference ("" for the library). */
public record MemoHit(long memoId, MemoSubject subject, String about, String title, Snippet text) {
}
