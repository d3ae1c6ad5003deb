package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.CampaignStatus;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * The documents and the board of a two-level province (Tây Ninh since 1/7/2025, the demo's live
 * campaign, Sở KH&CN receiving): no district anywhere, the communes ranked and addressed directly,
 * every document still in the Decree 30 layout.
 */
@TodaySpringTest
class TwoLevelDocumentsTest {

    @Autowired
    DocumentService documents;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ComplianceBoardService board;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AsUser as;

    CampaignDetails live() {
        return as.call("tayninh.canbo", () -> campaigns.visibleCampaigns()).stream()
                .filter(c -> c.status() == CampaignStatus.ACTIVE).findFirst().orElseThrow();
    }

    @Test
    void theProvincialSummaryRanksTheCommunesDirectly() throws IOException {
        CampaignDetails campaign = live();
        LocalDate day = campaign.startDate().plusDays(2);
        byte[] pdf = as.call("tayninh.canbo", () -> documents.provincialSummaryPdf(campaign.id(), day));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("UBND TỈNH TÂY NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "/BC-SKHCN",
                    "Kính gửi: Chủ tịch UBND tỉnh Tây Ninh.",
                    "I. KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU (XẾP HẠNG THEO TỶ LỆ)", "Xã Đức Lập", "Phường Long An",
                    "Tổng cộng", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Minh Khoa");
            assertThat(text).doesNotContain("HUYỆN", "Huyện", "THÔNG TIN VÀ TRUYỀN THÔNG");
            PdfChecks.assertDecree30Pdf(document);
            PdfChecks.assertPageNumbers(document);
            PdfChecks.assertClosingFollowsTheBody(document);
        }
    }

    /**
     * The map a source in compliance would give: Tây Ninh's 96 communes from their boundaries, each
     * classed by the board's traffic light of the day (grey without a figure), found by code; the
     * summary shows it after the ranked communes, before the late ones, in the Decree 30 layout.
     */
    @Test
    void theProvincialSummaryShowsTheCommunesClassedByTheBoardsLight() throws IOException {
        CampaignDetails campaign = live();
        LocalDate day = campaign.startDate().plusDays(2);
        List<BoardRow> rows = as.call("tayninh.canbo", () -> board.board(campaign.id(), day, BoardLevel.COMMUNE));
        Map<String, Color> classes = new HashMap<>();
        for (BoardRow row : rows) {
            classes.put(row.code(), row.figureDate() == null ? MapImageTest.GREY : switch (row.finding().light()) {
                case GREEN -> MapImageTest.GREEN;
                case AMBER -> MapImageTest.AMBER;
                case RED -> MapImageTest.RED;
            });
        }
        List<SummaryMap.Area> areas = MapImageTest.tayNinh(classes::get);
        assertThat(areas).as("every commune of the boundaries is on the board").hasSize(96)
                .allSatisfy(area -> assertThat(area.fill()).as(area.name()).isNotNull());
        SummaryMap map = new SummaryMap(null, areas, MapImageTest.LEGEND, null);
        byte[] pdf = TestMapSource.showing(map, () -> as.call("tayninh.canbo",
                () -> documents.provincialSummaryPdf(campaign.id(), day)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ProvincialSummaryMapTest.imageWidths(document)).containsExactly(1600);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String caption = "Hình 1. Bản đồ mức độ bao phủ theo xã, ngày " + VietnameseFormats.date(day);
            assertThat(text.indexOf(caption)).isGreaterThan(text.indexOf("Tổng cộng"))
                    .isLessThan(text.indexOf("II. CÁC XÃ BÁO CÁO TRỄ HẠN"));
            PdfChecks.assertDecree30Pdf(document);
            PdfChecks.assertPageNumbers(document);
            PdfChecks.assertClosingFollowsTheBody(document);
        }
    }

    @Test
    void theDispatchOfATwoLevelProvinceAddressesTheChairsOfTheCommunes() throws IOException {
        CampaignDetails campaign = live();
        ReprimandNotice notice = new ReprimandNotice(campaign.id(), "Tỉnh Tây Ninh", null, campaign.startDate().plusDays(3),
                List.of(new ReprimandNotice.Item("Xã Đức Lập", ReprimandNotice.Level.CRITICISE, "tỷ lệ cài đặt thấp nhất tỉnh"),
                        new ReprimandNotice.Item("Phường Long An", ReprimandNotice.Level.REMIND, "hai ngày không báo cáo")),
                "Võ Thị Ninh", ReprimandNotice.Addressees.COMMUNES);
        byte[] pdf = as.call("tayninh.lanhdao", () -> documents.reprimandDispatchPdf(notice));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "/UBND-KGVX",
                    "Chủ tịch UBND xã Đức Lập", "Chủ tịch UBND phường Long An",
                    "Phê bình Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu sau đây",
                    "Nhắc nhở Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu sau đây",
                    "Sở Khoa học và Công nghệ tỉnh Tây Ninh", "Lưu: VT, KGVX");
            assertThat(text).doesNotContain("huyện", "Huyện");
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    @Test
    void theBoardRanksCommunesAndHasNoDistrictLevel() {
        CampaignDetails campaign = live();
        LocalDate day = campaign.startDate().plusDays(2);
        List<BoardRow> communes = as.call("tayninh.canbo", () -> board.board(campaign.id(), day, BoardLevel.COMMUNE));
        assertThat(communes).hasSize(96);
        assertThat(communes).extracting(BoardRow::rank).startsWith(1, 2, 3);
        assertThat(as.call("tayninh.canbo", () -> board.board(campaign.id(), day, BoardLevel.DISTRICT))).isEmpty();
        assertThat(as.call("tayninh.canbo", () -> hierarchy.hasDistricts(campaign.provincePath()))).isFalse();
        assertThat(as.call("tinh.sotttt", () -> hierarchy.hasDistricts("/80/"))).isTrue();
    }
}
