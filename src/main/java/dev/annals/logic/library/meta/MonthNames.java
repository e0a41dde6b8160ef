package dev.annals.logic.library.meta;

import dev.annals.logic.text.Folding;

import java.util.HashMap;
import java.util.Map;

/** Month names and their usual abbreviations in the languages news pages are written in, folded (no marks). */
final class MonthNames {

    private static final String[][] NAMES = {
            {"january", "jan", "janvier", "janv", "enero", "ene", "januar", "jän", "janeiro", "gennaio", "gen", "januari", "styczen"},
            {"february", "feb", "fevrier", "fevr", "fev", "febrero", "februar", "fevereiro", "febbraio", "februari", "luty"},
            {"march", "mar", "mars", "marzo", "marz", "maerz", "marco", "maart", "marzec"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecien"},
            {"may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj"},
            {"june", "jun", "juin", "junio", "juni", "junho", "giugno", "giu", "czerwiec"},
            {"july", "jul", "juillet", "juil", "julio", "juli", "julho", "luglio", "lug", "lipiec"},
            {"august", "aug", "aout", "agosto", "ago", "augustus", "sierpien"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "set", "wrzesien"},
            {"october", "oct", "octobre", "octubre", "oktober", "okt", "outubro", "out", "ottobre", "ott", "pazdziernik"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopad"},
            {"december", "dec", "decembre", "diciembre", "dic", "dezember", "dez", "dezembro", "dicembre", "grudzien"},
    };
    private static final Map<String, Integer> BY_NAME = build();

    /** A regular expression alternative matching any name, longest first, for folded text. */
    static final String PATTERN = pattern();

    private MonthNames() {
    }

    /** The month (1–12) a name or abbreviation means, or 0. The name may carry marks and a trailing dot. */
    static int month(String name) {
        String key = Folding.fold(name).replace(".", "").strip();
        return BY_NAME.getOrDefault(key, 0);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> map = new HashMap<>();
        for (int m = 0; m < NAMES.length; m++) {
            for (String n : NAMES[m]) map.putIfAbsent(Folding.fold(n), m + 1);
        }
        return map;
    }

    private static String pattern() {
        return BY_NAME.keySet().stream().sorted((a, b) -> b.length() - a.length()).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
