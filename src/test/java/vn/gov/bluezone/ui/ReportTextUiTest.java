package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ui.DailyReportView;

/**
 * Text typed or pasted into the report form and the return dialog is stored composed (NFC) and
 * without control, bidirectional, zero-width or lone surrogate characters (decision 0016).
 */
@PortalSpringTest
class ReportTextUiTest extends SpringBrowserlessTest {

    /** 120 characters once composed: "Phạm Thị Lập " nine times and "Phạ". */
    static final String LONG_NAME = "Phạm Thị Lập ".repeat(9) + "Phạ";

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void theFormStoresDecomposedAndInvisibleCharactersAsCleanComposedText() {
        assertThat(LONG_NAME).hasSize(DailyReportService.MAX_SIGNER);
        String typedName = "\uFEFF" + nfd(LONG_NAME).replace("Lập", "L\u200Bập") + "\u0000";
        assertThat(typedName.length()).isGreaterThan(DailyReportService.MAX_SIGNER + 30);

        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(3), today.plusDays(10));
        navigate(DailyReportView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("report-campaign");
        test(select).selectItem(campaign.name());

        TextField signer = $(TextField.class).id("report-signer");
        // the browser must let the decomposed name through: the service, not maxlength, counts it
        assertThat(signer.getMaxLength()).isGreaterThanOrEqualTo(typedName.length());
        test($(TextField.class).id("report-cumulative")).setValue("1\u200B100");
        test(signer).setValue(typedName);
        test($(TextField.class).id("report-signer-title")).setValue("Phó Chủ tịch\u0007 UBND xã\u202E");
        test($(TextArea.class).id("report-results")).setValue(
                nfd("Đã vận động 40 hộ") + "\r\n\u202Egnp.exe\uD800 đính kèm\u001B");
        test($(Button.class).id("report-submit")).click();
        assertThat($(Span.class).id("report-state").getText()).isEqualTo("Đã gửi");

        ReportDetails stored = reports.open(campaign.id(), today).report();
        assertThat(stored.cumulativeInstalls()).isEqualTo(1100);
        assertThat(stored.signerName()).isEqualTo(LONG_NAME).hasSize(120);
        assertThat(stored.signerTitle()).isEqualTo("Phó Chủ tịch UBND xã");
        assertThat(stored.results()).isEqualTo("Đã vận động 40 hộ\ngnp.exe đính kèm");
        // and the form shows what was stored once it is reloaded
        assertThat($(TextField.class).id("report-signer").getValue()).isEqualTo(LONG_NAME);
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aReturnCommentIsStoredClean() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        ReportDetails submitted = as.call(ReportFixtures.COMMUNE,
                () -> reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100)));
        UI.getCurrent().navigate("reports/" + submitted.id());
        test($(Button.class).id("report-return")).click();
        test($(TextArea.class).id("return-comment")).setValue(
                "\u200B" + nfd("Bổ sung số hộ") + "\u0000\r\nxem tệp \u202Efdp.exe\u2066");
        test($(Button.class).id("return-confirm")).click();

        assertThat(reports.get(submitted.id()).returnComment()).isEqualTo("Bổ sung số hộ\nxem tệp fdp.exe");
    }
}
