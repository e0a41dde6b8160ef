package dev.annals.logic.people;

import java.util.List;

/**
 * One person across the library: the key the user's edits name them by, the name shown, every way the articles
 * wrote it, and each mention (a document that names them, with its date, conference and the rank or office it
 * gives), oldest first.
 */
public record Person(String key, String name, List<String> variants, List<Mention> mentions) {

    /** A document that names the person; {@code title} is the rank or office with its body, "" when none. */
    public record Mention(long docId, String documentTitle, dev.annals.model.PartialDate date, Long conferenceId,
                          String conferenceTitle, String written, String title) {
    }

    /** A rank or office and the first and last dated mention that gives it. */
    public record Tenure(String title, dev.annals.model.PartialDate first, dev.annals.model.PartialDate last) {
    }

    public Person {
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
    }

    public List<Long> docIds() {
        return mentions.stream().map(Mention::docId).distinct().toList();
    }

    public List<Long> conferenceIds() {
        return mentions.stream().map(Mention::conferenceId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Rank or office over time, in the order first given ("Trung tướng" 2021, then "Thượng tướng" 2024). */
    public List<Tenure> titles() {
        java.util.Map<String, Tenure> byTitle = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.title().isEmpty()) continue;
            Tenure was = byTitle.get(m.title());
            if (was == null) byTitle.put(m.title(), new Tenure(m.title(), m.date(), m.date()));
            else if (m.date() != null) byTitle.put(m.title(), new Tenure(m.title(), was.first() == null ? m.date() : was.first(), m.date()));
        }
        return List.copyOf(byTitle.values());
    }
}
