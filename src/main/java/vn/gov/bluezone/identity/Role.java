package vn.gov.bluezone.identity;

import static vn.gov.bluezone.shared.Permission.ADMINISTER;
import static vn.gov.bluezone.shared.Permission.DECIDE_REPRIMAND;
import static vn.gov.bluezone.shared.Permission.IMPORT_OFFICIAL_COUNTS;
import static vn.gov.bluezone.shared.Permission.ISSUE_COMMUNE_REPORT;
import static vn.gov.bluezone.shared.Permission.ISSUE_DISPATCH;
import static vn.gov.bluezone.shared.Permission.ISSUE_DISTRICT_SUMMARY;
import static vn.gov.bluezone.shared.Permission.ISSUE_PROVINCE_SUMMARY;
import static vn.gov.bluezone.shared.Permission.MANAGE_CAMPAIGNS;
import static vn.gov.bluezone.shared.Permission.MANAGE_COMMUNE_USERS;
import static vn.gov.bluezone.shared.Permission.MANAGE_DISTRICT_USERS;
import static vn.gov.bluezone.shared.Permission.MANAGE_OFFICES;
import static vn.gov.bluezone.shared.Permission.MANAGE_OUTBOX;
import static vn.gov.bluezone.shared.Permission.MANAGE_PROVINCE_USERS;
import static vn.gov.bluezone.shared.Permission.MANAGE_UNITS;
import static vn.gov.bluezone.shared.Permission.PROPOSE_REPRIMAND;
import static vn.gov.bluezone.shared.Permission.READ_AUDIT;
import static vn.gov.bluezone.shared.Permission.READ_NATIONAL_SUMMARY;
import static vn.gov.bluezone.shared.Permission.READ_OVERSIGHT;
import static vn.gov.bluezone.shared.Permission.READ_PROVINCE_SUMMARY;
import static vn.gov.bluezone.shared.Permission.REMIND;
import static vn.gov.bluezone.shared.Permission.RETURN_REPORT;
import static vn.gov.bluezone.shared.Permission.SUBMIT_REPORT;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.shared.Permission;

/**
 * The five roles of the portal, the unit level each belongs to and what each may do: the one table
 * from role to {@link Permission} ({@link #permissions()}), which method security, the views and
 * the access tests all read.
 */
public enum Role {
    /** Quản trị hệ thống: belongs to no unit and sees every province. */
    ADMIN(null),
    /** A leader of the province (the committee's chair or a deputy): decides reprimands. */
    PROVINCE_CHAIR(UnitLevel.PROVINCE),
    /** An officer at province level, of the office that receives the campaign's reports. */
    PROVINCE_OFFICER(UnitLevel.PROVINCE),
    /** An officer at district level. */
    DISTRICT_OFFICER(UnitLevel.DISTRICT),
    /** An officer at commune level, who reports for the commune. */
    COMMUNE_OFFICER(UnitLevel.COMMUNE);

    /**
     * The table. Behind every permission stand the service methods marked {@code @Requires} with it
     * and the views marked {@code @ViewPermission}; docs/architecture.md shows the same table.
     */
    private static final Map<Role, Set<Permission>> PERMISSIONS = table();

    private final UnitLevel unitLevel;

    Role(UnitLevel unitLevel) {
        this.unitLevel = unitLevel;
    }

    /** The level of unit a user with this role belongs to; null for ADMIN. */
    public UnitLevel unitLevel() {
        return unitLevel;
    }

    public boolean fits(UnitLevel level) {
        return unitLevel == level;
    }

    /** What a user with this role may do (within its scope); unmodifiable. */
    public Set<Permission> permissions() {
        return PERMISSIONS.get(this);
    }

    /**
     * The roles of the users this role may create and manage (always within its own scope): those
     * of each level whose users it may manage ({@code MANAGE_PROVINCE_USERS} …), and administrators
     * for the role that may {@code ADMINISTER}.
     */
    public Set<Role> manages() {
        Set<Role> managed = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (permissions().contains(role.managedWith())) {
                managed.add(role);
            }
        }
        return managed;
    }

    /** The permission it takes to manage the accounts of users with this role. */
    Permission managedWith() {
        if (unitLevel == null) {
            return ADMINISTER;
        }
        return switch (unitLevel) {
            case PROVINCE -> MANAGE_PROVINCE_USERS;
            case DISTRICT -> MANAGE_DISTRICT_USERS;
            case COMMUNE -> MANAGE_COMMUNE_USERS;
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }

    private static Map<Role, Set<Permission>> table() {
        Map<Role, Set<Permission>> table = new EnumMap<>(Role.class);
        table.put(ADMIN, EnumSet.of(READ_OVERSIGHT, READ_PROVINCE_SUMMARY, READ_NATIONAL_SUMMARY, MANAGE_CAMPAIGNS,
                IMPORT_OFFICIAL_COUNTS, MANAGE_PROVINCE_USERS, MANAGE_DISTRICT_USERS, MANAGE_COMMUNE_USERS,
                MANAGE_UNITS, MANAGE_OFFICES, READ_AUDIT, MANAGE_OUTBOX, ADMINISTER));
        table.put(PROVINCE_CHAIR, EnumSet.of(READ_OVERSIGHT, READ_PROVINCE_SUMMARY, DECIDE_REPRIMAND, ISSUE_DISPATCH));
        table.put(PROVINCE_OFFICER, EnumSet.of(RETURN_REPORT, REMIND, READ_OVERSIGHT, READ_PROVINCE_SUMMARY,
                PROPOSE_REPRIMAND, ISSUE_DISPATCH, ISSUE_PROVINCE_SUMMARY, MANAGE_CAMPAIGNS, IMPORT_OFFICIAL_COUNTS,
                MANAGE_DISTRICT_USERS, MANAGE_COMMUNE_USERS, MANAGE_OFFICES));
        table.put(DISTRICT_OFFICER, EnumSet.of(RETURN_REPORT, REMIND, READ_OVERSIGHT, ISSUE_DISTRICT_SUMMARY,
                MANAGE_COMMUNE_USERS));
        table.put(COMMUNE_OFFICER, EnumSet.of(SUBMIT_REPORT, ISSUE_COMMUNE_REPORT));
        table.replaceAll((role, permissions) -> Collections.unmodifiableSet(permissions));
        return table;
    }
}
