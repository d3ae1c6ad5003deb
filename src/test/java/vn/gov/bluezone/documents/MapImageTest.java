package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of the provincial summary drawn from shapes whose colours are known, read back as pixels:
 * fills where the communes are, holes left open, the legend's text, the size asked for, the same
 * bytes every time; then Tây Ninh's 96 communes from their real boundaries.
 */
class MapImageTest {

    static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    static final Color AMBER = new Color(0xf9, 0xa8, 0x25);
    static final Color RED = new Color(0xc6, 0x28, 0x28);
    static final Color GREY = new Color(0xbd, 0xbd, 0xbd);
    static final List<SummaryMap.LegendItem> LEGEND = List.of(new SummaryMap.LegendItem(GREEN, "Đạt tiến độ"),
            new SummaryMap.LegendItem(AMBER, "Gần đạt"), new SummaryMap.LegendItem(RED, "Chậm"),
            new SummaryMap.LegendItem(GREY, "Chưa có số liệu"));

    /** A square ring (counter-clockwise, closed as GeoJSON closes it) from its south-west corner. */
    static List<double[]> square(double west, double south, double side) {
        return List.of(new double[] {west, south}, new double[] {west + side, south},
                new double[] {west + side, south + side}, new double[] {west, south + side}, new double[] {west, south});
    }

    static SummaryMap.Area area(String code, Color fill, List<double[]>... rings) {
        return new SummaryMap.Area(code, "Xã " + code, List.of(List.of(rings)), fill);
    }

    static final SummaryMap SQUARES = new SummaryMap("Mức độ bao phủ ngày 20/08/2020", List.of(
            area("A", RED, square(106.0, 11.0, 0.1)),
            area("B", GREEN, square(106.1, 11.0, 0.1)),
            // a commune with a hole, as a commune that surrounds another is drawn
            area("C", AMBER, square(106.0, 10.8, 0.2), square(106.07, 10.87, 0.06)),
            area("D", GREY, square(106.2, 10.8, 0.1))),
            LEGEND, "Số liệu ngày 20/08/2020; ranh giới xã năm 2025.");

    static Point2D centre(MapImage.Layout layout, double west, double south, double side) {
        return layout.projection().toPixel(west + side / 2, south + side / 2);
    }

    static Color at(BufferedImage image, Point2D point) {
        return new Color(image.getRGB((int) Math.round(point.getX()), (int) Math.round(point.getY())));
    }

    static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void eachCommuneIsFilledWithItsColourAndAHoleStaysOpen() throws IOException {
        byte[] png = MapImage.png(SQUARES, 1600, 1200);
        save("map-squares.png", png);
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
        MapImage.Layout layout = MapImage.layout(SQUARES, 1600, 1200);
        assertThat(at(image, centre(layout, 106.0, 11.0, 0.1))).isEqualTo(RED);
        assertThat(at(image, centre(layout, 106.1, 11.0, 0.1))).isEqualTo(GREEN);
        assertThat(at(image, centre(layout, 106.2, 10.8, 0.1))).isEqualTo(GREY);
        // the ring of C is amber, its hole is the paper
        assertThat(at(image, layout.projection().toPixel(106.03, 10.83))).isEqualTo(AMBER);
        assertThat(at(image, centre(layout, 106.07, 10.87, 0.06))).isEqualTo(MapImage.BACKGROUND);
        // outside every commune, the paper too
        assertThat(at(image, layout.projection().toPixel(106.25, 11.05))).isEqualTo(MapImage.BACKGROUND);
        // the shapes keep their proportions: a square 0.1° on a side is as wide as it is high, after the
        // longitude is shortened by cos(latitude)
        Point2D sw = layout.projection().toPixel(106.0, 11.0);
        Point2D ne = layout.projection().toPixel(106.1, 11.1);
        assertThat((ne.getX() - sw.getX()) / (sw.getY() - ne.getY()))
                .isCloseTo(Math.cos(Math.toRadians(10.95)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theLegendIsInsideTheImageWithItsSwatchesAndDarkText() throws IOException {
        BufferedImage image = read(MapImage.png(SQUARES, 1600, 1200));
        MapImage.Layout layout = MapImage.layout(SQUARES, 1600, 1200);
        Rectangle2D legend = layout.legendBox();
        assertThat(legend.getMinX()).isGreaterThan(layout.mapBox().getMaxX());
        assertThat(legend.getMaxX()).isLessThanOrEqualTo(1600);
        assertThat(legend.getMaxY()).isLessThanOrEqualTo(1200);
        List<Color> seen = new ArrayList<>();
        int dark = 0;
        for (int y = (int) legend.getMinY() + 4; y < legend.getMaxY() - 4; y++) {
            for (int x = (int) legend.getMinX() + 4; x < legend.getMaxX() - 4; x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.max(pixel.getRed(), Math.max(pixel.getGreen(), pixel.getBlue())) < 90) {
                    dark++;
                }
                if (!seen.contains(pixel) && LEGEND.stream().anyMatch(item -> item.color().equals(pixel))) {
                    seen.add(pixel);
                }
            }
        }
        assertThat(seen).as("a swatch of every class").containsExactlyInAnyOrder(GREEN, AMBER, RED, GREY);
        assertThat(dark).as("dark pixels of the labels").isGreaterThan(2000);
        // the title, above the map
        int titleDark = 0;
        for (int y = (int) layout.title().getMinY(); y < layout.title().getMaxY(); y++) {
            for (int x = 0; x < 1600; x++) {
                titleDark += new Color(image.getRGB(x, y)).getRed() < 90 ? 1 : 0;
            }
        }
        assertThat(titleDark).isGreaterThan(500);
        assertThat(layout.mapBox().getMinY()).isGreaterThan(layout.title().getMaxY());
    }

    @Test
    void theSameMapGivesTheSameBytesAndASmallerSizeIsDrawnToo() throws IOException {
        assertThat(MapImage.png(SQUARES, 1600, 1200)).isEqualTo(MapImage.png(SQUARES, 1600, 1200));
        BufferedImage small = read(MapImage.png(SQUARES, 800, 500));
        assertThat(small.getWidth()).isEqualTo(800);
        assertThat(small.getHeight()).isEqualTo(500);
        assertThat(at(small, centre(MapImage.layout(SQUARES, 800, 500), 106.1, 11.0, 0.1))).isEqualTo(GREEN);
    }

    @Test
    void aMapWithoutAreasIsAnEmptyFrameWithItsLegend() throws IOException {
        SummaryMap empty = new SummaryMap(null, List.of(), LEGEND, null);
        BufferedImage image = read(MapImage.png(empty, 1600, 1200));
        MapImage.Layout layout = MapImage.layout(empty, 1600, 1200);
        Rectangle2D box = layout.mapBox();
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y += 7) {
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x += 7) {
                assertThat(new Color(image.getRGB(x, y))).isEqualTo(MapImage.BACKGROUND);
            }
        }
        assertThat(new Color(image.getRGB((int) layout.legendBox().getCenterX(), (int) layout.legendBox().getMaxY())))
                .isNotEqualTo(MapImage.BACKGROUND);
    }

