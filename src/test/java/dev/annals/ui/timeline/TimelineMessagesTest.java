package dev.annals.ui.timeline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TimelineMessagesTest.class.getResourceAsStream("/dev/annals/ui/timeline/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishStringHasAVietnameseOneWithDiacritics() throws IOException {
        Properties en = load("messages.properties");
        Properties vi = load("messages_vi.properties");

        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(vi.getProperty("timeline.title")).isEqualTo("Dòng thời gian");
        assertThat(vi.getProperty("timeline.trend.title")).isNotBlank();
    }
}
