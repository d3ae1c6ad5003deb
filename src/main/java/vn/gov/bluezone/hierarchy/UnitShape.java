package vn.gov.bluezone.hierarchy;

import java.util.List;

/**
 * The shape of a unit for drawing: polygons → rings (the first the outline, any others holes) →
 * [lon, lat] positions, four decimals; a Polygon is a list of one polygon. {@code unitId} is 0 for
 * a shape of the national base map whose province the portal does not hold in force today.
 */
public record UnitShape(long unitId, String code, String name, List<List<List<double[]>>> polygons) {
}
