package dev.annals.logic.library;

import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The five bundled articles say where their dates were read, and state no header of their own. */
class SeedDateSourceTest {

    @Test
    void eachSeedDateHasTheSourceAReaderWouldName() throws Exception {
        List<DocumentMetadata> seeds = new ArrayList<>();
        for (ImportSource s : SeedCorpus.sources()) seeds.add(new ArticleParser().parse(s.fileName(), s.reader().read()).metadata());
        assertThat(seeds).extracting(m -> m.date().iso()).containsExactly("2020", "2021-06-21", "2021-12-29", "2024-11-20", "2021-08-17");
        assertThat(seeds).extracting(DocumentMetadata::dateSource)
                .containsExactly(DateSource.TEXT, DateSource.DATELINE, DateSource.DATELINE, DateSource.BYLINE, DateSource.DATELINE);
        assertThat(seeds).allSatisfy(m -> assertThat(m.fields()).isEmpty());
    }

    @Test
    void seedTextsAreUnchangedByTheHeaderReaderButForTheScrapersDateNote() throws Exception {
        for (ImportSource s : SeedCorpus.sources()) {
            String raw = new String(s.reader().read(), java.nio.charset.StandardCharsets.UTF_8);
            ParsedArticle parsed = new ArticleParser().parse(s.fileName(), s.reader().read());
            String article = raw.strip().replaceFirst("^date\\s+\\d{4}(-\\d{1,2}){0,2}\\s*", "");
            String firstWords = article.substring(0, 20);
            assertThat(parsed.text()).as(s.fileName()).startsWith(firstWords);
        }
    }
}
