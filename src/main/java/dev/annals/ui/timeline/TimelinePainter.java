package dev.annals.ui.timeline;

import dev.annals.logic.timeline.PlacedConference;
import dev.annals.logic.timeline.Tick;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.Theme;
import dev.annals.ui.timeline.TimelinePalette.Role;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Draws the lanes, the axis and the visible markers, and remembers where each marker went (for hits and tests). */
final class TimelinePainter {

    static final double GUTTER = 176;
    static final double RIGHT_PAD = 20;
    static final double AXIS_HEIGHT = 40;
    static final double LANE_HEIGHT = 92;
    static final double DOT_RADIUS = 8;
    static final double SPAN_HEIGHT = 18;
    static final double BAR_WIDTH = 40;
    static final double BAR_HEIGHT = 5;
    private static final double LABEL_MAX = 190;

    /** A drawn marker: its conference and the box around the marker shape. */
    record Marker(PlacedConference placed, Bounds bounds) {
    }

    private final Font laneFont = Font.font(null, FontWeight.BOLD, 12);
    private final Font tickFont = Font.font(11);
    private final Font majorTickFont = Font.font(null, FontWeight.BOLD, 12);
    private final Font titleFont = Font.font(null, FontWeight.BOLD, 11.5);
    private final Font dateFont = Font.font(10.5);
    private final Text measure = new Text();

    /** The marker, its date and a one-line title (drawn down to 72 px below the lane's top) and a little air. */
    static final double MIN_LANE_HEIGHT = 78;
    private double laneHeight = LANE_HEIGHT;

    /** Lanes share the height there is, between a compact and a roomy size. */
    static double laneHeightFor(double canvasHeight, int lanes) {
        return Math.max(MIN_LANE_HEIGHT, Math.min(LANE_HEIGHT, (canvasHeight - AXIS_HEIGHT - 4) / Math.max(1, lanes)));
    }

    double laneTop(int lane) {
        return AXIS_HEIGHT + lane * laneHeight;
    }

    double markerCenterY(int lane) {
        return laneTop(lane) + 22;
    }

