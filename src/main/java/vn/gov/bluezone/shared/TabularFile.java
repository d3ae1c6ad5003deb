package vn.gov.bluezone.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded table, CSV (UTF-8) or XLSX, told apart by its content (an XLSX file is a ZIP that
 * starts with "PK"), never by its name. Rows keep their spreadsheet numbers (header = row 1).
 * Formulas are refused: an import takes figures, not calculations. Every cell, the header's
 * included, is cleaned as one line of typed input is ({@link InputText}), so no import sees
 * decomposed Vietnamese, control, bidirectional or zero-width characters.
 */
public final class TabularFile {

    /** One data row: its number and its cells as clean text ("" for an empty cell). */
    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private final List<String> headerAsWritten;
    private final List<String> header;
    private final List<Row> rows;

    private TabularFile(List<String> headerAsWritten, List<Row> rows) {
        this.headerAsWritten = headerAsWritten;
        this.header = headerAsWritten.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.rows = rows;
    }

    /** The column names in lower case. */
    public List<String> header() {
        return header;
    }

    /** The column names as the file writes them (cleaned), for messages. */
    public List<String> headerAsWritten() {
        return headerAsWritten;
    }

    public List<Row> rows() {
        return rows;
    }

    public static TabularFile read(byte[] content, int maxBytes) {
        checkSize(content, maxBytes);
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? readXlsx(content) : readCsv(TextFiles.decodeUtf8(content));
    }

    /** A CSV file only: any other content is read as text, and refused as text that is not UTF-8. */
    public static TabularFile readCsv(byte[] content, int maxBytes) {
        checkSize(content, maxBytes);
        return readCsv(TextFiles.decodeUtf8(content));
    }

    private static void checkSize(byte[] content, int maxBytes) {
        if (content.length > maxBytes) {
            throw new PortalException("import.error.tooLarge", maxBytes / (1024 * 1024));
        }
    }

    private static TabularFile readCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get())) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
                numbers.add((int) record.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.error.unreadable")));
        }
        return of(lines, numbers);
    }

    private static TabularFile readXlsx(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                boolean empty = true;
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    String value;
                    if (cell == null) {
                        value = "";
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        problems.add(new ImportProblem(row.getRowNum() + 1, "import.error.formula"));
                        value = "";
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        double number = cell.getNumericCellValue();
                        value = number == Math.rint(number) && Math.abs(number) < 1e15
                                ? Long.toString((long) number) : Double.toString(number);
                    } else {
                        value = formatter.formatCellValue(cell).strip();
                    }
                    empty &= value.isEmpty();
                    cells.add(value);
                }
                if (!empty) {
                    lines.add(cells);
                    numbers.add(row.getRowNum() + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(0, "import.error.unreadable")));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return of(lines, numbers);
    }

    /** Cleans every cell and drops the lines left empty (a line of invisible characters is an empty line). */
    private static TabularFile of(List<List<String>> raw, List<Integer> numbers) {
        List<List<String>> lines = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            List<String> cells = raw.get(i).stream().map(TabularFile::clean).toList();
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                lines.add(cells);
                kept.add(numbers.get(i));
            }
        }
        if (lines.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportProblem(1, "import.error.empty")));
        }
        List<String> header = lines.getFirst();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(new Row(kept.get(i), lines.get(i)));
        }
        return new TabularFile(header, rows);
    }

    private static String clean(String cell) {
        return Objects.requireNonNullElse(InputText.line(cell), "");
    }

    /**
     * A whole number ≥ 0 written plainly or with Vietnamese grouping ("187315", "187.315"), or
     * null when the text is not one; typed or imported, it is cleaned first ({@link InputText}).
     */
    public static Long wholeNumber(String text) {
        String plain = clean(text).replace(".", "").replace(" ", "").replace("\u00a0", "");
        if (!plain.matches("\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(plain);
    }
}
