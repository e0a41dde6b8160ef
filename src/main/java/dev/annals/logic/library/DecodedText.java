package dev.annals.logic.library;

import java.util.List;

/** The characters of a file, the encoding they were read with, and what went wrong while reading them. */
record DecodedText(String text, String encoding, List<String> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }
}
