package dev.annals.logic.library.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}): a NewsArticle,
 * Article, BlogPosting, ReportageNewsArticle … found at the top, in an array or inside {@code @graph}. Malformed
 * JSON is skipped, never fatal.
 */
record JsonLd(String headline, String name, String datePublished, String dateCreated, String publisher, List<String> authors,
              String articleBody, String url, String section) {

    private static final Pattern ARTICLE_TYPES = Pattern.compile("^(?:Article|AdvertiserContentArticle|NewsArticle|"
            + "AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|"
            + "ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|"
            + "BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage|ItemPage)$");
    private static final int MAX_DEPTH = 6;

    static Optional<JsonLd> of(Document page) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            String json = script.data().strip().replaceAll("^<!\\[CDATA\\[|\\]\\]>$", "");
            try {
                collect(Mapper.INSTANCE.readTree(json), found, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                // a malformed block says nothing; the page's other metadata still counts
            }
        }
        return found.stream().filter(n -> !isWebPage(n)).findFirst().or(() -> found.stream().findFirst()).map(JsonLd::from);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > MAX_DEPTH) return;
        if (node.isArray()) {
            for (JsonNode item : node) collect(item, out, depth + 1);
        } else if (node.isObject()) {
            if (isArticle(node)) out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (ARTICLE_TYPES.matcher(t.asText()).matches()) return true;
            return false;
        }
        return ARTICLE_TYPES.matcher(type.asText()).matches();
    }

    private static boolean isWebPage(JsonNode node) {
        String type = node.get("@type").isArray() ? node.get("@type").path(0).asText() : node.get("@type").asText();
        return type.equals("WebPage") || type.equals("ItemPage");
    }

    private static JsonLd from(JsonNode n) {
        List<String> authors = new ArrayList<>();
        JsonNode author = n.get("author");
        if (author != null) {
            Iterable<JsonNode> all = author.isArray() ? author : List.of(author);
            for (JsonNode a : all) {
                String name = a.isTextual() ? a.asText() : text(a, "name");
                if (name != null) authors.add(name);
            }
        }
        String url = text(n, "url");
        if (url == null && n.get("mainEntityOfPage") != null) {
            JsonNode main = n.get("mainEntityOfPage");
            url = main.isTextual() ? main.asText() : text(main, "@id");
        }
        JsonNode publisher = n.get("publisher");
        String publisherName = publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher, "name");
        return new JsonLd(text(n, "headline"), text(n, "name"), text(n, "datePublished"), text(n, "dateCreated"),
                publisherName, authors, text(n, "articleBody"), url, text(n, "articleSection"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isArray()) value = value.path(0);
        String s = value.isValueNode() ? value.asText().strip() : null;
        return s == null || s.isEmpty() ? null : s;
    }

    /** Jackson starts only for pages that carry JSON-LD. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }
}
