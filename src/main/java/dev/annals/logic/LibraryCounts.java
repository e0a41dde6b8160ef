package dev.annals.logic;

/** How many documents and annotations a library holds, as the status bar shows them. */
public record LibraryCounts(int documents, int annotations) {
}
