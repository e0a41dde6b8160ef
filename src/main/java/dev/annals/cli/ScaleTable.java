package dev.annals.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one benchmark run per library size, as a growth table: one row per figure, one column per size. */
final class ScaleTable {

    private final List<Integer> sizes;
    private final Map<String, List<Object>> rows = new LinkedHashMap<>();

    ScaleTable(List<Integer> sizes, List<Map<String, Object>> runs) {
        this.sizes = List.copyOf(sizes);
        for (int i = 0; i < runs.size(); i++) {
            for (Map.Entry<String, Object> figure : runs.get(i).entrySet()) {
                List<Object> row = rows.computeIfAbsent(figure.getKey(), k -> new ArrayList<>(java.util.Collections.nCopies(sizes.size(), null)));
                row.set(i, figure.getValue());
            }
        }
    }

    /** {"sizes": [...], "figures": {"name": [value per size]}}. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sizes", sizes);
        json.put("figures", rows);
        return json;
    }

    /** A Markdown table; the last column is the figure at the largest size divided by the one before it. */
    void print(PrintStream out) {
        StringBuilder header = new StringBuilder("| figure |");
        StringBuilder rule = new StringBuilder("|---|");
        sizes.forEach(size -> {
            header.append(' ').append(size).append(" docs |");
            rule.append("---|");
        });
        out.println(header + (sizes.size() > 1 ? " growth |" : ""));
        out.println(rule + (sizes.size() > 1 ? "---|" : ""));
        rows.forEach((name, values) -> {
            StringBuilder line = new StringBuilder("| ").append(name).append(" |");
            values.forEach(v -> line.append(' ').append(v == null ? "-" : v).append(" |"));
            if (sizes.size() > 1) line.append(' ').append(growth(values.get(values.size() - 2), values.get(values.size() - 1))).append(" |");
            out.println(line);
        });
    }

    private static String growth(Object before, Object after) {
        if (!(before instanceof Number b) || !(after instanceof Number a) || b.doubleValue() == 0) return "-";
        return "×" + Math.round(a.doubleValue() / b.doubleValue() * 100) / 100.0;
    }
}
