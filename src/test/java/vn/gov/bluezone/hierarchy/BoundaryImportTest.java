package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;

/**
 * Boundaries as data (decision 0032) on the demo of today: Tây Ninh's 96 communes and their shipped
 * boundaries (the demo imports them at start), every kind of bad file refused whole with its
 * message key and the feature it concerns, scope, and the map data built from what is stored.
 */
@TodaySpringTest
class BoundaryImportTest {

    static final String TAY_NINH_FILE = "geo/tay-ninh-2025-communes.geojson";
    static final String SQUARE = "[[[106.1,11.1],[106.2,11.1],[106.2,11.2],[106.1,11.1]]]";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BoundaryImportService importer;
    @Autowired
    BoundaryService boundaries;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    UnitBoundaryRepository stored;
    @Autowired
    AsUser as;
    @Autowired
    UserDetailsService users;

    long tayNinh;

    @BeforeEach
    void setUp() {
        tayNinh = as.call("admin", () -> hierarchy.getByCode("80").id());
    }

    @Test
    void theRealFileOfTayNinhGivesEveryCommuneItsShapeAndAgainChangesNothing() {
        BoundaryImportService.Result first = as.call("admin", () -> importer.importBoundaries("tay-ninh.geojson",
                resource(TAY_NINH_FILE)));
        assertThat(first.shapes()).isEqualTo(96);
        assertThat(first.withoutShape()).isEmpty();
        assertThat(as.call("admin", () -> boundaries.shapesUnder(tayNinh))).hasSize(96);

        long before = stored.count();
        BoundaryImportService.Result again = as.call("admin", () -> importer.importBoundaries("tay-ninh.geojson",
                resource(TAY_NINH_FILE)));
        assertThat(again.changed()).isFalse();
        assertThat(again.unchanged()).isEqualTo(96);
        assertThat(again.created() + again.replaced()).isZero();
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void aReplacedShapeIsServedAndTheCommunesBesideWithoutOneAreNamed() {
        UnitSummary tanNinh = as.call("admin", () -> hierarchy.getByCode("25459"));
        String original = new String(as.call("admin", () -> boundaries.mapUnder(tayNinh)).json(), StandardCharsets.UTF_8);
        try {
            BoundaryImportService.Result result = as.call("admin", () -> importer.importBoundaries("one.json",
                    collection(feature("25459", "Polygon", SQUARE))));
            assertThat(result.replaced()).isEqualTo(1);
            assertThat(result.withoutShape()).isEmpty();
            String map = new String(as.call("admin", () -> boundaries.mapUnder(tayNinh)).json(), StandardCharsets.UTF_8);
            assertThat(map).contains("\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}")
                    .isNotEqualTo(original);
            UnitShape shape = as.call("admin", () -> boundaries.shapesUnder(tayNinh)).stream()
                    .filter(s -> s.code().equals("25459")).findFirst().orElseThrow();
            assertThat(shape.unitId()).isEqualTo(tanNinh.id());
            assertThat(shape.name()).isEqualTo(tanNinh.name());
            assertThat(shape.polygons()).hasSize(1);
            assertThat(shape.polygons().getFirst().getFirst()).hasSize(4);
            assertThat(shape.polygons().getFirst().getFirst().get(1)).containsExactly(106.2, 11.1);
        } finally {
            as.call("admin", () -> importer.importBoundaries("tay-ninh.geojson", resource(TAY_NINH_FILE)));
        }
        assertThat(new String(as.call("admin", () -> boundaries.mapUnder(tayNinh)).json(), StandardCharsets.UTF_8))
                .isEqualTo(original);
    }

    static List<Arguments> badFiles() {
        String ok = feature("25459", "Polygon", SQUARE);
        return List.of(
                Arguments.of("a.csv", collection(ok), 0, "boundaryImport.error.fileType"),
                Arguments.of("a.geojson", bytes("{\"type\":\"FeatureCollection\",\"features\":["), 0,
                        "boundaryImport.error.notJson"),
                Arguments.of("a.geojson", bytes("<script>alert(1)</script>"), 0, "boundaryImport.error.notJson"),
                Arguments.of("a.geojson", bytes("{\"type\":\"Feature\",\"features\":[]}"), 0,
                        "boundaryImport.error.notFeatureCollection"),
                Arguments.of("a.geojson", bytes("[1,2]"), 0, "boundaryImport.error.notFeatureCollection"),
                Arguments.of("a.geojson", collection(), 0, "boundaryImport.error.noFeatures"),
                Arguments.of("a.geojson", collection(ok, "{\"type\":\"Feature\",\"properties\":{\"name\":\"X\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}"), 2,
                        "boundaryImport.error.missingCode"),
                Arguments.of("a.geojson", collection(ok, ok), 2, "boundaryImport.error.duplicateCode"),
                Arguments.of("a.geojson", collection(feature("25459", "Point", "[106.1,11.1]")), 1,
                        "boundaryImport.error.geometryType"),
                Arguments.of("a.geojson", collection(feature("25459", "LineString", "[[106.1,11.1],[106.2,11.2]]")), 1,
                        "boundaryImport.error.geometryType"),
                Arguments.of("a.geojson", collection(feature("25459", "Polygon",
                        "[[[106.1,11.1],[186.2,11.1],[106.2,11.2],[106.1,11.1]]]")), 1, "boundaryImport.error.outOfRange"),
                Arguments.of("a.geojson", collection(feature("25459", "Polygon",
                        "[[[106.1,11.1],[106.2,-91],[106.2,11.2],[106.1,11.1]]]")), 1, "boundaryImport.error.outOfRange"),
                Arguments.of("a.geojson", collection(feature("25459", "Polygon",
                        "[[[106.1,11.1],[1e400,11.1],[106.2,11.2],[106.1,11.1]]]")), 1, "boundaryImport.error.outOfRange"),
                Arguments.of("a.geojson", collection(feature("25459", "Polygon",
                        "[[[106.1,11.1],[\"106.2\",11.1],[106.2,11.2],[106.1,11.1]]]")), 1,
                        "boundaryImport.error.coordinates"),
                Arguments.of("a.geojson", collection(feature("25459", "Polygon", "[]")), 1,
                        "boundaryImport.error.coordinates"),
                Arguments.of("a.geojson", collection(feature("25459", "Polygon",
                        "[[[106.1,11.1],[106.2,11.1],[106.1,11.1]]]")), 1, "boundaryImport.error.ringTooShort"),
                Arguments.of("a.geojson", collection(feature("25459", "MultiPolygon",
                        "[" + SQUARE + ",[[[106.1,11.1],[106.2,11.1],[106.2,11.2],[106.1,11.2]]]]")), 1,
                        "boundaryImport.error.ringNotClosed"),
                Arguments.of("a.geojson", collection(feature("25459", "Polygon", ring(GeoJsonBoundaries.MAX_FEATURE_VERTICES + 1))),
                        1, "boundaryImport.error.tooManyVertices"),
                Arguments.of("a.geojson", collection(IntStream.range(0, 11)
                        .mapToObj(i -> feature(code(i), "Polygon", ring(49_000)))
                        .toArray(String[]::new)), 11, "boundaryImport.error.tooManyVerticesTotal"),
                Arguments.of("a.geojson", collection(ok, feature("99999", "Polygon", SQUARE)), 2,
                        "boundaryImport.error.unknownUnit"),
                // Xã Đức Lập Hạ of Long An 2020: stored, but no longer in force today
                Arguments.of("a.geojson", collection(feature("27958", "Polygon", SQUARE)), 1,
                        "boundaryImport.error.unknownUnit"),
                Arguments.of("a.geojson", collection(feature("<b>1</b>", "Polygon", SQUARE)), 1, "import.error.badCode"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsRefusedWholeWithItsProblemByFeature(String fileName, byte[] content, int feature, String key) {
        long before = stored.count();
        String map = new String(as.call("admin", () -> boundaries.mapUnder(tayNinh)).json(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as.run("admin", () -> importer.importBoundaries(fileName, content)))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
                        .extracting(ImportProblem::row, ImportProblem::messageKey).contains(
                                org.assertj.core.groups.Tuple.tuple(feature, key)));
        assertThat(stored.count()).isEqualTo(before);
        assertThat(new String(as.call("admin", () -> boundaries.mapUnder(tayNinh)).json(), StandardCharsets.UTF_8))
                .isEqualTo(map);
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsRead() {
        byte[] large = new byte[BoundaryImportService.MAX_BYTES + 1];
        assertThatThrownBy(() -> as.run("admin", () -> importer.importBoundaries("big.geojson", large)))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new ImportProblem(0, "import.error.tooLarge", 5)));
    }

    @Test
    void aCodeOutsideTheCallersScopeIsRefusedAsIfNoSuchUnitExisted() {
        // Xã Đức Lập's officer, given the permission for the test: its own commune is in scope, Phường Tân Ninh is not
        UserDetails officer = users.loadUserByUsername("xa.duclap");
        List<GrantedAuthority> authorities = new ArrayList<>(officer.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(Permission.MANAGE_UNITS.authority()));
        long before = stored.count();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> importer.importBoundaries("two.geojson",
                    collection(feature("27964", "Polygon", SQUARE), feature("25459", "Polygon", SQUARE))))
                    .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems())
                            .containsExactly(new ImportProblem(2, "boundaryImport.error.unknownUnit", "25459")));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void onlyWhoManagesUnitsImportsButEverySignedInUserReadsTheMaps() {
        assertThatThrownBy(() -> as.run("tayninh.canbo", () -> importer.importBoundaries("tay-ninh.geojson",
                resource(TAY_NINH_FILE)))).isInstanceOf(AccessDeniedException.class);
        // a commune officer reads the map of the whole province: boundaries are public geography
        assertThat(as.call("xa.duclap", () -> boundaries.shapesUnder(tayNinh))).hasSize(96);
        assertThat(as.call("xa.duclap", () -> boundaries.mapUnder(tayNinh)).json()).isNotEmpty();
        assertThatThrownBy(() -> boundaries.mapUnder(tayNinh)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theMapOfTayNinhIsCompactGeoJsonWithAStrongTag() throws IOException {
        MapData map = as.call("xa.duclap", () -> boundaries.mapUnder(tayNinh));
        JsonNode root = JSON.readTree(map.json());
        assertThat(root.get("type").stringValue()).isEqualTo("FeatureCollection");
        assertThat(root.get("features").size()).isEqualTo(96);
        JsonNode first = root.get("features").get(0);
        assertThat(first.get("properties").propertyNames()).containsExactly("code", "name");
        assertThat(first.get("properties").get("code").stringValue()).isEqualTo("25459");
        assertThat(first.get("properties").get("name").stringValue()).isEqualTo("Phường Tân Ninh");
        List<String> codes = root.get("features").valueStream()
                .map(feature -> feature.get("properties").get("code").stringValue()).toList();
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        String text = new String(map.json(), StandardCharsets.UTF_8);
        // no whitespace between tokens (the names have their spaces)
        assertThat(text.replaceAll("\"name\":\"[^\"]*\"", "")).doesNotContainAnyWhitespaces();
        assertThat(map.json().length).isLessThan(300 * 1024);
        assertThat(gzip(map.json()).length).isLessThan(300 * 1024).isLessThan(map.json().length / 2);
        assertThat(map.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(as.call("admin", () -> boundaries.mapUnder(tayNinh))).isSameAs(map);
        assertThatThrownBy(() -> as.call("admin", () -> boundaries.mapUnder(tayNinh + 1_000_000)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void theNationalBaseMapHasThe34ProvincesWithTheirIslands() {
        MapData provinces = as.call("xa.duclap", () -> boundaries.provinces());
        JsonNode root = JSON.readTree(provinces.json());
        assertThat(root.get("features").size()).isEqualTo(34);
        List<String> types = root.get("features").valueStream()
                .map(feature -> feature.get("geometry").get("type").stringValue()).toList();
        assertThat(types).contains("MultiPolygon", "Polygon");
        assertThat(new String(provinces.json(), StandardCharsets.UTF_8).replaceAll("\"name\":\"[^\"]*\"", ""))
                .doesNotContainAnyWhitespaces();

        List<UnitShape> shapes = as.call("xa.duclap", () -> boundaries.provinceShapes());
        assertThat(shapes).hasSize(34);
        assertThat(shapes).filteredOn(shape -> shape.code().equals("80")).singleElement()
                .satisfies(shape -> assertThat(shape.unitId()).isEqualTo(tayNinh));
        assertThat(shapes).filteredOn(shape -> shape.code().equals("01")).singleElement()
                .satisfies(shape -> assertThat(shape.unitId()).isZero());
        // Đà Nẵng (48) holds the Hoàng Sa special zone, Khánh Hòa (56) the Trường Sa one: islands far out at sea
        assertThat(shapes).filteredOn(shape -> shape.code().equals("48")).singleElement()
                .satisfies(shape -> assertThat(shape.polygons().size()).isGreaterThan(1));
        assertThat(shapes).filteredOn(shape -> shape.code().equals("56")).singleElement()
                .satisfies(shape -> assertThat(shape.polygons().stream().flatMap(List::stream).flatMap(List::stream)
                        .mapToDouble(position -> position[0]).max().orElseThrow()).isGreaterThan(113));
    }

    static String code(int i) {
        return Integer.toString(25459 + i);
    }

    /** A ring of this many positions, all the same (short, so that large rings stay under the size limit). */
    static String ring(int positions) {
        return "[[" + String.join(",", java.util.Collections.nCopies(positions, "[1,1]")) + "]]";
    }

    static String feature(String code, String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"<script>alert(1)</script>\"},"
                + "\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}}";
    }

    static byte[] collection(String... features) {
        return bytes("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.toByteArray();
    }
}
