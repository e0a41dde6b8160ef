package dev.annals.logic.library;

import dev.annals.model.PartialDate;

/** What an HTML page yields: the article's text (chrome removed) and what its markup says about it. */
record HtmlArticle(String text, String title, PartialDate date, String siteName) {
}
