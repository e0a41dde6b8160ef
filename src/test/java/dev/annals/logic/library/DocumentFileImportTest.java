package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ImportResult.Status;
import dev.annals.logic.library.formats.OfficeFixtures;
import dev.annals.logic.library.formats.PdfFixture;
import dev.annals.model.PartialDate;
import dev.annals.persistence.SqliteDocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PDF, DOCX, ODT and EPUB files through the import every file takes: duplicates, originals, metadata, failures. */
class DocumentFileImportTest {

    private static final List<String> ARTICLE = List.of("Bộ Công an tổ chức hội nghị sơ kết",
            "Ngày 21/6/2021, Đảng ủy Công an Trung ương tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2021.",
            "Chủ tịch nước Nguyễn Xuân Phúc dự và phát biểu.");

    @TempDir
    Path dir;
    private ImportLibrary library;
    private SqliteDocumentStore store;
    private ImportService importer;

    @BeforeEach
    void open() {
        library = new ImportLibrary(dir);
        store = library.store;
        importer = library.importer;
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return library.write(name, bytes);
    }

    private static String docxBody() {
        StringBuilder body = new StringBuilder();
        for (String p : ARTICLE) body.append("<w:p><w:r><w:t>").append(java.text.Normalizer.normalize(p, java.text.Normalizer.Form.NFD)).append("</w:t></w:r></w:p>");
        return body.toString();
    }

    @Test
    void theSameArticleAsTextAndAsWordDocumentIsOneDocument() throws Exception {
        Path txt = write("a.txt", String.join("\n", ARTICLE).getBytes(StandardCharsets.UTF_8));
        byte[] docxBytes = OfficeFixtures.docx("Bản Word", docxBody());
        Path docx = write("a.docx", docxBytes);

        List<ImportResult> results = importer.importPaths(List.of(txt, docx), ImportProgress.NONE);

        assertThat(results).extracting(ImportResult::status).containsExactly(Status.IMPORTED, Status.DUPLICATE);
        assertThat(results.get(1).id()).isEqualTo(results.get(0).id());
        Path second = write("b.docx", OfficeFixtures.docx("Bản Word", docxBody() + "<w:p><w:r><w:t>Thêm một đoạn.</w:t></w:r></w:p>"));
        ImportResult docxResult = importer.importPaths(List.of(second), ImportProgress.NONE).get(0);
        assertThat(store.originalBytes(docxResult.id()).orElseThrow()).startsWith(0x50, 0x4B);
        assertThat(store.find(docxResult.id()).orElseThrow().originalName()).isEqualTo("b.docx");
    }

    private static final List<String> SET_CLOSE = List.of("Thứ Tư, 20/11/2024",
            "“ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU QUẢ”",
            "Công an xã - \"Thật sự gần dân, sát dân\" trên mọi miền Tổ quốc",
            "Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an dự và điều hành Hội nghị. Cùng dự có đại diện lãnh đạo"
                    + " các đơn vị thuộc Bộ Công an, Công an các tỉnh, thành phố trực thuộc Trung ương.",
            "Các đại biểu tham dự Hội nghị tại điểm cầu Hà Nội.",
            "Nhiều mục tiêu, nhiệm vụ được xác định trong Nghị quyết số 12 cơ bản đảm bảo theo đúng lộ trình.");

    @Test
    void theSameArticleAsTextWithBlankLinesAsDocxAsOdtAndAsPdfIsOneDocument() throws Exception {
        Path txt = write("a.txt", String.join("\n\n", SET_CLOSE).getBytes(StandardCharsets.UTF_8));
        StringBuilder docx = new StringBuilder();
        StringBuilder odt = new StringBuilder();
        for (String p : SET_CLOSE) {
            docx.append("<w:p><w:r><w:t>").append(p.replace("\"", "&quot;")).append("</w:t></w:r></w:p>");
            odt.append("<text:p>").append(p.replace("\"", "&quot;")).append("</text:p>");
        }
        Path word = write("a.docx", OfficeFixtures.docx("Bản Word", docx.toString()));
        Path writer = write("a.odt", OfficeFixtures.odt(odt.toString(), null));
        Calendar printed = new GregorianCalendar(2026, Calendar.DECEMBER, 2);
        Path pdf = write("a.pdf", new PdfFixture().flowingPage(SET_CLOSE, 470).info(null, null, printed).bytes());

        List<ImportResult> results = importer.importPaths(List.of(txt, word, writer, pdf), ImportProgress.NONE);

        assertThat(results).extracting(ImportResult::status)
                .containsExactly(Status.IMPORTED, Status.DUPLICATE, Status.DUPLICATE, Status.DUPLICATE);
        assertThat(results).extracting(ImportResult::id).containsOnly(results.get(0).id());
        assertThat(results).extracting(ImportResult::title).containsOnly(SET_CLOSE.get(2));
        assertThat(results).extracting(ImportResult::date).containsOnly(PartialDate.ofDay(2024, 11, 20));
    }

