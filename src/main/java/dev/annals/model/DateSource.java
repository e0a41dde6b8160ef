package dev.annals.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a document's date was read from, so that a reader can judge it and a batch can be checked. */
public enum DateSource {
    /** A metadata header at the top of a text file (front matter, "# date = …", "Ngày đăng: …"). */
    HEADER("header"),
    /** What an HTML page declares: JSON-LD, Open Graph and meta tags, a time element. */
    PAGE_METADATA("page-metadata"),
    /** A date line next to the headline ("Thứ Tư, 20/11/2024", "Cập nhật lúc 10:32 05/03/2023"). */
    BYLINE("byline"),
    /** The date that opens the lead ("Ngày 17/8/2021, …"). */
    DATELINE("dateline"),
    /** A period the text names ("6 tháng đầu năm 2020"). */
    TEXT("text"),
    /** Set by the user. */
    USER("user");

    private final String id;

    DateSource(String id) {
        this.id = id;
    }

    /** The stable identifier used in JSON, the CLI and the database. */
    public String id() {
        return id;
    }

    public static Optional<DateSource> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
