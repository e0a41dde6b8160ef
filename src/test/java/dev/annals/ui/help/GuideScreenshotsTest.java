package dev.annals.ui.help;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide stays true to its pictures: every picture it shows exists, and every main view has one. */
class GuideScreenshotsTest {

    static final List<String> VIEWS = List.of("library", "reader", "timeline", "compare", "themes", "search", "export");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\((screenshots/[^)]+\\.png)\\)");

    private static List<String> images(String guide) throws IOException {
        Matcher m = IMAGE.matcher(Files.readString(Path.of("docs", guide)));
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.md", "guide.vi.md"})
    void everyScreenshotTheGuideShowsIsInTheRepository(String guide) throws IOException {
        assertThat(images(guide)).isNotEmpty().allSatisfy(image ->
                assertThat(Path.of("docs", image)).as(guide + " shows " + image).isRegularFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide.md", "guide.vi.md"})
    void everyMainViewHasAScreenshotInTheGuidesOwnLanguage(String guide) throws IOException {
        String lang = guide.equals("guide.md") ? "en" : "vi";
        List<String> images = images(guide);
        for (String view : VIEWS) assertThat(images).as(guide).contains("screenshots/" + lang + "/" + view + ".png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void theScreenshotsAreSmall(String lang) throws IOException {
        try (var files = Files.list(Path.of("docs", "screenshots", lang))) {
            assertThat(files.toList()).allSatisfy(f -> assertThat(Files.size(f)).as(f.toString()).isLessThan(200_000));
        }
    }
}
