package dev.annals.cli;

import dev.annals.logic.annotate.AnnotateException;
import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.search.InvalidQueryException;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's messages (stderr) and human-readable output in the language of --lang, else of the system.
 * English is written where each message is made; Vietnamese comes from {@code dev/annals/cli/messages_vi.properties}.
 * JSON output never changes with the language.
 */
public final class CliText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ResourceBundle vietnamese;

    private CliText(ResourceBundle vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** "vi" or "en"; null means the system's language. */
    public static CliText forLanguage(String lang) {
        String chosen = lang != null ? lang : Locale.getDefault().getLanguage();
        if (!"vi".equals(chosen)) return new CliText(null);
        try {
            return new CliText(ResourceBundle.getBundle("dev.annals.cli.messages", VIETNAMESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (MissingResourceException e) {
            return new CliText(null);
        }
    }

    public boolean isVietnamese() {
        return vietnamese != null;
    }

    /** {@code english} as is, or the Vietnamese pattern of {@code key} filled with {@code args}. */
    public String tr(String key, String english, Object... args) {
        if (vietnamese == null || !vietnamese.containsKey(key)) return english;
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) values[i] = args[i] instanceof Number ? args[i].toString() : args[i]; // ids, not amounts
        return new MessageFormat(vietnamese.getString(key), VIETNAMESE).format(values);
    }

    /** What cannot be done, from the reason and the values the use case named. */
    public String describe(AnnotateException e) {
        return tr("annotate." + e.reason().name() + "." + e.args().size(), e.getMessage(), e.args().toArray());
    }

    public String describe(LibraryUnavailableException e, Path folder) {
        return tr("unavailable." + e.reason().name(), e.getMessage(), folder, e.getMessage());
    }

    public String describe(InvalidQueryException e) {
        return tr("query." + e.reason().name(), e.getMessage());
    }
}
