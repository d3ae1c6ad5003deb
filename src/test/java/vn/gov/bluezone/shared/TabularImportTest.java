package vn.gov.bluezone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.TabularImport.HeaderCheck;
import vn.gov.bluezone.shared.TabularImport.Row;
import vn.gov.bluezone.shared.TabularImport.RowResult;

/** The import pipeline on its own: typed rows from a clean file, every problem by row from a bad one. */
class TabularImportTest {

    private record Count(String code, long value) {
    }

    private static final TabularImport<Count> COUNTS = TabularImport.of(Formats.CSV_OR_XLSX, 1024 * 1024,
            HeaderCheck.eachRequired("code", "value"));

    private static RowResult<Count> count(Row row) {
        Long value = TabularFile.wholeNumber(row.cell("value"));
        return value == null ? row.refuse("baseline.error.notWholeNumber") : row.accept(new Count(row.cell("code"), value));
    }

    @Test
    void aCleanFileGivesItsRowsTypedAndInOrderWhateverTheHeaderCase() {
        assertThat(COUNTS.read(csv("Value,CODE\n1.200,A\n\n7,B\n"), TabularImportTest::count))
                .containsExactly(new Count("A", 1200), new Count("B", 7));
    }

    @Test
    void anXlsxFileIsReadLikeItsCsv() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("code");
            sheet.getRow(0).createCell(1).setCellValue("value");
            sheet.createRow(1).createCell(0).setCellValue("A");
            sheet.getRow(1).createCell(1).setCellValue(42);
            workbook.write(out);
            assertThat(COUNTS.read(out.toByteArray(), TabularImportTest::count)).containsExactly(new Count("A", 42));
        }
    }

    @Test
    void everyBadRowIsReportedByItsSpreadsheetNumberAndNothingIsReturned() {
        assertThat(problems(COUNTS, "code,value\nA,1\nB,x\nC,2\nD,-3\n"))
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(3, "baseline.error.notWholeNumber"),
                        Tuple.tuple(5, "baseline.error.notWholeNumber"));
    }

    @Test
    void missingColumnsAreRowOneProblemsEachOrAllTogether() {
        assertThat(problems(COUNTS, "label\nA\n")).extracting(ImportProblem::row, ImportProblem::arguments)
                .containsExactly(Tuple.tuple(1, List.of("code")), Tuple.tuple(1, List.of("value")));
        TabularImport<Count> together = TabularImport.of(Formats.CSV, 1024, HeaderCheck.allRequired("code", "value"));
        assertThat(problems(together, "code\nA\n")).extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(Tuple.tuple("import.error.missingColumns", List.of("code, value")));
    }

    @Test
    void aHeaderAloneOrAnEmptyFileIsRefused() {
        assertThat(problems(COUNTS, "code,value\n")).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(2, "import.error.noRows"));
        assertThat(problems(COUNTS, "")).extracting(ImportProblem::messageKey).containsExactly("import.error.empty");
    }

    @Test
    void rowsAreReadUntilAHundredProblems() {
        StringBuilder file = new StringBuilder("code,value\n");
        for (int i = 0; i < 150; i++) {
            file.append("A").append(i).append(",x\n");
        }
        assertThat(problems(COUNTS, file.toString())).hasSize(TabularImport.MAX_PROBLEMS);
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeReading() {
        TabularImport<Count> small = TabularImport.of(Formats.CSV_OR_XLSX, 1024 * 1024, HeaderCheck.eachRequired("code"));
        assertThatThrownBy(() -> small.read(new byte[1024 * 1024 + 1], TabularImportTest::count))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.tooLarge");
                    assertThat(e.arguments()).containsExactly(1);
                });
    }

    @Test
    void aCsvOnlyImportRefusesAnXlsxFileAsTextThatIsNotUtf8() throws IOException {
        TabularImport<Count> csvOnly = TabularImport.of(Formats.CSV, 1024 * 1024, HeaderCheck.eachRequired("code", "value"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("code");
            workbook.write(out);
            assertThat(problems(csvOnly, out.toByteArray())).extracting(ImportProblem::messageKey)
                    .contains("import.error.encoding");
        }
    }

    private static List<ImportProblem> problems(TabularImport<Count> pipeline, String csv) {
        return problems(pipeline, csv(csv));
    }

    private static List<ImportProblem> problems(TabularImport<Count> pipeline, byte[] content) {
        try {
            pipeline.read(content, TabularImportTest::count);
        } catch (ImportRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
