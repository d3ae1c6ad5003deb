package vn.gov.bluezone.documents.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo's seal of an agency: a round red stamp, the agency's name around its rim and a star in the
 * middle, on a transparent background. A deployment would put the agency's registered seal image here.
 */
final class SealImage {

    static final Color RED = new Color(206, 17, 38, 225);

    /** The seal's pixels as PDF image streams: RGB and alpha, each deflated, ready to embed. */
    record Encoded(int size, byte[] rgb, byte[] alpha) {
    }

    private static final Map<String, Encoded> ENCODED = new ConcurrentHashMap<>();

    private SealImage() {
    }

    /**
     * The seal of an agency, drawn and compressed once and then kept: embedding it anew in every
     * signed document is a copy of two byte arrays, not a drawing and a compression (about 60 ms).
     */
    static Encoded encoded(String agencyName, int size) {
        return ENCODED.computeIfAbsent(agencyName + "\u0000" + size, key -> encode(of(agencyName, size)));
    }

    private static Encoded encode(BufferedImage image) {
        int size = image.getWidth();
        byte[] rgb = new byte[size * size * 3];
        byte[] alpha = new byte[size * size];
        for (int y = 0, i = 0; y < size; y++) {
            for (int x = 0; x < size; x++, i++) {
                int argb = image.getRGB(x, y);
                rgb[3 * i] = (byte) (argb >> 16);
                rgb[3 * i + 1] = (byte) (argb >> 8);
                rgb[3 * i + 2] = (byte) argb;
                alpha[i] = (byte) (argb >>> 24);
            }
        }
        return new Encoded(size, deflate(rgb), deflate(alpha));
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8);
            byte[] buffer = new byte[16_384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A square image {@code size} pixels wide. */
    static BufferedImage of(String agencyName, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(RED);
            double c = size / 2.0;
            float rim = size * 0.035f;
            g.setStroke(new BasicStroke(rim));
            double outer = c - rim;
            g.draw(new Ellipse2D.Double(c - outer, c - outer, 2 * outer, 2 * outer));
            double inner = outer * 0.66;
            g.setStroke(new BasicStroke(rim / 2));
            g.draw(new Ellipse2D.Double(c - inner, c - inner, 2 * inner, 2 * inner));
            g.fill(star(c, c, inner * 0.55, inner * 0.22));
            // the name around the rim, clockwise from the lower left, upright to a reader turning the seal
            String text = agencyName.toUpperCase(Locale.ROOT);
            Font font = font().deriveFont(Font.BOLD, (float) (size * 0.085));
            g.setFont(font);
            double radius = (outer + inner) / 2 - size * 0.03;
            double span = Math.toRadians(Math.min(300, 14 + text.length() * 11.5));
            double step = span / Math.max(1, text.length());
            double angle = -Math.PI / 2 - span / 2 + step / 2;
            AffineTransform original = g.getTransform();
            for (int i = 0; i < text.length(); i++, angle += step) {
                String letter = text.substring(i, i + 1);
                g.setTransform(original);
                g.translate(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
                g.rotate(angle + Math.PI / 2);
                g.drawString(letter, -g.getFontMetrics().stringWidth(letter) / 2f, 0);
            }
            g.setTransform(original);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                star.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        star.closePath();
        return star;
    }

    private static Font font() {
        try (InputStream in = new ClassPathResource("fonts/LiberationSerif-Bold.ttf").getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the seal's font", e);
        }
    }
}
