package dev.annals.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes N distinct two-page PDF articles (Vietnamese from the bundled corpus, in the bundled Noto Sans, with a
 * running header and page numbers), the same for every run.
 */
final class SyntheticPdfs {

    private static final long SEED = 20211229L;
    private static final int LINES_PER_PAGE = 40;
    private static final int CHARS_PER_LINE = 90;

    private SyntheticPdfs() {
    }

    static List<Path> write(Path folder, int count, String prefix) throws IOException {
        List<String> sentences = SyntheticCorpus.sentences();
        Random random = new Random(SEED + prefix.hashCode());
        Files.createDirectories(folder);
        byte[] font;
        try (InputStream in = SyntheticPdfs.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("%s-%04d.pdf", prefix, i));
            try (PDDocument pdf = new PDDocument()) {
                PDFont noto = PDType0Font.load(pdf, new java.io.ByteArrayInputStream(font));
                List<String> lines = lines(prefix + " " + i + ": " + sentences.get(random.nextInt(sentences.size())).replaceAll("\\s+", " "), sentences, random);
                for (int page = 0; page < 2; page++) {
                    page(pdf, noto, lines.subList(page * LINES_PER_PAGE, (page + 1) * LINES_PER_PAGE), page + 1);
                }
                pdf.save(file.toFile());
            }
            files.add(file);
        }
        return files;
    }

    private static List<String> lines(String headline, List<String> sentences, Random random) {
        List<String> lines = new ArrayList<>(List.of(headline, ""));
        StringBuilder line = new StringBuilder();
        while (lines.size() < 2 * LINES_PER_PAGE) {
            for (String word : sentences.get(random.nextInt(sentences.size())).split("\\s+")) {
                if (line.length() + word.length() + 1 > CHARS_PER_LINE) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) line.append(' ');
                line.append(word);
            }
            if (random.nextInt(4) == 0) {
                lines.add(line.toString());
                lines.add("");
                line.setLength(0);
            }
        }
        return lines.subList(0, 2 * LINES_PER_PAGE);
    }

    private static void page(PDDocument pdf, PDFont font, List<String> lines, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(font, 9);
            content.newLineAtOffset(50, 810);
            content.showText("Báo Công an nhân dân – Thời sự");
            content.setFont(font, 10);
            content.setLeading(13);
            content.newLineAtOffset(0, -30);
            for (String line : lines) {
                if (!line.isEmpty()) content.showText(line);
                content.newLine();
            }
            content.endText();
            content.beginText();
            content.setFont(font, 9);
            content.newLineAtOffset(290, 30);
            content.showText("Trang " + number);
            content.endText();
        }
    }
}
