package dev.annals.ui.search;

import dev.annals.logic.search.InvalidQueryException;
import dev.annals.model.ConferenceKind;
import dev.annals.ui.common.I18n;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SearchMessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = SearchMessagesTest.class.getResourceAsStream("/dev/annals/ui/search/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void translatesEveryStringIntoVietnamese() throws Exception {
        assertThat(load("messages_vi.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void namesEveryConferenceKindAndQueryProblemInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (ConferenceKind kind : ConferenceKind.values()) keys.add("kind." + kind.id());
        for (InvalidQueryException.Reason reason : InvalidQueryException.Reason.values()) {
            keys.add("search.invalid." + reason.name().toLowerCase(Locale.ROOT));
        }
        for (I18n i18n : List.of(new I18n(Locale.ENGLISH), new I18n(Locale.forLanguageTag("vi-VN")))) {
            for (String key : keys) assertThat(i18n.t(key)).as(key).isNotEqualTo(key);
        }
        assertThat(new I18n(Locale.forLanguageTag("vi-VN")).t("search.count", 3, 1, 0)).isEqualTo("3 văn bản · 1 ghi chú · 0 chủ đề");
    }
}
