package dev.annals.ui.common;

import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every interface string exists in English and Vietnamese, and shared words are spelled once. */
class MessageBundlesTest {

    private static Properties load(String feature, String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/dev/annals/ui/" + feature + "/messages" + suffix + ".properties")) {
            assertThat(in).as(feature + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "shell", "library", "reader", "annotate", "timeline", "search", "export"})
    void everyFeatureHasTheSameKeysInBothLanguages(String feature) throws IOException {
        Properties en = load(feature, "");
        Properties vi = load(feature, "_vi");
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        en.stringPropertyNames().forEach(key -> assertThat(vi.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shell", "library", "reader", "annotate", "timeline", "search", "export"})
    void conferenceKindsAreNamedOnlyInTheCommonBundle(String feature) throws IOException {
        for (ConferenceKind kind : ConferenceKind.values()) {
            assertThat(load(feature, "").stringPropertyNames()).noneMatch(key -> key.endsWith(".kind." + kind.id()));
        }
    }

    @Test
    void namesEveryConferenceKindInBothLanguages() {
        I18n en = I18n.forLanguage("en");
        I18n vi = I18n.forLanguage("vi");
        for (ConferenceKind kind : ConferenceKind.values()) {
            assertThat(en.kindName(kind)).doesNotStartWith("kind.");
            assertThat(vi.kindName(kind)).doesNotStartWith("kind.").isNotEqualTo(en.kindName(kind));
        }
        assertThat(vi.kindName(ConferenceKind.ANNUAL_NATIONAL)).isEqualTo("Hội nghị Công an toàn quốc");
        assertThat(en.kindName(null)).isEqualTo("—");
    }

    @Test
    void datesKeepTheirPrecisionInEachLanguage() {
        assertThat(I18n.forLanguage("vi").formatDate(PartialDate.ofMonth(2021, 6))).isEqualTo("06/2021");
        assertThat(I18n.forLanguage("en").formatDate(PartialDate.ofMonth(2021, 6))).isEqualTo("June 2021");
        assertThat(I18n.forLanguage("en").formatDate(PartialDate.ofDay(2021, 12, 29))).isEqualTo("29/12/2021");
        assertThat(I18n.forLanguage("en").formatDate(PartialDate.ofYear(2020))).isEqualTo("2020");
        assertThat(I18n.forLanguage("vi").formatDate(null)).isEqualTo("không rõ ngày");
    }

    @Test
    void aMissingKeyShowsItselfAndArgumentsAreFilledIn() {
        I18n en = I18n.forLanguage("en");
        assertThat(en.t("no.such.key")).isEqualTo("no.such.key");
        assertThat(I18n.forLanguage("fr").isVietnamese()).isFalse();
        assertThat(I18n.forLanguage("vi").isVietnamese()).isTrue();
    }
}
