package dev.annals.logic.annotate;

import dev.annals.logic.annotate.AnnotateException.Reason;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.Hashing;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.Span;
import dev.annals.model.TextAnchor;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document's text changes (the user corrects it, or a newer version replaces it): its annotations are
 * re-anchored at once, each one either placed or orphaned, never deleted. Correcting is undoable.
 */
public final class TextCorrection {

    /** How the annotations of a document fared: kept in place, moved, or orphaned. */
    public record Report(int unchanged, int moved, int orphaned) {
        public int anchored() { return unchanged + moved; }
    }

    private final DocumentStore documents;
    private final AnnotationStore annotations;
    private final UndoHistory history;
    private final LibraryChanges changes;
    private final Clock clock;

    public TextCorrection(DocumentStore documents, AnnotationStore annotations, UndoHistory history, LibraryChanges changes, Clock clock) {
        this.documents = documents;
        this.annotations = annotations;
        this.history = history;
        this.changes = changes;
        this.clock = clock;
    }

    /** Replaces a document's text (normalized to NFC) and re-anchors all its annotations; undo restores both. */
    public Report correctText(long docId, String newText) {
        Document doc = documents.find(docId).orElseThrow(() -> new AnnotateException(Reason.UNKNOWN_DOCUMENT, "no document with id " + docId, docId));
        String text = Normalizer.normalize(newText, Normalizer.Form.NFC);
        List<Annotation> before = annotations.findByDocument(docId);
        if (text.equals(doc.text())) return new Report(before.size(), 0, 0);
        List<Annotation> after = new ArrayList<>();
        Report report = reanchor(doc.text(), text, before, after);
        Runnable apply = () -> {
            documents.updateText(docId, text, Hashing.sha256(text), text.codePointCount(0, text.length()));
            annotations.updateAll(after);
        };
        apply.run();
        Runnable announce = () -> changes.publish(LibraryChange.textCorrected(docId));
        history.record(new SimpleCommand("correct text", () -> {
            documents.updateText(docId, doc.text(), doc.sha256(), doc.chars());
            annotations.updateAll(before);
        }, apply, announce));
        announce.run();
        return report;
    }

    /** Re-anchors a document's annotations on its current text (after it was replaced outside Annals' editor). */
    public Report reanchor(long docId) {
        Document doc = documents.find(docId).orElseThrow(() -> new AnnotateException(Reason.UNKNOWN_DOCUMENT, "no document with id " + docId, docId));
        List<Annotation> before = annotations.findByDocument(docId);
        List<Annotation> after = new ArrayList<>();
        Report report = reanchor(null, doc.text(), before, after);
        annotations.updateAll(after);
        changes.publish(LibraryChange.annotations(docId));
        return report;
    }

    /**
     * Places each annotation on {@code newText}; {@code oldText} (may be null) lets positions after an edit be
     * shifted before searching. Fills {@code out} with the annotations to save.
     */
    Report reanchor(String oldText, String newText, List<Annotation> list, List<Annotation> out) {
        int[] text = Anchorer.cp(newText);
        Edit edit = oldText == null ? Edit.NONE : Edit.between(Anchorer.cp(oldText), text);
        String sha = Hashing.sha256(newText);
        Instant now = clock.instant();
        int unchanged = 0;
        int moved = 0;
        int orphaned = 0;
        for (Annotation a : list) {
            TextAnchor old = a.anchor();
            Optional<Span> found = Anchorer.anchor(text, edit.shift(old));
            if (found.isEmpty()) {
                orphaned++;
                out.add(Annotations.placed(a, old, AnchorStatus.ORPHANED, sha, now));
                continue;
            }
            Span s = found.get();
            TextAnchor anchor = Anchorer.describe(text, s);
            boolean same = s.start() == old.start() && s.end() == old.end() && anchor.exact().equals(old.exact());
            if (same && a.status() == AnchorStatus.ANCHORED) unchanged++;
            else moved++;
            out.add(Annotations.placed(a, anchor, AnchorStatus.ANCHORED, sha, now));
        }
        return new Report(unchanged, moved, orphaned);
    }

    /** The changed region between two texts: everything before {@code from} and after {@code oldTo} is the same. */
    record Edit(int from, int oldTo, int delta) {
        static final Edit NONE = new Edit(Integer.MAX_VALUE, Integer.MAX_VALUE, 0);

        static Edit between(int[] before, int[] after) {
            int common = 0;
            int max = Math.min(before.length, after.length);
            while (common < max && before[common] == after[common]) common++;
            int tail = 0;
            while (tail < max - common && before[before.length - 1 - tail] == after[after.length - 1 - tail]) tail++;
            return new Edit(common, before.length - tail, after.length - before.length);
        }

        /** The anchor with its position moved by the edit when it lies wholly after the edit. */
        TextAnchor shift(TextAnchor a) {
            if (delta == 0 || a.start() < oldTo) return a;
            return new TextAnchor(a.start() + delta, a.end() + delta, a.exact(), a.prefix(), a.suffix());
        }
    }
}
