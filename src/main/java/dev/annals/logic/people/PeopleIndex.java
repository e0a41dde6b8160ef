package dev.annals.logic.people;

import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.PersonMention;
import dev.annals.logic.text.Folding;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.Conference;
import dev.annals.model.DocumentSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The people the articles name, read from what import extracted: the forms of one name ("Tô Lâm", "Đại tướng Tô
 * Lâm", "Bộ trưởng Tô Lâm") are one person; names that differ only in a tone mark are not (Vietnamese names do).
 * Each with their documents, conferences and rank or office over time.
 */
public final class PeopleIndex {

    private final DocumentService documents;
    private final ConferenceService conferences;
    private final PersonEditStore edits;

    /** The index as extracted, without the user's edits. */
    public PeopleIndex(DocumentService documents, ConferenceService conferences) {
        this(documents, conferences, PersonEditStore.NONE);
    }

    public PeopleIndex(DocumentService documents, ConferenceService conferences, PersonEditStore edits) {
        this.documents = documents;
        this.conferences = conferences;
        this.edits = edits;
    }

    /** Everyone, the most often named first, then by name. */
    public List<Person> people(ConferenceNamer namer) {
        List<DocumentSummary> all = documents.list(); // once, for the conferences and the mentions
        Map<Long, Conference> conferenceOf = new HashMap<>();
        for (Conference c : conferences.conferences(namer, all)) c.docIds().forEach(d -> conferenceOf.put(d, c));
        List<DocumentSummary> dated = new ArrayList<>(all);
        dated.sort(Comparator.comparing(DocumentSummary::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(DocumentSummary::id));
        Map<String, List<Person.Mention>> mentions = new LinkedHashMap<>();
        Map<String, Set<String>> variants = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> firstOwn = new HashMap<>();
        PeopleEdits edited = new PeopleEdits(edits.all());
        Map<Long, List<String>> named = documents.peopleByDocument();
        // a library writes the same few hundred forms in tens of thousands of articles: each is read once
        Map<String, Form> forms = new HashMap<>();
        for (DocumentSummary summary : dated) {
            for (String written : named.getOrDefault(summary.id(), List.of())) {
                Form form = forms.computeIfAbsent(written, w -> Form.of(PersonMention.parse(w), edited));
                PersonMention m = form.mention();
                String own = form.own();
                String key = form.key();
                names.putIfAbsent(own, form.split() ? m.written() : m.name());
                firstOwn.putIfAbsent(key, own);
                variants.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.written());
                Conference c = conferenceOf.get(summary.id());
                mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Person.Mention(summary.id(), summary.title(), summary.date(),
                        c == null ? null : c.id(), c == null ? null : c.title(), m.written(), m.title()));
            }
        }
        List<Person> people = new ArrayList<>();
        // a merged person keeps the name of the one merged into, unless only the others are still named
        mentions.forEach((key, list) -> people.add(new Person(key, edited.name(key).orElse(names.getOrDefault(key, names.get(firstOwn.get(key)))),
                List.copyOf(variants.get(key)), list)));
        Map<Person, Integer> documentsOf = new java.util.IdentityHashMap<>();
        people.forEach(p -> documentsOf.put(p, p.docIds().size()));
        people.sort(Comparator.comparingInt((Person p) -> -documentsOf.get(p)).thenComparing(p -> Folding.fold(key(p.name()))).thenComparing(p -> key(p.name())));
        return people;
    }

    private record Form(PersonMention mention, String own, String key, boolean split) {
        static Form of(PersonMention m, PeopleEdits edited) {
            String own = edited.ownKey(m);
            return new Form(m, own, edited.root(own), edited.isSplit(m));
        }
    }

    /**
     * The person a typed name stands for: the name or any written form, in any case; without tone marks when that
     * fits only one person. After a merge or rename the names it had still find it, when no one else has them.
     */
    public Optional<Person> find(String typed, ConferenceNamer namer) {
        List<Person> all = people(namer);
        List<Function<Person, Stream<String>>> tiers = List.of(p -> Stream.concat(Stream.of(p.name(), p.key()), p.variants().stream()),
                p -> p.variants().stream().map(v -> PersonMention.parse(v).name()));
        for (Function<String, String> form : List.<Function<String, String>>of(PeopleIndex::key, name -> Folding.fold(key(name)))) {
            String wanted = form.apply(typed);
            for (Function<Person, Stream<String>> names : tiers) {
                List<Person> fits = all.stream().filter(p -> names.apply(p).anyMatch(n -> form.apply(n).equals(wanted))).toList();
                if (fits.size() == 1) return Optional.of(fits.get(0));
                if (fits.size() > 1) break;
            }
        }
        return Optional.empty();
    }

    static String key(String name) {
        return java.text.Normalizer.normalize(name.strip().replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    }
}