    @Test
    void aPdfImportedFirstKeepsItsParagraphsAndIsFoundAgainAsText() throws Exception {
        byte[] pdf = new PdfFixture().flowingPage(SET_CLOSE, 470).bytes();
        ImportResult first = importer.importPaths(List.of(write("a.pdf", pdf)), ImportProgress.NONE).get(0);
        assertThat(store.find(first.id()).orElseThrow().text()).isEqualTo(String.join("\n", SET_CLOSE));

        Path txt = write("a.txt", String.join("\n\n", SET_CLOSE).getBytes(StandardCharsets.UTF_8));
        ImportResult again = importer.importPaths(List.of(txt), ImportProgress.NONE).get(0);
        assertThat(again.status()).isEqualTo(Status.DUPLICATE);
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void theArticlesOwnHeadlineAndDatelineWinOverThePdfsMetadata() throws Exception {
        Calendar printed = new GregorianCalendar(2024, Calendar.MARCH, 5);
        byte[] pdf = new PdfFixture().page(null, ARTICLE.stream().map(List::of).toList(), "1", false)
                .info("Microsoft Word - baocao.docx", null, printed).bytes();
        ImportResult r = importer.importPaths(List.of(write("a.pdf", pdf)), ImportProgress.NONE).get(0);
        assertThat(r.status()).isEqualTo(Status.IMPORTED);
        assertThat(r.title()).isEqualTo("Bộ Công an tổ chức hội nghị sơ kết");
        assertThat(r.date()).isEqualTo(PartialDate.ofDay(2021, 6, 21));
        assertThat(store.find(r.id()).orElseThrow().text()).isEqualTo(String.join("\n", ARTICLE));
    }

    @Test
    void theFilesDateFillsInWhenTheTextHasNone() throws Exception {
        byte[] odt = OfficeFixtures.odt("<text:p>Một bài viết không ghi ngày tháng, chỉ có nội dung.</text:p>",
                "<dc:title>Bài không ngày</dc:title><meta:creation-date>2019-04-02T10:00:00</meta:creation-date>");
        ImportResult r = importer.importPaths(List.of(write("a.odt", odt)), ImportProgress.NONE).get(0);
        assertThat(r.title()).isEqualTo("Bài không ngày");
        assertThat(r.date()).isEqualTo(PartialDate.ofDay(2019, 4, 2));
    }

    @Test
    void scannedAndPasswordProtectedPdfsFailWithTheirReasonAndTheBatchGoesOn() throws Exception {
        Path scan = write("scan.pdf", new PdfFixture().scannedPage().bytes());
        Path locked = write("locked.pdf", new PdfFixture().page(null, List.of(List.of("Bí mật.")), null, false).password("x").bytes());
        Path text = write("ok.txt", String.join("\n", ARTICLE).getBytes(StandardCharsets.UTF_8));

        List<ImportResult> results = importer.importPaths(List.of(scan, locked, text), ImportProgress.NONE);

        assertThat(results).extracting(ImportResult::error).containsExactly("no text in this PDF (scanned?)", "password protected", null);
        assertThat(results.get(2).status()).isEqualTo(Status.IMPORTED);
    }

    @Test
    void anEpubOfDatedArticlesBecomesOneDocumentPerChapterEachKeepingItsChapter() throws Exception {
        byte[] epub = OfficeFixtures.epub("Tuyển tập", "2022", List.of(
                "<h1>Hội nghị Công an toàn quốc</h1><p>Hà Nội, ngày 29/12/2021</p><p>Nội dung một.</p>",
                "<h1>Sơ kết 6 tháng</h1><p>Ngày 15/7/2021, Bộ Công an sơ kết công tác.</p>"));
        List<ImportResult> results = importer.importPaths(List.of(write("book.epub", epub)), ImportProgress.NONE);

        assertThat(results).extracting(ImportResult::title).containsExactly("Hội nghị Công an toàn quốc", "Sơ kết 6 tháng");
        assertThat(results).extracting(ImportResult::date).containsExactly(PartialDate.ofDay(2021, 12, 29), PartialDate.ofDay(2021, 7, 15));
        assertThat(results).allSatisfy(r -> assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("one document per chapter")));
        var first = store.find(results.get(0).id()).orElseThrow();
        assertThat(first.originalName()).isEqualTo("book.epub#chap 0.xhtml");
        assertThat(new String(store.originalBytes(first.id()).orElseThrow(), StandardCharsets.UTF_8)).contains("<h1>");
    }

    @Test
    void foldersPickUpDocumentFiles() throws Exception {
        write("x.docx", OfficeFixtures.docx(null, docxBody()));
        write("notes.xyz", new byte[]{1});
        List<ImportResult> results = importer.importPaths(List.of(library.incoming()), ImportProgress.NONE);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(Status.IMPORTED));
        assertThat(ImportSources.expand(List.of(library.incoming().resolve("notes.xyz"))).problems().get(0).reason()).contains(".pdf, .docx, .odt and .epub");
    }

    @Test
    void aFileThatNeverFinishesReadingFailsAndTheBatchGoesOn() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ArticleParser stuck = new ArticleParser() {
            @Override
            public List<ParsedArticle> parseAll(String fileName, byte[] bytes) throws ImportFailure {
                if (fileName.startsWith("stuck")) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.parseAll(fileName, bytes);
            }
        };
        ImportService impatient = new ImportService(store, stuck, Clock.systemUTC(), new LibraryChanges(), 300);
        Path slow = write("stuck.pdf", new byte[]{1});
        Path fine = write("fine.txt", String.join("\n", ARTICLE).getBytes(StandardCharsets.UTF_8));
        try {
            List<ImportResult> results = impatient.importPaths(List.of(slow, fine), ImportProgress.NONE);
            assertThat(results.get(0).error()).isEqualTo("reading the file took longer than 1 s");
            assertThat(results.get(1).status()).isEqualTo(Status.IMPORTED);
        } finally {
            release.countDown();
        }
    }
}
