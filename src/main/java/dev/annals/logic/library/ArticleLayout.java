package dev.annals.logic.library;

import dev.annals.logic.library.meta.Bylines;
import dev.annals.logic.library.meta.HeaderKey;
import dev.annals.logic.library.meta.Outlets;
import dev.annals.logic.library.meta.TextHeader;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of an article's normalized text, read the way a person reads it: a "date 2021-06" header some scrapers
 * prepend, date lines, bylines, metadata lines, site names and banners above the headline, the headline (if the
 * article has one), bylines right under it, and the lead. None of those lines is ever the headline.
 */
final class ArticleLayout {

    private static final Pattern DATE_HEADER = Pattern.compile("^date\\s*[:\\s]\\s*(\\d{4}(?:-\\d{1,2}){0,2})(?!\\d)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int LEAD_PARAGRAPHS = 2;
    private static final int MAX_HEADLINE = 250;
    private static final int MAX_TOP_LINES = 6;
    private static final int MAX_LINES_UNDER_HEADLINE = 3;

    private final List<String> paragraphs;
    private final PartialDate headerDate;
    private final List<PartialDate> topDates = new ArrayList<>();
    private final int headline;
    private final int lead;

    private ArticleLayout(List<String> paragraphs, PartialDate headerDate, String knownTitle) {
        this.paragraphs = paragraphs;
        this.headerDate = headerDate;
        int i = 0;
        while (i < Math.min(paragraphs.size() - 1, MAX_TOP_LINES)) {
            Optional<PartialDate> date = dateOf(paragraphs.get(i));
            if (date.isPresent()) topDates.add(date.get());
            else if (!isBanner(i) && !isKicker(i) && !isMetadataLine(paragraphs.get(i)) && !Outlets.isSiteName(paragraphs.get(i))) break;
            i++;
        }
        int known = knownTitle == null ? -1 : paragraphs.subList(0, Math.min(paragraphs.size(), 6)).indexOf(knownTitle.strip());
        if (known >= 0) headline = known;
        else if (knownTitle == null && i < paragraphs.size() && isHeadlineLike(paragraphs.get(i))) headline = i;
        else headline = -1;
        int next = headline >= 0 ? headline + 1 : i;
        for (int n = 0; n < MAX_LINES_UNDER_HEADLINE && next < paragraphs.size() - 1; n++, next++) {
            Optional<PartialDate> date = headline >= 0 ? Bylines.date(paragraphs.get(next)) : Optional.empty();
            if (date.isPresent()) topDates.add(date.get());
            else if (!isMetadataLine(paragraphs.get(next))) break;
        }
        lead = next;
    }

    private static Optional<PartialDate> dateOf(String paragraph) {
        Optional<PartialDate> date = VietnameseDates.dateLine(paragraph);
        return date.isPresent() ? date : Bylines.date(paragraph);
    }

    /** A "Tác giả: …" or "Source: …" line: metadata written in the text, never the headline or the lead. */
    private static boolean isMetadataLine(String paragraph) {
        if (paragraph.length() > MAX_HEADLINE || paragraph.indexOf(':') < 0 && paragraph.indexOf('：') < 0) return false;
        MetadataField field = TextHeader.keyLine(paragraph);
        return field != null && HeaderKey.isKnown(field.key()) && HeaderKey.of(field.key()) != HeaderKey.TITLE;
    }

    static ArticleLayout of(String text, String knownTitle) {
        return of(text, knownTitle, null);
    }

    /** {@code statedDate}, from a metadata header, gives the year to a dateline written without one. */
    static ArticleLayout of(String text, String knownTitle, PartialDate statedDate) {
        List<String> paragraphs = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        PartialDate header = null;
        if (!paragraphs.isEmpty()) {
            Matcher m = DATE_HEADER.matcher(paragraphs.get(0));
            if (m.find()) {
                header = VietnameseDates.iso(m.group(1)).orElse(null);
                String rest = paragraphs.get(0).substring(m.end()).strip();
                if (rest.isEmpty()) paragraphs.remove(0);
                else paragraphs.set(0, rest);
            }
        }
        return new ArticleLayout(paragraphs, header != null ? header : statedDate, knownTitle);
    }

    /**
     * The text without a leading "date 2021-06" header: it is a scraper's note about the article, not part of what
     * the article says, and the reader would show it as its first words. {@link #headerDate()} keeps the date.
     */
    static String withoutDateHeader(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        Matcher m = DATE_HEADER.matcher(text.substring(start, text.indexOf('\n', start) < 0 ? text.length() : text.indexOf('\n', start)));
        if (!m.find()) return text;
        String rest = text.substring(start + m.end());
        return rest.startsWith("\n") ? rest.stripLeading() : rest;
    }

    List<String> paragraphs() {
        return paragraphs;
    }

    /** The date of a "date 2021-06" header, if the text starts with one. */
    Optional<PartialDate> headerDate() {
        return Optional.ofNullable(headerDate);
    }

    /** Full dates written on lines of their own above the headline. */
    List<PartialDate> topDates() {
        return topDates;
    }

    Optional<String> headline() {
        return headline >= 0 ? Optional.of(paragraphs.get(headline)) : Optional.empty();
    }

    /** The first paragraphs of the article body, after the headline. */
    List<String> lead() {
        return paragraphs.subList(Math.min(lead, paragraphs.size()), Math.min(lead + LEAD_PARAGRAPHS, paragraphs.size()));
    }

    /** The headline and the lead: where an article says what it reports. */
    String opening() {
        List<String> parts = new ArrayList<>();
        headline().ifPresent(parts::add);
        parts.addAll(lead());
        return String.join("\n", parts);
    }

    /** An all-capitals line above the headline, such as a site's slogan, that another headline-like line follows. */
    private boolean isBanner(int index) {
        if (index + 1 >= paragraphs.size() || !isUpperCase(paragraphs.get(index))) return false;
        String next = paragraphs.get(index + 1);
        return isHeadlineLike(next) && !isUpperCase(next) || VietnameseDates.dateLine(next).isPresent();
    }

    /** A one- or two-word line above the headline: a section name or breadcrumb such as "Thời sự". */
    private boolean isKicker(int index) {
        String line = paragraphs.get(index);
        return line.length() <= 30 && line.split("\\s+").length < 3 && index + 1 < paragraphs.size()
                && isHeadlineLike(paragraphs.get(index + 1));
    }

    static boolean isHeadlineLike(String paragraph) {
        int length = paragraph.codePointCount(0, paragraph.length());
        if (length > MAX_HEADLINE || paragraph.split("\\s+").length < 3) return false;
        if (SourceExtractor.startsWithSource(paragraph)) return false;
        char last = paragraph.charAt(paragraph.length() - 1);
        return ".:;,".indexOf(last) < 0;
    }

    private static boolean isUpperCase(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= 4 && upper * 10 >= letters * 9;
    }
}
