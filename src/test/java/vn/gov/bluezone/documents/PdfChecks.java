package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;

/** What every official document must be, checked on the PDF itself. */
final class PdfChecks {

    private PdfChecks() {
    }

    /** A4 portrait, every font embedded Liberation Serif, all text inside the Decree 30 margins. */
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
        PDFTextStripper positions = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> textPositions) {
                for (TextPosition position : textPositions) {
                    extent[0] = Math.min(extent[0], position.getXDirAdj());
                    extent[1] = Math.max(extent[1], position.getXDirAdj() + position.getWidthDirAdj());
                    extent[2] = Math.min(extent[2], position.getYDirAdj() - position.getHeightDir());
                    extent[3] = Math.max(extent[3], position.getYDirAdj());
                }
            }
        };
        positions.getText(document);
        // Decree 30: left margin at least 30 mm (85.0 pt), right at least 15 mm (text ends by 595 - 42.5 pt),
        // top and bottom at least 20 mm (56.7 pt); the templates use 30, 17, 20 and 20 mm
        assertThat(extent[0]).as("left margin").isGreaterThanOrEqualTo(84.9f);
        assertThat(extent[1]).as("right margin").isLessThanOrEqualTo(552.5f);
        assertThat(extent[2]).as("top margin").isGreaterThanOrEqualTo(56.7f);
        assertThat(extent[3]).as("bottom margin").isLessThanOrEqualTo(842f - 56.7f);
    }
}
