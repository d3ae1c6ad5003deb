package vn.gov.bluezone.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.SafeCells;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * A campaign on today's units as a file (CSV with a byte-order mark, or XLSX): the new communes,
 * then the former communes split between several, then those without a successor, then the total,
 * each section under its title. The same read and the same scope rule as the screen
 * ({@link LineageRollupService#rollup}); every text cell is neutralised against formula injection.
 */
@Service
public class LineageExport {

    /** Columns written as numbers in XLSX: population, smartphone users, installs, former communes, on time. */
    private static final List<Integer> NUMERIC_COLUMNS = List.of(4, 5, 6, 9, 10);

    private final LineageRollupService rollups;

    LineageExport(LineageRollupService rollups) {
        this.rollups = rollups;
    }

    @Requires(Permission.READ_OVERSIGHT)
    public byte[] csv(long campaignId, LocalDate day, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : lines(rollups.rollup(campaignId, day), locale)) {
            out.append(String.join(",", line.stream().map(SafeCells::csv).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Requires(Permission.READ_OVERSIGHT)
    public byte[] xlsx(long campaignId, LocalDate day, Locale locale) {
        List<List<String>> lines = lines(rollups.rollup(campaignId, day), locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("don-vi-hien-nay");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = lines.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    if (r > 0 && NUMERIC_COLUMNS.contains(i) && value.matches("\\d+")) {
                        row.createCell(i).setCellValue(Long.parseLong(value));
                    } else {
                        row.createCell(i).setCellValue(SafeCells.text(value));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header, the sections and the total, one list of cells per line. */
    static List<List<String>> lines(LineageRollup rollup, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", "en".equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN"));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(texts.getString("lineage.section"), texts.getString("units.code"),
                texts.getString("units.name"), texts.getString("lineage.formerCommunes"),
                texts.getString("baseline.population"), texts.getString("baseline.smartphones"),
                texts.getString("report.cumulative.short"), texts.getString("report.readout.populationShort"),
                texts.getString("report.readout.smartphonesShort"), texts.getString("lineage.formerCount"),
                texts.getString("lineage.onTime"), texts.getString("lineage.formerDistricts"),
                texts.getString("lineage.note")));
        for (LineageRollup.Row row : rollup.rows()) {
            lines.add(List.of(texts.getString("lineage.section.rows"), row.code(), row.name(),
                    String.join("; ", row.formerCommunes()), Long.toString(row.population()),
                    Long.toString(row.smartphoneUsers()), Long.toString(row.installs()),
                    VietnameseFormats.percent(row.installs(), row.population(), locale),
                    VietnameseFormats.percent(row.installs(), row.smartphoneUsers(), locale),
                    Integer.toString(row.formerCommunes().size()), Integer.toString(row.onTime()),
                    String.join("; ", row.formerDistricts()), String.join("; ", row.partsOf().stream()
                            .map(part -> MessageFormat.format(texts.getString("lineage.partOf"), part)).toList())));
        }
        formers(lines, texts.getString("lineage.section.splits"), rollup.splits(), locale);
        formers(lines, texts.getString("lineage.section.without"), rollup.withoutSuccessor(), locale);
        LineageRollup.Total total = rollup.total();
        lines.add(List.of(texts.getString("oversight.total"), "", "", "", Long.toString(total.population()),
                Long.toString(total.smartphoneUsers()), Long.toString(total.installs()),
                VietnameseFormats.percent(total.installs(), total.population(), locale),
                VietnameseFormats.percent(total.installs(), total.smartphoneUsers(), locale),
                Integer.toString(total.formerCommunes()), Integer.toString(total.onTime()), "", ""));
        return lines;
    }

    private static void formers(List<List<String>> lines, String section, List<LineageRollup.Former> formers,
            Locale locale) {
        for (LineageRollup.Former former : formers) {
            lines.add(List.of(section, former.code(), former.name(), "", Long.toString(former.population()),
                    Long.toString(former.smartphoneUsers()), Long.toString(former.installs()),
                    VietnameseFormats.percent(former.installs(), former.population(), locale),
                    VietnameseFormats.percent(former.installs(), former.smartphoneUsers(), locale), "1",
                    former.status() == DayStatus.ON_TIME ? "1" : "0",
                    former.districtName() == null ? "" : former.districtName(), String.join("; ", former.successors())));
        }
    }
}
