package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;

/** What every official document must be, checked on the PDF itself. */
final class PdfChecks {

    /** Decree 30's top margin, at least 20 mm; the page number (from page 2) is printed inside it. */
    static final float TOP_MARGIN = 56.7f;

    private PdfChecks() {
    }

    /** One line of text as PDFBox reads it: its page (from 1), its text and where it starts and ends. */
    record Line(int page, String text, float x, float top, float right, float bottom) {
    }

    /** Every line of text of the document, page by page, top to bottom. */
    static List<Line> lines(PDDocument document) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder text = new StringBuilder();
            private final List<TextPosition> positions = new ArrayList<>();

            @Override
            protected void writeString(String string, List<TextPosition> textPositions) {
                text.append(string);
                positions.addAll(textPositions);
            }

            @Override
            protected void writeWordSeparator() {
                text.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                flush();
            }

            @Override
            protected void writePageEnd() {
                flush();
            }

            private void flush() {
                if (positions.isEmpty()) {
                    text.setLength(0);
                    return;
                }
                float x = Float.MAX_VALUE, top = Float.MAX_VALUE, right = 0, bottom = 0;
                for (TextPosition position : positions) {
                    x = Math.min(x, position.getXDirAdj());
                    right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
                    top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
                    bottom = Math.max(bottom, position.getYDirAdj());
                }
                lines.add(new Line(getCurrentPageNo(), text.toString(), x, top, right, bottom));
                text.setLength(0);
                positions.clear();
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return lines;
    }

    /** The first line that contains {@code text}. */
    static Line find(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains " + text + " in " + lines));
    }

    /**
     * Decree 30 page numbers: none on page 1; from page 2 the page's number alone, in Arabic numerals,
     * above every other line of the page, inside the top margin and centred on the text area.
     */
    static void assertPageNumbers(PDDocument document) throws IOException {
        List<Line> lines = lines(document);
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            int p = page;
            List<Line> onPage = lines.stream().filter(l -> l.page() == p).toList();
            Line first = onPage.stream().min((a, b) -> Float.compare(a.top(), b.top())).orElseThrow();
            if (page == 1) {
                assertThat(first.text().strip()).as("page 1 has no number").doesNotMatch("\\d+");
                assertThat(first.top()).as("page 1 starts under the top margin").isGreaterThanOrEqualTo(TOP_MARGIN);
                continue;
            }
            assertThat(first.text().strip()).as("number on page " + page).isEqualTo(String.valueOf(page));
            assertThat(first.bottom()).as("number of page " + page + " in the top margin").isLessThan(TOP_MARGIN);
            // centred on the text area between the left (85 pt) and right (547 pt) margins
            assertThat((first.x() + first.right()) / 2).as("number centred").isCloseTo(316f, Offset.offset(4f));
            assertThat(onPage.stream().filter(l -> l != first).mapToDouble(Line::top).min().orElse(TOP_MARGIN))
                    .as("body of page " + page + " under the top margin").isGreaterThanOrEqualTo(TOP_MARGIN);
        }
    }

    /**
     * The closing ("Nơi nhận" level with the signature block) follows a body line on its own page: it
     * never opens a page by itself.
     */
    static void assertClosingFollowsTheBody(PDDocument document) throws IOException {
        List<Line> lines = lines(document);
        Line closing = find(lines, "Nơi nhận:");
        Line before = lines.get(lines.indexOf(closing) - 1);
        assertThat(before.page()).as("the line before Nơi nhận (" + before.text() + ") on its page").isEqualTo(closing.page());
        assertThat(before.text().strip()).as("not just the page number").isNotEqualTo(String.valueOf(closing.page()));
    }

    /** Renders page 1 as PNG under target/documents, to look at. */
    static void savePage1(PDDocument document, String name) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
        Path out = Path.of("target", "documents", name + "-page1.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
    }

    /**
     * A4 portrait, every font embedded Liberation Serif, all text inside the Decree 30 margins (the
     * page number of a page after the first sits in the top margin, as the decree places it).
     */
    static void assertDecree30Pdf(PDDocument document) throws IOException {
        float[] extent = {Float.MAX_VALUE, 0, Float.MAX_VALUE, 0};
        for (PDPage page : document.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, Offset.offset(1f));
            for (var name : page.getResources().getFontNames()) {
                var font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
        }
        for (Line line : lines(document)) {
            boolean pageNumber = line.page() > 1 && line.text().strip().equals(String.valueOf(line.page()))
                    && line.bottom() < TOP_MARGIN;
            extent[0] = Math.min(extent[0], line.x());
            extent[1] = Math.max(extent[1], line.right());
            extent[2] = pageNumber ? extent[2] : Math.min(extent[2], line.top());
            extent[3] = Math.max(extent[3], line.bottom());
        }
        // Decree 30: left margin at least 30 mm (85.0 pt), right at least 15 mm (text ends by 595 - 42.5 pt),
        // top and bottom at least 20 mm (56.7 pt); the templates use 30, 17, 20 and 20 mm
        assertThat(extent[0]).as("left margin").isGreaterThanOrEqualTo(84.9f);
        assertThat(extent[1]).as("right margin").isLessThanOrEqualTo(552.5f);
        assertThat(extent[2]).as("top margin").isGreaterThanOrEqualTo(TOP_MARGIN);
        assertThat(extent[3]).as("bottom margin").isLessThanOrEqualTo(842f - TOP_MARGIN);
        if (document.getNumberOfPages() > 1) {
            assertPageNumbers(document);
        }
    }
}
