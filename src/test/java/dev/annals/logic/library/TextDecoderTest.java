package dev.annals.logic.library;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private static final String VIETNAMESE = "Hội nghị Công an toàn quốc lần thứ 77 đã kết thúc thành công tốt đẹp. "
            + "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, phát biểu chỉ đạo; lực lượng CAND ưu tiên phòng, chống tội phạm.";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void readsUtf8WithoutBom() throws Exception {
        DecodedText decoded = decoder.decode(VIETNAMESE.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() throws Exception {
        DecodedText decoded = decoder.decode(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, VIETNAMESE.getBytes(StandardCharsets.UTF_8)));
        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        DecodedText decoded = decoder.decode(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, VIETNAMESE.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
        assertThat(decoded.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        DecodedText decoded = decoder.decode(concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, VIETNAMESE.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
        assertThat(decoded.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void readsLegacyWindows1258AndComposesItsToneMarks() throws Exception {
        byte[] legacy = LegacyVietnamese.encode(VIETNAMESE);
        assertThat(new String(legacy, LegacyVietnamese.CP1258)).isNotEqualTo(VIETNAMESE); // combining marks before NFC

        DecodedText decoded = decoder.decode(legacy);

        assertThat(decoded.encoding()).isEqualTo("windows-1258");
        assertThat(Normalizer.normalize(decoded.text(), Normalizer.Form.NFC)).isEqualTo(VIETNAMESE);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void detectsWindows1258FromTheBytesWhateverTheFileName() throws Exception {
        ParsedArticle article = new ArticleParser().parse("article.html.txt", LegacyVietnamese.encode("Tiêu đề bài báo\n\n" + VIETNAMESE));
        assertThat(article.text()).isEqualTo("Tiêu đề bài báo\n\n" + VIETNAMESE);
    }

    @Test
    void replacesInvalidUtf8BytesAndNamesTheirOffset() throws Exception {
        byte[] head = "Hội nghị".getBytes(StandardCharsets.UTF_8);
        byte[] tail = VIETNAMESE.substring("Hội nghị".length()).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(head, new byte[]{(byte) 0xE0}), tail);

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.encoding()).isEqualTo("UTF-8");
        assertThat(decoded.text()).isEqualTo("Hội nghị\uFFFD" + VIETNAMESE.substring("Hội nghị".length()));
        assertThat(decoded.warnings()).singleElement().asString()
                .contains("byte offset " + head.length).contains("0xE0").contains("U+FFFD");
    }

    @Test
    void neverReinterpretsAMostlyUtf8FileAsWindows1258() throws Exception {
        byte[] good = VIETNAMESE.getBytes(StandardCharsets.UTF_8);
        // bytes that are Vietnamese letters and tone marks in Windows-1258 (ô, combining acute), invalid as UTF-8
        byte[] bytes = concat(concat(good, new byte[]{'T', (byte) 0xF4, (byte) 0xEC, 'i', ' ', 'x', (byte) 0xEC}), good);

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.text()).startsWith(VIETNAMESE).endsWith(VIETNAMESE).contains("\uFFFD");
        assertThat(decoded.text()).doesNotContain("Ã", "á»", "Ä");
        assertThat(decoded.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).contains("byte offset"));
    }

    @Test
    void keepsAnAsciiFileWithOneStrayByteAsUtf8() throws Exception {
        byte[] bytes = "Plain text with one stray \u00e9 byte".getBytes(StandardCharsets.ISO_8859_1);
        DecodedText decoded = decoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("Plain text with one stray \uFFFD byte");
        assertThat(decoded.warnings()).singleElement().asString().contains("byte offset 26");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(ImportFailure.class).hasMessageContaining("empty");
    }

    @Test
    void refusesBinaryDataWithNulBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png)).isInstanceOf(ImportFailure.class).hasMessageContaining("not a text file");
    }

    @Test
    void refusesBinaryDataFullOfControlBytes() {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(ImportFailure.class).hasMessageContaining("control codes");
    }

    @Test
    void refusesUtf16WithoutBomAsBinaryWithAHint() {
        byte[] bytes = VIETNAMESE.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(ImportFailure.class).hasMessageContaining("byte-order mark");
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
