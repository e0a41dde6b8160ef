package dev.annals.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the build. */
final class Version {

    private Version() {
    }

    static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // falls through to "dev"
        }
        return p.getProperty("version", "dev");
    }
}
