package dev.annals.logic.export;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextSafetyTest {

    @Test
    void plainProseIsWrittenAsItIs() {
        String quote = "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, phát biểu tại Hội nghị lần thứ 77.";
        assertThat(TextSafety.markdown(quote)).isSameAs(quote);
    }

    @Test
    void theShortcutForPlainTextAgreesWithTheFullEscapingOnAnyText() {
        String alphabet = "aăđ Ệ9 0.)\n\r\t#-+=*_`[]<>|~&\\!";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = text.toString();
            assertThat(TextSafety.markdown(s)).as("%s", s).isEqualTo(TextSafety.escapeMarkdown(s));
        }
    }

    @Test
    void blockMarkersAndLeadingSpacesAtALineStartAreStillEscaped() {
        assertThat(TextSafety.markdown("a\n1. b")).isEqualTo("a\n1\\. b");
        assertThat(TextSafety.markdown("a\n- b")).isEqualTo("a\n\\- b");
        assertThat(TextSafety.markdown(" a")).isEqualTo("&#32;a");
    }
}
