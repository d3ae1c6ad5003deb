package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.VietnameseFormats;

@PortalSpringTest
class ReportDocumentUiTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    WebApplicationContext context;

    @Test
    @WithUserDetails("xa.duclapha")
    void theCommuneDownloadsAndIssuesItsReport() throws Exception {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        var report = reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100));
        UI.getCurrent().navigate("reports/" + report.id() + "/document");
        assertThat($(H2.class).id("document-title").getText())
                .isEqualTo("Báo cáo ngày " + VietnameseFormats.date(today.minusDays(1)) + " — Xã Đức Lập Hạ");
        assertThat($(Anchor.class).id("document-pdf").getText()).isEqualTo("Xem bản PDF");
        assertThat($(Anchor.class).id("document-docx").getText()).isEqualTo("Tải bản DOCX");
        assertOneClickGivesThePdf($(Anchor.class).id("document-pdf"), ReportFixtures.COMMUNE, "Số:      /BC-UBND");
        test($(Button.class).id("document-issue")).click();
        assertThat($(Paragraph.class).id("document-outcome").getText()).matches("Đã ban hành văn bản số \\d{2,}/BC-UBND\\.");
        assertThat($(Div.class).id("document-versions").getElement().getTextRecursively())
                .matches("Số \\d{2,}/BC-UBND ngày \\d{2}/\\d{2}/\\d{4} Khớp với số liệu hiện tại"
                        + " · Ký số: .+ – ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ");
        // the PDF link now gives the issued file, with its number
        String number = $(Paragraph.class).id("document-outcome").getText().replaceAll("\\D+", "");
        assertOneClickGivesThePdf($(Anchor.class).id("document-pdf"), ReportFixtures.COMMUNE, "Số: " + number + "/BC-UBND");
        // unchanged figures: the same number, and the page says so
        test($(Button.class).id("document-issue")).click();
        assertThat($(Paragraph.class).id("document-outcome").getText())
                .matches("Văn bản số \\d{2,}/BC-UBND đã được ban hành và khớp với số liệu hiện tại; không cấp số mới\\.");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void theReportPageLinksStraightToItsPdfAndToTheDocumentPage() throws Exception {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        var report = as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100)));
        UI.getCurrent().navigate("reports/" + report.id());
        Anchor pdf = $(Anchor.class).id("report-document-pdf");
        Anchor page = $(Anchor.class).id("report-document-link");
        assertThat(pdf.getText()).isEqualTo("Xem bản PDF");
        assertThat(page.getText()).isEqualTo("Văn bản báo cáo và các bản đã ban hành").isNotEqualTo(pdf.getText());
        assertThat(page.getHref()).isEqualTo("reports/" + report.id() + "/document");
        assertOneClickGivesThePdf(pdf, "huyen.duchoa", "Xã Đức Lập Hạ".toUpperCase(Locale.forLanguageTag("vi")));
        // another commune following the same address gets "not found", as for an unknown report
        assertThat(follow(pdf, ReportFixtures.OTHER_COMMUNE).getResponse().getStatus()).isEqualTo(404);
    }

    /** Following the link once (as the signed-in user) answers with the report's PDF, shown in the browser. */
    private void assertOneClickGivesThePdf(Anchor link, String username, String expectedText) throws Exception {
        assertThat(link.getHref()).matches("reports/\\d+/document\\.pdf");
        // the browser fetches the file (in a new tab) rather than the router navigating to the page
        assertThat(link.isRouterIgnore()).isTrue();
        MvcResult result = follow(link, username);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains(expectedText);
        }
    }

    /**
     * The request the browser makes for the link, through Spring MVC's routing, as the signed-in user.
     * (The portal's filter chain is left out: in this mock web environment Vaadin's request matcher has
     * no servlet and no routes, so it would refuse every page alike. On the server the address is the
     * document page's route, which the chain lets a signed-in user reach.)
     */
    private MvcResult follow(Anchor link, String username) {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        return as.call(username, () -> {
            try {
                return mvc.perform(get("/" + link.getHref())).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
