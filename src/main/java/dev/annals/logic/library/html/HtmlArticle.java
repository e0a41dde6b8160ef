package dev.annals.logic.library.html;

import dev.annals.model.DateSource;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;

import java.util.List;

/**
 * What an HTML page yields: the article's text (paragraphs separated by blank lines, chrome removed), what its
 * markup says about it (any of these may be null), and warnings for the user when the page looked odd.
 */
public record HtmlArticle(String text, String title, PartialDate date, DateSource dateSource, String siteName, String url,
                          List<MetadataField> fields, List<String> warnings) {

    public HtmlArticle {
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
    }
}
