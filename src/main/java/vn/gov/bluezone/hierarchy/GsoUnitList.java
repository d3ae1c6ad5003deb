package vn.gov.bluezone.hierarchy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.TabularImport;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.TabularImport.Header;
import vn.gov.bluezone.shared.TabularImport.Row;
import vn.gov.bluezone.shared.TabularImport.RowResult;
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
 * whole file ({@link TabularImport}, CSV only) and reports every problem by row; it touches no
 * database.
 */
final class GsoUnitList {

    static final int MAX_PROBLEMS = TabularImport.MAX_PROBLEMS;
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
    private List<UnitLevel> levels;

    private GsoUnitList() {
    }

    /** The units in parent-before-child order, or an exception listing every problem by row. */
    static List<Entry> parse(byte[] content) {
        GsoUnitList list = new GsoUnitList();
        TabularImport.<List<Entry>>of(Formats.CSV, UnitImportService.MAX_BYTES, list::checkHeader)
                .read(content, list::readRow);
        return List.copyOf(list.units.values());
    }

    private List<ImportProblem> checkHeader(Header header) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (String written : header.names()) {
            String name = written.toLowerCase(Locale.ROOT);
            if (!KNOWN_COLUMNS.contains(name)) {
                problems.add(new ImportProblem(1, "import.error.unknownColumn", written));
            } else if (!columns.add(name)) {
                problems.add(new ImportProblem(1, "import.error.duplicateColumn", name));
            }
        }
        levels = new ArrayList<>();
        for (UnitLevel level : UnitLevel.values()) {
            String prefix = level.name().toLowerCase(Locale.ROOT);
            boolean hasCode = columns.contains(prefix + "_code");
            boolean hasName = columns.contains(prefix + "_name");
            if (hasCode && hasName) {
                levels.add(level);
            } else if (hasCode || hasName || level != UnitLevel.DISTRICT) {
                problems.add(new ImportProblem(1, "import.error.missingColumns", prefix + "_code, " + prefix + "_name"));
            }
        }
        return problems;
    }

    /** The units this row names for the first time, parents first, or the row's problem. */
    private RowResult<List<Entry>> readRow(Row row) {
        if (row.cellCount() != row.header().size()) {
            return row.refuse("import.error.columnCount", row.header().size(), row.cellCount());
        }
        List<Entry> named = new ArrayList<>();
        String parentCode = null;
        for (UnitLevel level : levels) {
            RowResult<Entry> read = entry(row, level, parentCode);
            if (!read.accepted()) {
                return new RowResult<>(null, read.problems());
            }
            Entry entry = read.value();
            Entry earlier = units.get(entry.code());
            if (earlier == null) {
                units.put(entry.code(), entry);
                named.add(entry);
            } else if (level == UnitLevel.COMMUNE) {
                return row.refuse("import.error.duplicateCode", entry.code(), earlier.row());
            } else if (!earlier.sameAs(entry)) {
                return row.refuse(earlier.level() == level && !Objects.equals(earlier.parentCode(), parentCode)
                        ? "import.error.parentMismatch" : "import.error.conflictingCode", entry.code(), earlier.row());
            }
            parentCode = entry.code();
        }
        return row.accept(named);
    }

    private RowResult<Entry> entry(Row row, UnitLevel level, String parentCode) {
        String prefix = level.name().toLowerCase(Locale.ROOT);
        String code = row.cell(prefix + "_code");
        String name = VietnameseText.normalizeSpaces(row.cell(prefix + "_name"));
        if (code.isEmpty()) {
            return row.refuse(level == UnitLevel.COMMUNE ? "import.error.missingCode" : "import.error.missingParent",
                    prefix + "_code");
        }
        if (!CODE.matcher(code).matches()) {
            return row.refuse("import.error.badCode", code);
        }
        if (name.isEmpty() || name.length() > MAX_NAME || name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            return row.refuse("import.error.badName", prefix + "_name", MAX_NAME);
        }
        String typed = row.cell(prefix + "_type");
        String type = typed.isEmpty() ? level.typeFromName(name) : typed;
        if (type == null || !level.gsoTypes().contains(type)) {
            return row.refuse("import.error.badType", name, String.join(", ", level.gsoTypes()));
        }
        return row.accept(new Entry(row.number(), code, name, type, level, parentCode));
    }
}
