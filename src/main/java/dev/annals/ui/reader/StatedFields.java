package dev.annals.ui.reader;

import dev.annals.model.MetadataField;
import dev.annals.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** What the file states about itself (its header lines or page metadata), as written, to read beside the form. */
final class StatedFields extends VBox {

    private static final int MAX_VALUE = 300;

    StatedFields(MetadataForm form, I18n i18n) {
        super(6);
        setId("metaStatedFields");
        Label heading = new Label(i18n.t("reader.metadata.stated"));
        heading.getStyleClass().add("reader-side-subheading");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        getChildren().addAll(heading, grid);
        managedProperty().bind(visibleProperty());
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (MetadataField f : form.fields()) {
                Label key = new Label(f.key());
                key.getStyleClass().add("reader-side-note");
                String value = f.value().length() > MAX_VALUE ? f.value().substring(0, MAX_VALUE) + "…" : f.value();
                Label text = new Label(value);
                text.setWrapText(true);
                text.setMaxWidth(240);
                text.setTooltip(new javafx.scene.control.Tooltip(f.value()));
                grid.addRow(row++, key, text);
            }
            setVisible(!form.fields().isEmpty());
        };
        form.fields().addListener((ListChangeListener<MetadataField>) c -> fill.run());
        fill.run();
    }
}
