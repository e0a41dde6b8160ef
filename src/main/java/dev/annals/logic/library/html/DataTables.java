package dev.annals.logic.library.html;

import org.jsoup.nodes.Element;

/** Tables of data (as opposed to tables used for layout) are article content and survive cleaning whole. */
final class DataTables {

    private static final String MARK = "data-annals-data-table";

    private DataTables() {
    }

    static void mark(Element root) {
        for (Element table : root.getElementsByTag("table")) {
            if (isDataTable(table)) table.attr(MARK, "");
        }
    }

    static boolean isData(Element e) {
        return e.nameIs("table") && e.hasAttr(MARK);
    }

    static boolean insideData(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (isData(p)) return true;
        }
        return false;
    }

    private static boolean isDataTable(Element table) {
        if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) return false;
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, thead, tfoot, th, colgroup, col") != null) return true;
        if (table.select("table").size() > 1) return false;
        int rows = table.select("tr").size();
        int columns = table.select("tr").stream().mapToInt(r -> r.select("td").size()).max().orElse(0);
        if (rows >= 10 || columns > 4) return true;
        return rows * columns > 10;
    }
}
