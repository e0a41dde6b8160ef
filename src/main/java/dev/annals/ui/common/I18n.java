package dev.annals.ui.common;

import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;

import java.text.MessageFormat;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface strings, in Vietnamese or English. Each ui feature package has its own bundle
 * ({@code dev/annals/ui/<feature>/messages[_vi].properties}); a key is looked up in all of them.
 */
public final class I18n {

    private static final List<String> FEATURES = List.of("common", "shell", "library", "reader", "annotate", "timeline", "search", "export", "backup", "analysis", "people", "memo");

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public I18n(Locale locale) {
        this.locale = locale;
        for (String feature : FEATURES) {
            try {
                bundles.add(ResourceBundle.getBundle("dev.annals.ui." + feature + ".messages", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException ignored) {
                // a feature without strings yet
            }
        }
    }

    /** "vi" or "en" from --lang, a saved setting, or the OS locale; anything else falls back to English. */
    public static I18n forLanguage(String lang) {
        return new I18n("vi".equals(lang) ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isVietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    /** The string for {@code key}, with {0}, {1}… replaced by {@code args}; the key itself when missing. */
    public String t(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }

    /** The conference kind in this language; a dash when it is not known. */
    public String kindName(ConferenceKind kind) {
        return t(kind == null ? "kind.none" : "kind." + kind.id());
    }

    /** A date with its precision: "2020"; "06/2021" or "June 2021"; "29/12/2021". */
    public String formatDate(PartialDate date) {
        if (date == null) return t("date.unknown");
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> isVietnamese() ? String.format("%02d/%04d", date.month(), date.year())
                    : date.firstDay().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.year();
            case DAY -> String.format("%02d/%02d/%04d", date.day(), date.month(), date.year());
        };
    }
}
