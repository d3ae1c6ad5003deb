package vn.gov.bluezone.documents;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the map of a provincial summary shows: the province's communes, each filled with the colour of
 * its class, and the legend that names the classes. The documents module only draws it
 * ({@link MapImage}); who classes the communes (the compliance board's traffic light) supplies it
 * through a {@link SummaryMapSource}, so this module depends on neither the board nor the boundaries.
 *
 * @param title drawn at the top of the image, or null for none
 * @param areas the communes; an area may have several polygons (islands, a commune in two pieces)
 * @param legend the classes in the order the legend lists them, colour and label
 * @param note a short line under the legend (the source of the boundaries, the day the classes refer
 *        to), or null for none
 */
public record SummaryMap(String title, List<Area> areas, List<LegendItem> legend, String note) {

    public SummaryMap {
        areas = List.copyOf(areas);
        legend = List.copyOf(legend);
    }

    /**
     * One commune. Its {@code polygons} are in GeoJSON order: polygons, each a list of rings (the
     * outer ring first, then its holes), each ring a list of {@code [longitude, latitude]} points in
     * degrees (WGS 84), so a GeoJSON Polygon or MultiPolygon is read into it without reordering. Its
     * {@code fill} is the colour of its class; null draws the commune as an outline only.
     * <p>
     * Equality and {@link #toString()} go by the coordinates' values, not by the arrays' identity: the
     * provincial summary's fingerprint (whether an issued summary still says what the data say) is
     * taken from the document's text, and must be the same for the same boundaries and classes.
     */
    public record Area(String code, String name, List<List<List<double[]>>> polygons, Color fill) {

        public Area {
            polygons = polygons.stream().map(polygon -> polygon.stream()
                    .map(ring -> ring.stream().map(double[]::clone).toList()).toList()).toList();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Area area && Objects.equals(code, area.code) && Objects.equals(name, area.name)
                    && Objects.equals(fill, area.fill) && Arrays.deepEquals(points(), area.points());
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, name, fill, Arrays.deepHashCode(points()));
        }

        /** The commune with its fill and a digest of its boundary (its point count and a hash of the values). */
        @Override
        public String toString() {
            double[][] points = points();
            return "Area[code=" + code + ", name=" + name + ", fill=" + (fill == null ? null : Integer.toHexString(fill.getRGB()))
                    + ", points=" + points.length + ", boundary=" + Integer.toHexString(Arrays.deepHashCode(points))
                    + ", rings=" + polygons.stream().map(List::size).toList() + "]";
        }

        private double[][] points() {
            return polygons.stream().flatMap(List::stream).flatMap(List::stream).toArray(double[][]::new);
        }
    }

    /** One class of the legend: its colour and its label ("Đạt tiến độ"). */
    public record LegendItem(Color color, String label) {

        @Override
        public String toString() {
            return "LegendItem[color=" + (color == null ? null : Integer.toHexString(color.getRGB())) + ", label=" + label + "]";
        }
    }
}
