package dev.annals.logic.memo;

import dev.annals.app.SessionFactory;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchRequest;
import dev.annals.logic.timeline.StoredConference;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;
import dev.annals.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The memo written beside a document, a theme or a conference, in a real library. */
class MemoServiceTest {

    @TempDir
    Path dir;

    private LibrarySession session;
    private MemoService memos;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        session = SessionFactory.seedsWithoutExamples(clock, Database.Mode.COMMAND).open(dir);
        memos = session.memoService();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void oneWrittenMemoPerObjectWhoseTextIsReplacedAndNormalized() {
        memos.write(MemoSubject.document(1), "Ghi nho\u0301 đầu");
        memos.write(MemoSubject.document(1), "Ghi nhớ thứ hai");

        assertThat(session.memos().forDocument(1)).extracting(Memo::text).containsExactly("Ghi nhớ thứ hai");
        assertThat(memos.text(MemoSubject.document(1))).isEqualTo("Ghi nhớ thứ hai");
        assertThat(memos.text(MemoSubject.document(2))).isEmpty();
    }

    @Test
    void clearingTheTextRemovesTheMemoAndEveryWriteIsHeard() {
        List<LibraryChange> heard = new ArrayList<>();
        session.changes().subscribe(heard::add);
        long theme = session.themes().list().get(0).id();

        memos.write(MemoSubject.theme(theme), "Về chủ đề");
        memos.write(MemoSubject.theme(theme), "Về chủ đề");
        memos.write(MemoSubject.theme(theme), "  ");

        assertThat(session.memos().forTheme(theme)).isEmpty();
        assertThat(heard).hasSize(2).allMatch(c -> c.has(LibraryChange.Aspect.MEMOS) && c.docIds().isEmpty());
    }

    @Test
    void anImportedMemoStaysBesideTheWrittenOneAndIsNotOverwritten() {
        session.memos().insert(new Memo(0, 2L, null, "Description", "từ dự án", "project.qdpx", Instant.EPOCH));

        memos.write(MemoSubject.document(2), "của tôi");

        assertThat(memos.about(MemoSubject.document(2))).extracting(Memo::text, Memo::written)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("từ dự án", false), org.assertj.core.groups.Tuple.tuple("của tôi", true));
    }

    @Test
    void aConferenceMemoFollowsItsConferenceIntoTheOneItIsMergedInto() {
        List<StoredConference> all = session.timeline().refresh();
        long target = all.get(0).id();
        long other = all.get(1).id();
        memos.write(MemoSubject.conference(target), "Hội nghị chính");
        memos.write(MemoSubject.conference(other), "Hội nghị gộp vào");

        session.timeline().merge(target, List.of(other));

        assertThat(memos.text(MemoSubject.conference(target))).isEqualTo("Hội nghị chính\n\nHội nghị gộp vào");
        assertThat(session.memos().forConference(other)).isEmpty();
        assertThat(session.memos().general()).isEmpty();
    }

    @Test
    void theMemoOfAConferenceThatIsGoneIsKeptAsALibraryMemoNamingIt() {
        List<StoredConference> all = session.timeline().refresh();
        StoredConference lone = all.stream().filter(c -> c.docIds().size() == 1).findFirst().orElseThrow();
        StoredConference other = all.stream().filter(c -> c.id() != lone.id()).findFirst().orElseThrow();
        session.timeline().rename(lone.id(), "Hội nghị sẽ mất");
        memos.write(MemoSubject.conference(lone.id()), "Đừng mất chữ này");

        session.timeline().relink(lone.docIds().get(0), other.id());

        assertThat(session.memos().general()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Đừng mất chữ này");
            assertThat(m.conferenceId()).isNull();
            assertThat(m.formerConference()).isEqualTo("Hội nghị sẽ mất (" + lone.date().iso() + ")");
        });
    }

    @Test
    void aConferenceGroupedAgainUnderANewIdKeepsItsMemoByKindAndDate() {
        List<StoredConference> all = session.timeline().refresh();
        StoredConference c = all.get(0);
        memos.write(MemoSubject.conference(c.id()), "Theo ngày và loại");

        session.timeline().forgetEdits(c.id());
        StoredConference again = session.timeline().refresh().stream()
                .filter(x -> x.kind() == c.kind() && x.date().equals(c.date())).findFirst().orElseThrow();

        assertThat(memos.text(MemoSubject.conference(again.id()))).isEqualTo("Theo ngày và loại");
    }

    @Test
    void searchFindsMemosWithoutToneMarksAndSaysWhatTheyAreAbout() throws Exception {
        memos.write(MemoSubject.document(1), "Cần đối chiếu với báo cáo năm trước");
        var title = session.documents().find(1).orElseThrow().title();

        var hits = session.search().memos("doi chieu", 10);
        var everything = session.search().searchEverything(new SearchRequest("doi chieu", SearchFilters.NONE, 20));

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.subject()).isEqualTo(MemoSubject.document(1));
            assertThat(h.about()).isEqualTo(title);
            assertThat(h.text().marked("[", "]")).contains("[đối chiếu]");
        });
        assertThat(everything.memos()).hasSize(1);
    }
}
