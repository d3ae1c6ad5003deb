package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportStatus;
import vn.gov.bluezone.reporting.ui.DailyReportView;

/**
 * Limited free text says how much room is left and never cuts: a counter under every limited field
 * of the report form and the return dialog, an over-limit message in the field, the service's
 * refusal; and a return without a reason says what is missing.
 */
@PortalSpringTest
class TextLimitsUiTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;

    @Test
    @WithUserDetails("xa.duclapha")
    void aTooLongNarrativeIsCountedFlaggedAndRefusedNotCut() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(3), today.plusDays(10));
        navigate(DailyReportView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("report-campaign");
        test(select).selectItem(campaign.name());

        TextArea results = $(TextArea.class).id("report-results");
        assertThat(results.getHelperText()).isEqualTo("0/4.000 ký tự");
        assertThat($(TextArea.class).id("report-other-forms").getHelperText()).isEqualTo("0/1.000 ký tự");
        assertThat($(TextArea.class).id("report-difficulties").getHelperText()).isEqualTo("0/2.000 ký tự");
        assertThat($(TextArea.class).id("report-proposals").getHelperText()).isEqualTo("0/2.000 ký tự");
        assertThat($(TextField.class).id("report-signer").getHelperText()).isEqualTo("0/120 ký tự");
        assertThat($(TextField.class).id("report-signer-title").getHelperText()).isEqualTo("0/120 ký tự");

        test(results).setValue("Đã vận động");
        assertThat(results.getHelperText()).isEqualTo("11/4.000 ký tự");
        assertThat(results.isInvalid()).isFalse();

        String tooLong = "a".repeat(DailyReportService.MAX_RESULTS + 1);
        test(results).setValue(tooLong);
        assertThat(results.getHelperText()).isEqualTo("4.001/4.000 ký tự");
        assertThat(results.isInvalid()).isTrue();
        assertThat(results.getErrorMessage()).isEqualTo("Quá 4.000 ký tự — hãy rút gọn");
        // nothing is cut: the whole text stays in the field for the user to shorten
        assertThat(results.getValue()).hasSize(DailyReportService.MAX_RESULTS + 1);

        test($(TextField.class).id("report-cumulative")).setValue("1100");
        test($(Button.class).id("report-submit")).click();
        assertThat(results.isInvalid()).isTrue();
        assertThat(results.getErrorMessage()).isNotBlank();
        assertThat(reports.open(campaign.id(), today).report()).isNull();

        // back within the limit: the over-limit message goes
        test(results).setValue("a".repeat(DailyReportService.MAX_RESULTS));
        assertThat(results.getHelperText()).isEqualTo("4.000/4.000 ký tự");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void returningWithoutAReasonSaysWhatIsMissing() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        ReportDetails submitted = as.call(ReportFixtures.COMMUNE,
                () -> reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100)));
        UI.getCurrent().navigate("reports/" + submitted.id());
        test($(Button.class).id("report-return")).click();

        TextArea comment = $(TextArea.class).id("return-comment");
        assertThat(comment.getHelperText()).isEqualTo("0/1.000 ký tự");
        test($(Button.class).id("return-confirm")).click();

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Nhập lý do trả lại (tối đa 1.000 ký tự).");
        assertThat($(Notification.class).all()).anyMatch(n -> text(n).contains(
                "Báo cáo chưa được trả lại. Ô “Lý do, nội dung cần chỉnh sửa”: Nhập lý do trả lại (tối đa 1.000 ký tự)."));
        assertThat($(Notification.class).all()).noneMatch(n -> text(n).contains("Dữ liệu nhập chưa hợp lệ"));
        assertThat(reports.get(submitted.id()).status()).isNotEqualTo(ReportStatus.RETURNED);

        test(comment).setValue("x".repeat(DailyReportService.MAX_COMMENT + 1));
        assertThat(comment.getHelperText()).isEqualTo("1.001/1.000 ký tự");
        assertThat(comment.getErrorMessage()).isEqualTo("Quá 1.000 ký tự — hãy rút gọn");
        test($(Button.class).id("return-confirm")).click();
        assertThat(reports.get(submitted.id()).status()).isNotEqualTo(ReportStatus.RETURNED);

        test(comment).setValue("Bổ sung số hộ đã vận động.");
        assertThat(comment.isInvalid()).isFalse();
        test($(Button.class).id("return-confirm")).click();
        assertThat(reports.get(submitted.id()).status()).isEqualTo(ReportStatus.RETURNED);
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "") + notification.getElement().getTextRecursively();
    }
}