    List<Marker> paint(GraphicsContext g, TimelineScene s, TimelinePalette p) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        laneHeight = laneHeightFor(h, s.lanes().size());
        g.clearRect(0, 0, w, h); // a full clear lets the canvas drop the commands of earlier frames
        g.setFill(p.color(Role.BACKGROUND));
        g.fillRect(0, 0, w, h);
        paintLanes(g, s, p, w, h);
        g.save();
        g.beginPath();
        g.rect(GUTTER, 0, w - GUTTER, h);
        g.clip();
        paintTicks(g, s, p, h);
        List<Marker> markers = paintMarkers(g, s, p);
        g.restore();
        g.setStroke(p.color(Role.GRID_STRONG));
        g.setLineWidth(1);
        g.strokeLine(GUTTER + 0.5, 0, GUTTER + 0.5, h);
        g.strokeLine(0, AXIS_HEIGHT + 0.5, w, AXIS_HEIGHT + 0.5);
        return markers;
    }

    private void paintLanes(GraphicsContext g, TimelineScene s, TimelinePalette p, double w, double h) {
        for (int i = 0; i < s.lanes().size(); i++) {
            ConferenceKind kind = s.lanes().get(i);
            double top = laneTop(i);
            if (i % 2 == 1) {
                g.setFill(p.color(Role.LANE));
                g.fillRect(0, top, w, laneHeight);
            }
            g.setStroke(p.color(Role.GRID));
            g.strokeLine(0, top + laneHeight - 0.5, w, top + laneHeight - 0.5);
            g.setFill(p.kind(kind));
            g.fillRoundRect(14, markerCenterY(i) - 6, 12, 12, 4, 4);
            g.setFill(p.color(Role.TEXT));
            g.setFont(laneFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            String[] lines = twoLines(s.text().kindName(kind), laneFont, GUTTER - 44);
            double y = markerCenterY(i) - (lines.length - 1) * 7.5;
            for (String line : lines) {
                g.fillText(line, 34, y);
                y += 15;
            }
        }
    }

    private void paintTicks(GraphicsContext g, TimelineScene s, TimelinePalette p, double h) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Tick t : s.ticks()) {
            double x = Math.round(GUTTER + t.x()) + 0.5;
            g.setStroke(p.color(t.major() ? Role.GRID_STRONG : Role.GRID));
            g.setLineWidth(1);
            g.strokeLine(x, t.major() ? 6 : AXIS_HEIGHT - 12, x, h);
            g.setFont(t.major() ? majorTickFont : tickFont);
            g.setFill(p.color(t.major() ? Role.TEXT : Role.MUTED));
            g.fillText(s.text().tickLabel(t), x + 5, t.major() ? 16 : AXIS_HEIGHT - 12);
        }
    }

    private List<Marker> paintMarkers(GraphicsContext g, TimelineScene s, TimelinePalette p) {
        List<Marker> markers = new ArrayList<>();
        List<PlacedConference> placed = s.placed();
        for (int i = 0; i < placed.size(); i++) {
            PlacedConference pc = placed.get(i);
            Color kind = p.kind(pc.conference().kind());
            double cy = markerCenterY(pc.lane());
            double x = GUTTER + pc.x();
            Bounds box = pc.span() ? paintSpan(g, x, pc.width(), cy, kind) : paintDot(g, GUTTER + pc.centerX(), cy, kind, p);
            paintThemeBar(g, box.getCenterX(), cy + 15, s.themeCounts(pc.conference().id()), s.themes(), p);
            if (s.selected().contains(pc.conference().id())) paintSelected(g, box, p);
            if (pc.index() == s.focusedIndex()) paintFocus(g, box, pc.span(), p);
            double left = Math.max(GUTTER + 4, box.getMinX());
            double room = Math.min(LABEL_MAX, nextInLane(placed, i) - left - 10);
            if (room >= 48) paintLabel(g, pc.conference(), left, room, cy, s, p);
            markers.add(new Marker(pc, box));
        }
        return markers;
    }

    private Bounds paintSpan(GraphicsContext g, double x, double width, double cy, Color kind) {
        double w = Math.max(width, 6);
        double top = cy - SPAN_HEIGHT / 2;
        g.setFill(kind.deriveColor(0, 1, 1, 0.22));
        g.fillRoundRect(x, top, w, SPAN_HEIGHT, 8, 8);
        g.setStroke(kind);
        g.setLineWidth(1.5);
        g.setLineDashes(5, 3);
        g.strokeRoundRect(x + 0.75, top + 0.75, w - 1.5, SPAN_HEIGHT - 1.5, 8, 8);
        g.setLineDashes();
        g.setFill(kind);
        g.fillRect(x, top + 3, 3, SPAN_HEIGHT - 6);
        g.fillRect(x + w - 3, top + 3, 3, SPAN_HEIGHT - 6);
        return new BoundingBox(x, top, w, SPAN_HEIGHT);
    }

    private Bounds paintDot(GraphicsContext g, double cx, double cy, Color kind, TimelinePalette p) {
        g.setFill(p.color(Role.BACKGROUND));
        g.fillOval(cx - DOT_RADIUS - 2, cy - DOT_RADIUS - 2, 2 * DOT_RADIUS + 4, 2 * DOT_RADIUS + 4);
        g.setFill(kind);
        g.fillOval(cx - DOT_RADIUS, cy - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
        return new BoundingBox(cx - DOT_RADIUS, cy - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
    }

    /** A small stacked bar of the themes tagged in the conference's documents, in the theme colours. */
    private void paintThemeBar(GraphicsContext g, double cx, double top, Map<Long, Integer> counts, List<Theme> themes, TimelinePalette p) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return;
        double x = cx - BAR_WIDTH / 2;
        for (Theme t : themes) {
            int n = counts.getOrDefault(t.id(), 0);
            if (n == 0) continue;
            double w = BAR_WIDTH * n / total;
            g.setFill(Color.web(t.color(), 1));
            g.fillRect(x, top, w, BAR_HEIGHT);
            x += w;
        }
        g.setStroke(p.color(Role.BACKGROUND));
        g.setLineWidth(1);
        g.strokeRect(cx - BAR_WIDTH / 2 - 0.5, top - 0.5, BAR_WIDTH + 1, BAR_HEIGHT + 1);
    }

    private void paintFocus(GraphicsContext g, Bounds box, boolean span, TimelinePalette p) {
        g.setStroke(p.color(Role.FOCUS));
        g.setLineWidth(2.5);
        if (span) g.strokeRoundRect(box.getMinX() - 4, box.getMinY() - 4, box.getWidth() + 8, box.getHeight() + 8, 12, 12);
        else g.strokeOval(box.getMinX() - 5, box.getMinY() - 5, box.getWidth() + 10, box.getHeight() + 10);
    }

    /** Picked for comparison: a thick square frame and a check badge, so it reads apart from the focus ring. */
    private void paintSelected(GraphicsContext g, Bounds box, TimelinePalette p) {
        Color accent = p.color(Role.FOCUS);
        g.setFill(accent.deriveColor(0, 1, 1, 0.16));
        g.fillRoundRect(box.getMinX() - 6, box.getMinY() - 6, box.getWidth() + 12, box.getHeight() + 12, 6, 6);
        g.setStroke(accent);
        g.setLineWidth(3);
        g.strokeRoundRect(box.getMinX() - 6, box.getMinY() - 6, box.getWidth() + 12, box.getHeight() + 12, 6, 6);
        double cx = box.getMaxX() + 6;
        double cy = box.getMinY() - 6;
        g.setFill(accent);
        g.fillOval(cx - 7, cy - 7, 14, 14);
        g.setStroke(p.color(Role.BACKGROUND));
        g.setLineWidth(2);
        g.strokePolyline(new double[]{cx - 3.5, cx - 1, cx + 3.5}, new double[]{cy, cy + 3, cy - 3}, 3);
    }

    /** Where the next marker of the same lane starts, so a label stops before it. */
    private static double nextInLane(List<PlacedConference> placed, int i) {
        int lane = placed.get(i).lane();
        for (int j = i + 1; j < placed.size(); j++) {
            if (placed.get(j).lane() == lane) return GUTTER + placed.get(j).x() - (placed.get(j).span() ? 0 : DOT_RADIUS);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Draws the date and title under the marker, from its left edge, within {@code room} pixels. */
    private void paintLabel(GraphicsContext g, Conference c, double leftEdge, double room, double cy, TimelineScene s, TimelinePalette p) {
        double max = room;
        String[] title = laneHeight >= LANE_HEIGHT - 4 ? twoLines(c.title(), titleFont, max) : new String[]{fit(c.title(), titleFont, max)};
        String date = s.text().shortDate(c.date());
        double width = width(date, dateFont);
        for (String line : title) width = Math.max(width, width(line, titleFont));
        double left = Math.min(leftEdge, g.getCanvas().getWidth() - 8 - width);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(dateFont);
        g.setFill(p.color(Role.MUTED));
        g.fillText(date, left, cy + 29);
        g.setFont(titleFont);
        g.setFill(p.color(Role.TEXT));
        double y = cy + 43;
        for (String line : title) {
            g.fillText(line, left, y);
            y += 14;
        }
    }

    /** Splits at a space so both halves fit, the second one shortened if it must. */
    private String[] twoLines(String s, Font font, double max) {
        if (width(s, font) <= max) return new String[]{s};
        int split = s.lastIndexOf(' ');
        while (split > 0 && width(s.substring(0, split), font) > max) split = s.lastIndexOf(' ', split - 1);
        if (split <= 0) return new String[]{fit(s, font, max)};
        return new String[]{s.substring(0, split), fit(s.substring(split + 1), font, max)};
    }

    private double width(String s, Font font) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private String fit(String s, Font font, double max) {
        if (width(s, font) <= max) return s;
        int end = s.length();
        while (end > 1 && width(s.substring(0, end) + "…", font) > max) end = Math.max(1, end - Math.max(1, (end / 8)));
        return s.substring(0, end).stripTrailing() + "…";
    }
}
