package dev.annals.ui.reader;

import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The details form keeps where the date came from and what the file states, and makes a changed date the user's. */
class MetadataFormTest {

    private static final DocumentMetadata STORED = new DocumentMetadata("Tin", PartialDate.ofDay(2013, 10, 22), "Báo", null, List.of(),
            DateSource.HEADER, List.of(new MetadataField("doc_id", "7")));

    @Test
    void keepsTheDateSourceAndTheFieldsWhenTheDateIsUnchanged() {
        MetadataForm form = new MetadataForm();
        form.load(STORED);
        assertThat(form.dateSourceProperty().get()).isEqualTo(DateSource.HEADER);
        assertThat(form.fields()).containsExactly(new MetadataField("doc_id", "7"));
        form.titleProperty().set("Tin đã sửa");
        DocumentMetadata saved = form.toMetadata().orElseThrow();
        assertThat(saved.dateSource()).isEqualTo(DateSource.HEADER);
        assertThat(saved.fields()).isEqualTo(STORED.fields());
    }

    @Test
    void aChangedDateBecomesTheUsers() {
        MetadataForm form = new MetadataForm();
        form.load(STORED);
        form.dayProperty().set("23");
        DocumentMetadata saved = form.toMetadata().orElseThrow();
        assertThat(saved.date()).isEqualTo(PartialDate.ofDay(2013, 10, 23));
        assertThat(saved.dateSource()).isEqualTo(DateSource.USER);
    }
}
