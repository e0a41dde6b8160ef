package dev.annals.logic.annotate;

import dev.annals.logic.annotate.AnnotateException.Reason;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The codebook: create, rename, recolour, describe, re-parent, reorder, merge and delete themes. Every change
 * is committed at once, recorded in the shared {@link UndoHistory} and announced through {@link AnnotateEvents}.
 */
public final class ThemeService {

    private final ThemeStore themes;
    private final AnnotationStore annotations;
    private final UndoHistory history;
    private final AnnotateEvents events;

    public ThemeService(ThemeStore themes, AnnotationStore annotations, UndoHistory history, AnnotateEvents events) {
        this.themes = themes;
        this.annotations = annotations;
        this.history = history;
        this.events = events;
    }

    /** All themes in display order (the order of the keys 1–9 in the reader). */
    public List<Theme> list() { return themes.findAll(); }

    /** Number of annotations per theme id (themes without any are absent). */
    public Map<Long, Integer> counts() { return themes.annotationCounts(); }

    public Optional<Theme> find(long id) { return themes.findById(id); }

    /** By name, ignoring case (also of Vietnamese letters). */
    public Optional<Theme> findByName(String name) {
        String clean = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
        return themes.findByName(clean).or(() -> list().stream().filter(t -> t.name().equalsIgnoreCase(clean)).findFirst());
    }

    public Theme require(long id) {
        return themes.findById(id).orElseThrow(() -> new AnnotateException(Reason.UNKNOWN_THEME, "no theme with id " + id));
    }

    /** By name, ignoring case; a name typed without tone marks is accepted when it fits exactly one theme. */
    public Theme requireByName(String name) {
        return findByName(name).or(() -> foldedMatch(name, list()))
                .orElseThrow(() -> new AnnotateException(Reason.UNKNOWN_THEME, "no theme named '" + name + "' (see annals themes)"));
    }

