package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignService;

/** The reprimand dispatch rendered from test data (its real data comes with the compliance workflow). */
@PortalSpringTest
class ReprimandDispatchTest {

    ReprimandNotice notice() {
        return new ReprimandNotice(HistoricCampaign.idOf(campaigns), "Tỉnh Long An", "4937/UBND-VHXH ngày 17/8/2020",
            LocalDate.of(2020, 8, 21), List.of(
                    new ReprimandNotice.Item("Huyện Mộc Hóa", ReprimandNotice.Level.CRITICISE,
                            "tỷ lệ cài đặt 18,31 % số người dùng điện thoại thông minh, thấp nhất tỉnh; 3 xã không báo cáo"),
                    new ReprimandNotice.Item("Thành phố Tân An", ReprimandNotice.Level.REMIND,
                            "tỷ lệ cài đặt 31,94 %, dưới 80 % tiến độ")),
                "Nguyễn Văn Út");
    }

    @Autowired
    DocumentService documents;
    @Autowired
    AsUser as;
    @Autowired
    CampaignService campaigns;

    @Test
    void theDispatchIsACongVanToTheChairsOfTheDistrictsConcerned() throws IOException {
        byte[] pdf = as.call("tinh.lanhdao", () -> documents.reprimandDispatchPdf(notice()));
        Path out = Path.of("target", "documents", "reprimand-dispatch.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH LONG AN", "/UBND-VHXH", "V/v phê bình, nhắc nhở",
                    "Long An, ngày tháng năm", "Kính gửi:", "- Chủ tịch UBND huyện Mộc Hóa;",
                    "- Chủ tịch UBND thành phố Tân An.", "1. Phê bình", "Huyện Mộc Hóa: tỷ lệ cài đặt 18,31 %",
                    "2. Nhắc nhở", "3. Yêu cầu", "đến ngày 21/08/2020", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Út",
                    "Nơi nhận:", "- Sở Thông tin và Truyền thông tỉnh Long An;", "- Lưu: VT, VHXH.");
            // a draft is neither numbered nor dated: the board's day is the day the results refer to
            assertThat(text).doesNotContain("BÁO CÁO", "ngày 21 tháng 8 năm 2020", "UBND Huyện", "UBND Thành phố");
            PdfChecks.assertDecree30Pdf(document);
        }
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> documents.reprimandDispatchPdf(notice())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unitTypesAreLowerCaseInsideASentenceAndProperNamesKeepTheirCapitals() {
        assertThat(UnitNames.inSentence("Huyện Đức Hòa")).isEqualTo("huyện Đức Hòa");
        assertThat(UnitNames.inSentence("Thị xã Kiến Tường")).isEqualTo("thị xã Kiến Tường");
        assertThat(UnitNames.inSentence("Thành Phố Tân An")).isEqualTo("thành phố Tân An");
        assertThat(UnitNames.inSentence("Thị Trấn Hậu Nghĩa")).isEqualTo("thị trấn Hậu Nghĩa");
        assertThat(UnitNames.inSentence("Tỉnh Long An")).isEqualTo("tỉnh Long An");
        assertThat(UnitNames.inSentence("Đức Hòa")).isEqualTo("Đức Hòa");
    }

    @Test
    void onlyRemindersAreNumberedFromOne() throws IOException {
        ReprimandNotice reminders = new ReprimandNotice(HistoricCampaign.idOf(campaigns), "Tỉnh Long An", null, LocalDate.of(2020, 8, 20), List.of(
                new ReprimandNotice.Item("Huyện Đức Hòa", ReprimandNotice.Level.REMIND, "Xã Đức Lập Hạ: số liệu không đổi")),
                "Nguyễn Văn Út");
        byte[] pdf = as.call("tinh.lanhdao", () -> documents.reprimandDispatchPdf(reminders));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("1. Nhắc nhở Chủ tịch", "2. Yêu cầu Chủ tịch", "Chủ tịch UBND huyện Đức Hòa.",
                    "đến ngày 20/08/2020");
            assertThat(text).doesNotContain("3. Yêu cầu", "UBND Huyện", "ngày 20 tháng 8");
        }
    }

    @Test
    void datesFollowDecree30LeadingZeros() {
        assertThat(VietnameseDates.placeAndDate("Long An", LocalDate.of(2020, 8, 17))).isEqualTo("Long An, ngày 17 tháng 8 năm 2020");
        assertThat(VietnameseDates.placeAndDate("Long An", LocalDate.of(2021, 2, 5))).isEqualTo("Long An, ngày 05 tháng 02 năm 2021");
        assertThat(VietnameseDates.placeAndDate("Long An", LocalDate.of(2021, 1, 31))).isEqualTo("Long An, ngày 31 tháng 01 năm 2021");
        assertThat(VietnameseDates.placeAndDate("Long An", LocalDate.of(2021, 12, 9))).isEqualTo("Long An, ngày 09 tháng 12 năm 2021");
        assertThat(IssuedDocument.numberText(5, "BC-UBND")).isEqualTo("05/BC-UBND");
        assertThat(IssuedDocument.numberText(12, "BC-UBND")).isEqualTo("12/BC-UBND");
    }
}
