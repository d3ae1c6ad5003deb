package vn.gov.bluezone.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The one way an uploaded table becomes typed rows, all or nothing. The module names the file's
 * formats, its size limit, how its header is checked and how one row becomes a {@code T}; this
 * reads the file ({@link TabularFile}: size, type, encoding, formulas, cleaning), checks the header
 * (row 1) and then every row, and returns the rows only when nothing is wrong. Otherwise it throws
 * {@link ImportRejectedException} with every problem by row, at most {@link #MAX_PROBLEMS} of the
 * rows; a file with a header alone is refused too. Nothing here touches a database: a module stores
 * the rows it gets back.
 *
 * @param <T> what one row of the file is to the module
 */
public final class TabularImport<T> {

    /** Rows are read until this many problems are found; the list shown stays readable. */
    public static final int MAX_PROBLEMS = 100;

    /** The formats a file may come in; anything else is refused as {@link TabularFile} refuses it. */
    public enum Formats {
        /** CSV (UTF-8) only: an XLSX file is read as text and refused as not UTF-8. */
        CSV,
        /** CSV (UTF-8) or XLSX, told apart by content. */
        CSV_OR_XLSX
    }

    /** Checks the header (row 1); any problem refuses the file before a row is read. */
    @FunctionalInterface
    public interface HeaderCheck {

        List<ImportProblem> problems(Header header);

        /** Every column named must be present; each missing one is a problem of its own. */
        static HeaderCheck eachRequired(String... columns) {
            return header -> header.missing(columns).stream()
                    .map(column -> new ImportProblem(1, "import.error.missingColumns", column)).toList();
        }

        /** Every column named must be present; one problem lists them all when any is missing. */
        static HeaderCheck allRequired(String... columns) {
            return header -> header.missing(columns).isEmpty() ? List.of()
                    : List.of(new ImportProblem(1, "import.error.missingColumns", String.join(", ", columns)));
        }
    }

    /** Turns one data row into a {@code T}, or refuses it with its problems. */
    @FunctionalInterface
    public interface RowParser<T> {

        RowResult<T> parse(Row row);
    }

    /** The header: column names as written (for messages), looked up by name in any case. */
    public record Header(List<String> names) {

        public Header {
            names = List.copyOf(names);
        }

        /** The index of the first column of this name (any case), or -1. */
        public int indexOf(String column) {
            return IntStream.range(0, names.size())
                    .filter(i -> names.get(i).toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(-1);
        }

        public boolean has(String column) {
            return indexOf(column) >= 0;
        }

        public int size() {
            return names.size();
        }

        /** The columns named that the header lacks, in the order given. */
        public List<String> missing(String... columns) {
            return List.of(columns).stream().filter(column -> !has(column)).toList();
        }
    }

    /** One data row: its spreadsheet number (the header is row 1) and its cleaned cells. */
    public record Row(int number, List<String> cells, Header header) {

        /** The cell under the named column, "" when the row is shorter or the column absent. */
        public String cell(String column) {
            int index = header.indexOf(column);
            return index < 0 ? "" : cell(index);
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public int cellCount() {
            return cells.size();
        }

        public <T> RowResult<T> accept(T value) {
            return new RowResult<>(value, List.of());
        }

        /** This row refused with one message key and its arguments. */
        public <T> RowResult<T> refuse(String messageKey, Object... arguments) {
            return new RowResult<>(null, List.of(new ImportProblem(number, messageKey, arguments)));
        }
    }

    /** What a row became: a value, or the problems that refuse it. */
    public record RowResult<T>(T value, List<ImportProblem> problems) {

        public RowResult {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final Formats formats;
    private final int maxBytes;
    private final HeaderCheck header;

    private TabularImport(Formats formats, int maxBytes, HeaderCheck header) {
        this.formats = formats;
        this.maxBytes = maxBytes;
        this.header = header;
    }

    public static <T> TabularImport<T> of(Formats formats, int maxBytes, HeaderCheck header) {
        return new TabularImport<>(formats, maxBytes, header);
    }

    /** The typed rows in file order, or {@link ImportRejectedException} with every problem by row. */
    public List<T> read(byte[] content, RowParser<T> parser) {
        TabularFile file = formats == Formats.CSV ? TabularFile.readCsv(content, maxBytes)
                : TabularFile.read(content, maxBytes);
        Header columns = new Header(file.headerAsWritten());
        List<ImportProblem> problems = new ArrayList<>(header.problems(columns));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        List<T> rows = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            RowResult<T> result = parser.parse(new Row(row.number(), row.cells(), columns));
            if (result.accepted()) {
                rows.add(result.value());
            } else {
                problems.addAll(result.problems());
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (file.rows().isEmpty()) {
            problems.add(new ImportProblem(2, "import.error.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return rows;
    }
}