    /** The one theme of {@code among} whose name is {@code name} without tone marks, đ and case; empty when none or several. */
    public static Optional<Theme> foldedMatch(String name, List<Theme> among) {
        String folded = fold(name.strip());
        List<Theme> fits = among.stream().filter(t -> fold(t.name()).equals(folded)).toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static String fold(String s) {
        return new String(QuoteFinder.fold(s.codePoints().toArray()), 0, s.codePointCount(0, s.length()));
    }

    /** Adds a theme at the end of the list; a null colour takes the next unused palette colour. */
    public synchronized Theme create(String name, String color, Long parentId, String description) {
        String clean = checkName(name, null);
        List<Theme> all = themes.findAll();
        String c = color == null ? Palette.next(all.stream().map(Theme::color).toList()) : Palette.normalize(color);
        if (parentId != null) require(parentId);
        int order = all.stream().mapToInt(Theme::sortOrder).max().orElse(-1) + 1;
        Theme created = themes.insert(new Theme(0, clean, c, parentId, description == null ? "" : description.strip(), order));
        record("create theme " + clean, () -> themes.delete(created.id()), () -> themes.restore(created), Set.of());
        return created;
    }

    public Theme rename(long id, String name) {
        Theme t = require(id);
        return edit(t, new Theme(id, checkName(name, id), t.color(), t.parentId(), t.description(), t.sortOrder()), "rename theme");
    }

    public Theme recolor(long id, String color) {
        Theme t = require(id);
        return edit(t, new Theme(id, t.name(), Palette.normalize(color), t.parentId(), t.description(), t.sortOrder()), "recolour theme");
    }

    public Theme describe(long id, String description) {
        Theme t = require(id);
        String d = description == null ? "" : description.strip();
        return edit(t, new Theme(id, t.name(), t.color(), t.parentId(), d, t.sortOrder()), "describe theme");
    }

    /** Moves a theme under another one (null: to the top level); refuses to make a theme its own ancestor. */
    public Theme setParent(long id, Long parentId) {
        Theme t = require(id);
        for (Long p = parentId; p != null; p = require(p).parentId()) {
            if (p == id) throw new AnnotateException(Reason.PARENT_CYCLE, "a theme cannot be placed under itself or its own sub-theme");
        }
        return edit(t, new Theme(id, t.name(), t.color(), parentId, t.description(), t.sortOrder()), "move theme");
    }

    /** Moves a theme up (negative delta) or down in the display order. */
    public synchronized void move(long id, int delta) {
        List<Long> ids = new ArrayList<>(list().stream().map(Theme::id).toList());
        int from = ids.indexOf(id);
        if (from < 0) throw new AnnotateException(Reason.UNKNOWN_THEME, "no theme with id " + id);
        int to = Math.max(0, Math.min(ids.size() - 1, from + delta));
        if (to == from) return;
        ids.add(to, ids.remove(from));
        reorder(ids);
    }

    /** Gives the themes this display order; themes not listed keep their relative order after them. */
    public synchronized void reorder(List<Long> idsInOrder) {
        List<Theme> before = list();
        List<Long> order = new ArrayList<>(idsInOrder);
        before.stream().map(Theme::id).filter(i -> !order.contains(i)).forEach(order::add);
        List<Theme> after = new ArrayList<>();
        for (Theme t : before) {
            after.add(new Theme(t.id(), t.name(), t.color(), t.parentId(), t.description(), order.indexOf(t.id())));
        }
        themes.updateAll(after);
        record("reorder themes", () -> themes.updateAll(before), () -> themes.updateAll(after), Set.of());
    }

    /** Moves every annotation and sub-theme of {@code sourceId} to {@code targetId}, then deletes the source. */
    public synchronized void merge(long sourceId, long targetId) {
        if (sourceId == targetId) return;
        Theme source = require(sourceId);
        Theme target = require(targetId);
        List<Annotation> moved = annotationsOf(sourceId);
        List<Theme> children = list().stream().filter(t -> Objects.equals(t.parentId(), sourceId)).toList();
        Long newParent = Objects.equals(target.parentId(), sourceId) ? source.parentId() : target.parentId();
        Runnable apply = () -> {
            annotations.updateAll(moved.stream().map(a -> Annotations.withTheme(a, targetId)).toList());
            themes.updateAll(children.stream().map(c -> withParent(c, c.id() == targetId ? newParent : targetId)).toList());
            themes.delete(sourceId);
        };
        apply.run();
        record("merge theme " + source.name() + " into " + target.name(), () -> {
            themes.restore(source);
            themes.updateAll(children);
            annotations.updateAll(moved);
        }, apply, docIds(moved));
    }

    /** Deletes a theme with its annotations; undo brings back both. Ask the user first when {@link #counts()} has it. */
    public synchronized void delete(long id) {
        Theme theme = require(id);
        List<Annotation> lost = annotationsOf(id);
        List<Theme> children = list().stream().filter(t -> Objects.equals(t.parentId(), id)).toList();
        themes.delete(id);
        record("delete theme " + theme.name(), () -> {
            themes.restore(theme);
            themes.updateAll(children);
            annotations.restoreAll(lost);
        }, () -> themes.delete(id), docIds(lost));
    }

    List<Annotation> annotationsOf(long themeId) {
        List<Annotation> out = new ArrayList<>();
        annotations.forEach(new AnnotationQuery(null, Set.of(themeId), null, null), out::add);
        return out;
    }

    private Theme edit(Theme before, Theme after, String label) {
        synchronized (this) {
            themes.update(after);
            record(label + " " + before.name(), () -> themes.update(before), () -> themes.update(after), Set.of());
        }
        return after;
    }

    private void record(String label, Runnable undo, Runnable redo, Set<Long> docIds) {
        Runnable announce = () -> events.fire(AnnotateChange.themes(docIds));
        history.record(new SimpleCommand(label, undo, redo, announce));
        announce.run();
    }

    private String checkName(String name, Long self) {
        String clean = name == null ? "" : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
        if (clean.isEmpty()) throw new AnnotateException(Reason.BAD_NAME, "a theme needs a name");
        Optional<Theme> same = findByName(clean);
        if (same.isPresent() && !Objects.equals(same.get().id(), self)) {
            throw new AnnotateException(Reason.DUPLICATE_THEME, "a theme named '" + same.get().name() + "' already exists");
        }
        return clean;
    }

    private static Theme withParent(Theme t, Long parentId) {
        return new Theme(t.id(), t.name(), t.color(), parentId, t.description(), t.sortOrder());
    }

    private static Set<Long> docIds(List<Annotation> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(a -> ids.add(a.docId()));
        return ids;
    }
}
