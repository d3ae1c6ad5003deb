package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.ui.MaterialsView;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportingRules;
import vn.gov.bluezone.reporting.ui.DailyReportView;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shell.OutOfScopeView;

/** The commune's report form and the district's report page, driven without a browser. */
@PortalSpringTest
class DailyReportUiTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    DailyReportService reports;

    @Autowired
    AsUser as;

    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithUserDetails("xa.duclapha")
    void aCommuneFillsSubmitsAmendsAndSeesTheHistory() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(3), today.plusDays(10));
        navigate(DailyReportView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("report-campaign");
        test(select).selectItem(campaign.name());

        TextField cumulative = $(TextField.class).id("report-cumulative");
        test(cumulative).setValue("1.100");
        String readout = $(Div.class).id("report-readout").getElement().getTextRecursively();
        assertThat(readout).contains("Tăng so với hôm trước: 100", "Tỷ lệ trên dân số: 11,00 %",
                "Tỷ lệ trên người dùng điện thoại thông minh: 18,33 %");

        test(cumulative).setValue("12a");
        test($(Button.class).id("report-submit")).click();
        assertThat(cumulative.isInvalid()).isTrue();
        assertThat(cumulative.getErrorMessage()).isEqualTo("Phải là số nguyên không âm, ví dụ 1.250.");

        test(cumulative).setValue("900");
        test($(TextField.class).id("report-signer")).setValue("Phạm Thị Lập");
        test($(Button.class).id("report-submit")).click();
        assertThat(cumulative.getErrorMessage()).isEqualTo("Số lũy kế không được nhỏ hơn số đã báo cáo ngày trước.");

        test(cumulative).setValue("1100");
        test($(TextArea.class).id("report-results")).setValue("<b>Đã vận động</b> 40 hộ");
        test($(Button.class).id("report-submit")).click();
        assertThat($(Span.class).id("report-state").getText()).isEqualTo("Đã gửi");
        DayStatus expected = ReportingRules.status(today, campaign.cutoffTime(), Instant.now(), Instant.now());
        assertThat($(Span.class).id("report-status").getElement().getTextRecursively())
                .contains(expected == DayStatus.ON_TIME ? "Đúng hạn" : "Trễ hạn");
        assertThat($(Button.class).id("report-submit").getText()).isEqualTo("Gửi bổ sung");

        test(cumulative).setValue("1150");
        test($(Button.class).id("report-submit")).click();
        assertThat($(Span.class).id("report-state").getText()).isEqualTo("Đã gửi bổ sung");
        List<String> history = historyEntries();
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).contains("Gửi bổ sung", "Số người đã cài đặt (lũy kế): 1.100 → 1.150");
        assertThat($(TextArea.class).id("report-results").getValue()).isEqualTo("<b>Đã vận động</b> 40 hộ");
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void theHistoryReadsInTheFormsWordsAndVietnameseFigures() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(10));
        navigate(DailyReportView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("report-campaign");
        test(select).selectItem(campaign.name());
        test($(TextField.class).id("report-cumulative")).setValue("3836");
        test($(TextField.class).id("work-HOUSEHOLDS")).setValue("12");
        test($(TextField.class).id("report-signer")).setValue("Phạm Thị Lập");
        test($(Button.class).id("report-submit")).click();
        test($(ConfirmDialog.class).id("report-confirm")).confirm();
        assertThat($(Span.class).id("report-state").getText()).isEqualTo("Đã gửi");

        test($(TextField.class).id("report-cumulative")).setValue("3902");
        test($(TextField.class).id("work-HOUSEHOLDS")).setValue("1250");
        test($(TextField.class).id("report-signer")).setValue("Nguyễn Văn Ký");
        test($(Button.class).id("report-submit")).click();
        // still a jump from the day before: confirmed again
        test($(ConfirmDialog.class).id("report-confirm")).confirm();
        assertThat($(Span.class).id("report-state").getText()).isEqualTo("Đã gửi bổ sung");

        List<String> history = historyEntries();
        assertThat(history).hasSize(2);
        // who: the account's name, not its login
        assertThat(history.get(1)).contains("Gửi bổ sung", "Phạm Thị Lập",
                "Số người đã cài đặt (lũy kế): 3.836 → 3.902", "Hộ gia đình: 12 → 1.250",
                "Người ký: Phạm Thị Lập → Nguyễn Văn Ký");
        assertThat(String.join("\n", history)).doesNotContain("xa.duclapha", "cumulative", "work.", "HOUSEHOLDS", "signerName", "3836",
                "3902");
        // the district reads the same words on the report's page
        long id = reports.ownDays(campaign.id()).getFirst().reportId();
        as.run("huyen.duchoa", () -> {
            UI.getCurrent().navigate("reports/" + id);
            assertThat(historyEntries().get(1)).contains("Số người đã cài đặt (lũy kế): 3.836 → 3.902");
        });
    }

    private List<String> historyEntries() {
        return $(Div.class).from($(Div.class).id("report-history")).withClassName("portal-history-entry").all().stream()
                .map(entry -> entry.getElement().getTextRecursively()).toList();
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void aJumpAsksForConfirmationBeforeAnythingIsStored() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(10));
        navigate(DailyReportView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("report-campaign");
        test(select).selectItem(campaign.name());
        test($(TextField.class).id("report-cumulative")).setValue("2000");
        test($(TextField.class).id("report-signer")).setValue("Phạm Thị Lập");
        test($(Button.class).id("report-submit")).click();
        var dialog = $(ConfirmDialog.class).id("report-confirm");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reports.ownDays(campaign.id()).getFirst().reportId()).isNull();
        test(dialog).confirm();
        assertThat($(Span.class).id("report-state").getText()).isEqualTo("Đã gửi");
        assertThat(reports.ownDays(campaign.id()).getFirst().reportId()).isNotNull();
    }

    @Test
    void anotherCommunesReportOpenedByUrlIsRefused() {
        LocalDate today = SystemAccess.runAsSystem(() -> reports.today());
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        var theirs = as.call("xa.duclapha", () -> reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100)));
        var user = userDetails.loadUserByUsername(ReportFixtures.OTHER_COMMUNE);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        UI.getCurrent().navigate("reports/" + theirs.id());
        assertThat(getCurrentView()).isInstanceOf(OutOfScopeView.class);
        UI.getCurrent().navigate("report");
        assertThat(getCurrentView()).isInstanceOf(DailyReportView.class);
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void theMaterialsOfTheDispatchAreListedWithTheirLinks() {
        navigate(MaterialsView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("materials-campaign");
        test(select).selectItem("Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)");
        List<Anchor> links = $(Anchor.class)
                .from($(Div.class).id("materials-list")).all();
        assertThat(links).hasSize(10);
        assertThat(links.getFirst().getHref()).startsWith("https://");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aDistrictOfficerOpensAReportAndReturnsIt() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        var submitted = as.call("xa.duclapha", () -> reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100)));
        UI.getCurrent().navigate("reports/" + submitted.id());
        assertThat($(H2.class).id("report-detail-title").getText()).isEqualTo("Báo cáo của Xã Đức Lập Hạ ngày "
                + VietnameseFormats.date(today.minusDays(1)));
        test($(Button.class).id("report-return")).click();
        test($(TextArea.class).id("return-comment")).setValue("Bổ sung số hộ đã vận động.");
        test($(Button.class).id("return-confirm")).click();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("Bổ sung số hộ đã vận động."));
    }
}
