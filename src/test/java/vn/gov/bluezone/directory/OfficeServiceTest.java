package vn.gov.bluezone.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.ValidationException;

/** The directory of offices on the real database: changes, refusals, conflicts and scope. */
@PortalSpringTest
class OfficeServiceTest {

    static final ResourceBundle VI = ResourceBundle.getBundle("messages", Locale.forLanguageTag("vi"));

    @Autowired
    OfficeService offices;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AsUser as;

    long longAn() {
        return SystemAccess.runAsSystem(() -> hierarchy.getByCode("80").id());
    }

    static OfficeForm department(Long unitId, String name) {
        return new OfficeForm(unitId, OfficeKind.DEPARTMENT, name, "Sở KH&CN", "SỞ KHOA HỌC VÀ\nCÔNG NGHỆ", "SKHCN",
                "skhcn@example.vn", LocalDate.of(2025, 3, 1), null,
                List.of(new OfficeSigner("Nguyễn Thị Thông", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")));
    }

    @Test
    void aProvincialOfficerAddsChangesAndDeletesAnOfficeOfItsProvinceAndEachChangeIsAudited() {
        long longAn = longAn();
        String name = "Sở Khoa học và Công nghệ tỉnh Long An " + System.nanoTime() % 1_000_000;
        OfficeSummary created = as.call("tinh.sotttt", () -> offices.create(department(longAn, "  " + name + "\u200B ")));
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.unitId()).isEqualTo(longAn);
        assertThat(created.headerName()).isEqualTo("SỞ KHOA HỌC VÀ\nCÔNG NGHỆ");
        assertThat(created.firstSigner()).contains(new OfficeSigner("Nguyễn Thị Thông", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC"));
        assertThat(created.validOn(LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(created.validOn(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(as.call("tinh.sotttt", () -> offices.ofUnit(longAn))).contains(created);

        OfficeForm changed = new OfficeForm(longAn, OfficeKind.DEPARTMENT, name, "Sở KH&CN", "SỞ KHOA HỌC VÀ\nCÔNG NGHỆ",
                "SKHCN", null, LocalDate.of(2025, 3, 1), null, List.of(
                        new OfficeSigner("Trần Văn Lãnh", "GIÁM ĐỐC", "GIÁM ĐỐC"),
                        new OfficeSigner("Nguyễn Thị Thông", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")));
        OfficeSummary updated = as.call("tinh.sotttt", () -> offices.update(created.id(), changed, created.version()));
        assertThat(updated.email()).isNull();
        assertThat(updated.signers()).extracting(OfficeSigner::fullName).containsExactly("Trần Văn Lãnh", "Nguyễn Thị Thông");
        assertThat(updated.version()).isGreaterThan(created.version());

        as.run("tinh.sotttt", () -> offices.delete(updated.id(), updated.version()));
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.get(updated.id())))
                .isInstanceOf(OutOfScopeException.class);

        // per action: the shared database holds many entries of this officer, written at moved clocks
        List<AuditAction> audited = Stream.of(AuditAction.OFFICE_CREATED, AuditAction.OFFICE_UPDATED,
                AuditAction.OFFICE_DELETED).flatMap(action -> SystemAccess.runAsSystem(() -> auditLog.search(
                        "tinh.sotttt", action, null, PageRequest.of(0, 500)).getContent()).stream())
                .filter(e -> name.equals(e.getTarget())).map(AuditEntry::getAction).toList();
        assertThat(audited).containsExactlyInAnyOrder(AuditAction.OFFICE_CREATED, AuditAction.OFFICE_UPDATED,
                AuditAction.OFFICE_DELETED);
    }

    @Test
    void badInputIsRefusedFieldByFieldInVietnameseAndNothingIsStored() {
        long longAn = longAn();
        int before = as.call("tinh.sotttt", () -> offices.ofUnit(longAn)).size();
        OfficeForm bad = new OfficeForm(longAn, null, " \u200B ", "<script>alert(1)</script>", "Sở viết thường".repeat(20),
                "skhcn", "khong-phai-email", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                List.of(new OfficeSigner("Nguyễn Văn A", "", "KT. GIÁM ĐỐC")));
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.create(bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("kind", "name", "shortName", "headerName",
                            "abbreviation", "email", "validTo", "signers");
                    e.fieldErrors().values().forEach(key -> assertThat(VI.getString(key)).isNotBlank());
                    assertThat(VI.getString(e.fieldErrors().get("name"))).startsWith("Nhập tên đầy đủ");
                    assertThat(VI.getString(e.fieldErrors().get("abbreviation"))).contains("chữ in hoa");
                    assertThat(VI.getString(e.fieldErrors().get("email"))).contains("không hợp lệ");
                });
        OfficeForm tooLong = new OfficeForm(longAn, OfficeKind.DIVISION, "Phòng ".repeat(40), "Phòng > Ban", "PHÒNG",
                "ABCDEFGHIJKLMNOPQRSTU", null, null, null, List.of());
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.create(tooLong)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "shortName", "abbreviation"));
        assertThat(as.call("tinh.sotttt", () -> offices.ofUnit(longAn))).hasSize(before);
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAsAConflict() {
        long longAn = longAn();
        OfficeSummary created = as.call("tinh.sotttt", () -> offices.create(department(longAn,
                "Sở xung đột " + System.nanoTime() % 1_000_000)));
        OfficeForm rename = department(longAn, created.name() + " (đổi tên)");
        as.call("tinh.sotttt", () -> offices.update(created.id(), rename, created.version()));
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.update(created.id(),
                department(longAn, "Tên cũ"), created.version())))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("error.conflict"));
        assertThatThrownBy(() -> as.run("tinh.sotttt", () -> offices.delete(created.id(), created.version())))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("error.conflict"));
        OfficeSummary current = as.call("tinh.sotttt", () -> offices.get(created.id()));
        assertThat(current.name()).isEqualTo(rename.name());
        as.run("tinh.sotttt", () -> offices.delete(current.id(), current.version()));
    }

    @Test
    void aProvincialOfficerCannotTouchAnotherProvincesOfficesAndACommuneReadsItsProvincesButChangesNone() {
        SystemAccess.runAsSystem(() -> unitImport.importGsoList("tien-giang.csv", TestUnits.province("82")));
        long longAn = longAn();
        long tienGiang = SystemAccess.runAsSystem(() -> hierarchy.getByCode("82").id());
        OfficeSummary other = SystemAccess.runAsSystem(() -> offices.create(department(tienGiang,
                "Sở Khoa học và Công nghệ tỉnh Tiền Giang " + System.nanoTime() % 1_000_000)));

        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.create(department(tienGiang, "Không được phép"))))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.update(other.id(),
                department(tienGiang, "Không được phép"), other.version()))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.run("tinh.sotttt", () -> offices.delete(other.id(), other.version())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.get(other.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(as.call("tinh.sotttt", () -> offices.ofUnit(tienGiang))).isEmpty();
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> offices.create(department(null, "Bộ không được phép"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("unit", "office.error.central")));

        List<OfficeSummary> ofProvince = as.call("xa.duclapha", () -> offices.ofUnit(longAn));
        assertThat(ofProvince).extracting(OfficeSummary::kind)
                .contains(OfficeKind.PEOPLES_COMMITTEE, OfficeKind.DEPARTMENT, OfficeKind.DIVISION);
        assertThat(ofProvince.getFirst().kind()).isEqualTo(OfficeKind.PEOPLES_COMMITTEE);
        OfficeSummary department = ofProvince.stream().filter(o -> o.kind() == OfficeKind.DEPARTMENT).findFirst()
                .orElseThrow();
        assertThat(as.call("xa.duclapha", () -> offices.get(department.id()))).isEqualTo(department);
        assertThat(as.call("huyen.duchoa", () -> offices.ofUnit(longAn))).contains(department);
        assertThat(as.call("xa.duclapha", () -> offices.ofUnit(tienGiang))).isEmpty();
        assertThatThrownBy(() -> as.call("xa.duclapha", () -> offices.update(department.id(),
                department(longAn, "Không được phép"), department.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("xa.duclapha", () -> offices.create(department(longAn, "Không được phép"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("xa.duclapha", () -> offices.delete(department.id(), department.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("tinh.lanhdao", () -> offices.create(department(longAn, "Không được phép"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficeACampaignNamesIsNotDeletedAndTheDemoDirectoryIsLongAnIn2020() {
        long longAn = longAn();
        List<OfficeSummary> directory = as.call("tinh.sotttt", () -> offices.ofUnit(longAn));
        OfficeSummary department = directory.stream().filter(o -> "STTTT".equals(o.abbreviation())).findFirst()
                .orElseThrow();
        assertThat(department.validTo()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(department.firstSigner()).contains(new OfficeSigner("Nguyễn Thị Thông", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC"));
        OfficeSummary committee = as.call("tinh.sotttt", () -> offices.committee(longAn, LocalDate.of(2020, 8, 21)))
                .orElseThrow();
        assertThat(committee.headerName()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH LONG AN");
        assertThat(committee.firstSigner().orElseThrow().authorityAndTitle())
                .isEqualTo("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        assertThat(committee.firstSigner().orElseThrow().fullName()).isEqualTo("Trần Văn Lãnh");
        assertThat(directory).extracting(OfficeSummary::abbreviation).contains("VHXH");

        assertThatThrownBy(() -> as.run("tinh.sotttt", () -> offices.delete(department.id(), department.version())))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.messageKey()).isEqualTo("office.error.inUse"));
        assertThat(as.call("tinh.sotttt", () -> offices.get(department.id()))).isEqualTo(department);
    }
}
