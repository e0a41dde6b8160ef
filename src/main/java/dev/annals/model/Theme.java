package dev.annals.model;

/** A code of the codebook. {@code color} is "#RRGGBB"; {@code parentId} is null for a top-level theme. */
public record Theme(long id, String name, String color, Long parentId, String description, int sortOrder) {
}
