package vn.gov.bluezone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.directory.OfficeForm;
import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSigner;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.shared.TabularFile;

/**
 * Seeds the directory of offices of a demo province from a CSV resource (decision 0030): the names
 * of real offices are demo data, kept in files such as {@code demo/offices-long-an-2020.csv}, not in
 * the code. Columns: {@code kind} (an {@link OfficeKind}), {@code name}, {@code short_name},
 * {@code header_name} ({@code \n} breaks the line), {@code abbreviation}, {@code email} (example.vn
 * only), {@code valid_from}, {@code valid_to} (ISO dates, empty when open) and {@code signers}
 * ({@code ;} between signers, each {@code full name|title|authority}, {@code \n} breaking the
 * authority line; a name {@code @ROLE} stands for that role's demo account, {@link DemoAccounts}).
 * Runs as the system; an office the unit already has under the same name is kept as it is, so
 * seeding twice changes nothing.
 */
@Component
class DemoOffices {

    static final String LONG_AN_2020 = "demo/offices-long-an-2020.csv";
    static final String TAY_NINH_2025 = "demo/offices-tay-ninh-2025.csv";
    private static final int MAX_BYTES = 64 * 1024;

    private final OfficeService offices;

    DemoOffices(OfficeService offices) {
        this.offices = offices;
    }

    /** The offices of the file, attached to the province, in the file's order (existing ones reused). */
    List<OfficeSummary> seed(String resourceName, long provinceUnitId) {
        TabularFile file = TabularFile.readCsv(read(resourceName), MAX_BYTES);
        List<String> header = file.header();
        List<OfficeSummary> existing = offices.ofUnit(provinceUnitId);
        List<OfficeSummary> seeded = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            OfficeForm form = new OfficeForm(provinceUnitId, OfficeKind.valueOf(cell(row, header, "kind")),
                    cell(row, header, "name"), cell(row, header, "short_name"), lines(cell(row, header, "header_name")),
                    cell(row, header, "abbreviation"), blankToNull(cell(row, header, "email")),
                    date(cell(row, header, "valid_from")), date(cell(row, header, "valid_to")),
                    signers(cell(row, header, "signers")));
            seeded.add(existing.stream().filter(o -> o.name().equals(form.name())).findFirst()
                    .orElseGet(() -> offices.create(form)));
        }
        return seeded;
    }

    private static List<OfficeSigner> signers(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(signer -> {
            String[] parts = signer.split("\\|", 3);
            return new OfficeSigner(person(parts[0].strip()), parts.length > 1 ? parts[1].strip() : null,
                    parts.length > 2 ? lines(parts[2].strip()) : null);
        }).toList();
    }

    /**
     * "@PROVINCE_CHAIR" is the full name of the Long An demo account of that role, "@tayninh.lanhdao"
     * that of the demo account of that user name; any other name is itself.
     */
    private static String person(String name) {
        if (!name.startsWith("@")) {
            return name;
        }
        String key = name.substring(1);
        return Stream.concat(DemoAccounts.TODAY.stream(), DemoAccounts.ALL.stream())
                .filter(a -> a.username().equals(key) || DemoAccounts.ALL.contains(a) && a.role().name().equals(key))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo account " + name)).fullName();
    }

    private static String cell(TabularFile.Row row, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < 0 ? "" : row.cell(index);
    }

    private static String lines(String text) {
        return text.replace("\\n", "\n");
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static LocalDate date(String text) {
        return text.isBlank() ? null : LocalDate.parse(text);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Missing demo directory " + path, e);
        }
    }
}
