package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.ui.AuditLogView;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.hierarchy.ui.UnitBrowserView;
import vn.gov.bluezone.hierarchy.ui.UnitImportView;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.identity.ui.ChangePasswordView;
import vn.gov.bluezone.identity.ui.LoginView;
import vn.gov.bluezone.identity.ui.UserListView;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shell.HomeView;
import vn.gov.bluezone.shell.NotFoundOrDeniedView;
import vn.gov.bluezone.shell.OutOfScopeView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/** The views, driven without a browser against the real services and database. */
@PortalSpringTest
class PortalUiTest extends SpringBrowserlessTest {

    @Autowired
    HierarchyService hierarchy;

    @Autowired
    UserAdminService users;

    @Test
    @WithAnonymousUser
    void theLoginPageIsVietnameseAndHasOneMessageForEveryFailure() {
        LoginForm form = navigate(LoginView.class).getChildren().filter(LoginForm.class::isInstance)
                .map(LoginForm.class::cast).findFirst().orElseThrow();
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("\"title\":\"Đăng nhập\"", "\"username\":\"Tên đăng nhập\"",
                "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút.");
        assertThat(form.isError()).isFalse();
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm failed = ((LoginView) getCurrentView()).getChildren()
                .filter(LoginForm.class::isInstance).map(LoginForm.class::cast).findFirst().orElseThrow();
        assertThat(failed.isError()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void theLanguageCanBeChosenOnTheLoginPage() {
        navigate(LoginView.class);
        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).id("language");
        assertThat(language.getValue().getLanguage()).isEqualTo("vi");
        test(language).selectItem("English");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        test(language).selectItem("Tiếng Việt");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void aCommuneOfficerSeesOnlyWhatItMayUse() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Báo cáo hằng ngày", "Tài liệu tuyên truyền", "Văn bản", "Xác minh văn bản", "Đơn vị hành chính");
        assertThat($(Span.class).id("current-user-unit").getText()).isEqualTo("Cán bộ cấp xã · Xã Đức Lập Hạ");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aDistrictOfficerManagesUsersButNotUnitsOrTheAuditLog() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Tổng quan", "Báo cáo các xã", "Bảng tuân thủ", "Phê bình, nhắc nhở", "Chiến dịch trên đơn vị hiện nay",
                "Tài liệu tuyên truyền", "Văn bản", "Xác minh văn bản", "Đơn vị hành chính",
                "Người dùng");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesEverything() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Tổng quan", "Báo cáo các xã", "Bảng tuân thủ", "Phê bình, nhắc nhở", "Chiến dịch trên đơn vị hiện nay",
                "Tài liệu tuyên truyền", "Chiến dịch", "Văn bản", "Xác minh văn bản",
                "Đơn vị hành chính", "Nhập danh mục đơn vị", "Cơ quan, đơn vị", "Người dùng", "Nhật ký hệ thống", "Hộp thư đi");
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void aViewTheRoleMayNotOpenIsRefusedWithAMessage() {
        UI.getCurrent().navigate("users");
        assertThat(getCurrentView()).isInstanceOf(NotFoundOrDeniedView.class);
        assertThat($(H2.class).id("error-title").getText()).isEqualTo("Không mở được trang");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void anotherDistrictsUnitOpenedByIdIsRefusedWithAMessage() {
        long benLuc = SystemAccess.runAsSystem(() -> hierarchy.getByCode("803").id());
        UI.getCurrent().navigate("units/" + benLuc);
        assertThat(getCurrentView()).isInstanceOf(OutOfScopeView.class);
        assertThat($(H2.class).id("error-title").getText()).isEqualTo("Không tìm thấy hồ sơ");

        long ownCommune = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27958").id());
        UI.getCurrent().navigate("units/" + ownCommune);
        assertThat($(H2.class).id("unit-name").getText()).isEqualTo("Xã Đức Lập Hạ");
        // the district sees the commune's history (its reports are on it); the commune itself does not
        assertThat($(Grid.class).withId("unit-history").exists()).isTrue();
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void theUnitBrowserFiltersWithoutDiacritics() {
        navigate(UnitBrowserView.class);
        assertThat($(Span.class).id("unit-count").getText()).isEqualTo("21 đơn vị");
        test($(TextField.class).id("unit-filter")).setValue("hau nghia");
        @SuppressWarnings("unchecked")
        Grid<UnitSummary> grid = $(Grid.class).id("unit-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Thị trấn Hậu Nghĩa");
        assertThat($(Span.class).id("unit-count").getText()).isEqualTo("1 đơn vị");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aDistrictOfficerCreatesACommuneUserAndGetsATemporaryPassword() {
        String username = "ui.huuthanh." + System.nanoTime() % 100_000;
        navigate(UserListView.class);
        test($(Button.class).id("create-user")).click();
        test($(TextField.class).id("user-username")).setValue(username);
        test($(TextField.class).id("user-fullname")).setValue("Ngô Thị Hựu");
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).id("user-role");
        test(role).selectItem("Cán bộ cấp xã");
        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unit = $(ComboBox.class).id("user-unit");
        test(unit).selectItem("Xã Hựu Thạnh");
        test($(Button.class).id("user-save")).click();

        String password = $(Paragraph.class).id("temporary-password").getText();
        assertThat(password).hasSize(12);
        var created = users.list(username, PageRequest.of(0, 5)).getContent();
        assertThat(created).singleElement().satisfies(user -> {
            assertThat(user.unitName()).isEqualTo("Xã Hựu Thạnh");
            assertThat(user.role()).isEqualTo(Role.COMMUNE_OFFICER);
            assertThat(user.mustChangePassword()).isTrue();
        });
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aDistrictOfficerCannotGiveARoleAboveCommune() {
        navigate(UserListView.class);
        test($(Button.class).id("create-user")).click();
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).id("user-role");
        assertThat(role.getListDataView().getItems().toList()).containsExactly(Role.COMMUNE_OFFICER);
    }

    @Test
    @WithUserDetails("admin")
    void aBadUnitFileShowsEveryProblemByRowAndStoresNothing() {
        navigate(UnitImportView.class);
        String csv = "province_code,province_name,district_code,district_name,commune_code,commune_name\n"
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,27958,Xã Đức Lập Hạ\n"
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,27958,Xã Đức Lập Hạ\n"
                + "80,Tỉnh Long An,,Huyện Đức Hòa,27999,Xã Không Có\n";
        test($(Upload.class).id("unit-upload")).upload("bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat($(Paragraph.class).id("import-outcome").getText())
                .isEqualTo("Tệp bị từ chối, không có dữ liệu nào được lưu: 2 lỗi.");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(List.of(test(problems).getCellText(0, 0), test(problems).getCellText(1, 0))).containsExactly("3", "4");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("Mã 27958 bị trùng: đã có ở dòng 2.");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void theLanguageCanBeSwitchedToEnglish() {
        navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).id("language");
        test(language).selectItem("English");
        navigate(HomeView.class);
        assertThat($(H2.class).id("home-greeting").getText()).isEqualTo("Welcome, Nguyễn Thị Thông");
        assertThat(menu()).contains("Administrative units", "Users");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorReadsTheAuditLog() {
        navigate(AuditLogView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> audit = $(Grid.class).id("audit-grid");
        assertThat(test(audit).size()).isPositive();
        List<String> actions = IntStream.range(0, Math.min(test(audit).size(), 200))
                .mapToObj(row -> test(audit).getCellText(row, 2)).toList();
        assertThat(actions).contains("Tạo người dùng", "Nhập danh mục đơn vị");
    }

    @Test
    void aUserWithAPasswordSetBySomeoneElseMustChangeItFirst() {
        String username = "ui.firstlogin." + System.nanoTime() % 100_000;
        long unitId = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27985").id());
        String temporary = SystemAccess.runAsSystem(() -> users.create(new UserDetailsForm(
                username, "Lý Văn Mới", null, null, Role.COMMUNE_OFFICER, unitId))).temporaryPassword();
        signIn(username);

        UI.getCurrent().navigate("units");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat($(Paragraph.class).id("must-change").getText()).startsWith("Mật khẩu của bạn do người khác đặt");

        test($(PasswordField.class).id("current-password")).setValue(temporary);
        test($(PasswordField.class).id("new-password")).setValue("short1");
        test($(PasswordField.class).id("repeat-password")).setValue("short1");
        test($(Button.class).id("save-password")).click();
        assertThat($(PasswordField.class).id("new-password").getErrorMessage())
                .isEqualTo("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        test($(PasswordField.class).id("new-password")).setValue("Hau-Nghia-2020");
        test($(PasswordField.class).id("repeat-password")).setValue("Hau-Nghia-2020");
        test($(Button.class).id("save-password")).click();
        UI.getCurrent().navigate("units");
        assertThat(getCurrentView()).isInstanceOf(UnitBrowserView.class);
        assertThat(SystemAccess.runAsSystem(() -> users.list(username, PageRequest.of(0, 1)).getContent().getFirst()
                .mustChangePassword())).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSetsAUnitsOfficeEmailAndABadOneIsRefused() {
        long id = hierarchy.getByCode("27988").id();
        String before = hierarchy.get(id).officeEmail();
        UI.getCurrent().navigate("units/" + id);
        var email = $(EmailField.class).id("unit-email");
        test(email).setValue("not an email <b>");
        test($(Button.class).id("unit-email-save")).click();
        assertThat(email.getErrorMessage()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(hierarchy.get(id).officeEmail()).isEqualTo(before);

        test(email).setValue("ubnd.huuthanh" + System.nanoTime() % 1000 + "@longan.gov.vn");
        test($(Button.class).id("unit-email-save")).click();
        assertThat(hierarchy.get(id).officeEmail()).isEqualTo(email.getValue());
        // the database is shared by the whole run (and kept between local runs): leave it as found
        hierarchy.updateOfficeEmail(id, before, hierarchy.get(id).version());
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void onlyTheAdministratorMayEditAUnit() {
        long id = hierarchy.getByCode("27958").id();
        UI.getCurrent().navigate("units/" + id);
        assertThat($(EmailField.class).all()).isEmpty();
        assertThatThrownBy(() -> hierarchy.updateOfficeEmail(id, "x@longan.gov.vn", 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    UserDetailsService userDetails;

    private void signIn(String username) {
        var user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private List<String> menu() {
        return $(SideNav.class).id("main-nav").getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
