package vn.gov.bluezone.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseFormats;

@PortalSpringTest
class CampaignServiceTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BaselineService baselineService;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;

    @Test
    void theHistoricCampaignOfDispatch4937AddsUpToTheDispatchsFigures() {
        CampaignDetails historic = HistoricCampaign.of(campaigns);
        assertThat(historic.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(historic.directiveDate()).isEqualTo(LocalDate.of(2020, 8, 17));
        assertThat(historic.targetDate()).isEqualTo(LocalDate.of(2020, 8, 20));
        assertThat(historic.targetPercent()).isEqualByComparingTo("60");
        assertThat(historic.cutoffTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(historic.materials()).hasSize(10);
        assertThat(historic.demoEstimates()).isTrue();
        List<Baseline> baselines = SystemAccess.runAsSystem(() -> baselineService.baselines(historic.id(), null,
                PageRequest.of(0, 500)).getContent());
        assertThat(baselines).hasSize(188).allMatch(Baseline::estimated);
        assertThat(baselines.stream().mapToLong(Baseline::installsAtStart).sum()).isEqualTo(187_315);
        assertThat(baselines.stream().mapToLong(Baseline::population).sum()).isEqualTo(1_688_547);
        assertThat(VietnameseFormats.percent(
                baselines.stream().mapToLong(Baseline::installsAtStart).sum(),
                baselines.stream().mapToLong(Baseline::population).sum())).isEqualTo("11,09 %");
    }

    @Test
    void onlyProvinceOfficersAndAdministratorsManageCampaignsOfTheirProvince() {
        SystemAccess.runAsSystem(() -> unitImport.importGsoList("tien-giang.csv", TestUnits.province("82")));
        long longAn = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80").id());
        long tienGiang = SystemAccess.runAsSystem(() -> hierarchy.getByCode("82").id());
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> campaigns.create(form(longAn, "Không được phép"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("tinh.lanhdao", () -> campaigns.create(form(longAn, "Không được phép"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> campaigns.create(form(tienGiang, "Tỉnh khác"))))
                .isInstanceOf(OutOfScopeException.class);
        CampaignDetails created = as.call("tinh.sotttt", () -> campaigns.create(form(longAn, "Chiến dịch hợp lệ")));
        assertThat(created.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(as.call("xa.duclapha", () -> campaigns.get(created.id())).name()).isEqualTo("Chiến dịch hợp lệ");
    }

    @Test
    void anInvalidCampaignIsRefusedFieldByField() {
        long longAn = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80").id());
        CampaignForm bad = new CampaignForm(longAn, " ", null, null, null, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 1), new BigDecimal("120"), TargetDenominator.POPULATION, LocalTime.of(15, 0), null,
                null, null, "12", "khong-phai-email", true, Thresholds.defaults(), List.of(new WorkForm("x y", "")),
                List.of(new Material("Tờ rơi", "LEAFLET", "javascript:alert(1)")));
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> campaigns.create(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKeys(
                        "name", "targetDate", "targetPercent", "focalEmail", "focalPhone", "workForms", "materials"));
    }

    @Test
    void complianceThresholdsOutsideTheirRangesAreRefused() {
        long longAn = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80").id());
        CampaignForm bad = new CampaignForm(longAn, "Ngưỡng sai", null, null, null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 10), new BigDecimal("60"), TargetDenominator.POPULATION, LocalTime.of(15, 0), null,
                null, null, null, null, true, new Thresholds(new BigDecimal("5"), new BigDecimal("0"), new BigDecimal("150"), 0,
                        3, 8, 2), List.of(), List.of());
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> campaigns.create(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "thresholds.lowResultPace", "thresholds.bottomShare", "thresholds.limits"));
    }

    @Test
    void aBadBaselineFileIsRefusedByRowAndChangesNothing() {
        LocalDate today = LocalDate.now();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(10));
        String csv = """
                commune_code,population,smartphone_users,installs_at_start
                27958,12000,7000,1500
                27958,12000,7000,1500
                99999,100,50,10
                27961,abc,50,10
                27964,100,500,10
                """;
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> baselineService.importBaselines(campaign.id(), "b.csv",
                csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                                Tuple.tuple(3, "import.error.duplicateCode"),
                                Tuple.tuple(4, "baseline.error.unknownCommune"),
                                Tuple.tuple(5, "baseline.error.notWholeNumber"),
                                Tuple.tuple(6, "baseline.error.smartphonesAbovePopulation")));
        long communeId = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27958").id());
        assertThat(as.call("tinh.sotttt", () -> baselineService.baseline(campaign.id(), communeId)).population()).isEqualTo(10_000);
    }

    @Test
    void baselinesImportFromAnXlsxWorkbookButNeverFromFormulas() throws IOException {
        LocalDate today = LocalDate.now();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(10));
        byte[] clean = workbook(false);
        assertThat(as.call("tinh.sotttt", () -> baselineService.importBaselines(campaign.id(), "b.xlsx", clean))).isEqualTo(1);
        long communeId = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27958").id());
        Baseline stored = as.call("tinh.sotttt", () -> baselineService.baseline(campaign.id(), communeId));
        assertThat(stored.population()).isEqualTo(15_800);
        assertThat(stored.smartphoneUsers()).isEqualTo(9_796);
        assertThat(stored.estimated()).isFalse();
        byte[] withFormula = workbook(true);
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> baselineService.importBaselines(campaign.id(), "f.xlsx", withFormula)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).containsExactly("import.error.formula"));
        byte[] renamed = "MZ\u0090\u0000 not a table".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> baselineService.importBaselines(campaign.id(), "b.xlsx", renamed)))
                .isInstanceOf(ImportRejectedException.class);
    }

    private static byte[] workbook(boolean formula) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("baseline");
            var header = sheet.createRow(0);
            String[] names = {"commune_code", "population", "smartphone_users", "installs_at_start"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("27958");
            row.createCell(1).setCellValue(15_800);
            if (formula) {
                row.createCell(2).setCellFormula("B2*0.62");
            } else {
                row.createCell(2).setCellValue(9_796);
            }
            row.createCell(3).setCellValue(1_200);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static CampaignForm form(long provinceId, String name) {
        return new CampaignForm(provinceId, name, null, null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal("60"), TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0), null, null, null, null, null,
                true, Thresholds.defaults(), List.of(), List.of());
    }
}
