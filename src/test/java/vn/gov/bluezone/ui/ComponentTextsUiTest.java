package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.ui.CampaignListView;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.ui.UnitImportView;
import vn.gov.bluezone.notification.MessageStatus;
import vn.gov.bluezone.notification.Outbox;
import vn.gov.bluezone.notification.OutboxEntry;
import vn.gov.bluezone.notification.ui.OutboxView;
import vn.gov.bluezone.oversight.ui.DashboardView;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shell.PortalI18n;

/**
 * The Vaadin components' own texts (calendar, upload, drawer) are the portal's, in Vietnamese by
 * default and in English when chosen; and the administrator's outbox opens and filters.
 */
@PortalSpringTest
class ComponentTextsUiTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("tinh.sotttt")
    void theCalendarIsVietnameseWithDayMonthYearAndWeeksFromMonday() {
        navigate(DashboardView.class);
        DatePicker.DatePickerI18n i18n = $(DatePicker.class).id("dashboard-day").getI18n();
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy", "d/M/yyyy");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Hôm nay");
        assertThat(i18n.getCancel()).isEqualTo("Hủy");
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Tháng 1").endsWith("Tháng 12");
        assertThat(i18n.getWeekdays()).containsExactly("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu",
                "Thứ bảy");
        assertThat(i18n.getWeekdaysShort()).containsExactly("CN", "T2", "T3", "T4", "T5", "T6", "T7");
        assertThat(i18n.getBadInputErrorMessage()).startsWith("Ngày không hợp lệ");

        assertThat($(DrawerToggle.class).first().getAriaLabel()).contains("Ẩn/hiện thanh điều hướng");
        assertThat($(AppLayout.class).first().getI18n().getDrawer()).isEqualTo("Thanh điều hướng");
        assertThat($(SideNav.class).id("main-nav").getI18n().getToggle()).isEqualTo("Mở/đóng các mục con");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void theCampaignDialogsDateAndTimePickersAreVietnameseToo() {
        navigate(CampaignListView.class);
        test($(Button.class).id("campaign-create")).click();
        DatePicker start = $(DatePicker.class).id("campaign-start");
        assertThat(start.getI18n().getToday()).isEqualTo("Hôm nay");
        assertThat(start.getI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        TimePicker cutoff = $(TimePicker.class).first();
        assertThat(cutoff.getLocale()).isEqualTo(Locale.forLanguageTag("vi-VN"));
        assertThat(cutoff.getI18n().getBadInputErrorMessage()).startsWith("Giờ không hợp lệ");
    }

    @Test
    @WithUserDetails("admin")
    void theUploadSpeaksVietnameseAndNamesItsLimit() {
        navigate(UnitImportView.class);
        Upload upload = $(Upload.class).id("unit-upload");
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Chọn tệp…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("hoặc kéo thả tệp vào đây");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Tệp quá lớn (tối đa 5 MB).");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("Loại tệp này không được nhận.");
        assertThat(upload.getI18n().getUploading().getStatus().getConnecting()).isEqualTo("Đang kết nối…");
        assertThat(upload.getI18n().getUploading().getError().getServerUnavailable()).startsWith("Chưa tải lên được");
        assertThat(upload.getI18n().getFile().getRemove()).isEqualTo("Xóa");
    }

    @Test
    @WithUserDetails("admin")
    void inEnglishTheComponentsSpeakEnglish() {
        VaadinSession.getCurrent().setLocale(PortalI18n.ENGLISH);
        UI.getCurrent().setLocale(PortalI18n.ENGLISH);
        navigate(DashboardView.class);
        DatePicker.DatePickerI18n i18n = $(DatePicker.class).id("dashboard-day").getI18n();
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat($(DrawerToggle.class).first().getAriaLabel()).contains("Show or hide the navigation");

        navigate(UnitImportView.class);
        Upload upload = $(Upload.class).id("unit-upload");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Choose file…");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("The file is too large (at most 5 MB).");

        // figures are grouped the English way too (1,688,547 people, not 1.688.547)
        long province = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80").id());
        UI.getCurrent().navigate("units/" + province);
        assertThat($(Span.class).all().stream().map(span -> span.getText()))
                .anyMatch(text -> text.startsWith("1,688,547 people"))
                .noneMatch(text -> text.contains("1.688.547"));
    }

    @Autowired
    HierarchyService hierarchy;

    /** The outbox did not open at all: the status filter's label generator was handed null. */
    @Test
    @WithUserDetails("admin")
    void theAdministratorOpensTheOutboxAndFiltersItByStatus() {
        navigate(OutboxView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Hộp thư đi");
        @SuppressWarnings("unchecked")
        Select<MessageStatus> status = $(Select.class).id("outbox-status");
        assertThat(status.getValue()).isNull();
        assertThat(status.getItemLabelGenerator().apply(null)).isEqualTo("Mọi trạng thái");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = $(Grid.class).id("outbox-grid");
        assertThat(ids(grid)).isEqualTo(ids((MessageStatus) null));

        test(status).selectItem("Gửi không được");
        assertThat(status.getValue()).isEqualTo(MessageStatus.FAILED);
        assertThat(ids(grid)).isEqualTo(ids(MessageStatus.FAILED));
        test(status).selectItem("Chờ gửi");
        assertThat(ids(grid)).isEqualTo(ids(MessageStatus.PENDING));
    }

    @Autowired
    Outbox outbox;

    /** The ids of the messages the grid shows (its first page). */
    private List<Long> ids(Grid<OutboxEntry> grid) {
        return IntStream.range(0, Math.min(test(grid).size(), 50))
                .mapToObj(row -> test(grid).getRow(row).id()).toList();
    }

    /** The ids the outbox holds with that status (all of them when null), newest first as listed. */
    private List<Long> ids(MessageStatus status) {
        return outbox.list(status, PageRequest.of(0, 50)).stream().map(OutboxEntry::id)
                .toList();
    }
}
