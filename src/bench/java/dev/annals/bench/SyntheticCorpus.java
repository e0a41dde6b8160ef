package dev.annals.bench;

import dev.annals.logic.library.ImportSource;
import dev.annals.logic.library.SeedCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes N distinct 4–8 KB articles made of sentences from the bundled corpus, the same for every run. */
final class SyntheticCorpus {

    private static final long SEED = 20201231L;
    /** Words of no sentence of the corpus, in one article of each thousand: the rare query of the search mix. */
    static final String RARE_WORDS = "khinh khí cầu";
    private static final String RARE_SENTENCE = "Khinh khí cầu của lực lượng cứu hộ bay trên thành phố.";

    private SyntheticCorpus() {
    }

    static void write(Path folder, int count) throws IOException {
        List<String> sentences = sentences();
        Random random = new Random(SEED);
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Path sub = folder.resolve(String.format("%03d", i / 1000));
            if (i % 1000 == 0) Files.createDirectories(sub);
            Files.writeString(sub.resolve(String.format("article-%06d.txt", i)), article(i, sentences, random), StandardCharsets.UTF_8);
        }
    }

    private static String article(int number, List<String> sentences, Random random) {
        int targetBytes = 4096 + random.nextInt(4096);
        StringBuilder text = new StringBuilder("Bài số " + number + ": " + sentences.get(random.nextInt(sentences.size())) + "\n\n");
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < targetBytes - 300) {
            for (int s = 0; s < 3; s++) text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            text.append("\n\n");
        }
        if (number % 1000 == 7) text.append(RARE_SENTENCE).append("\n\n");
        return text.toString();
    }

    static List<String> sentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (ImportSource source : SeedCorpus.sources()) {
            String text = new String(source.reader().read(), StandardCharsets.UTF_8);
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                String trimmed = sentence.strip();
                if (trimmed.length() > 20) sentences.add(trimmed);
            }
        }
        return sentences;
    }
}
