package vn.gov.bluezone.hierarchy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.gov.bluezone.shared.TabularImport;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.TabularImport.HeaderCheck;
import vn.gov.bluezone.shared.TabularImport.Row;
import vn.gov.bluezone.shared.TabularImport.RowResult;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * A successor table as CSV (UTF-8), one row per former commune and commune it became part of:
 *
 * <pre>
 * old_commune_code,old_commune_name,old_district_name,old_province_name,new_commune_code,new_commune_name,new_province_code
 * </pre>
 *
 * A row may name its former commune by name only (code empty: communes merged before the list the
 * portal holds); it must then give the province, and the district where there was one. A row
 * naming no former commune at all (a unit formed from nothing the source lists, such as a special
 * zone) links nothing and is skipped. Parsing checks the whole file and reports every problem by
 * row; it touches no database.
 */
final class SuccessorTable {

    static final String[] COLUMNS = {"old_commune_code", "old_commune_name", "old_district_name",
            "old_province_name", "new_commune_code", "new_commune_name", "new_province_code"};
    private static final Pattern CODE = Pattern.compile("\\d{1,10}");
    private static final int MAX_NAME = 150;

    /** One row: the former commune as the source names it and the commune it became part of. */
    record Entry(int row, String oldCode, String oldName, String oldDistrictName, String oldProvinceName,
            String newCode, String newName, String newProvinceCode) {

        /** Identifies the former commune: its code, or its name with district and province. */
        String oldKey() {
            return oldCode != null ? oldCode : nameKey(oldName, oldDistrictName, oldProvinceName);
        }
    }

    private final Map<String, Integer> seen = new HashMap<>();

    private SuccessorTable() {
    }

    static String nameKey(String name, String district, String province) {
        return VietnameseText.searchKey(name) + "|" + VietnameseText.searchKey(district == null ? "" : district)
                + "|" + VietnameseText.searchKey(province == null ? "" : province);
    }

    static List<Entry> parse(byte[] content) {
        SuccessorTable table = new SuccessorTable();
        return TabularImport.<Entry>of(Formats.CSV, UnitImportService.MAX_BYTES, HeaderCheck.allRequired(COLUMNS))
                .read(content, table::readRow).stream().filter(Objects::nonNull).toList();
    }

    private RowResult<Entry> readRow(Row row) {
        if (row.cellCount() != row.header().size()) {
            return row.refuse("import.error.columnCount", row.header().size(), row.cellCount());
        }
        String oldCode = blankToNull(row.cell("old_commune_code"));
        String newCode = row.cell("new_commune_code");
        String newProvince = blankToNull(row.cell("new_province_code"));
        for (String code : new String[] {oldCode, newCode, newProvince}) {
            if (code != null && !code.isEmpty() && !CODE.matcher(code).matches()) {
                return row.refuse("import.error.badCode", code);
            }
        }
        if (newCode.isEmpty()) {
            return row.refuse("import.error.missingCode", "new_commune_code");
        }
        if (oldCode == null && row.cell("old_commune_name").isBlank() && row.cell("old_district_name").isBlank()
                && row.cell("old_province_name").isBlank()) {
            // a unit formed from no former commune the source names (a special zone): nothing to link
            return row.accept(null);
        }
        List<String> names = new ArrayList<>();
        for (String column : new String[] {"old_commune_name", "old_district_name", "old_province_name",
                "new_commune_name"}) {
            String name = VietnameseText.normalizeSpaces(row.cell(column));
            // a former commune named without its code needs its province; its district when it had one
            boolean required = column.equals("new_commune_name")
                    || oldCode == null && !column.equals("old_district_name");
            if ((required && name.isEmpty()) || name.length() > MAX_NAME || name.indexOf('<') >= 0
                    || name.indexOf('>') >= 0) {
                return row.refuse("import.error.badName", column, MAX_NAME);
            }
            names.add(name.isEmpty() ? null : name);
        }
        Entry entry = new Entry(row.number(), oldCode, names.get(0) == null ? oldCode : names.get(0), names.get(1),
                names.get(2), newCode, names.get(3), newProvince);
        Integer earlier = seen.putIfAbsent(entry.oldKey() + ">" + newCode, row.number());
        if (earlier != null) {
            return row.refuse("import.error.duplicateSuccession", earlier);
        }
        return row.accept(entry);
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }
}
