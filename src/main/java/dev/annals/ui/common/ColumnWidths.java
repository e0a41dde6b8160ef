package dev.annals.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Column widths are pixels, so at an interface zoom the text in the cells grew and the columns did not: dates
 * ended in "…". The minimum widths a table is given at the window's base font size follow the font its header is
 * drawn in, so that what must show whole (a date, a count) does; the others share what is left.
 */
public final class ColumnWidths {

    /** The window's font size at 100%. */
    public static final double BASE_FONT_PX = 14;

    private ColumnWidths() {
    }

    /** Call once the columns have their widths at the base font size. */
    public static void followFont(TableView<?> table) {
        Map<TableColumnBase<?, ?>, double[]> base = new IdentityHashMap<>();
        table.getColumns().forEach(c -> base.put(c, new double[]{c.getPrefWidth(), c.getMinWidth()}));
        // the header's labels are made at the table's first layout, not with its skin
        javafx.beans.InvalidationListener hook = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                Node header = table.lookup(".column-header .label");
                if (!(header instanceof Labeled label)) return;
                table.needsLayoutProperty().removeListener(this);
                label.fontProperty().addListener((p, old, font) -> apply(base, font));
                apply(base, label.getFont());
            }
        };
        table.needsLayoutProperty().addListener(hook);
    }

    private static void apply(Map<TableColumnBase<?, ?>, double[]> base, Font font) {
        double scale = Math.max(1, font.getSize() / BASE_FONT_PX);
        base.forEach((column, widths) -> {
            column.setMinWidth(widths[1] * scale);
            column.setPrefWidth(Math.max(widths[0], widths[1] * scale));
        });
    }
}
