package dev.annals.logic.library.meta;

import dev.annals.logic.text.Folding;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a metadata key means, whatever its letter case, tone marks, spaces, dashes or underscores: "Ngày đăng",
 * "NGAY_DANG" and "ngay-dang" are one key. Dates are listed from the most to the least telling of publication.
 */
public enum HeaderKey {
    TITLE("title", "tieu de", "headline", "ten bai", "ten bai viet", "tua de", "tua"),
    PUBLISHED("published", "date published", "published at", "published date", "publish date", "publishdate", "pubdate",
            "pub date", "publication date", "ngay dang", "ngay xuat ban", "dang luc", "dang ngay", "thoi gian dang", "xuat ban"),
    DATE("date", "time", "datetime", "date time", "ngay", "thoi gian", "ngay gio", "ngay thang", "timestamp"),
    CREATED("created", "created at", "date created", "creation date", "ngay tao", "tao luc"),
    UPDATED("updated", "updated at", "date updated", "last updated", "modified", "date modified", "last modified",
            "cap nhat", "ngay cap nhat", "cap nhat luc", "sua doi"),
    SOURCE("source", "nguon", "nguon tin", "publisher", "site", "site name", "outlet", "newspaper", "bao", "bao chi"),
    URL("url", "link", "href", "source url", "original url", "canonical", "lien ket", "duong dan", "duong link", "web"),
    AUTHOR("author", "authors", "tac gia", "by", "byline", "writer", "phong vien", "but danh", "nguoi viet"),
    ID("id", "doc id", "docid", "document id", "newdoc id", "article id", "ma", "ma bai", "stt"),
    CATEGORY("category", "categories", "chuyen muc", "section", "muc", "danh muc", "topic", "chu de", "the loai"),
    OTHER;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.]+");
    private static final Map<String, HeaderKey> BY_NAME = new HashMap<>();

    static {
        for (HeaderKey key : values()) {
            for (String name : key.names) BY_NAME.put(name, key);
        }
    }

    private final String[] names;

    HeaderKey(String... names) {
        this.names = names;
    }

    /** The meaning of a key as written; {@link #OTHER} for keys kept but not interpreted. */
    public static HeaderKey of(String written) {
        return BY_NAME.getOrDefault(canonical(written), OTHER);
    }

    /** True for a key Annals knows: one that can make a line of text a header line. */
    public static boolean isKnown(String written) {
        return of(written) != OTHER;
    }

    static String canonical(String written) {
        return SEPARATORS.matcher(Folding.fold(written.strip())).replaceAll(" ").strip();
    }

    /** Date keys, best first: a published date beats a plain date, which beats created and updated. */
    public int dateRank() {
        return switch (this) {
            case PUBLISHED -> 0;
            case DATE -> 1;
            case CREATED -> 2;
            case UPDATED -> 3;
            default -> -1;
        };
    }
}
