package dev.annals.ui.library;

import dev.annals.model.ConferenceKind;
import dev.annals.ui.common.I18n;

/** The conference kinds in the user's language; an unknown kind shows as a dash. */
final class KindNames {

    private KindNames() {
    }

    static String of(I18n i18n, ConferenceKind kind) {
        return kind == null ? "—" : i18n.t("library.kind." + kind.id());
    }
}
