package dev.annals.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The jar's entry point. It is compiled for Java 8, so that an older Java can load it and say which Java Annals
 * needs instead of failing with an UnsupportedClassVersionError; on Java 21 or newer it hands over to Launcher.
 */
public final class Start {

    static final int REQUIRED = 21;

    private Start() {
    }

    public static void main(String[] args) throws Throwable {
        int feature = feature(System.getProperty("java.specification.version", "0"));
        if (feature < REQUIRED) {
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, "UTF-8");
            err.println(message(feature, System.getProperty("java.home"), vietnamese(args)));
            System.exit(1);
        }
        try {
            Class.forName("dev.annals.app.Launcher").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** 8 for "1.8", 17 for "17". */
    static int feature(String specificationVersion) {
        String[] parts = specificationVersion.split("\\.");
        try {
            return Integer.parseInt("1".equals(parts[0]) && parts.length > 1 ? parts[1] : parts[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String message(int feature, String javaHome, boolean vietnamese) {
        return vietnamese
                ? "annals: Annals cần Java " + REQUIRED + " trở lên; đây là Java " + feature + " (" + javaHome + ")"
                : "annals: Annals needs Java " + REQUIRED + " or newer; this is Java " + feature + " (" + javaHome + ")";
    }

    /** --lang vi, else the system's language. */
    static boolean vietnamese(String[] args) {
        int lang = Arrays.asList(args).indexOf("--lang");
        if (lang >= 0 && lang + 1 < args.length) return "vi".equals(args[lang + 1]);
        return "vi".equals(Locale.getDefault().getLanguage());
    }
}
