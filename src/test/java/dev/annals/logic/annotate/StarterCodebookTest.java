package dev.annals.logic.annotate;

import dev.annals.model.Theme;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StarterCodebookTest {

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    StarterCodebook starter;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        starter = lib.services.starterCodebook();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void installsVietnameseStarterThemesOnceWithoutUndoStep() {
        assertThat(starter.installIfNew()).isTrue();

        assertThat(lib.services.themes().list()).extracting(Theme::name).containsExactly(
                "phòng chống tội phạm", "an ninh trật tự", "xây dựng lực lượng", "Công an xã", "chuyển đổi số / Đề án 06",
                "ứng phó Covid-19", "chỉ đạo của lãnh đạo Đảng, Nhà nước", "thi đua khen thưởng");
        assertThat(lib.services.themes().list()).extracting(Theme::color).doesNotHaveDuplicates();
        assertThat(lib.services.undoHistory().canUndo()).isFalse();

        lib.services.starterCodebook().removeUnused();
        assertThat(starter.installIfNew()).isFalse();
        assertThat(lib.services.themes().list()).isEmpty();
    }

    @Test
    void removingStarterCodebookKeepsThemesInUseAndIsOneUndoStep() {
        starter.installIfNew();
        long doc = lib.addDocument("Hội nghị", "2020", "Công an xã chính quy.");
        Theme commune = lib.services.themes().requireByName("Công an xã");
        lib.services.annotations().tagQuote(doc, commune.id(), "Công an xã", 1, null);

        assertThat(starter.removeUnused()).isEqualTo(7);
        assertThat(lib.services.themes().list()).containsExactly(commune);

        lib.services.undoHistory().undo();
        assertThat(lib.services.themes().list()).hasSize(8);
        assertThat(lib.services.annotations().forDocument(doc)).hasSize(1);
    }
}
