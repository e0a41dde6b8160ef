package dev.annals.logic.library.formats;

import dev.annals.logic.qda.CraftedZips;
import dev.annals.logic.qda.ZipFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.annals.logic.qda.ZipFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeZipTest {

    private static final SafeZip.Limits SMALL = new SafeZip.Limits(5, 1 << 20, 3 << 20, 100);

    private static SafeZip.Entries read(byte[] zip, SafeZip.Limits limits) throws FormatException {
        return SafeZip.read(new ByteArrayInputStream(zip), limits, name -> name.endsWith(".xml"), "the file");
    }

    @Test
    void readsTheWantedEntriesAndNamesAllOfThem() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.xml", utf8("<a/>"));
        entries.put("dir/b.bin", new byte[]{1, 2, 3});
        entries.put("dir/c.xml", utf8("<c>Việt</c>"));
        SafeZip.Entries read = read(ZipFiles.zip(entries), SMALL);
        assertThat(read.names()).containsExactly("a.xml", "dir/b.bin", "dir/c.xml");
        assertThat(read.contents()).containsOnlyKeys("a.xml", "dir/c.xml");
        assertThat(new String(read.get("dir/c.xml"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<c>Việt</c>");
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() {
        for (String name : new String[]{"../x.xml", "a/../../x.xml", "/etc/x.xml", "C:/x.xml", "a\\..\\x.xml"}) {
            assertThatThrownBy(() -> SafeZip.checkName(name, "the file")).as(name).hasMessageContaining("leaves its folder");
        }
        assertThat(catchName("a/..b/c..d.xml")).isNull();
    }

    private static Throwable catchName(String name) {
        try {
            SafeZip.checkName(name, "x");
            return null;
        } catch (FormatException e) {
            return e;
        }
    }

    @Test
    void aNameGivenTwiceIsRefused() throws Exception {
        byte[] one = ZipFiles.zip(Map.of("a.xml", utf8("<a/>")));
        byte[] twice = CraftedZips.twoEntriesNamed("a.xml");
        assertThat(read(one, SMALL).names()).containsExactly("a.xml");
        assertThatThrownBy(() -> read(twice, SMALL)).hasMessageContaining("holds the entry a.xml twice");
    }

    @Test
    void capsAreCountedOnInflatedBytes() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) many.put(i + ".txt", new byte[]{(byte) i});
        assertThatThrownBy(() -> read(ZipFiles.zip(many), SMALL)).hasMessageContaining("more than 5 entries");
        byte[] random = new byte[(1 << 20) + 1];
        new java.util.Random(7).nextBytes(random);
        assertThatThrownBy(() -> read(ZipFiles.zip(Map.of("big.bin", random)), SMALL)).hasMessageContaining("larger than the 1 MB");
        assertThatThrownBy(() -> read(ZipFiles.zip(Map.of("zeros.bin", new byte[1 << 20 | 4096])), new SafeZip.Limits(5, 4 << 20, 8 << 20, 100)))
                .hasMessageContaining("inflates more than 100 times");
        assertThatThrownBy(() -> read(CraftedZips.twoGigabytesOfZeros("huge.txt"), SafeZip.Limits.PROJECT)).hasMessageContaining("zip bomb");
    }

    @Test
    void somethingThatIsNoZipSaysSo() {
        assertThatThrownBy(() -> read("just text".getBytes(), SMALL)).hasMessageContaining("not a zip file");
        assertThatThrownBy(() -> read(new byte[0], SMALL)).hasMessageContaining("not a zip file");
    }
}
