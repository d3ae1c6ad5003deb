package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.directory.OfficeForm;
import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSigner;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Documents name their offices as the directory does (decision 0030): a province of 2025 whose
 * reports go to the Department of Science and Technology, read back from the PDF; and the committee's
 * legal name where the directory has no entry.
 */
@PortalSpringTest
class OfficeDocumentsTest {

    static final LocalDate DAY = LocalDate.of(2025, 9, 10);

    @Autowired
    DocumentService documents;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BaselineService baselines;
    @Autowired
    OfficeService offices;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    UnitImportService unitImport;

    @Test
    void theProvincialSummaryAndTheDispatchTakeIssuerSymbolAndSignerFromTheDirectory() throws IOException {
        CampaignDetails campaign = SystemAccess.runAsSystem(() -> {
            UnitSummary province = province("82", "tien-giang.csv");
            OfficeSummary department = office(province.id(), new OfficeForm(province.id(), OfficeKind.DEPARTMENT,
                    "Sở Khoa học và Công nghệ tỉnh Tiền Giang", "Sở KH&CN", "SỞ KHOA HỌC VÀ\nCÔNG NGHỆ", "SKHCN",
                    "skhcn.tiengiang@example.vn", LocalDate.of(2025, 3, 1), null,
                    List.of(new OfficeSigner("Hoàng Văn Khoa", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC"))));
            office(province.id(), new OfficeForm(province.id(), OfficeKind.PEOPLES_COMMITTEE,
                    "Ủy ban nhân dân tỉnh Tiền Giang", "UBND tỉnh Tiền Giang", "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG", "UBND", null,
                    null, null, List.of(new OfficeSigner("Hà Thị Ký", "PHÓ CHỦ TỊCH",
                            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"))));
            OfficeSummary division = office(province.id(), new OfficeForm(province.id(), OfficeKind.DIVISION,
                    "Phòng Khoa giáo - Văn xã, Văn phòng UBND tỉnh Tiền Giang", "Phòng KGVX", "PHÒNG KHOA GIÁO - VĂN XÃ",
                    "KGVX", null, null, null, List.of()));
            return runningCampaign(province, department.id(), division.id());
        });

        try (PDDocument document = Loader.loadPDF(SystemAccess.runAsSystem(
                () -> documents.provincialSummaryPdf(campaign.id(), DAY)))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("UBND TỈNH TIỀN GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "/BC-SKHCN",
                    "Kính gửi: Chủ tịch UBND tỉnh Tiền Giang.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Khoa");
            assertThat(text).doesNotContain("THÔNG TIN VÀ", "STTTT");
            PdfChecks.assertDecree30Pdf(document);
        }

        ReprimandNotice notice = new ReprimandNotice(campaign.id(), "Tỉnh Tiền Giang", null, DAY,
                List.of(new ReprimandNotice.Item("Huyện Cái Bè", ReprimandNotice.Level.REMIND, "số liệu không đổi")),
                "Hà Thị Ký");
        try (PDDocument document = Loader.loadPDF(SystemAccess.runAsSystem(() -> documents.reprimandDispatchPdf(notice)))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG", "/UBND-KGVX", "TM. ỦY BAN NHÂN DÂN",
                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Thị Ký", "- Sở Khoa học và Công nghệ tỉnh Tiền Giang;",
                    "- Lưu: VT, KGVX.");
            assertThat(text).doesNotContain("VHXH", "Thông tin và Truyền thông");
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    @Test
    void withoutDirectoryEntriesTheDispatchUsesTheCommitteesLegalNameAndNoOfficeIsInvented() throws IOException {
        CampaignDetails campaign = SystemAccess.runAsSystem(() -> {
            UnitSummary province = province("96", "ca-mau.csv");
            return offices.ofUnit(province.id()).isEmpty() ? runningCampaign(province, null, null) : null;
        });
        if (campaign == null) {
            return; // another test gave Cà Mau a directory: nothing left to show here
        }
        ReprimandNotice notice = new ReprimandNotice(campaign.id(), "Tỉnh Cà Mau", null, DAY,
                List.of(new ReprimandNotice.Item("Huyện Thới Bình", ReprimandNotice.Level.REMIND, "số liệu không đổi")),
                "Lê Văn Ký");
        try (PDDocument document = Loader.loadPDF(SystemAccess.runAsSystem(() -> documents.reprimandDispatchPdf(notice)))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "/UBND", "- CT, các PCT UBND tỉnh; - Lưu: VT.",
                    "KT. CHỦ TỊCH", "Lê Văn Ký");
            assertThat(text).doesNotContain("/UBND-");
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    private UnitSummary province(String code, String fileName) {
        try {
            return hierarchy.getByCode(code);
        } catch (OutOfScopeException absent) {
            unitImport.importGsoList(fileName, TestUnits.province(code));
            return hierarchy.getByCode(code);
        }
    }

    /** The office of that name, created once. */
    private OfficeSummary office(long unitId, OfficeForm form) {
        return offices.ofUnit(unitId).stream().filter(o -> o.name().equals(form.name())).findFirst()
                .orElseGet(() -> offices.create(form));
    }

    private CampaignDetails runningCampaign(UnitSummary province, Long receiving, Long drafting) {
        UnitSummary commune = hierarchy.browse(new UnitFilter(null, UnitLevel.COMMUNE), PageRequest.of(0, 5000)).stream()
                .filter(u -> u.path().startsWith(province.path())).findFirst().orElseThrow();
        CampaignDetails created = campaigns.create(new CampaignForm(province.id(),
                "Chiến dịch theo danh bạ " + System.nanoTime() % 1_000_000, null, null, null, DAY.minusDays(5),
                DAY.plusDays(20), new BigDecimal("60"), TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0),
                receiving, drafting, null, null, null, false, Thresholds.defaults(), List.of(), List.of()));
        baselines.importBaselines(created.id(), "baselines.csv",
                ("commune_code,population,smartphone_users,installs_at_start\n" + commune.code() + ",5000,3000,100\n")
                        .getBytes(StandardCharsets.UTF_8));
        return campaigns.activate(created.id(), created.version());
    }
}
