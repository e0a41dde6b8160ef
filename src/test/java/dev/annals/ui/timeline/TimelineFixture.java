package dev.annals.ui.timeline;

import dev.annals.logic.timeline.InMemoryAnnotations;
import dev.annals.logic.timeline.SeedLibrary;
import dev.annals.logic.timeline.TimelineService;
import dev.annals.model.Theme;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;

import java.nio.file.Path;

/** The seed library with a small codebook and some tagged passages, and a timeline view model on it. */
final class TimelineFixture implements AutoCloseable {

    final SeedLibrary library;
    final InMemoryAnnotations annotations = new InMemoryAnnotations();
    final RecordingNavigator navigator = new RecordingNavigator();
    final SameThreadBackgroundTasks background = new SameThreadBackgroundTasks();
    final TimelineViewModel vm;
    Theme crime;
    Theme covid;
    Theme commune;

    private TimelineFixture(SeedLibrary library, String lang) {
        this.library = library;
        TimelineService service = new TimelineService(library.conferences, library.documents, annotations, annotations.themes());
        vm = new TimelineViewModel(service, background, navigator, I18n.forLanguage(lang), new FxLibraryChanges(library.changes, Runnable::run));
    }

    static TimelineFixture seeds(Path folder, String lang) {
        return tagged(new TimelineFixture(SeedLibrary.withSeeds(folder), lang));
    }

    /** The seeds with the titles, dates and kinds the import extracts. */
    static TimelineFixture importedSeeds(Path folder, String lang) {
        return tagged(new TimelineFixture(SeedLibrary.imported(folder), lang));
    }

    private static TimelineFixture tagged(TimelineFixture f) {
        f.crime = f.annotations.theme("Phòng chống tội phạm", "#cf222e");
        f.covid = f.annotations.theme("Covid-19", "#1a7f37");
        f.commune = f.annotations.theme("Công an xã", "#8250df");
        f.annotations.tag(f.library.idOf("000_0e0605bb8dec2198.txt"), f.crime, 5);
        f.annotations.tag(f.library.idOf("001_12874e23efcb2c87.txt"), f.crime, 2);
        f.annotations.tag(f.library.idOf("001_12874e23efcb2c87.txt"), f.covid, 3);
        f.annotations.tag(f.library.idOf("004_a247764e4e55ebab.txt"), f.covid, 6);
        f.annotations.tag(f.library.idOf("002_c69ccf0290f8bbb5.txt"), f.crime, 4);
        f.annotations.tag(f.library.idOf("002_c69ccf0290f8bbb5.txt"), f.commune, 1);
        f.annotations.tag(f.library.idOf("003_ad2d6689d32f3b92.txt"), f.commune, 7);
        return f;
    }

    static TimelineFixture empty(Path folder) {
        return new TimelineFixture(SeedLibrary.empty(folder), "en");
    }

    @Override
    public void close() {
        library.close();
    }
}
