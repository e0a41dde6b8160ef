package dev.annals.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JavaFX names its stock buttons (OK, Cancel, Close) in the language of the operating system, so a Vietnamese
 * window on an English system said "OK". Every dialog of the product names its buttons through {@link DialogButtons}.
 */
class DialogLanguageTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern STOCK_BUTTON = Pattern.compile("ButtonType\\.(OK|CANCEL|CLOSE|YES|NO|APPLY|FINISH|NEXT|PREVIOUS)\\b");

    @Test
    void noDialogUsesAStockButtonOfTheOperatingSystemsLanguage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = withoutComments(Files.readString(file));
            Matcher m = STOCK_BUTTON.matcher(code);
            while (m.find()) found.add(file + ": " + m.group());
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyAlertIsGivenItsButtons() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = withoutComments(Files.readString(file));
            int at = code.indexOf("new Alert(");
            while (at >= 0) {
                int args = topLevelArguments(code, at + "new Alert(".length());
                if (args < 3) found.add(file + ": " + code.substring(at, Math.min(code.length(), at + 80)).replace('\n', ' '));
                at = code.indexOf("new Alert(", at + 1);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckCountsArgumentsAsTheCompilerDoes() {
        assertThat(topLevelArguments("f(a, g(b, c), \"x, y\")", 2)).isEqualTo(3);
        assertThat(topLevelArguments("f(Alert.AlertType.ERROR, message)", 2)).isEqualTo(2);
    }

    private static int topLevelArguments(String code, int from) {
        int depth = 0;
        int args = 1;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth-- == 0) return args;
            } else if (c == ',' && depth == 0) {
                args++;
            }
        }
        return args;
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
