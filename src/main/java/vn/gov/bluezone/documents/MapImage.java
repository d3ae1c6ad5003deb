package vn.gov.bluezone.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;

/**
 * Draws a {@link SummaryMap} as a PNG with Java2D, on the server and without a browser (decision
 * 0033): the communes filled with their class's colour, separated by thin white borders, the title
 * above and the legend (a swatch and a label per class, then the note) in a column on the right,
 * inside the image, so the figure says what its colours mean wherever it is copied.
 * <p>
 * The projection is equirectangular with the longitude scaled by the cosine of the middle latitude of
 * the map: at the scale of a province (a degree or two) it keeps shapes and areas as the reader knows
 * them, and needs no library. Rings are filled even-odd, so a hole (a commune surrounded by another)
 * stays open. Text uses the Liberation Serif the documents embed (Vietnamese glyphs, Times New Roman
 * metrics). The same map at the same size gives the same bytes: every rendering hint is fixed and
 * nothing depends on the machine's fonts. A map without areas draws its title and legend around an
 * empty frame; the provincial summary does not show such a map (the source returns none).
 */
public final class MapImage {

    /** The width the documents ask for: 1600 px across the 16.3 cm of the text area, about 250 dpi. */
    public static final int PRINT_WIDTH = 1600;
    public static final int PRINT_HEIGHT = 1200;

    static final Color BACKGROUND = Color.WHITE;
    static final Color BORDER = Color.WHITE;
    static final Color TEXT = new Color(0x21, 0x21, 0x21);
    static final Color FRAME = new Color(0x9e, 0x9e, 0x9e);

    private static final Font REGULAR = font("LiberationSerif-Regular.ttf");
    private static final Font BOLD = font("LiberationSerif-Bold.ttf");
    private static final Font ITALIC = font("LiberationSerif-Italic.ttf");

    private MapImage() {
    }

