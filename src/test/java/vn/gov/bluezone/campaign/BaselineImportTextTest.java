package vn.gov.bluezone.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Baseline files, XLSX and CSV, whose header and cells carry control, bidirectional and zero-width
 * characters are read as the clean text they show (decision 0016).
 */
@PortalSpringTest
class BaselineImportTextTest {

    @Autowired
    BaselineService baselineService;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;

    @Test
    void anXlsxFileWithInvisibleCharactersInItsCellsIsReadClean() throws IOException {
        LocalDate today = LocalDate.now();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(10));
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            XSSFRow header = sheet.createRow(0);
            // XML cannot hold C0 controls: a spreadsheet writes them as _xHHHH_, which POI reads back as
            // the control character (_x0000_ is NUL, _x001B_ is ESC)
            String[] names = {"\uFEFFcommune_code", "population\u200B", "smartphone_users_x0000_", "\u202Einstalls_at_start"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("279\u009F58_x001B_");
            row.createCell(1).setCellValue("\u200B12.000");
            row.createCell(2).setCellValue(7000);
            row.createCell(3).setCellValue("1\u202E500\u2066");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(as.call("tinh.sotttt", () -> baselineService.importBaselines(campaign.id(), "b.xlsx", xlsx))).isEqualTo(1);

        Baseline stored = as.call("tinh.sotttt", () -> baselineService.baseline(campaign.id(), communeId("27958")));
        assertThat(stored.population()).isEqualTo(12_000);
        assertThat(stored.smartphoneUsers()).isEqualTo(7_000);
        assertThat(stored.installsAtStart()).isEqualTo(1_500);
    }

    @Test
    void aCsvFileWithInvisibleCharactersInItsCellsIsReadClean() {
        LocalDate today = LocalDate.now();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(10));
        String csv = "commune_code\u200B,population,smartphone_users,installs_at_start\r\n"
                + "\u206627961\u2069,9.000\u0000,5000,\uFEFF800\r\n"
                + "\u200B,\u200B,,\r\n";
        assertThat(as.call("tinh.sotttt", () -> baselineService.importBaselines(campaign.id(), "b.csv",
                csv.getBytes(StandardCharsets.UTF_8)))).isEqualTo(1);

        Baseline stored = as.call("tinh.sotttt", () -> baselineService.baseline(campaign.id(), communeId("27961")));
        assertThat(stored.population()).isEqualTo(9_000);
        assertThat(stored.smartphoneUsers()).isEqualTo(5_000);
        assertThat(stored.installsAtStart()).isEqualTo(800);
    }

    private long communeId(String code) {
        return SystemAccess.runAsSystem(() -> hierarchy.getByCode(code).id());
    }
}
