package vn.gov.bluezone.hierarchy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.TextFiles;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * A GSO administrative-unit list as CSV (UTF-8), one commune per row with its parents on the same
 * row, as the GSO "danh mục đơn vị hành chính" exports it:
 *
 * <pre>
 * province_code,province_name[,province_type][,district_code,district_name[,district_type]],commune_code,commune_name[,commune_type]
 * </pre>
 *
 * Without the district columns the list is two-level (province → commune). Types may be omitted:
 * they are read from the name's prefix. Every cell is cleaned as typed input is ({@link InputText}:
 * NFC, no control, bidirectional or zero-width characters) before it is checked. Parsing checks the
 * whole file and reports every problem by row; it touches no database.
 */
final class GsoUnitList {

    static final int MAX_PROBLEMS = 100;
    private static final Pattern CODE = Pattern.compile("\\d{1,10}");
    private static final int MAX_NAME = 150;
    private static final Set<String> KNOWN_COLUMNS = Set.of("province_code", "province_name", "province_type",
            "district_code", "district_name", "district_type", "commune_code", "commune_name", "commune_type");

    /** One unit the file names, at the row that first named it. */
    record Entry(int row, String code, String name, String type, UnitLevel level, String parentCode) {

        boolean sameAs(Entry other) {
            return name.equals(other.name) && type.equals(other.type) && level == other.level
                    && Objects.equals(parentCode, other.parentCode);
        }
    }

    private final Map<String, Entry> units = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private List<UnitLevel> levels;
    private Map<String, Integer> columns;

    private GsoUnitList() {
    }

    /** The units in parent-before-child order, or an exception listing every problem by row. */
    static List<Entry> parse(byte[] content) {
        GsoUnitList list = new GsoUnitList();
        list.read(TextFiles.decodeUtf8(content));
        if (!list.problems.isEmpty()) {
            throw new ImportRejectedException(list.problems);
        }
        return List.copyOf(list.units.values());
    }

    private void read(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                if (header) {
                    readHeader(record);
                    header = false;
                    if (!problems.isEmpty()) {
                        return;
                    }
                } else {
                    readRow(row, record);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    return;
                }
            }
            if (header) {
                problems.add(new ImportProblem(1, "import.error.empty"));
            } else if (units.isEmpty()) {
                problems.add(new ImportProblem(2, "import.error.noRows"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem(0, "import.error.unreadable"));
        }
    }

    private void readHeader(CSVRecord record) {
        columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = cell(record, i).toLowerCase(Locale.ROOT);
            if (!KNOWN_COLUMNS.contains(name)) {
                problems.add(new ImportProblem(1, "import.error.unknownColumn", cell(record, i)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, "import.error.duplicateColumn", name));
            }
        }
        levels = new ArrayList<>();
        for (UnitLevel level : UnitLevel.values()) {
            String prefix = level.name().toLowerCase(Locale.ROOT);
            boolean hasCode = columns.containsKey(prefix + "_code");
            boolean hasName = columns.containsKey(prefix + "_name");
            if (hasCode && hasName) {
                levels.add(level);
            } else if (hasCode || hasName || level != UnitLevel.DISTRICT) {
                problems.add(new ImportProblem(1, "import.error.missingColumns", prefix + "_code, " + prefix + "_name"));
            }
        }
    }

    private void readRow(int row, CSVRecord record) {
        if (record.size() != columns.size()) {
            problems.add(new ImportProblem(row, "import.error.columnCount", columns.size(), record.size()));
            return;
        }
        String parentCode = null;
        for (UnitLevel level : levels) {
            Entry entry = entry(row, record, level, parentCode);
            if (entry == null) {
                return;
            }
            Entry earlier = units.get(entry.code());
            if (earlier == null) {
                units.put(entry.code(), entry);
            } else if (level == UnitLevel.COMMUNE) {
                problems.add(new ImportProblem(row, "import.error.duplicateCode", entry.code(), earlier.row()));
                return;
            } else if (!earlier.sameAs(entry)) {
                problems.add(new ImportProblem(row, earlier.level() == level && !Objects.equals(
                        earlier.parentCode(), parentCode) ? "import.error.parentMismatch" : "import.error.conflictingCode",
                        entry.code(), earlier.row()));
                return;
            }
            parentCode = entry.code();
        }
    }

    private Entry entry(int row, CSVRecord record, UnitLevel level, String parentCode) {
        String prefix = level.name().toLowerCase(Locale.ROOT);
        String code = cell(record, columns.get(prefix + "_code"));
        String name = VietnameseText.normalizeSpaces(cell(record, columns.get(prefix + "_name")));
        if (code.isEmpty()) {
            problems.add(new ImportProblem(row, level == UnitLevel.COMMUNE ? "import.error.missingCode"
                    : "import.error.missingParent", prefix + "_code"));
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(row, "import.error.badCode", code));
            return null;
        }
        if (name.isEmpty() || name.length() > MAX_NAME || name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            problems.add(new ImportProblem(row, "import.error.badName", prefix + "_name", MAX_NAME));
            return null;
        }
        Integer typeColumn = columns.get(prefix + "_type");
        String type = typeColumn == null || cell(record, typeColumn).isEmpty()
                ? level.typeFromName(name) : cell(record, typeColumn);
        if (type == null || !level.gsoTypes().contains(type)) {
            problems.add(new ImportProblem(row, "import.error.badType", name, String.join(", ", level.gsoTypes())));
            return null;
        }
        return new Entry(row, code, name, type, level, parentCode);
    }

    /** A cell cleaned as every input is ({@link InputText}), "" when nothing is left. */
    private static String cell(CSVRecord record, int index) {
        return Objects.requireNonNullElse(InputText.line(record.get(index)), "");
    }
}
