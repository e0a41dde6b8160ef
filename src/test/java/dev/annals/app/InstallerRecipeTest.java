package dev.annals.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the installer recipe (installer/) in step with the code it packages. The packaging itself is
 * checked by installer/smoke-test.sh, which needs jpackage and minutes; these checks need neither.
 */
class InstallerRecipeTest {

    private static final Path INSTALLER = Path.of("installer");

    @Test
    void desktopEntryNamesTheWindowClassJavaFxGivesTheStage() throws IOException {
        // GTK's WM_CLASS of a JavaFX window is the Application subclass; docks match it to the menu entry.
        assertThat(desktopEntry()).contains("StartupWMClass=" + AnnalsApp.class.getName());
    }

    @Test
    void desktopEntrySitsInTheOfficeAndEducationMenus() throws IOException {
        assertThat(desktopEntry()).contains("Categories=Office;Education;");
    }

    @Test
    void recipeStartsTheSameMainClassAsTheJar() throws IOException {
        assertThat(read(INSTALLER.resolve("build.sh"))).contains("--main-class " + Start.class.getName());
        assertThat(read(Path.of("pom.xml"))).contains("<annals.mainClass>" + Start.class.getName() + "<");
    }

    @Test
    void packageDescriptionIsThePomDescription() throws IOException {
        Matcher pom = Pattern.compile("<description>(.*)</description>").matcher(read(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(read(INSTALLER.resolve("jpackage-common.txt"))).contains("--description \"" + pom.group(1) + "\"");
    }

    @Test
    void everyModuleAddedByNameExistsInTheJdk() throws IOException {
        List<String> modules = extraRuntimeModules();
        assertThat(modules).isNotEmpty();
        assertThat(modules).allSatisfy(name -> assertThat(ModuleFinder.ofSystem().find(name)).as(name).isPresent());
    }

    @Test
    void runtimeKeepsTheModuleOfTheVietnameseWindowsCharset() throws IOException {
        String module = Charset.forName("windows-1258").getClass().getModule().getName();
        assertThat(extraRuntimeModules()).contains(module);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
    void iconHasAPngOfEachSize(int size) throws IOException {
        BufferedImage png = ImageIO.read(INSTALLER.resolve("icons/annals-" + size + ".png").toFile());
        assertThat(png.getWidth()).isEqualTo(size);
        assertThat(png.getHeight()).isEqualTo(size);
        assertThat(png.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void iconHasWindowsAndMacFormatsMadeFromTheSvg() throws IOException {
        assertThat(read(INSTALLER.resolve("icons/annals.svg"))).contains("<svg").contains("viewBox=\"0 0 512 512\"");
        byte[] ico = Files.readAllBytes(INSTALLER.resolve("icons/annals.ico"));
        assertThat(Arrays.copyOf(ico, 4)).containsExactly(0, 0, 1, 0);
        byte[] icns = Files.readAllBytes(INSTALLER.resolve("icons/annals.icns"));
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
    }

    @Test
    void projectIsUnderTheApacheLicence() throws IOException {
        assertThat(read(Path.of("LICENSE"))).contains("Apache License").contains("Version 2.0, January 2004");
        assertThat(read(INSTALLER.resolve("linux/resources/copyright"))).contains("License: Apache-2.0");
    }

    private static List<String> extraRuntimeModules() throws IOException {
        return read(INSTALLER.resolve("runtime-modules.txt")).lines()
                .map(line -> line.replaceAll("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String desktopEntry() throws IOException {
        return read(INSTALLER.resolve("linux/resources/Annals.desktop"));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
