package dev.annals.logic.export;

import dev.annals.model.PartialDate;

/** The words of the Markdown report, in English or Vietnamese. */
public record ReportLabels(String title, String exportedOn, String theme, String document, String count, String total,
                           String date, String unknownDate, String yearOnly, String monthOnly, String note,
                           String notFound, String noAnnotations) {

    public static ReportLabels english() {
        return new ReportLabels("Notes", "Exported on", "Theme", "Document", "Annotations", "Total", "Date",
                "date unknown", "year only", "month only", "Note", "passage not found in the current text",
                "No annotations in this scope.");
    }

    public static ReportLabels vietnamese() {
        return new ReportLabels("Ghi chú", "Xuất ngày", "Chủ đề", "Tài liệu", "Số chú thích", "Tổng", "Ngày",
                "không rõ ngày", "chỉ biết năm", "chỉ biết tháng", "Ghi chú", "không tìm thấy đoạn trích trong văn bản hiện tại",
                "Không có chú thích nào trong phạm vi này.");
    }

    /** "1 annotation", "5 annotations"; Vietnamese has no plural form. */
    public String annotations(long n) {
        if (this.equals(english())) return n + (n == 1 ? " annotation" : " annotations");
        return n + " " + count.toLowerCase(java.util.Locale.ROOT).replace("số ", "");
    }

    /** The heading of the memos' section. */
    public String memos() {
        return this.equals(english()) ? "Memos" : "Ghi nhớ";
    }

    /** What a memo is about: "document", "theme", "conference", "library" in the report's language. */
    public String memoAbout(String kind) {
        if (this.equals(english())) return kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.substring(1);
        return switch (kind) {
            case "document" -> "Tài liệu";
            case "theme" -> "Chủ đề";
            case "conference" -> "Hội nghị";
            default -> "Thư viện";
        };
    }

    public static ReportLabels forLanguage(String lang) {
        return "vi".equals(lang) ? vietnamese() : english();
    }

    /** A date with its real precision: "2021-12-29", "2021-06 (month only)", "2020 (year only)". */
    public String formatDate(PartialDate date) {
        if (date == null) return unknownDate;
        return switch (date.precision()) {
            case DAY -> date.iso();
            case MONTH -> date.iso() + " (" + monthOnly + ")";
            case YEAR -> date.iso() + " (" + yearOnly + ")";
        };
    }
}
