package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.ui.AuditLogView;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shell.NotFoundOrDeniedView;
import vn.gov.bluezone.shell.OutOfScopeView;

/** The audit log reads in words: reasons, unit names, refused pages; the raw entry one click away. */
@PortalSpringTest
class AuditLogUiTest extends SpringBrowserlessTest {

    static final int SUMMARY = 6;
    static final int UNIT = 5;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MutableClock clock;
    @Autowired
    DailyReportService reports;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFailedLoginReadsAsWordsAndAUnitByItsName() {
        String typed = "ai.do." + System.nanoTime() % 1_000_000;
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(typed, "sai-mat-khau"),
                new BadCredentialsException("Bad credentials")));
        var commune = userDetails.loadUserByUsername("xa.duclapha");
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(commune, null, commune.getAuthorities())));
        String communeName = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27958").name());

        signIn("admin");
        navigate(AuditLogView.class);
        test($(TextField.class).id("audit-actor")).setValue(typed);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Đăng nhập thất bại");
        assertThat(test(grid).getCellText(0, SUMMARY)).isEqualTo("Sai mật khẩu hoặc tên đăng nhập");
        // a name typed at a failed login is no account: shown as typed
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(typed);
        assertThat(rowText(grid, 0)).doesNotContain("BadCredentialsException", "Exception");
        // the technical detail is one click away
        test((Button) test(grid).getCellComponent(0, 7)).click();
        assertThat($(Dialog.class).id("audit-raw-dialog").getElement().getTextRecursively())
                .contains("BadCredentialsException", "LOGIN_FAILED");

        test($(TextField.class).id("audit-actor")).setValue("xa.duclapha");
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = $(Select.class).id("audit-action");
        action.setValue(AuditAction.LOGIN);
        assertThat(test(grid).size()).isPositive();
        assertThat(test(grid).getCellText(0, UNIT)).isEqualTo(communeName).doesNotContain("/");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Phạm Thị Lập (xa.duclapha)");
    }

    @Test
    void refusedPagesAndRecordsAreRecordedOnceAMinuteAndShownInWords() {
        // past any earlier test's refused pages: each test starts a fresh minute
        clock.advance(Duration.ofMinutes(5));
        // to the second: the embedded database keeps less of an instant than the clock gives
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long provinceId = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80").id());

        signIn("huyen.duchoa");
        for (int reload = 0; reload < 5; reload++) {
            UI.getCurrent().navigate("audit");
            assertThat(getCurrentView()).isInstanceOf(NotFoundOrDeniedView.class);
            UI.getCurrent().navigate("units/" + provinceId);
            assertThat(getCurrentView()).isInstanceOf(OutOfScopeView.class);
            UI.getCurrent().navigate("");
        }
        assertThat(denied(start)).hasSize(2);
        clock.advance(Duration.ofSeconds(61));
        UI.getCurrent().navigate("audit");
        assertThat(denied(start)).extracting(AuditEntry::getTarget)
                .containsExactlyInAnyOrder("/audit", "/units/" + provinceId, "/audit");

        signIn("admin");
        navigate(AuditLogView.class);
        test($(TextField.class).id("audit-actor")).setValue("huyen.duchoa");
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = $(Select.class).id("audit-action");
        action.setValue(AuditAction.ACCESS_DENIED);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("audit-grid");
        List<String> summaries = IntStream.range(0, 3).mapToObj(row -> test(grid).getCellText(row, SUMMARY)).toList();
        assertThat(summaries).contains("Mở trang không tồn tại hoặc không được phép: /audit",
                "Mở hồ sơ không tồn tại hoặc ngoài phạm vi quản lý: /units/" + provinceId);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Truy cập bị từ chối");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Bị từ chối");
    }

    @Test
    void anAmendedReportReadsByTheFormsLabelsWithVietnameseFigures() {
        LocalDate today = reports.today();
        CampaignDetails campaign = fixtures.campaign(today.minusDays(3), today.plusDays(20));
        LocalDate day = today.minusDays(1);
        ReportDetails first = as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, day, 1100)));
        as.call(ReportFixtures.PROVINCE_OFFICER, () -> reports.returnForCorrection(first.id(), "Xem lại số liệu.",
                first.version()));
        ReportDetails returned = as.call(ReportFixtures.COMMUNE, () -> reports.get(first.id()));
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.amend(returned, 1150)));

        signIn("admin");
        navigate(AuditLogView.class);
        test($(TextField.class).id("audit-actor")).setValue(ReportFixtures.COMMUNE);
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = $(Select.class).id("audit-action");
        action.setValue(AuditAction.REPORT_AMENDED);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("audit-grid");
        String dayShown = VietnameseFormats.date(day);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("27958 " + dayShown);
        assertThat(test(grid).getCellText(0, SUMMARY)).isEqualTo("Số người đã cài đặt (lũy kế): 1.100 → 1.150")
                .doesNotContain("cumulative");

        action.setValue(AuditAction.REPORT_SUBMITTED);
        assertThat(test(grid).getCellText(0, SUMMARY)).contains("Hộ gia đình: — → 40", "1.100")
                .doesNotContain("work.", "signerName");
        action.setValue(AuditAction.REPORT_RETURNED);
        test($(TextField.class).id("audit-actor")).setValue(ReportFixtures.PROVINCE_OFFICER);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("27958 " + dayShown);
        assertThat(test(grid).getCellText(0, SUMMARY)).isEqualTo("Xem lại số liệu.");
        // the stored text stays one click away
        test((Button) test(grid).getCellComponent(0, 7)).click();
        assertThat($(Dialog.class).id("audit-raw-dialog").getElement().getTextRecursively()).contains(day.toString());
    }

    private List<AuditEntry> denied(Instant since) {
        return SystemAccess.runAsSystem(() -> auditLog.search("huyen.duchoa", AuditAction.ACCESS_DENIED, since,
                PageRequest.of(0, 50, Sort.by("id")))).getContent();
    }

    private String rowText(Grid<Object> grid, int row) {
        return String.join(" | ", IntStream.range(0, 7).mapToObj(column -> test(grid).getCellText(row, column)).toList());
    }

    private void signIn(String username) {
        var user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
