package dev.annals.logic.changes;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one stream of changes: what each kind of write says it changed, and how subscribers hear it. */
class LibraryChangesTest {

    @Test
    void eachWriteSaysWhatItChangedAndWhichDocuments() {
        assertThat(LibraryChange.documentsAdded(Set.of(1L, 2L)).changesDocuments()).isTrue();
        assertThat(LibraryChange.documentsAdded(Set.of(1L)).changesAnnotations()).isFalse();
        assertThat(LibraryChange.documentEdited(3).affects(3)).isTrue();
        assertThat(LibraryChange.documentEdited(3).affects(4)).isFalse();
        LibraryChange deleted = LibraryChange.documentsDeleted(Set.of(5L));
        assertThat(deleted.changesDocuments()).isTrue();
        assertThat(deleted.changesAnnotations()).as("annotations go with their document").isTrue();
        LibraryChange corrected = LibraryChange.textCorrected(6);
        assertThat(corrected.has(LibraryChange.Aspect.DOCUMENTS_EDITED)).isTrue();
        assertThat(corrected.has(LibraryChange.Aspect.ANNOTATIONS)).isTrue();
        assertThat(LibraryChange.annotations(7).changesDocuments()).isFalse();
        assertThat(LibraryChange.conferences().changesDocuments()).isFalse();
        assertThat(LibraryChange.conferences().has(LibraryChange.Aspect.CONFERENCES)).isTrue();
    }

    @Test
    void aCodebookChangeConcernsEveryDocument() {
        LibraryChange renamed = LibraryChange.themes(Set.of());
        assertThat(renamed.affects(1)).isTrue();
        assertThat(renamed.has(LibraryChange.Aspect.ANNOTATIONS)).isFalse();
        assertThat(renamed.changesAnnotations()).isTrue();
        LibraryChange merged = LibraryChange.themes(Set.of(2L));
        assertThat(merged.has(LibraryChange.Aspect.ANNOTATIONS)).isTrue();
        assertThat(merged.docIds()).containsExactly(2L);
    }

    @Test
    void aChangeChangesSomething() {
        assertThatThrownBy(() -> new LibraryChange(Set.of(), Set.of(1L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subscribersHearEachChangeUntilTheyUnsubscribe() {
        LibraryChanges changes = new LibraryChanges();
        List<LibraryChange> heard = new ArrayList<>();
        Subscription subscription = changes.subscribe(heard::add);
        assertThat(changes.subscribers()).isEqualTo(1);
        changes.publish(LibraryChange.annotations(1));
        subscription.close();
        changes.publish(LibraryChange.annotations(2));
        assertThat(heard).containsExactly(LibraryChange.annotations(1));
        assertThat(changes.subscribers()).isZero();
    }

    @Test
    void aFailingSubscriberDoesNotKeepTheOthersFromHearing() {
        LibraryChanges changes = new LibraryChanges();
        List<LibraryChange> heard = new ArrayList<>();
        changes.subscribe(c -> {
            throw new IllegalStateException("broken view");
        });
        changes.subscribe(heard::add);
        changes.publish(LibraryChange.conferences());
        assertThat(heard).hasSize(1);
    }
}
