package vn.gov.bluezone.identity;

/** Role names as {@code @RolesAllowed} and {@code hasRole} take them. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PROVINCE_CHAIR = "PROVINCE_CHAIR";
    public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
    public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
    public static final String COMMUNE_OFFICER = "COMMUNE_OFFICER";

    private Roles() {
    }
}
