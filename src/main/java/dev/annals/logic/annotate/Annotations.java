package dev.annals.logic.annotate;

import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.TextAnchor;

import java.time.Instant;

/** Copies of an annotation with one thing changed. */
public final class Annotations {

    private Annotations() {
    }

    public static Annotation withTheme(Annotation a, long themeId) {
        return new Annotation(a.id(), a.docId(), themeId, a.anchor(), a.note(), a.status(), a.textSha256(), a.created(), a.modified());
    }

    public static Annotation withNote(Annotation a, String note, Instant modified) {
        return new Annotation(a.id(), a.docId(), a.themeId(), a.anchor(), note, a.status(), a.textSha256(), a.created(), modified);
    }

    /** Placed on a (new) text: the anchor, its status and the text's hash. */
    public static Annotation placed(Annotation a, TextAnchor anchor, AnchorStatus status, String textSha256, Instant modified) {
        return new Annotation(a.id(), a.docId(), a.themeId(), anchor, a.note(), status, textSha256, a.created(), modified);
    }
}
