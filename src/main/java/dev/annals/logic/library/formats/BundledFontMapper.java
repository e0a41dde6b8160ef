package dev.annals.logic.library.formats;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Stands in for fonts a PDF names but does not embed. Reading text needs only the widths the PDF gives, not the
 * glyphs, so every such font maps to the bundled Noto Sans. This keeps PDFBox from scanning the system's fonts
 * (seconds on first use, and a cache file in the home folder) and lets the installer leave out PDFBox's own
 * fallback font.
 */
final class BundledFontMapper implements FontMapper {

    private static volatile boolean installed;
    private final TrueTypeFont fallback;

    private BundledFontMapper(TrueTypeFont fallback) {
        this.fallback = fallback;
    }

    static void install() {
        if (installed) return;
        synchronized (BundledFontMapper.class) {
            if (installed) return;
            try (InputStream in = BundledFontMapper.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
                if (in == null) throw new IOException("the bundled font fonts/NotoSans-Regular.ttf is missing");
                FontMappers.set(new BundledFontMapper(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            installed = true;
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, fallback, true);
    }
}
