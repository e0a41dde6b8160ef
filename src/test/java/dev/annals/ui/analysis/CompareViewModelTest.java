package dev.annals.ui.analysis;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.logic.analysis.ConferenceComparison.ThemeShare;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.model.Span;
import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison's columns on the bundled library with its example annotations, read again on changes, and exported. */
class CompareViewModelTest {

    @TempDir
    Path home;
    LibrarySession session;
    RecordingNavigator navigator = new RecordingNavigator();
    long covid;
    long review;

    @BeforeEach
    void open() {
        session = TestLibraries.openFirstLibrary(home.resolve("library"));
        covid = conferenceOn("2021-08-17");
        review = conferenceOn("2021-12-29");
    }

    @AfterEach
    void close() {
        session.close();
    }

    long conferenceOn(String iso) {
        return session.timeline().conferences(ConferenceNamer.ENGLISH).stream().filter(c -> c.date().iso().equals(iso))
                .findFirst().orElseThrow().id();
    }

    CompareViewModel model(String lang, Long... ids) {
        var model = new CompareViewModel(session.comparison(), List.of(ids), new SameThreadBackgroundTasks(), navigator,
                I18n.forLanguage(lang), new FxLibraryChanges(session.changes(), Runnable::run), session.folder());
        model.reload();
        return model;
    }

    static ThemeShare theme(Column c, String name) {
        return c.themes().stream().filter(s -> s.theme().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void oneColumnPerConferenceWithDateKindSharesPeopleAndTheThemesOnlyOneHas() {
        CompareViewModel model = model("en", covid, review);

        assertThat(model.columns()).extracting(c -> c.conference().id()).containsExactly(covid, review);
        Column online = model.columns().get(0);
        assertThat(model.about(online.conference())).isEqualTo("17/08/2021 · Online conference");
        ThemeShare pandemic = theme(online, "ứng phó Covid-19");
        assertThat(pandemic.onlyHere()).isTrue();
        assertThat(model.countAndShare(pandemic)).isEqualTo("1 passage · 33%");
        assertThat(model.spokenTheme(pandemic)).isEqualTo("ứng phó Covid-19: 1 passage · 33%, only here");
        ThemeShare order = theme(online, "an ninh trật tự");
        assertThat(order.onlyHere()).isFalse();
        assertThat(model.spokenTheme(order)).doesNotContain("only here");
        assertThat(online.themes()).extracting(ThemeShare::share).allSatisfy(s -> assertThat(s).isEqualTo(1 / 3.0));
        assertThat(online.people()).contains("Tô Lâm", "Trần Quốc Tỏ");
        assertThat(online.passages()).extracting(p -> model.themeOf(online, p)).contains("ứng phó Covid-19", "thi đua khen thưởng");
        assertThat(theme(model.columns().get(1), "phòng chống tội phạm").onlyHere()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("◆ only here");
    }

    @Test
    void speaksVietnamese() {
        CompareViewModel model = model("vi", covid, review);

        ThemeShare pandemic = theme(model.columns().get(0), "ứng phó Covid-19");
        assertThat(model.spokenTheme(pandemic)).isEqualTo("ứng phó Covid-19: 1 đoạn · 33%, chỉ có ở đây");
        assertThat(model.about(model.columns().get(1).conference())).isEqualTo("29/12/2021 · Hội nghị Công an toàn quốc");
    }

    @Test
    void readsAgainWhenAPassageIsTaggedSoAThemeIsNoLongerOnlyHere() {
        CompareViewModel model = model("en", covid, review);
        long crime = theme(model.columns().get(1), "phòng chống tội phạm").theme().id();
        long onlineDoc = model.columns().get(0).conference().docIds().get(0);

        session.annotations().tag(onlineDoc, crime, new Span(0, 12), null);

        Column online = model.columns().get(0);
        assertThat(theme(online, "phòng chống tội phạm").count()).isEqualTo(1);
        assertThat(theme(online, "phòng chống tội phạm").onlyHere()).isFalse();
        assertThat(theme(model.columns().get(1), "phòng chống tội phạm").onlyHere()).isFalse();
        assertThat(model.countAndShare(theme(online, "an ninh trật tự"))).isEqualTo("1 passage · 25%");
    }

    @Test
    void aConferenceNoLongerOnTheTimelineIsLeftOutAndSaysSo() {
        CompareViewModel model = model("en", covid, review, 999_999L);

        assertThat(model.columns()).hasSize(2);
        assertThat(model.messageProperty().get()).isEqualTo("One conference is no longer on the timeline (merged or split) and left out.");
        assertThat(model("en", covid, 999_999L).columns()).isEmpty();
    }

    @Test
    void openingAPassageShowsItInTheReader() {
        CompareViewModel model = model("en", covid, review);
        var passage = model.columns().get(1).passages().get(0);

        model.openPassage(passage);

        assertThat(navigator.visits).containsExactly("document " + passage.docId() + " [" + passage.start() + "," + passage.end() + ")");
    }

    @Test
    void exportsMarkdownAndCsvAndRefusesAFileInsideTheLibrary() throws Exception {
        CompareViewModel model = model("en", covid, review);
        Path md = home.resolve("so-sánh.md");
        Path csv = home.resolve("so-sánh.csv");

        model.exportMarkdown(md);
        model.exportCsv(csv);

        String report = Files.readString(md);
        assertThat(report).startsWith("# Compare conferences\n")
                .contains("\n17/08/2021 · Online conference\n")
                .contains("| **ứng phó Covid-19** ◆ only here | 1 | 33% |")
                .contains("| an ninh trật tự | 1 | 33% |")
                .contains("**People named:** Tô Lâm")
                .contains("- “Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19” — ứng phó Covid-19");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("conference_id,conference,date,kind,theme,passages,share,only_here");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(covid + ",").endsWith(",2021-08-17,online,ứng phó Covid-19,1,0.333,true"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(review + ",").endsWith(",2021-12-29,annual-national,an ninh trật tự,1,0.500,false"));
        assertThat(model.messageProperty().get()).isEqualTo("Saved " + csv.toAbsolutePath());

        model.exportCsv(session.folder().resolve("inside.csv"));
        assertThat(model.messageProperty().get()).startsWith("Could not save " + session.folder().resolve("inside.csv").toAbsolutePath());
        assertThat(session.folder().resolve("inside.csv")).doesNotExist();
    }
}
