package dev.annals.logic.library.html;

import dev.annals.logic.library.meta.Outlets;
import dev.annals.logic.library.meta.WrittenDates;
import dev.annals.model.DateSource;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a page's markup says about its article, from the standard places in this order: JSON-LD (schema.org
 * NewsArticle, Article, BlogPosting …), Open Graph and {@code article:published_time}, {@code meta} name or
 * itemprop ({@code date}, {@code pubdate}, {@code DC.date}, {@code parsely-pub-date} …), and a {@code <time datetime>}
 * inside the article; failing those, a byline the page shows ({@link PageBylines}).
 */
record PageMetadata(String title, PartialDate date, DateSource dateSource, String siteName, String url, String jsonLdBody,
                    List<MetadataField> fields) {

    private static final String[] DATE_META = {"article:published_time", "og:published_time", "og:article:published_time",
            "article.published", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
            "publication_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date",
            "dcterms.issued", "parsely-pub-date", "sailthru.date", "article_date_original", "original-publish-date",
            "cxenseparse:recs:publishtime", "datecreated"};

    static PageMetadata of(Document page) {
        JsonLd ld = JsonLd.of(page).orElse(null);
        MetaTags meta = new MetaTags(page);
        String siteName = siteName(page, ld, meta);
        String title = PageTitle.of(page, ld, meta, siteName);
        String dateWritten = ld != null && ld.datePublished() != null ? ld.datePublished() : null;
        Optional<PartialDate> date = WrittenDates.parse(dateWritten);
        for (int i = 0; date.isEmpty() && i < DATE_META.length; i++) {
            dateWritten = meta.first(DATE_META[i]);
            date = WrittenDates.parse(dateWritten);
        }
        if (date.isEmpty()) {
            Element time = page.selectFirst("article time[datetime], main time[datetime], [itemprop=articleBody] time[datetime],"
                    + " time[pubdate][datetime]");
            dateWritten = time == null ? null : time.attr("datetime");
            date = WrittenDates.parse(dateWritten);
        }
        DateSource dateSource = date.isPresent() ? DateSource.PAGE_METADATA : null;
        if (date.isEmpty()) {
            date = PageBylines.date(page);
            if (date.isPresent()) dateSource = DateSource.BYLINE;
        }
        String url = url(page, ld, meta);
        if (siteName == null && url != null) siteName = Outlets.nameFor(url).orElse(null);
        List<MetadataField> fields = new ArrayList<>();
        add(fields, "title", title);
        add(fields, "published", dateSource == DateSource.PAGE_METADATA ? dateWritten : null);
        add(fields, "author", ld != null && !ld.authors().isEmpty() ? String.join(", ", ld.authors())
                : meta.first("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"));
        add(fields, "site", siteName);
        add(fields, "section", ld != null && ld.section() != null ? ld.section() : meta.first("article:section", "section"));
        add(fields, "url", url);
        return new PageMetadata(title, date.orElse(null), dateSource, siteName, url, ld == null ? null : ld.articleBody(), fields);
    }

    private static String siteName(Document page, JsonLd ld, MetaTags meta) {
        String name = meta.first("og:site_name", "application-name", "twitter:site:name");
        if (name == null && ld != null) name = ld.publisher();
        if (name == null) name = PageTitle.siteNameOf(page.title());
        return name == null || name.isBlank() ? null : name.strip();
    }

    private static String url(Document page, JsonLd ld, MetaTags meta) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && canonical.attr("href").startsWith("http")) return canonical.attr("href");
        String og = meta.first("og:url");
        if (og != null && og.startsWith("http")) return og;
        return ld != null && ld.url() != null && ld.url().startsWith("http") ? ld.url() : null;
    }

    private static void add(List<MetadataField> fields, String key, String value) {
        if (value != null && !value.isBlank()) fields.add(new MetadataField(key, value.strip().replaceAll("\\s+", " ")));
    }
}
