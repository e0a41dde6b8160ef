package dev.annals.logic.people;

import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.persistence.SqliteConferenceStore;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleIndexTest {

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    PeopleIndex index;
    long early;
    long late;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        index = new PeopleIndex(new DocumentService(lib.documents, lib.changes), new ConferenceService(new SqliteConferenceStore(lib.db), lib.documents, lib.changes));
        late = add("Tổng kết", PartialDate.ofDay(2024, 11, 20), List.of("Chủ tịch nước Tô Lâm", "Thượng tướng Trần Quốc Tỏ", "Bộ trưởng Tô Lâm"));
        early = add("Sơ kết", PartialDate.ofYear(2021), List.of("Đại tướng Tô Lâm", "Trung tướng Trần Quốc Tỏ", "Thiếu tướng Tổ Lâm"));
        add("Không ngày", null, List.of("Bộ trưởng Bộ Công an Tô Lâm"));
    }

    private long add(String title, PartialDate date, List<String> people) {
        String text = title + " " + String.join(", ", people);
        var doc = new NewDocument(new DocumentMetadata(title, date, null, null, people), text, Hashing.sha256(text),
                text.codePointCount(0, text.length()), title + ".txt", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        return lib.documents.insertAll(List.of(doc)).get(0);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void mergesTheFormsOfOneNameButNotANameWithAnotherToneMark() {
        List<Person> people = index.people(ConferenceNamer.ENGLISH);

        assertThat(people).extracting(Person::name).containsExactly("Tô Lâm", "Trần Quốc Tỏ", "Tổ Lâm");
        Person toLam = people.get(0);
        assertThat(toLam.variants()).containsExactly("Đại tướng Tô Lâm", "Chủ tịch nước Tô Lâm", "Bộ trưởng Tô Lâm", "Bộ trưởng Bộ Công an Tô Lâm");
        assertThat(toLam.docIds()).hasSize(3);
        assertThat(toLam.conferenceIds()).isNotEmpty();
    }

    @Test
    void followsTheRankOrOfficeOverTimeOldestFirst() {
        Person to = index.find("Trần Quốc Tỏ", ConferenceNamer.ENGLISH).orElseThrow();

        assertThat(to.titles()).extracting(Person.Tenure::title).containsExactly("Trung tướng", "Thượng tướng");
        assertThat(to.titles().get(1).first()).isEqualTo(PartialDate.ofDay(2024, 11, 20));
        assertThat(to.mentions()).extracting(Person.Mention::docId).containsExactly(early, late);
        Person toLam = index.find("tô lâm", ConferenceNamer.ENGLISH).orElseThrow();
        assertThat(toLam.titles()).extracting(Person.Tenure::title).containsExactly("Đại tướng", "Chủ tịch nước", "Bộ trưởng", "Bộ trưởng Bộ Công an");
        assertThat(toLam.mentions().get(toLam.mentions().size() - 1).date()).isNull();
    }

    @Test
    void findsByAnyFormAndWithoutToneMarksOnlyWhenThatFitsOnePerson() {
        assertThat(index.find("Thượng tướng Trần Quốc Tỏ", ConferenceNamer.ENGLISH)).map(Person::name).contains("Trần Quốc Tỏ");
        assertThat(index.find("tran quoc to", ConferenceNamer.ENGLISH)).map(Person::name).contains("Trần Quốc Tỏ");
        assertThat(index.find("to lam", ConferenceNamer.ENGLISH)).isEmpty();
        assertThat(index.find("Tổ Lâm", ConferenceNamer.ENGLISH)).map(Person::name).contains("Tổ Lâm");
        assertThat(index.find("Nguyễn Văn A", ConferenceNamer.ENGLISH)).isEmpty();
    }
}
