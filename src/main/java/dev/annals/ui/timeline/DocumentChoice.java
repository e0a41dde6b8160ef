package dev.annals.ui.timeline;

import dev.annals.model.DocumentSummary;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/** The popover that lists the articles of a conference that has several; choosing one opens it. */
final class DocumentChoice {

    private final TimelineViewModel vm;
    private final PopOver popOver = new PopOver();

    DocumentChoice(TimelineViewModel vm) {
        this.vm = vm;
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.setOnHidden(e -> vm.documentChoiceProperty().set(List.of()));
    }

    void show(List<DocumentSummary> documents, Node owner, double screenX, double screenY) {
        VBox box = new VBox();
        box.setId("documentChoice");
        box.getStyleClass().add("document-choice");
        Label heading = new Label(vm.text().get("timeline.choose"));
        heading.getStyleClass().add("document-choice-heading");
        box.getChildren().add(heading);
        for (DocumentSummary d : documents) {
            String title = d.title() == null || d.title().isBlank() ? vm.text().get("timeline.untitled") : d.title();
            String date = d.date() == null ? "" : "  ·  " + vm.text().shortDate(d.date());
            Button open = new Button(title + date, new FontIcon(Material2AL.ARTICLE));
            open.setId("openDocument-" + d.id());
            open.getStyleClass().addAll("flat", "document-choice-item");
            open.setMaxWidth(Double.MAX_VALUE);
            open.setOnAction(e -> {
                popOver.hide();
                vm.openDocument(d.id());
            });
            box.getChildren().add(open);
        }
        popOver.setContentNode(box);
        popOver.show(owner, screenX, screenY);
        if (box.getChildren().size() > 1) box.getChildren().get(1).requestFocus();
    }

    boolean isShowing() {
        return popOver.isShowing();
    }

    void hide() {
        popOver.hide();
    }
}
