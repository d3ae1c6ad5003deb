package vn.gov.bluezone.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.SafeCells;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * The oversight grid as a file, exactly the rows the filter selects, page by page from the
 * database: CSV (UTF-8 with a byte-order mark so spreadsheets keep the diacritics) and XLSX
 * (streamed). Every text cell is neutralised against formula injection.
 */
@Service
public class OversightExport {

    static final int PAGE = 500;
    private final OversightService oversight;

    OversightExport(OversightService oversight) {
        this.oversight = oversight;
    }

    @Requires(Permission.READ_OVERSIGHT)
    public byte[] csv(OversightFilter filter, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", header(locale).stream().map(SafeCells::csv).toList())).append("\r\n");
        forEachRow(filter, cells -> out.append(String.join(",", cells.stream().map(SafeCells::csv).toList())).append("\r\n"),
                locale);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Requires(Permission.READ_OVERSIGHT)
    public byte[] xlsx(OversightFilter filter, Locale locale) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("bao-cao");
            List<String> header = header(locale);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(SafeCells.text(header.get(i)));
            }
            int[] next = {1};
            forEachRow(filter, cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    if (NUMERIC_COLUMNS.contains(i) && value.matches("-?\\d+")) {
                        row.createCell(i).setCellValue(Long.parseLong(value));
                    } else {
                        row.createCell(i).setCellValue(SafeCells.text(value));
                    }
                }
            }, locale);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns written as numbers in XLSX: cumulative, new, population, smartphone users, pace, gap, official, difference. */
    private static final List<Integer> NUMERIC_COLUMNS = List.of(5, 6, 7, 8, 11, 12, 14, 15);

    private static List<String> header(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", "en".equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN"));
        return List.of(texts.getString("units.code"), texts.getString("units.name"), texts.getString("units.parent"),
                texts.getString("report.dayStatus"), texts.getString("report.submittedAt"),
                texts.getString("report.cumulative.short"), texts.getString("report.newInstalls"),
                texts.getString("baseline.population"), texts.getString("baseline.smartphones"),
                texts.getString("report.readout.populationShort"), texts.getString("report.readout.smartphonesShort"),
                texts.getString("oversight.pace"), texts.getString("oversight.gap"), texts.getString("oversight.returned"),
                texts.getString("official.installs"), texts.getString("official.difference"));
    }

    private void forEachRow(OversightFilter filter, Consumer<List<String>> sink, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", "en".equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN"));
        for (int page = 0; ; page++) {
            var rows = oversight.communes(filter, PageRequest.of(page, PAGE));
            for (CommuneDayRow row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.code());
                cells.add(row.name());
                cells.add(row.districtName() == null ? "" : row.districtName());
                cells.add(texts.getString("dayStatus." + row.status().name()));
                cells.add(VietnameseFormats.dateTime(row.submittedAt()));
                cells.add(row.reported() ? Long.toString(row.cumulative()) : "");
                cells.add(row.reported() ? Long.toString(row.newSincePrevious()) : "");
                cells.add(Long.toString(row.population()));
                cells.add(Long.toString(row.smartphoneUsers()));
                // no percentage or gap beside an empty figure (the day was not reported)
                cells.add(row.reported() ? VietnameseFormats.percent(row.cumulative(), row.population(), locale) : "");
                cells.add(row.reported() ? VietnameseFormats.percent(row.cumulative(), row.smartphoneUsers(), locale) : "");
                cells.add(Long.toString(row.paceInstalls()));
                cells.add(row.reported() ? Long.toString(row.gapToPace()) : "");
                cells.add(row.returned() ? texts.getString("oversight.returnedMark") : "");
                cells.add(row.officialInstalls() == null ? "" : Long.toString(row.officialInstalls()));
                cells.add(row.differenceToOfficial() == null || !row.reported() ? ""
                        : Long.toString(row.differenceToOfficial()));
                sink.accept(cells);
            }
            if (!rows.hasNext()) {
                return;
            }
        }
    }
}
