package dev.annals.logic.library.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an element's class and id say about it, matched on whole words: "articleBody" and "article_body" read as
 * "article body", and "shadow" or "header" never match "ad". Words in English and in the Vietnamese that news sites
 * write in their markup ("tin-lien-quan", "binh-luan", "quang-cao").
 */
final class ClassHints {

    private static final String WORD_END = "(?:s|es)?(?![a-z])";
    /** Page chrome: removed before scoring unless the element also looks like content. */
    private static final Pattern UNLIKELY = anyOf("ad-break|agegate|banner|breadcrumbs?|combx|comment|community|cover-wrap|disqus|"
            + "extra|footer|gdpr|header|legends?|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
            + "supplemental|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|subscription|"
            + "share|sharing|sharedaddy|share-?bar|navbar|nav|navigation|toolbar|outbrain|taboola|promo|"
            + "most-?popular|most-?read|trending|recommend|read-?more|more-?stories|signup|login|paywall|modal|"
            + "tin-?lien-?quan|lien-?quan|binh-?luan|y-?kien|quang-?cao|chia-?se|tin-?khac|xem-?them|doc-?them|"
            + "tin-?moi|xem-?nhieu|doc-?nhieu|tin-?noi-?bat|box-?tin|tags?|keywords?");
    /** Keeps an unlikely-looking element that also names content ("comments-content" is still chrome, by weight). */
    private static final Pattern MAYBE = anyOf("and|article|body|column|content|main|shadow|entry|story|post|text|detail");
    static final Pattern POSITIVE = anyOf("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|"
            + "detail|noi-?dung|chi-?tiet|fck|singular|maincontent");
    static final Pattern NEGATIVE = anyOf("ad|ads|advert|advertisement|hidden|hid|banner|combx|comment|com|contact|footer|gdpr|"
            + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags?|"
            + "widget|social|newsletter|cookie|byline|author|"
            + "tin-?lien-?quan|lien-?quan|binh-?luan|quang-?cao|chia-?se|tin-?khac|xem-?them");
    static final Pattern SHARE = anyOf("share|sharedaddy|sharing|social|chia-?se");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private ClassHints() {
    }

    private static Pattern anyOf(String alternatives) {
        return Pattern.compile("(?<![a-z])(?:" + alternatives + ")" + WORD_END);
    }

    /** The class and id as lower-case words separated by dashes: "articleBody main_text" → "article-body main-text". */
    static String of(Element e) {
        String classes = e.className();
        String id = e.id();
        if (classes.isEmpty() && id.isEmpty()) return "";
        return words(classes) + " " + words(id);
    }

    static String words(String attribute) {
        if (attribute.isEmpty()) return "";
        return CAMEL.matcher(attribute).replaceAll("-").toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Chrome by its class or id, even when another word of it names content ("related-content", "comment-body"). */
    static boolean isChrome(String hints) {
        return UNLIKELY.matcher(hints).find();
    }

    static boolean isUnlikely(String hints) {
        return !hints.isBlank() && UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find();
    }

    /** Readability's class weight: −25 for a negative and +25 for a positive word, for the class and the id each. */
    static int weight(Element e) {
        return weightOf(words(e.className())) + weightOf(words(e.id()));
    }

    private static int weightOf(String words) {
        if (words.isEmpty()) return 0;
        int weight = 0;
        if (NEGATIVE.matcher(words).find()) weight -= 25;
        if (POSITIVE.matcher(words).find()) weight += 25;
        return weight;
    }
}
