package vn.gov.bluezone.hierarchy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;

/**
 * A GeoJSON FeatureCollection of unit boundaries, read all or nothing (decision 0032): every
 * feature is checked and the file is refused with every problem by feature number (1-based; 0 for
 * the file as a whole), at most {@link #MAX_PROBLEMS}. A feature names its unit by the property
 * {@code code} (the GSO code, digits); its geometry is a Polygon or a MultiPolygon whose rings are
 * closed, have at least four positions, and whose positions are finite longitudes and latitudes.
 * Positions are kept to four decimals (about 11 m, finer than any map the portal draws), so what is
 * stored and served is compact. Nothing here touches a database, and no text of the file (names
 * included) is kept: the units' names come from the unit list.
 */
final class GeoJsonBoundaries {

    /** Uploads above this size are refused before parsing (Tây Ninh's 96 communes are about 200 KB). */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most positions one feature may have: a commune simplified for the screen has a few hundred. */
    static final int MAX_FEATURE_VERTICES = 50_000;
    /** The most positions one file may have (fifty times Tây Ninh's 10,000). */
    static final int MAX_TOTAL_VERTICES = 500_000;
    /** Features are read until this many problems are found; the list shown stays readable. */
    static final int MAX_PROBLEMS = 100;

    private static final Pattern CODE = Pattern.compile("\\d{1,10}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double SCALE = 10_000d;

    /** One accepted feature: its number in the file, its unit's code and its geometry. */
    record Feature(int number, String code, Geometry geometry) {
    }

    /**
     * A Polygon (one polygon) or MultiPolygon: polygons → rings → [lon, lat] positions, four
     * decimals, with its bounding box and number of positions.
     */
    record Geometry(List<List<List<double[]>>> polygons, int vertexCount, double minLon, double minLat,
            double maxLon, double maxLat) {

        /** The compact GeoJSON geometry: no whitespace, numbers as short as they are exact. */
        String json() {
            StringBuilder out = new StringBuilder(vertexCount * 18 + 40);
            out.append("{\"type\":\"").append(polygons.size() == 1 ? "Polygon" : "MultiPolygon")
                    .append("\",\"coordinates\":");
            if (polygons.size() == 1) {
                appendPolygon(out, polygons.getFirst());
            } else {
                out.append('[');
                for (int i = 0; i < polygons.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    appendPolygon(out, polygons.get(i));
                }
                out.append(']');
            }
            return out.append('}').toString();
        }

        private static void appendPolygon(StringBuilder out, List<List<double[]>> rings) {
            out.append('[');
            for (int r = 0; r < rings.size(); r++) {
                out.append(r == 0 ? "[" : ",[");
                List<double[]> ring = rings.get(r);
                for (int p = 0; p < ring.size(); p++) {
                    out.append(p == 0 ? "[" : ",[").append(number(ring.get(p)[0])).append(',')
                            .append(number(ring.get(p)[1])).append(']');
                }
                out.append(']');
            }
            out.append(']');
        }

        private static String number(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private GeoJsonBoundaries() {
    }

    /**
     * The features of an uploaded file, or {@link ImportRejectedException} with every problem: the
     * size is checked before anything is parsed, then the name (.geojson or .json), the JSON, and
     * each feature.
     */
    static List<Feature> parse(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw rejected(new ImportProblem(0, "import.error.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".geojson") && !name.endsWith(".json")) {
            throw rejected(new ImportProblem(0, "boundaryImport.error.fileType"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException notJson) {
            throw rejected(new ImportProblem(0, "boundaryImport.error.notJson"));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))
                || root.get("features") == null || !root.get("features").isArray()) {
            throw rejected(new ImportProblem(0, "boundaryImport.error.notFeatureCollection"));
        }
        JsonNode features = root.get("features");
        if (features.isEmpty()) {
            throw rejected(new ImportProblem(0, "boundaryImport.error.noFeatures"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Feature> accepted = new ArrayList<>();
        Map<String, Integer> firstByCode = new HashMap<>();
        int total = 0;
        boolean totalTold = false;
        for (int i = 0; i < features.size() && problems.size() < MAX_PROBLEMS; i++) {
            int number = i + 1;
            JsonNode feature = features.get(i);
            if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
                problems.add(new ImportProblem(number, "boundaryImport.error.notFeature"));
                continue;
            }
            JsonNode properties = feature.get("properties");
            String code = properties != null && properties.isObject() ? text(properties.get("code")) : null;
            code = code == null ? null : code.strip();
            if (code == null || code.isEmpty()) {
                problems.add(new ImportProblem(number, "boundaryImport.error.missingCode"));
            } else if (!CODE.matcher(code).matches()) {
                problems.add(new ImportProblem(number, "import.error.badCode", code));
                code = null;
            } else {
                Integer first = firstByCode.putIfAbsent(code, number);
                if (first != null) {
                    problems.add(new ImportProblem(number, "boundaryImport.error.duplicateCode", code, first));
                }
            }
            List<ImportProblem> geometryProblems = new ArrayList<>();
            Geometry geometry = geometry(number, feature.get("geometry"), geometryProblems);
            problems.addAll(geometryProblems);
            if (geometry != null) {
                total += geometry.vertexCount();
                if (geometry.vertexCount() > MAX_FEATURE_VERTICES) {
                    problems.add(new ImportProblem(number, "boundaryImport.error.tooManyVertices",
                            geometry.vertexCount(), MAX_FEATURE_VERTICES));
                } else if (total > MAX_TOTAL_VERTICES && !totalTold) {
                    problems.add(new ImportProblem(number, "boundaryImport.error.tooManyVerticesTotal",
                            MAX_TOTAL_VERTICES));
                    totalTold = true;
                } else if (code != null && geometryProblems.isEmpty()) {
                    accepted.add(new Feature(number, code, geometry));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return accepted;
    }

    /** A stored geometry (as {@link Geometry#json()} wrote it) read back; a stored text is trusted. */
    static Geometry read(String json) {
        List<ImportProblem> problems = new ArrayList<>();
        Geometry geometry = geometry(0, JSON.readTree(json), problems);
        if (geometry == null || !problems.isEmpty()) {
            throw new IllegalStateException("A stored boundary is not a polygon: " + problems);
        }
        return geometry;
    }

    /** The geometry of a feature, or null with its problems (at most one per feature). */
    private static Geometry geometry(int number, JsonNode geometry, List<ImportProblem> problems) {
        String type = geometry != null && geometry.isObject() ? text(geometry.get("type")) : null;
        JsonNode coordinates = geometry != null && geometry.isObject() ? geometry.get("coordinates") : null;
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            problems.add(new ImportProblem(number, "boundaryImport.error.geometryType",
                    type == null ? "–" : type));
            return null;
        }
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            problems.add(new ImportProblem(number, "boundaryImport.error.coordinates"));
            return null;
        }
        List<JsonNode> polygonNodes = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygonNodes.add(coordinates);
        } else {
            coordinates.values().forEach(polygonNodes::add);
        }
        Bounds bounds = new Bounds();
        List<List<List<double[]>>> polygons = new ArrayList<>();
        for (JsonNode polygonNode : polygonNodes) {
            if (!polygonNode.isArray() || polygonNode.isEmpty()) {
                problems.add(new ImportProblem(number, "boundaryImport.error.coordinates"));
                return null;
            }
            List<List<double[]>> rings = new ArrayList<>();
            for (JsonNode ringNode : polygonNode.values()) {
                List<double[]> ring = ring(number, ringNode, bounds, problems);
                if (ring == null) {
                    return null;
                }
                rings.add(ring);
            }
            polygons.add(List.copyOf(rings));
        }
        return new Geometry(List.copyOf(polygons), bounds.count, bounds.minLon, bounds.minLat, bounds.maxLon,
                bounds.maxLat);
    }

    private static List<double[]> ring(int number, JsonNode ringNode, Bounds bounds, List<ImportProblem> problems) {
        if (!ringNode.isArray()) {
            problems.add(new ImportProblem(number, "boundaryImport.error.coordinates"));
            return null;
        }
        if (ringNode.size() < 4) {
            problems.add(new ImportProblem(number, "boundaryImport.error.ringTooShort", ringNode.size()));
            return null;
        }
        List<double[]> ring = new ArrayList<>(ringNode.size());
        for (JsonNode position : ringNode.values()) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                problems.add(new ImportProblem(number, "boundaryImport.error.coordinates"));
                return null;
            }
            double lon = position.get(0).doubleValue();
            double lat = position.get(1).doubleValue();
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                problems.add(new ImportProblem(number, "boundaryImport.error.outOfRange"));
                return null;
            }
            ring.add(new double[] {Math.round(lon * SCALE) / SCALE, Math.round(lat * SCALE) / SCALE});
        }
        double[] first = ring.getFirst();
        double[] last = ring.getLast();
        if (first[0] != last[0] || first[1] != last[1]) {
            problems.add(new ImportProblem(number, "boundaryImport.error.ringNotClosed"));
            return null;
        }
        ring.forEach(bounds::add);
        return List.copyOf(ring);
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static ImportRejectedException rejected(ImportProblem problem) {
        return new ImportRejectedException(List.of(problem));
    }

    /** The bounding box and number of positions of one geometry, as it is read. */
    private static final class Bounds {

        private int count;
        private double minLon = Double.POSITIVE_INFINITY;
        private double minLat = Double.POSITIVE_INFINITY;
        private double maxLon = Double.NEGATIVE_INFINITY;
        private double maxLat = Double.NEGATIVE_INFINITY;

        void add(double[] position) {
            count++;
            minLon = Math.min(minLon, position[0]);
            maxLon = Math.max(maxLon, position[0]);
            minLat = Math.min(minLat, position[1]);
            maxLat = Math.max(maxLat, position[1]);
        }
    }
}
