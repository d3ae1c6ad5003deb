package vn.gov.bluezone.identity;

import java.util.EnumSet;
import java.util.Set;

import vn.gov.bluezone.hierarchy.UnitLevel;

/** The five roles of the portal and the unit level each belongs to. */
public enum Role {
    /** Quản trị hệ thống: belongs to no unit and sees every province. */
    ADMIN(null),
    /** Lãnh đạo UBND tỉnh. */
    PROVINCE_CHAIR(UnitLevel.PROVINCE),
    /** Sở TT&TT. */
    PROVINCE_OFFICER(UnitLevel.PROVINCE),
    /** UBND huyện. */
    DISTRICT_OFFICER(UnitLevel.DISTRICT),
    /** UBND xã. */
    COMMUNE_OFFICER(UnitLevel.COMMUNE);

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

    /** The roles of the users this role may create and manage (always within its own scope). */
    public Set<Role> manages() {
        return switch (this) {
            case ADMIN -> EnumSet.allOf(Role.class);
            case PROVINCE_OFFICER -> EnumSet.of(DISTRICT_OFFICER, COMMUNE_OFFICER);
            case DISTRICT_OFFICER -> EnumSet.of(COMMUNE_OFFICER);
            case PROVINCE_CHAIR, COMMUNE_OFFICER -> EnumSet.noneOf(Role.class);
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