    /** The map as a PNG of {@code width} × {@code height} pixels. */
    public static byte[] png(SummaryMap map, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(draw(map, width, height), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The map drawn on an RGB image (no transparency: printed on white paper, and smaller). */
    static BufferedImage draw(SummaryMap map, int width, int height) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("a map needs at least 200 × 150 pixels, not " + width + " × " + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            Layout layout = layout(map, width, height);
            drawTitle(g, map, layout);
            drawAreas(g, map, layout);
            drawLegend(g, map, layout);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Where things go: sizes follow the image's width (1600 px is the reference), so a smaller preview
     * looks the same, only smaller.
     */
    record Layout(double unit, Rectangle2D title, Rectangle2D mapBox, Rectangle2D legendBox, List<String> noteLines,
            Projection projection) {
    }

    static Layout layout(SummaryMap map, int width, int height) {
        double unit = width / 1600.0;
        double margin = 40 * unit;
        double top = margin;
        Rectangle2D title = new Rectangle2D.Double(margin, margin, width - 2 * margin, 0);
        if (map.title() != null && !map.title().isBlank()) {
            title = new Rectangle2D.Double(margin, margin, width - 2 * margin, 60 * unit);
            top = title.getMaxY() + 20 * unit;
        }
        Legend legend = legend(map, unit, width);
        double legendHeight = Math.min(legend.height(), height - top - margin);
        Rectangle2D legendBox = new Rectangle2D.Double(width - margin - legend.width(), height - margin - legendHeight,
                legend.width(), legendHeight);
        Rectangle2D mapBox = new Rectangle2D.Double(margin, top, legendBox.getX() - 30 * unit - margin,
                height - margin - top);
        return new Layout(unit, title, mapBox, legendBox, legend.noteLines(), Projection.fit(map.areas(), mapBox));
    }

    /**
     * Longitude and latitude to pixels: x = (lon − west) · cos(middle latitude), y = north − lat, scaled
     * to fit the box and centred in it.
     */
    record Projection(double west, double north, double cosLatitude, double scale, double left, double top) {

        static Projection fit(List<SummaryMap.Area> areas, Rectangle2D box) {
            double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, south = Double.MAX_VALUE, north = -Double.MAX_VALUE;
            for (SummaryMap.Area area : areas) {
                for (List<List<double[]>> polygon : area.polygons()) {
                    for (List<double[]> ring : polygon) {
                        for (double[] point : ring) {
                            west = Math.min(west, point[0]);
                            east = Math.max(east, point[0]);
                            south = Math.min(south, point[1]);
                            north = Math.max(north, point[1]);
                        }
                    }
                }
            }
            if (west > east) {
                return new Projection(0, 0, 1, 1, box.getX(), box.getY());
            }
            double cos = Math.cos(Math.toRadians((south + north) / 2));
            double spanX = Math.max((east - west) * cos, 1e-9);
            double spanY = Math.max(north - south, 1e-9);
            double scale = Math.min(box.getWidth() / spanX, box.getHeight() / spanY);
            return new Projection(west, north, cos, scale, box.getX() + (box.getWidth() - spanX * scale) / 2,
                    box.getY() + (box.getHeight() - spanY * scale) / 2);
        }

        Point2D toPixel(double longitude, double latitude) {
            return new Point2D.Double(left + (longitude - west) * cosLatitude * scale, top + (north - latitude) * scale);
        }
    }

    private static void drawTitle(Graphics2D g, SummaryMap map, Layout layout) {
        if (layout.title().getHeight() == 0) {
            return;
        }
        g.setFont(BOLD.deriveFont((float) (44 * layout.unit())));
        g.setColor(TEXT);
        FontMetrics metrics = g.getFontMetrics();
        String title = fit(map.title(), metrics, layout.title().getWidth());
        double x = layout.title().getCenterX() - metrics.stringWidth(title) / 2.0;
        g.drawString(title, (float) x, (float) (layout.title().getY() + metrics.getAscent()));
    }

    private static void drawAreas(Graphics2D g, SummaryMap map, Layout layout) {
        List<Path2D> outlines = new ArrayList<>();
        for (SummaryMap.Area area : map.areas()) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<List<double[]>> polygon : area.polygons()) {
                for (List<double[]> ring : polygon) {
                    for (int i = 0; i < ring.size(); i++) {
                        Point2D p = layout.projection().toPixel(ring.get(i)[0], ring.get(i)[1]);
                        if (i == 0) {
                            path.moveTo(p.getX(), p.getY());
                        } else {
                            path.lineTo(p.getX(), p.getY());
                        }
                    }
                    path.closePath();
                }
            }
            if (area.fill() != null) {
                g.setColor(area.fill());
                g.fill(path);
            }
            outlines.add(path);
        }
        // borders after every fill, so a neighbour's fill never covers half of a shared border
        g.setColor(BORDER);
        g.setStroke(new BasicStroke((float) (2.5 * layout.unit()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        outlines.forEach(g::draw);
    }

    /** The legend's size, from its labels: as wide as the longest label needs, at most 40 % of the image. */
    private record Legend(double width, double height, List<String> noteLines) {
    }

    private static final double SWATCH = 40;
    private static final double ROW = 58;
    private static final double PADDING = 24;
    private static final double LABEL_SIZE = 34;
    private static final double NOTE_SIZE = 28;

    private static Legend legend(SummaryMap map, double unit, int width) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontMetrics labels = g.getFontMetrics(REGULAR.deriveFont((float) (LABEL_SIZE * unit)));
            double widest = 0;
            for (SummaryMap.LegendItem item : map.legend()) {
                widest = Math.max(widest, labels.stringWidth(item.label()));
            }
            double legendWidth = Math.min(width * 0.4, (2 * PADDING + SWATCH + 16) * unit + widest);
            legendWidth = Math.max(legendWidth, width * 0.2);
            FontMetrics notes = g.getFontMetrics(ITALIC.deriveFont((float) (NOTE_SIZE * unit)));
            List<String> noteLines = map.note() == null || map.note().isBlank() ? List.of()
                    : wrap(map.note(), notes, legendWidth - 2 * PADDING * unit);
            double height = 2 * PADDING * unit + map.legend().size() * ROW * unit
                    + (noteLines.isEmpty() ? 0 : 12 * unit + noteLines.size() * notes.getHeight());
            return new Legend(legendWidth, height, noteLines);
        } finally {
            g.dispose();
        }
    }

    private static void drawLegend(Graphics2D g, SummaryMap map, Layout layout) {
        double unit = layout.unit();
        Rectangle2D box = layout.legendBox();
        g.setColor(BACKGROUND);
        g.fill(box);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke((float) (2 * unit)));
        g.draw(box);
        g.setFont(REGULAR.deriveFont((float) (LABEL_SIZE * unit)));
        FontMetrics metrics = g.getFontMetrics();
        double x = box.getX() + PADDING * unit;
        double y = box.getY() + PADDING * unit;
        for (SummaryMap.LegendItem item : map.legend()) {
            Rectangle2D swatch = new Rectangle2D.Double(x, y + (ROW - SWATCH) / 2 * unit, SWATCH * unit, SWATCH * unit);
            g.setColor(item.color());
            g.fill(swatch);
            g.setColor(FRAME);
            g.setStroke(new BasicStroke((float) (1.5 * unit)));
            g.draw(swatch);
            g.setColor(TEXT);
            double labelX = swatch.getMaxX() + 16 * unit;
            String label = fit(item.label(), metrics, box.getMaxX() - PADDING * unit - labelX);
            g.drawString(label, (float) labelX,
                    (float) (swatch.getCenterY() + (metrics.getAscent() - metrics.getDescent()) / 2.0));
            y += ROW * unit;
        }
        if (!layout.noteLines().isEmpty()) {
            g.setFont(ITALIC.deriveFont((float) (NOTE_SIZE * unit)));
            FontMetrics notes = g.getFontMetrics();
            y += 12 * unit;
            for (String line : layout.noteLines()) {
                g.drawString(line, (float) x, (float) (y + notes.getAscent()));
                y += notes.getHeight();
            }
        }
    }

    /** The text cut with "…" to fit {@code width}; a label should be short, but never runs out of the box. */
    private static String fit(String text, FontMetrics metrics, double width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** The words of {@code text} in lines no wider than {@code width}. */
    private static List<String> wrap(String text, FontMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(fit(line.toString(), metrics, width));
        }
        return lines;
    }

    private static Font font(String file) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the font " + file, e);
        }
    }
}
