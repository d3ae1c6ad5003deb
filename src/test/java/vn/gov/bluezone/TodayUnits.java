package vn.gov.bluezone;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.SuccessorImportService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * The 2025 units and the successor table for tests in a {@link TodaySpringTest} context: the
 * communes of Tây Ninh (80) and Cao Bằng (04) from 1/7/2025, the national successor table as it
 * is (rows of units the portal does not hold stay unresolved), and an officer of each new
 * province. Loaded once per context; every step may run again (the unit import of the same list
 * changes nothing, the successor import replaces the rows of its reform day).
 */
@Component
public class TodayUnits {

    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    /** The demo's live campaign (of the province in force today: Tây Ninh in the demo of today). */
    public static final String LIVE_CAMPAIGN = "Cài đặt ứng dụng Bluezone — đợt thử nghiệm";
    public static final String TAY_NINH_OFFICER = "tayninh.sokhcn";
    public static final String CAO_BANG_OFFICER = "caobang.sokhcn";

    private final UnitImportService unitImport;
    private final SuccessorImportService successorImport;
    private final HierarchyService hierarchy;
    private final UserAdminService users;
    private volatile boolean loaded;

    TodayUnits(UnitImportService unitImport, SuccessorImportService successorImport, HierarchyService hierarchy,
            UserAdminService users) {
        this.unitImport = unitImport;
        this.successorImport = successorImport;
        this.hierarchy = hierarchy;
        this.users = users;
    }

    /** Tây Ninh and Cao Bằng as of 1/7/2025, the successor table, the two provincial officers. */
    public synchronized void load() {
        if (loaded) {
            return;
        }
        SystemAccess.runAsSystem(() -> {
            unitImport.importGsoList("vn-units-2025-80-04.csv", units2025("80", "04"), REFORM_DAY);
            importSuccessors(line -> true);
            user(TAY_NINH_OFFICER, "Nguyễn Văn Ninh", Role.PROVINCE_OFFICER, "80");
            user(CAO_BANG_OFFICER, "Hoàng Thị Bằng", Role.PROVINCE_OFFICER, "04");
        });
        loaded = true;
    }

    /** Imports the rows of the national successor table that the filter keeps (a line of the CSV). */
    public void importSuccessors(Predicate<String> keep) {
        SystemAccess.runAsSystem(() -> successorImport.importSuccessors("commune-successors-2025.csv",
                successors(keep), REFORM_DAY));
    }

    /** A user of a 2025 unit (by code), created once. */
    public void user(String username, String fullName, Role role, String unitCode) {
        SystemAccess.runAsSystem(() -> {
            if (users.list(username, PageRequest.of(0, 1)).isEmpty()) {
                users.createWithPassword(new UserDetailsForm(username, fullName, null, null, role,
                        hierarchy.getByCode(unitCode, REFORM_DAY).id()), "Bluezone@2025", false);
            }
        });
    }

    /** The 2025 list's rows of these provinces (province_code, province_name, province_type, commune_code, …). */
    public static byte[] units2025(String... provinceCodes) {
        List<String> lines = TestUnits.resource("reference/vn-units-2025.csv").lines().toList();
        List<String> codes = List.of(provinceCodes);
        String body = lines.stream().skip(1).filter(line -> codes.contains(line.substring(0, line.indexOf(','))))
                .collect(Collectors.joining("\n"));
        return (lines.getFirst() + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The national successor table's rows that the filter keeps. */
    public static byte[] successors(Predicate<String> keep) {
        List<String> lines = TestUnits.resource("reference/commune-successors-2025.csv").lines().toList();
        String body = lines.stream().skip(1).filter(keep)
                .collect(Collectors.joining("\n"));
        return (lines.getFirst() + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
