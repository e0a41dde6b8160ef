package dev.annals.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell's small parts: names of views and looks, window bounds, and the list of shortcuts read from the menus. */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class) // menus need the toolkit
class ShellPiecesTest {

    @Test
    void viewsAndLooksAreNamedTheSameWayEverywhere() {
        for (Section s : Section.values()) assertThat(Section.fromId(s.id())).contains(s);
        assertThat(Section.fromId("timeline")).contains(Section.TIMELINE);
        assertThat(Section.fromId("Timeline")).isEmpty();
        assertThat(Section.SEARCH.labelKey()).isEqualTo("shell.section.search");
        for (ThemeMode m : ThemeMode.values()) assertThat(ThemeMode.fromId(m.id())).contains(m);
        assertThat(ThemeMode.fromId("neon")).isEmpty();
    }

    @Test
    void aWindowIsFittedToTheScreenButKeepsItsPlace() {
        WindowBounds big = new WindowBounds(40, 30, 2400, 1600, false);
        WindowBounds fitted = big.fittedTo(1280, 800);
        assertThat(fitted.width()).isEqualTo(1280);
        assertThat(fitted.height()).isEqualTo(800);
        assertThat(fitted.x()).isEqualTo(40);
        assertThat(fitted.hasPosition()).isTrue();
        assertThat(WindowBounds.DEFAULT.hasPosition()).isFalse();
        assertThat(WindowBounds.DEFAULT.fittedTo(4000, 3000)).isEqualTo(WindowBounds.DEFAULT);
    }

    @Test
    void theShortcutListReadsEveryAcceleratorOfTheMenusThenTheViewsOwnKeys() {
        MenuItem open = new MenuItem("_Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem plain = new MenuItem("About");
        MenuItem zoom = new MenuItem("Zoom _in");
        zoom.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+Equals"));
        Menu sub = new Menu("View", null, zoom);
        MenuBar bar = new MenuBar(new Menu("File", null, open, new SeparatorMenuItem(), plain), new Menu("More", null, sub));
        ShortcutsDialog dialog = new ShortcutsDialog(dev.annals.ui.common.I18n.forLanguage("en"));
        dialog.addExtra("Open the selected document", "Enter");

        List<String[]> lines = dialog.lines(bar);
        assertThat(lines).extracting(l -> l[0]).containsExactly("Open…", "Zoom in", "Open the menus", "Move between controls",
                "Open the selected document");
        assertThat(lines.get(0)[1]).isEqualTo(open.getAccelerator().getDisplayText());
        assertThat(lines.get(lines.size() - 1)[1]).isEqualTo("Enter");
    }
}
