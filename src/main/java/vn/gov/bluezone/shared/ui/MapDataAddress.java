package vn.gov.bluezone.shared.ui;

/**
 * The addresses of the map data (decision 0032), in one place: the hierarchy module's controller
 * serves them, the browser's map components fetch them, and the security configuration lets only
 * signed-in users of the portal's own session reach them (not the report API's login).
 */
public final class MapDataAddress {

    /** The shapes of the units directly under a unit: what {@link RouteIds} accepts as an id. */
    public static final String UNITS_MAPPING = "/maps/units/{unitId:[1-9][0-9]{0,17}}.json";

    /** The national base map: the 34 provinces with the Hoàng Sa and Trường Sa special zones. */
    public static final String PROVINCES = "/maps/provinces.json";

    /** The request pattern every map file matches, for the security configuration. */
    public static final String FILES = "/maps/**";

    private MapDataAddress() {
    }

    /** The address of the map of the units under unit {@code unitId}, relative to the application's root. */
    public static String unitsUnder(long unitId) {
        return "maps/units/" + unitId + ".json";
    }

    /** The address of the national base map, relative to the application's root. */
    public static String provinces() {
        return PROVINCES.substring(1);
    }
}
