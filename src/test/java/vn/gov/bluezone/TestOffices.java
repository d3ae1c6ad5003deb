package vn.gov.bluezone;

import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.shared.SystemAccess;

/** The directory's offices the demo data seeds, for tests that create campaigns. */
public final class TestOffices {

    private TestOffices() {
    }

    /** The id of the unit's first Department (Long An's: the demo's receiving office). */
    public static long department(OfficeService offices, long unitId) {
        return office(offices, unitId, OfficeKind.DEPARTMENT).id();
    }

    public static OfficeSummary office(OfficeService offices, long unitId, OfficeKind kind) {
        return SystemAccess.runAsSystem(() -> offices.ofUnit(unitId).stream().filter(o -> o.kind() == kind)
                .findFirst().orElseThrow());
    }
}
