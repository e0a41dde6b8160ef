package dev.annals.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The numbered schema migrations, in order. The schema version of a library is the number of the last one applied. */
final class Migrations {

    static final List<String> ALL = List.of(
            "V1__init.sql",
            "V2__search.sql",
            "V3__timeline.sql",
            "V4__search_rows_from_store.sql",
            "V5__memos.sql",
            "V6__date_source_and_fields.sql",
            "V7__indexes_for_large_libraries.sql",
            "V8__example_annotations.sql",
            "V9__same_article_key.sql",
            "V10__memos_for_conferences.sql",
            "V11__people_edits.sql",
            "V12__summary_in_narrow_index.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return ALL.size();
    }

    static String script(int version) {
        String name = ALL.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) throw new IllegalStateException("missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements at semicolons that end a line; triggers use "END;" on its own line. */
    static List<String> statements(String script) {
        String withoutComments = script.replaceAll("(?m)^\\s*--.*$", "");
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : withoutComments.split("\n")) {
            current.append(line).append('\n');
            String trimmed = line.trim().toUpperCase(java.util.Locale.ROOT);
            if (trimmed.startsWith("CREATE TRIGGER")) inTrigger = true;
            boolean ends = trimmed.endsWith(";") && (!inTrigger || trimmed.equals("END;"));
            if (ends) {
                out.add(current.toString().trim());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().trim());
        return out;
    }
}
