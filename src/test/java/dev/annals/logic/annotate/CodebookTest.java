package dev.annals.logic.annotate;

import dev.annals.model.Theme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules every feature applies to themes: names as people type them, sub-themes, and the tree. */
class CodebookTest {

    private final Theme security = new Theme(1, "an ninh trật tự", "#56B4E9", null, "", 0);
    private final Theme commune = new Theme(2, "Công an xã", "#F0E442", 1L, "", 1);
    private final Theme regular = new Theme(3, "Công an xã chính quy", "#009E73", 2L, "", 2);
    private final Theme crime = new Theme(4, "phòng chống tội phạm", "#E69F00", null, "", 3);
    private final Theme orphanChild = new Theme(5, "lạc", "#888888", 99L, "", 4);
    private final Codebook codebook = Codebook.of(List.of(security, commune, regular, crime, orphanChild));

    @Test
    void findsAThemeByItsNameIgnoringCaseSpacesAndNormalization() {
        assertThat(codebook.named("  CÔNG AN XÃ ")).contains(commune);
        String decomposed = java.text.Normalizer.normalize("Công an xã", java.text.Normalizer.Form.NFD);
        assertThat(codebook.named(decomposed)).contains(commune);
        assertThat(codebook.named("cong an xa")).isEmpty();
    }

    @Test
    void aNameTypedWithoutToneMarksFindsTheOneThemeItFits() {
        assertThat(codebook.lookup("cong an xa")).contains(commune);
        assertThat(codebook.lookup("an ninh trat tu")).contains(security);
        assertThat(codebook.lookup("phong chong toi pham")).contains(crime);
        assertThat(codebook.lookup("không có")).isEmpty();
    }

    @Test
    void aFoldedNameThatFitsTwoThemesFindsNone() {
        Codebook twins = Codebook.of(List.of(commune, new Theme(9, "Cong an xa", "#000000", null, "", 9)));
        assertThat(twins.lookup("CÔNG AN XÃ")).contains(commune);
        assertThat(twins.lookup("công an xa")).isEmpty();
        assertThatThrownBy(() -> twins.require("công an xa")).isInstanceOf(AnnotateException.class)
                .hasMessage("no theme named 'công an xa' (see annals themes)")
                .satisfies(e -> assertThat(((AnnotateException) e).args()).containsExactly("công an xa"));
    }

    @Test
    void aThemeStandsForItsSubThemesHoweverDeep() {
        assertThat(codebook.withSubThemes(Set.of(1L))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(codebook.withSubThemes(Set.of(2L))).containsExactlyInAnyOrder(2L, 3L);
        assertThat(codebook.withSubThemes(Set.of(4L))).containsExactly(4L);
        assertThat(codebook.withSubThemes(Set.of())).isEmpty();
    }

    @Test
    void theTreeListsEachThemeBeforeItsSubThemesAndLostParentsAtTheTop() {
        assertThat(codebook.tree()).extracting(e -> e.theme().id() + "@" + e.depth())
                .containsExactly("1@0", "2@1", "3@2", "4@0", "5@0");
        assertThat(codebook.themes()).containsExactly(security, commune, regular, crime, orphanChild);
        assertThat(codebook.find(3)).contains(regular);
        assertThat(codebook.find(42)).isEmpty();
    }

    @Test
    void aCycleOfParentsDoesNotLoopForever() {
        Codebook cycle = Codebook.of(List.of(new Theme(1, "a", "#000000", 2L, "", 0), new Theme(2, "b", "#000000", 1L, "", 1)));
        assertThat(cycle.withSubThemes(Set.of(1L))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(cycle.tree()).isEmpty();
    }
}