    /**
     * Tây Ninh's 96 communes from their real boundaries, coloured in turn: the map is drawn, and at
     * the projected centroid of every commune large enough to hold it the pixel has the commune's colour.
     */
    @Test
    void tayNinhsCommunesFromTheirBoundaries() throws IOException {
        List<Color> colours = List.of(GREEN, AMBER, RED, GREY);
        List<SummaryMap.Area> areas = new ArrayList<>();
        for (SummaryMap.Area commune : tayNinh(code -> null)) {
            areas.add(new SummaryMap.Area(commune.code(), commune.name(), commune.polygons(),
                    colours.get(areas.size() % 4)));
        }
        assertThat(areas).hasSize(96);
        SummaryMap map = new SummaryMap("Tỉnh Tây Ninh", areas, LEGEND, null);
        byte[] png = MapImage.png(map, 1600, 1200);
        save("map-tay-ninh.png", png);
        BufferedImage image = read(png);
        MapImage.Layout layout = MapImage.layout(map, 1600, 1200);

        int painted = 0;
        int pixels = 0;
        Rectangle2D box = layout.mapBox();
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y += 3) {
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x += 3) {
                pixels++;
                painted += new Color(image.getRGB(x, y)).equals(MapImage.BACKGROUND) ? 0 : 1;
            }
        }
        assertThat(painted).as("the province covers a good part of its box").isGreaterThan(pixels / 4);

        int checked = 0;
        for (SummaryMap.Area area : areas) {
            Path2D outline = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            double cx = 0, cy = 0, twiceArea = 0;
            List<double[]> outer = area.polygons().getFirst().getFirst();
            for (int i = 0; i < outer.size(); i++) {
                Point2D p = layout.projection().toPixel(outer.get(i)[0], outer.get(i)[1]);
                Point2D q = layout.projection().toPixel(outer.get((i + 1) % outer.size())[0],
                        outer.get((i + 1) % outer.size())[1]);
                double cross = p.getX() * q.getY() - q.getX() * p.getY();
                twiceArea += cross;
                cx += (p.getX() + q.getX()) * cross;
                cy += (p.getY() + q.getY()) * cross;
                if (i == 0) {
                    outline.moveTo(p.getX(), p.getY());
                } else {
                    outline.lineTo(p.getX(), p.getY());
                }
            }
            outline.closePath();
            Point2D centroid = new Point2D.Double(cx / (3 * twiceArea), cy / (3 * twiceArea));
            // a concave commune's centroid can lie outside it or near its border: those are skipped
            if (outline.contains(new Rectangle2D.Double(centroid.getX() - 4, centroid.getY() - 4, 8, 8))) {
                assertThat(at(image, centroid)).as(area.name()).isEqualTo(area.fill());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(48);
    }

    /** Tây Ninh's communes (2025) from the shipped boundaries (src/main/resources/geo), each filled as {@code fill} says by its code. */
    static List<SummaryMap.Area> tayNinh(Function<String, Color> fill) throws IOException {
        JsonNode root;
        try (InputStream in = MapImageTest.class.getResourceAsStream("/geo/tay-ninh-2025-communes.geojson")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        List<SummaryMap.Area> areas = new ArrayList<>();
        for (JsonNode feature : root.get("features")) {
            assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Polygon");
            List<List<double[]>> rings = new ArrayList<>();
            for (JsonNode ring : feature.get("geometry").get("coordinates")) {
                List<double[]> points = new ArrayList<>();
                for (JsonNode point : ring) {
                    points.add(new double[] {point.get(0).doubleValue(), point.get(1).doubleValue()});
                }
                rings.add(points);
            }
            String code = feature.get("properties").get("code").asString();
            areas.add(new SummaryMap.Area(code, feature.get("properties").get("name").asString(), List.of(rings),
                    fill.apply(code)));
        }
        return areas;
    }

    private static void save(String name, byte[] png) throws IOException {
        Path out = Path.of("target", "documents", name);
        Files.createDirectories(out.getParent());
        Files.write(out, png);
    }
}
