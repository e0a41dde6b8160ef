package dev.annals.ui.reader;

import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The document's title, then date (with its precision), source and kind, then the people as chips. */
final class ReaderHeader extends VBox {

    private final I18n i18n;
    private final Label title = new Label();
    private final Label facts = new Label();
    private final FlowPane people = new FlowPane(6, 6);

    ReaderHeader(I18n i18n) {
        this.i18n = i18n;
        setId("readerHeader");
        getStyleClass().add("reader-header");
        title.setId("readerTitle");
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        // a long title wraps whole, even at a large zoom: the text below gives way, not the title
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.setId("readerFacts");
        facts.getStyleClass().add("reader-facts");
        facts.setWrapText(true);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        people.setId("readerPeople");
        people.getStyleClass().add("reader-people");
        getChildren().addAll(title, facts, people);
    }

    /** The colour the look gives the title: the reader's text colour. */
    javafx.beans.value.ObservableValue<javafx.scene.paint.Paint> textColor() {
        return title.textFillProperty();
    }

    /** The title names the text for a screen reader, as a field's label does. */
    void nameFor(javafx.scene.Node text) {
        title.setLabelFor(text);
    }

    void show(Document doc) {
        if (doc == null) {
            title.setText("");
            facts.setText("");
            people.getChildren().clear();
            return;
        }
        DocumentMetadata m = doc.metadata();
        title.setText(m.title() == null || m.title().isBlank() ? i18n.t("reader.header.untitled") : m.title());
        String source = m.source() == null || m.source().isBlank() ? i18n.t("reader.header.noSource") : m.source();
        StringBuilder line = new StringBuilder(i18n.formatDate(m.date())).append("  ·  ").append(source);
        if (m.kind() != null) line.append("  ·  ").append(i18n.kindName(m.kind()));
        line.append("  ·  ").append(i18n.t("reader.header.chars", doc.chars()));
        facts.setText(line.toString());
        people.getChildren().clear();
        for (String person : m.people()) {
            Label chip = new Label(person);
            chip.getStyleClass().add("reader-chip");
            people.getChildren().add(chip);
        }
        people.setManaged(!m.people().isEmpty());
        people.setVisible(!m.people().isEmpty());
    }
}
