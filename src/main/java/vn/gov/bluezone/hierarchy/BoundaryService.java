package vn.gov.bluezone.hierarchy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.shared.OutOfScopeException;

/**
 * Unit shapes for maps, readable by any signed-in user whatever their scope: boundaries are public
 * reference geography, like the names of the provinces (decision 0032), so a commune officer's map
 * shows its neighbours too. The reports, figures and details of those units stay behind their own
 * scoped services.
 * <p>
 * A map is sent as the stored geometry texts joined into one compact FeatureCollection, tagged by
 * a hash of its bytes (sent as a weak ETag, so that it can go gzipped); it is built once and kept in memory until an import changes a shape under the same
 * unit ({@link BoundariesImported}, after the commit). Only maps with shapes are kept, so the
 * memory is bounded by what was imported, not by the ids requested. The national base map is the
 * shipped file {@value #PROVINCES}, drawn for the whole territory with the Hoàng Sa and Trường Sa
 * special zones as parts of their provinces; it is reference geography, not imported per unit.
 */
@Service
@Transactional(readOnly = true)
public class BoundaryService {

    /** The national base map on the classpath: the 34 provinces of 2025. */
    static final String PROVINCES = "geo/vn-provinces-2025.geojson";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EMPTY_MAP_START = "{\"type\":\"FeatureCollection\",\"features\":[";
    /** A map without shapes (the start and "]}"): not kept, so unknown ids cost no memory. */
    private static final int EMPTY_MAP_BYTES = EMPTY_MAP_START.length() + 2;

    private final UnitBoundaryRepository boundaries;
    private final AdministrativeUnitRepository units;
    private final Clock clock;
    private final MapCache maps;
    private volatile BaseMap baseMap;

    BoundaryService(UnitBoundaryRepository boundaries, AdministrativeUnitRepository units, MapCache maps, Clock clock) {
        this.boundaries = boundaries;
        this.maps = maps;
        this.units = units;
        this.clock = clock;
    }

    /** The shipped base map, read once: its features, and as map data. */
    private record BaseMap(List<GeoJsonBoundaries.Feature> features, Map<String, String> names, MapData data) {
    }

    /**
     * The units directly under a unit that have a shape, code to name in code order, without reading
     * the shapes: what a map drawn in the browser needs on the server (the browser fetches the shapes).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> shapedUnder(long parentUnitId) {
        Map<String, String> names = new LinkedHashMap<>();
        boundaries.findAcrossScopesNamesUnder(parentUnitId).forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /**
     * The stored shapes of the units directly under a unit (a province's communes), by code; empty
     * when none has a shape or no such unit exists.
     */
    @PreAuthorize("isAuthenticated()")
    public List<UnitShape> shapesUnder(long parentUnitId) {
        return boundaries.findAcrossScopesUnder(parentUnitId).stream()
                .map(boundary -> new UnitShape(boundary.getUnit().getId(), boundary.getUnit().getCode(),
                        boundary.getUnit().getName(), GeoJsonBoundaries.read(boundary.getGeometry()).polygons()))
                .toList();
    }

    /**
     * The shapes of {@link #shapesUnder} as one FeatureCollection, the geometries as stored; an
     * empty collection for a unit without shapes under it, {@link OutOfScopeException} for an id
     * that names no unit.
     */
    @PreAuthorize("isAuthenticated()")
    public MapData mapUnder(long parentUnitId) {
        return maps.get(parentUnitId, () -> buildMapUnder(parentUnitId), map -> map.json().length > EMPTY_MAP_BYTES);
    }

    private MapData buildMapUnder(long parentUnitId) {
        if (!units.existsAcrossScopesById(parentUnitId)) {
            throw new OutOfScopeException();
        }
        List<UnitBoundary> shapes = boundaries.findAcrossScopesUnder(parentUnitId);
        StringBuilder json = new StringBuilder(shapes.stream().mapToInt(b -> b.getGeometry().length() + 80).sum() + 40);
        json.append(EMPTY_MAP_START);
        for (int i = 0; i < shapes.size(); i++) {
            AdministrativeUnit unit = shapes.get(i).getUnit();
            appendFeature(json.append(i == 0 ? "" : ","), unit.getCode(), unit.getName(), shapes.get(i).getGeometry());
        }
        return mapData(json.append("]}"));
    }

    /** The national base map, compacted as {@link #mapUnder}. */
    @PreAuthorize("isAuthenticated()")
    public MapData provinces() {
        return baseMap().data();
    }

    /**
     * The national base map as shapes, by code as the file has them; each with the id of the
     * province of that code in force today, or 0 when the portal holds none.
     */
    @PreAuthorize("isAuthenticated()")
    public List<UnitShape> provinceShapes() {
        BaseMap base = baseMap();
        Map<String, Long> ids = units.findAcrossScopesInForceByLevel(UnitLevel.PROVINCE, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getCode, AdministrativeUnit::getId, (a, b) -> a));
        return base.features().stream()
                .map(feature -> new UnitShape(ids.getOrDefault(feature.code(), 0L), feature.code(),
                        base.names().get(feature.code()), feature.geometry().polygons()))
                .toList();
    }

    private BaseMap baseMap() {
        BaseMap base = baseMap;
        if (base == null) {
            synchronized (this) {
                base = baseMap;
                if (base == null) {
                    base = readBaseMap();
                    baseMap = base;
                }
            }
        }
        return base;
    }

    private static BaseMap readBaseMap() {
        byte[] content;
        try (InputStream in = new ClassPathResource(PROVINCES).getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + PROVINCES, e);
        }
        List<GeoJsonBoundaries.Feature> features = GeoJsonBoundaries.parse(PROVINCES, content);
        Map<String, String> names = JSON.readTree(content).get("features").valueStream()
                .collect(Collectors.toMap(feature -> feature.get("properties").get("code").stringValue(),
                        feature -> feature.get("properties").get("name").stringValue()));
        StringBuilder json = new StringBuilder(content.length);
        json.append(EMPTY_MAP_START);
        for (int i = 0; i < features.size(); i++) {
            GeoJsonBoundaries.Feature feature = features.get(i);
            appendFeature(json.append(i == 0 ? "" : ","), feature.code(), names.get(feature.code()),
                    feature.geometry().json());
        }
        return new BaseMap(features, names, mapData(json.append("]}")));
    }

    private static void appendFeature(StringBuilder json, String code, String name, String geometry) {
        json.append("{\"type\":\"Feature\",\"properties\":{\"code\":").append(JSON.writeValueAsString(code))
                .append(",\"name\":").append(JSON.writeValueAsString(name)).append("},\"geometry\":")
                .append(geometry).append('}');
    }

    private static MapData mapData(CharSequence json) {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new MapData(bytes, "\"" + HexFormat.of().formatHex(Arrays.copyOf(hash, 16)) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
