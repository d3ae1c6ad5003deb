package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;

@PortalSpringTest
class ReportDocumentUiTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;

    @Test
    @WithUserDetails("xa.duclapha")
    void theCommuneDownloadsAndIssuesItsReport() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        var report = reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100));
        UI.getCurrent().navigate("reports/" + report.id() + "/document");
        assertThat($(Anchor.class).id("document-pdf").getText()).isEqualTo("Tải văn bản báo cáo (PDF)");
        test($(Button.class).id("document-issue")).click();
        assertThat($(Paragraph.class).id("document-outcome").getText()).matches("Đã ban hành văn bản số \\d{2,}/BC-UBND\\.");
        assertThat($(Div.class).id("document-versions").getElement().getTextRecursively())
                .matches("Số \\d{2,}/BC-UBND ngày \\d{2}/\\d{2}/\\d{4} Khớp với số liệu hiện tại");
        // unchanged figures: the same number, and the page says so
        test($(Button.class).id("document-issue")).click();
        assertThat($(Paragraph.class).id("document-outcome").getText())
                .matches("Văn bản số \\d{2,}/BC-UBND đã được ban hành và khớp với số liệu hiện tại; không cấp số mới\\.");
    }
}
