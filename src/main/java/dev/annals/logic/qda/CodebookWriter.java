package dev.annals.logic.qda;

import dev.annals.logic.annotate.Codebook;
import dev.annals.logic.annotate.Palette;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.library.MemoStore;
import dev.annals.model.Memo;
import dev.annals.model.Theme;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the codes of a project into themes. A code whose name a theme already has (ignoring case, or tone marks
 * and đ when that fits exactly one theme that was there before) is merged into it; the theme is left as it was and
 * a description it lacks is kept as a memo of the theme. Colours that are not #RRGGBB get the next palette colour.
 */
final class CodebookWriter {

    private final ThemeStore themes;
    private final MemoStore memos;
    private final ReportBuilder report;
    private final String origin;
    private final Instant now;
    private final Map<String, Long> themeByGuid = new HashMap<>();

    CodebookWriter(ThemeStore themes, MemoStore memos, ReportBuilder report, String origin, Instant now) {
        this.themes = themes;
        this.memos = memos;
        this.report = report;
        this.origin = origin;
        this.now = now;
    }

    Map<String, Long> write(QdaProject project, Map<String, QdaProject.Note> notes) {
        List<Theme> before = themes.findAll();
        Codebook known = Codebook.of(before);
        List<Theme> all = new ArrayList<>(before);
        int order = all.stream().mapToInt(Theme::sortOrder).max().orElse(-1) + 1;
        for (QdaProject.Code code : project.codes) {
            String name = code.name() == null ? "" : Normalizer.normalize(code.name().strip(), Normalizer.Form.NFC);
            if (name.isEmpty()) {
                report.skipped("code", code.guid(), "the code has no name");
                continue;
            }
            Optional<Theme> same = Codebook.of(all).named(name).or(() -> known.lookup(name));
            Theme theme;
            if (same.isPresent()) {
                theme = same.get();
                report.merged("code", name, "the library already has the theme '" + theme.name() + "'");
                String description = clean(code.description());
                if (!description.isEmpty() && !description.equals(theme.description())) memo(theme.id(), "Description", description);
            } else {
                Long parent = code.parentGuid() == null ? null : themeByGuid.get(code.parentGuid());
                theme = themes.insert(new Theme(0, name, color(code.color(), all), parent, clean(code.description()), order++));
                all.add(theme);
                report.imported("code");
            }
            if (code.guid() != null) themeByGuid.putIfAbsent(code.guid(), theme.id());
            for (String ref : code.noteRefs()) {
                QdaProject.Note note = notes.get(ref);
                if (note != null) memo(theme.id(), note.name(), note.text());
            }
        }
        return themeByGuid;
    }

    private void memo(long themeId, String title, String text) {
        memos.insert(new Memo(0, null, themeId, title, text, origin, now));
        report.memo();
    }

    static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static String color(String given, List<Theme> all) {
        String c = given == null ? "" : given.strip();
        if (c.matches("#[0-9A-Fa-f]{3}")) c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        return Palette.isValid(c) ? Palette.normalize(c) : Palette.next(all.stream().map(Theme::color).toList());
    }
}
