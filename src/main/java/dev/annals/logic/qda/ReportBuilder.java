package dev.annals.logic.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts what happens to each source, code and selection while a project is imported. */
final class ReportBuilder {

    private final Map<String, int[]> counts = new HashMap<>();
    private final List<ProjectImportReport.Item> items = new ArrayList<>();
    private int memos;

    void imported(String kind) {
        count(kind)[0]++;
    }

    void merged(String kind, String name, String reason) {
        count(kind)[1]++;
        items.add(new ProjectImportReport.Item(kind, name, ProjectImportReport.MERGED, reason));
    }

    void skipped(String kind, String name, String reason) {
        if (!kind.equals("file")) count(kind)[2]++;
        items.add(new ProjectImportReport.Item(kind, name, ProjectImportReport.SKIPPED, reason));
    }

    void memo() {
        memos++;
    }

    private int[] count(String kind) {
        return counts.computeIfAbsent(kind, k -> new int[3]);
    }

    private ProjectImportReport.Counts of(String kind) {
        int[] c = count(kind);
        return new ProjectImportReport.Counts(c[0], c[1], c[2]);
    }

    ProjectImportReport build() {
        return new ProjectImportReport(of("source"), of("code"), of("selection"), memos, items);
    }
}
