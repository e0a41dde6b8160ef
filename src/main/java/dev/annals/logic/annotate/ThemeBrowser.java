package dev.annals.logic.annotate;

import dev.annals.logic.library.DocumentStore;
import dev.annals.model.Annotation;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every passage of one or several themes (and their sub-themes) across the library, grouped by document in date order. */
public final class ThemeBrowser {

    /** A document and its passages of the chosen themes, in text order. */
    public record Group(DocumentSummary document, List<Annotation> passages) {
    }

    private final AnnotationStore annotations;
    private final DocumentStore documents;
    private final ThemeStore themes;

    public ThemeBrowser(AnnotationStore annotations, DocumentStore documents, ThemeStore themes) {
        this.annotations = annotations;
        this.documents = documents;
        this.themes = themes;
    }

    /**
     * The passages of these themes and their sub-themes (of all themes when empty) in documents of {@code year}
     * (any year when null).
     */
    public List<Group> passages(Set<Long> themeIds, Integer year) {
        Set<Long> wanted = themeIds.isEmpty() ? Set.of() : Codebook.of(themes.findAll()).withSubThemes(themeIds);
        PartialDate y = year == null ? null : PartialDate.ofYear(year);
        Map<Long, DocumentSummary> docs = documents.list().stream()
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<Annotation>> byDoc = new LinkedHashMap<>();
        annotations.forEach(new AnnotationQuery(null, wanted, y, y), a -> byDoc.computeIfAbsent(a.docId(), k -> new ArrayList<>()).add(a));
        List<Group> groups = new ArrayList<>();
        for (DocumentSummary d : docs.values()) {
            List<Annotation> list = byDoc.get(d.id());
            if (list != null) groups.add(new Group(d, List.copyOf(list)));
        }
        return groups;
    }

    /** The years of the library's dated documents, oldest first, for the year filter. */
    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        documents.list().forEach(d -> {
            if (d.date() != null) years.add(d.date().year());
        });
        return List.copyOf(years);
    }
}
