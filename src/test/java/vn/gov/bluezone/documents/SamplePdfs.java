package vn.gov.bluezone.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Real documents for tests outside this package (the signing tests, the signing benchmark): a
 * reprimand dispatch rendered by the real template and renderer, without the Spring context; and the
 * Decree 30 layout checks of {@link PdfChecks}.
 */
public final class SamplePdfs {

    public static final String SIGNER = "Nguyễn Văn Út";

    private static final DocumentRenderer RENDERER = new DocumentRenderer(new DocumentTemplates());

    private SamplePdfs() {
    }

    /** A numbered reprimand dispatch ("Số: 05/UBND-VHXH") of a province, signed for by its vice-chair. */
    public static byte[] dispatch() {
        OfficialDocument document = new OfficialDocument("", "ỦY BAN NHÂN DÂN\nTỈNH LONG AN", "Số: 05/UBND-VHXH",
                "Long An, ngày 24 tháng 8 năm 2020", null, null,
                "- Chủ tịch UBND huyện Mộc Hóa;\n- Chủ tịch UBND thành phố Tân An.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                SIGNER, "- Như trên;\n- Lưu: VT, VHXH.", List.of(
                        DocumentLine.paragraph("Qua theo dõi kết quả cài đặt ứng dụng Bluezone đến ngày 21/08/2020, "
                                + "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:"),
                        DocumentLine.paragraph("1. Phê bình Chủ tịch UBND huyện Mộc Hóa: tỷ lệ cài đặt 18,31 % số người "
                                + "dùng điện thoại thông minh, thấp nhất tỉnh."),
                        DocumentLine.paragraph("2. Nhắc nhở Chủ tịch UBND thành phố Tân An: tỷ lệ cài đặt 31,94 %."),
                        DocumentLine.paragraph("3. Yêu cầu các đơn vị khẩn trương khắc phục.")),
                "V/v phê bình, nhắc nhở kết quả cài đặt ứng dụng Bluezone");
        return RENDERER.pdf(DocumentService.DISPATCH_TEMPLATE, document);
    }

    /** Fails unless the PDF keeps the Decree 30 layout (A4, embedded Liberation Serif, margins, page numbers). */
    public static void assertDecree30Layout(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    /**
     * The file with one byte changed inside the first page's content stream, which every signature
     * covers: what a tampered copy looks like to the verifiers.
     */
    public static byte[] alteredInFirstStream(byte[] pdf) {
        byte[] copy = pdf.clone();
        byte[] marker = "stream".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = copy.length / 4; i < copy.length - marker.length; i++) {
            if (java.util.Arrays.equals(copy, i, i + marker.length, marker, 0, marker.length)) {
                copy[i + 40] ^= 0x01;
                return copy;
            }
        }
        throw new AssertionError("no stream in the PDF");
    }

    /** Poppler's independent check of the file's signatures ("Signature is Valid.", "Digest Mismatch."). */
    public static String pdfsig(Path file) throws IOException {
        return poppler("pdfsig", file.toString());
    }

    public static String pdfsig(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("pdfsig", ".pdf");
        Files.write(file, pdf);
        try {
            return pdfsig(file);
        } finally {
            Files.delete(file);
        }
    }

    /** The text Poppler reads from the PDF, in UTF-8. */
    public static String pdftotext(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("text", ".pdf");
        Files.write(file, pdf);
        try {
            return poppler("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        } finally {
            Files.delete(file);
        }
    }

    private static String poppler(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command[0] + " did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return output;
    }
}
