package dev.annals.logic.export;

/**
 * What an export writes. {@code notes}, {@code quotes} and {@code context} (the text around a quote) apply to the
 * formats that carry them; {@code bom} only to CSV; {@code groupBy} only to Markdown.
 */
public record ExportOptions(ExportFormat format, ExportScope scope, GroupBy groupBy, boolean notes, boolean quotes,
                            boolean context, boolean bom) {

    public ExportOptions {
        if (format == null) throw new IllegalArgumentException("format is required");
        scope = scope == null ? ExportScope.EVERYTHING : scope;
        groupBy = groupBy == null ? GroupBy.THEME : groupBy;
    }

    public static ExportOptions defaults(ExportFormat format) {
        return new ExportOptions(format, ExportScope.EVERYTHING, GroupBy.THEME, true, true, false, false);
    }

    public ExportOptions withScope(ExportScope newScope) {
        return new ExportOptions(format, newScope, groupBy, notes, quotes, context, bom);
    }
}
