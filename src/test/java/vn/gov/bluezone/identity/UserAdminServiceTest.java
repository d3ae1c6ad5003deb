package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.ValidationException;

@PortalSpringTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService users;

    @Autowired
    HierarchyService hierarchy;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void accountsSharingAPasswordAreCheckedOneByOneAndStoreOneHashThatVerifiesIt() {
        long commune = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27961").id());
        String first = "chung.mot" + System.nanoTime() % 100_000;
        String second = "chung.hai" + System.nanoTime() % 100_000;
        List<UserDetailsForm> forms = List.of(
                new UserDetailsForm(first, "Lý Văn Một", null, null, Role.COMMUNE_OFFICER, commune),
                new UserDetailsForm(second, "Lý Văn Hai", null, null, Role.COMMUNE_OFFICER, commune));

        // the password contains the second user name: refused before anything is stored
        assertThatThrownBy(() -> SystemAccess.runAsSystem(() -> users.createAllWithPassword(forms, second + "@1", false)))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.containsUsername"));
        assertThat(accounts.findByUsername(first)).isEmpty();

        SystemAccess.runAsSystem(() -> users.createAllWithPassword(forms, "Chung@2026", false));
        String firstHash = accounts.findByUsername(first).orElseThrow().getPasswordHash();
        assertThat(accounts.findByUsername(second).orElseThrow().getPasswordHash()).isEqualTo(firstHash);
        assertThat(firstHash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("Chung@2026", firstHash)).isTrue();
        assertThat(passwordEncoder.matches("Chung@2027", firstHash)).isFalse();
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long commune = hierarchy.getByCode("27961").id();
        String longName = "Nguyễn ".repeat(30);
        assertThatThrownBy(() -> users.create(new UserDetailsForm("Bad Name!", longName, "not-an-email",
                "=1+2", Role.COMMUNE_OFFICER, commune)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("username", "user.error.username")
                        .containsEntry("fullName", "user.error.fullName")
                        .containsEntry("email", "user.error.email")
                        .containsEntry("phone", "user.error.phone"));
        assertThat(users.list("Bad Name", PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aTakenUserNameIsRefused() {
        long commune = hierarchy.getByCode("27961").id();
        assertThatThrownBy(() -> users.create(new UserDetailsForm("XA.DUCLAPHA", "Trùng Tên", null, null,
                Role.COMMUNE_OFFICER, commune)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("username", "user.error.usernameTaken"));
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void markupInANameIsStoredAsTextNotInterpreted() {
        long commune = hierarchy.getByCode("27961").id();
        String username = "markup." + System.nanoTime() % 100_000;
        users.create(new UserDetailsForm(username, "<script>alert('x')</script>", null, null, Role.COMMUNE_OFFICER,
                commune));
        assertThat(users.list(username, PageRequest.of(0, 1)).getContent().getFirst().fullName())
                .isEqualTo("<script>alert('x')</script>");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aStaleEditIsRefusedWithAConflictAndChangesNothing() {
        long commune = hierarchy.getByCode("27961").id();
        String username = "conflict." + System.nanoTime() % 100_000;
        long id = users.create(new UserDetailsForm(username, "Mai Văn Một", null, null, Role.COMMUNE_OFFICER, commune))
                .userId();
        UserSummary first = users.get(id);
        users.update(id, new UserDetailsForm(null, "Mai Văn Hai", null, null, Role.COMMUNE_OFFICER, commune),
                first.version());
        assertThatThrownBy(() -> users.update(id, new UserDetailsForm(null, "Mai Văn Ba", null, null,
                Role.COMMUNE_OFFICER, commune), first.version()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("error.conflict"));
        assertThat(users.get(id).fullName()).isEqualTo("Mai Văn Hai");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void aProvinceOfficerCannotCreateAnotherProvinceOfficerOrAnAdministrator() {
        long province = hierarchy.getByCode("80").id();
        assertThatThrownBy(() -> users.create(new UserDetailsForm("peer.officer", "Ngang Cấp", null, null,
                Role.PROVINCE_OFFICER, province)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new UserDetailsForm("new.admin", "Quản Trị", null, null, Role.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
