package dev.annals.ui.timeline;

import dev.annals.model.Conference;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline's conferences as a screen reader's list: the canvas answers the list's questions (how many, which
 * one, which is focused) and each item is an empty, unmanaged node that a reader asks for on demand, so 5,000
 * conferences cost nothing until one is read (ADR 0520).
 */
final class ConferenceAccessibles {

    private final TimelineViewModel vm;
    private final Group holder = new Group();
    private final Map<Integer, Node> items = new HashMap<>();

    ConferenceAccessibles(TimelineViewModel vm) {
        this.vm = vm;
        holder.setManaged(false);
        holder.setMouseTransparent(true);
        vm.layoutProperty().addListener((o, was, now) -> {
            items.clear();
            holder.getChildren().clear();
        });
    }

    /** The node the items live under; it draws nothing. */
    Node holder() {
        return holder;
    }

    /** The list attributes the canvas answers, or null for the others. */
    Object answer(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case ITEM_COUNT -> conferences().size();
            case ITEM_AT_INDEX -> item((Integer) parameters[0]);
            case FOCUS_ITEM -> item(vm.focusedIndexProperty().get());
            case SELECTED_ITEMS -> selectedItems();
            case MULTIPLE_SELECTION -> true;
            default -> null;
        };
    }

    /** The conferences picked for comparison; with none picked, the focused one, as before picking existed. */
    private List<Node> selectedItems() {
        List<Conference> all = conferences();
        List<Node> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (vm.selection().contains(all.get(i).id())) picked.add(item(i));
        if (!picked.isEmpty()) return picked;
        return vm.focusedIndexProperty().get() < 0 ? List.of() : List.of(item(vm.focusedIndexProperty().get()));
    }

    private boolean selected(int index) {
        return vm.selection().ids().isEmpty() ? vm.focusedIndexProperty().get() == index
                : index < conferences().size() && vm.selection().contains(conferences().get(index).id());
    }

    private String text(int index, String base) {
        boolean picked = index < conferences().size() && vm.selection().contains(conferences().get(index).id());
        return picked ? base + ", " + vm.text().get("timeline.compare.picked") : base;
    }

    Node item(int index) {
        if (index < 0 || index >= conferences().size()) return null;
        return items.computeIfAbsent(index, i -> {
            Node n = new Item(i, vm.text().accessibleText(conferences().get(i)));
            holder.getChildren().add(n);
            return n;
        });
    }

    private List<Conference> conferences() {
        return vm.layoutProperty().get().conferences();
    }

    private final class Item extends Region {
        private final int index;

        Item(int index, String text) {
            this.index = index;
            setAccessibleRole(AccessibleRole.LIST_ITEM);
            setAccessibleText(text);
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return switch (attribute) {
                case TEXT -> text(index, getAccessibleText());
                case INDEX -> index;
                case SELECTED -> selected(index);
                default -> super.queryAccessibleAttribute(attribute, parameters);
            };
        }
    }
}
