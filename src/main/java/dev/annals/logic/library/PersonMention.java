package dev.annals.logic.library;

import java.util.Arrays;

/**
 * A person as an article names them ("Bộ trưởng Bộ Công an Tô Lâm"): the rank or office ("Bộ trưởng"), the body it
 * belongs to ("Bộ Công an", or empty) and the name ("Tô Lâm"), split the way import wrote it.
 */
public record PersonMention(String written, String office, String body, String name) {

    /** Splits what import stored; a form without a known office is all name. */
    public static PersonMention parse(String written) {
        String clean = written.strip().replaceAll("\\s+", " ");
        String office = PeopleExtractor.officeOf(clean);
        String rest = office == null ? clean : clean.substring(office.length()).strip();
        String[] words = rest.split(" ");
        int nameStart = Math.max(0, words.length - 4);
        while (nameStart < words.length - 2 && !PeopleExtractor.isFamilyName(words[nameStart])) nameStart++;
        if (words.length < 2 || !PeopleExtractor.isFamilyName(words[nameStart])) nameStart = 0;
        String body = String.join(" ", Arrays.copyOfRange(words, 0, nameStart));
        String name = String.join(" ", Arrays.copyOfRange(words, nameStart, words.length));
        return new PersonMention(clean, office == null ? "" : office, body, name);
    }

    /** The office with its body: "Thủ tướng Chính phủ". */
    public String title() {
        return body.isEmpty() ? office : office + " " + body;
    }
}
