package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the signer's signature is shown: a rectangle on a page (from 0), in PDF user space (points,
 * origin at the bottom left of the page).
 */
public record SignatureBox(int page, float x, float y, float width, float height) {

    static final float WIDTH = 190;
    static final float HEIGHT = 52;

    PDRectangle rectangle() {
        return new PDRectangle(x, y, width, height);
    }

    /**
     * The seal's square over the left third of this box (Decree 30, ô 8: the seal covers about a
     * third of the signature, on its left): its right edge a third into the box, centred on its height.
     */
    SignatureBox seal(float diameter) {
        float right = x + width / 3;
        return new SignatureBox(page, Math.max(0, right - diameter), y + height / 2 - diameter / 2, diameter, diameter);
    }

    /**
     * The box between the authority lines ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and the signer's name, as
     * the layout places a signature (ô 7c): found from the last line of the document that holds
     * {@code signerName}, centred on it, just above it.
     */
    public static SignatureBox aboveName(byte[] pdf, String signerName) {
        record Found(int page, float pageHeight, float x, float right, float top) {
        }
        List<Found> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.contains(signerName) && !positions.isEmpty()) {
                        float x = Float.MAX_VALUE, right = 0, top = Float.MAX_VALUE;
                        for (TextPosition p : positions) {
                            x = Math.min(x, p.getXDirAdj());
                            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                            top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                        }
                        found.add(new Found(getCurrentPageNo() - 1, getCurrentPage().getMediaBox().getHeight(), x, right,
                                top));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the PDF", e);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("The document does not name its signer");
        }
        Found name = found.getLast();
        return aboveText(name.page(), name.pageHeight(), name.x(), name.right(), name.top());
    }

    /**
     * The box just above a line of text that spans {@code left} to {@code right} and whose top is
     * {@code top} points below the top of a page {@code pageHeight} high, centred on it.
     */
    public static SignatureBox aboveText(int page, float pageHeight, float left, float right, float top) {
        float centre = (left + right) / 2;
        return new SignatureBox(page, centre - WIDTH / 2, pageHeight - top + 4, WIDTH, HEIGHT);
    }
}
