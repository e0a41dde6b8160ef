package dev.annals.cli;

import dev.annals.logic.annotate.AnnotateException;
import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.search.InvalidQueryException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's words: English as written in the code, Vietnamese from its bundle, numbers as typed. */
class CliTextTest {

    private final CliText vi = CliText.forLanguage("vi");
    private final CliText en = CliText.forLanguage("en");

    @Test
    void englishIsWhatTheCodeWrites() {
        assertThat(en.isVietnamese()).isFalse();
        assertThat(en.tr("doc.missing", "no document with id 7 (see annals list)", 7)).isEqualTo("no document with id 7 (see annals list)");
    }

    @Test
    void vietnameseFillsItsPatternAndWritesIdsWithoutGrouping() {
        assertThat(vi.isVietnamese()).isTrue();
        assertThat(vi.tr("doc.missing", "unused", 12345L)).isEqualTo("không có tài liệu mã 12345 (xem annals list)");
        assertThat(vi.tr("no.such.key", "kept in English")).isEqualTo("kept in English");
    }

    @Test
    void withoutLangTheSystemLanguageDecides() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            assertThat(CliText.forLanguage(null).isVietnamese()).isTrue();
            Locale.setDefault(Locale.FRANCE);
            assertThat(CliText.forLanguage(null).isVietnamese()).isFalse();
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void describesWhatAUseCaseRefusesFromItsReasonAndValues() {
        var unknown = new AnnotateException(AnnotateException.Reason.UNKNOWN_THEME, "no theme named 'x' (see annals themes)", "x");
        assertThat(vi.describe(unknown)).isEqualTo("không có chủ đề 'x' (xem annals themes)");
        assertThat(en.describe(unknown)).isEqualTo("no theme named 'x' (see annals themes)");
        var range = new AnnotateException(AnnotateException.Reason.RANGE_OUT_OF_BOUNDS, "outside", 1, 9, 5);
        assertThat(vi.describe(range)).isEqualTo("đoạn [1, 9) nằm ngoài tài liệu (5 điểm mã)");
        var query = new InvalidQueryException(InvalidQueryException.Reason.ONLY_EXCLUSIONS, "the query only excludes words");
        assertThat(vi.describe(query)).startsWith("truy vấn chỉ có từ loại trừ");
        var locked = new LibraryUnavailableException(LibraryUnavailableException.Reason.IN_USE, "the library is in use");
        assertThat(vi.describe(locked, Path.of("/data/lib"))).startsWith("thư viện /data/lib đang được");
        assertThat(en.describe(locked, Path.of("/data/lib"))).isEqualTo("the library is in use");
    }

    @Test
    void everyReasonAUseCaseGivesHasAVietnameseSentence() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = CliText.class.getResourceAsStream("messages_vi.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (LibraryUnavailableException.Reason r : LibraryUnavailableException.Reason.values()) {
            assertThat(bundle).containsKey("unavailable." + r.name());
        }
        for (InvalidQueryException.Reason r : InvalidQueryException.Reason.values()) assertThat(bundle).containsKey("query." + r.name());
        for (AnnotateException.Reason r : AnnotateException.Reason.values()) {
            if (r == AnnotateException.Reason.RANGE_REVERSED) continue; // the command line checks --start and --end itself
            assertThat(bundle.stringPropertyNames()).as(r.name()).anyMatch(k -> k.startsWith("annotate." + r.name() + "."));
        }
    }

    @Test
    void langIsReadBeforeTheArgumentsAreParsed() {
        assertThat(Cli.language(new String[]{"--library", "x", "--lang", "vi", "list"})).isEqualTo("vi");
        assertThat(Cli.language(new String[]{"--lang=en", "list"})).isEqualTo("en");
        assertThat(Cli.language(new String[]{"list", "--lang"})).isNull();
        assertThat(Cli.language(new String[]{"list"})).isNull();
    }
}
