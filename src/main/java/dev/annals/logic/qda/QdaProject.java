package dev.annals.logic.qda;

import java.util.ArrayList;
import java.util.List;

/**
 * What a REFI-QDA project or codebook says, as read from its XML: codes (in document order, parents before their
 * children), text sources with their selections, notes, and what Annals cannot use, with the reason.
 */
final class QdaProject {

    record Code(String guid, String name, String color, String description, String parentGuid, List<String> noteRefs) {
    }

    record Selection(String guid, String name, long start, long end, String description, List<String> codeRefs,
                     String created, String modified, List<String> noteRefs) {
    }

    /** A text source; {@code path} is its plainTextPath, {@code inlineText} its PlainTextContent when it has no file. */
    record Source(String guid, String name, String path, String inlineText, String description, String created,
                  List<Selection> selections, List<String> noteRefs) {
    }

    record Note(String guid, String name, String text, String created) {
    }

    /** Something in the project Annals leaves out; {@code kind} is "source", "code" or "selection". */
    record Skipped(String kind, String name, String reason) {
    }

    String basePath;
    final List<Code> codes = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
}
