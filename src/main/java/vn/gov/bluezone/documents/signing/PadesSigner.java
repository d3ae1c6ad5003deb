package vn.gov.bluezone.documents.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.core.io.ClassPathResource;

import vn.gov.bluezone.shared.PortalTime;

/**
 * Signs an issued document as the electronic-document format prescribes: first the signer (a
 * person), then the issuing agency (an organisation), each in its own incremental update, so that
 * the agency's signature covers the signer's. Each is a PAdES baseline B-T signature
 * (ETSI.CAdES.detached with signing-certificate-v2 and an RFC 3161 signature time stamp), applied
 * with PDFBox's external signing: PDFBox reserves the signature's place and gives the byte range,
 * the portal builds the CMS around the {@link DocumentSigner}'s signature of the digest.
 * <p>
 * Visible: the signer's box (name, office, agency, signing time in ISO 8601 with +07:00) where the
 * signature goes, and the agency's seal over the left third of it. The claimed signing time is the
 * signature dictionary's /M, in Vietnam's offset; the time stamp gives the proven time.
 */
public class PadesSigner {

    /** Room reserved for each CMS (the PDF holds it twice as hex): two RSA certificates, a time stamp and its certificate fit. */
    static final int SIGNATURE_SIZE = 12_000;
    /** The seal's diameter in points (about 35 mm, as a real seal). */
    static final float SEAL_DIAMETER = 96;
    /** The seal image's width in pixels: 96 pt at 225 dpi. */
    static final int SEAL_PIXELS = 300;

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("documents", Locale.ROOT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final String FONT = "LiberationSerif-Regular.ttf";

    /** Guards the parsed fonts, which the appearances share ({@link #font}). */
    private static final Object FONT_LOCK = new Object();
    private static final Map<String, TrueTypeFont> FONTS = new HashMap<>();

    private final Supplier<TimeStampAuthority> timeStamps;
    private final Clock clock;

    /** Who signs for the document: the signer's key, name and office held ("PHÓ CHỦ TỊCH"). */
    public record Signatory(DocumentSigner signer, String name, String office) {
    }

    /** The issuing agency: its key and its name as the seal shows it. */
    public record Agency(DocumentSigner signer, String name) {
    }

    public PadesSigner(Supplier<TimeStampAuthority> timeStamps, Clock clock) {
        this.timeStamps = timeStamps;
        this.clock = clock;
    }

    /** The document signed by the signer, then by the agency, each time-stamped. */
    public byte[] sign(byte[] pdf, Signatory signatory, Agency agency, SignatureBox box) {
        OffsetDateTime time = now();
        byte[] personal = sign(pdf, signatory.signer(), signatory.name(), time, box,
                (template, stream) -> signerAppearance(template, stream, box, signatory, agency.name(), time));
        return seal(personal, agency, box);
    }

    /**
     * The agency's signature with its seal over the left third of the signer's {@code box}, on a
     * document the signer has signed (here or through {@link #complete}).
     */
    public byte[] seal(byte[] signedBySigner, Agency agency, SignatureBox box) {
        SignatureBox seal = agencyBox(box);
        return sign(signedBySigner, agency.signer(), agency.name(), now(), seal,
                (template, stream) -> sealAppearance(template, stream, seal, agency.name()));
    }

    /**
     * The first step of signing elsewhere (decision 0038's two-step split, for a USB token at the
     * official's desk or a remote signing service that answers later): the new revision with the
     * signer's box and an empty signature of the reserved size, and the SHA-256 digest the signer
     * must sign. Everything is in the returned value, so it can be kept between two requests.
     */
    public record Prepared(byte[] pdf, byte[] digest, List<X509Certificate> chain, String signatureAlgorithm) {
    }

    /**
     * Prepares {@code pdf} for the signer whose certificate chain is {@code chain} (signature
     * algorithm {@code SHA256withRSA} or {@code SHA256withECDSA}), with the box and the claimed time
     * of now, as {@link #sign} would.
     */
    public Prepared prepare(byte[] pdf, List<X509Certificate> chain, String signatureAlgorithm, String name,
            String office, String agencyName, SignatureBox box) {
        OffsetDateTime time = now();
        DeferredSigner deferred = new DeferredSigner(chain, signatureAlgorithm, null, null);
        Signatory signatory = new Signatory(deferred, name, office);
        byte[] prepared = place(pdf, name, time, box,
                (template, stream) -> signerAppearance(template, stream, box, signatory, agencyName, time),
                (content, out) -> {
                    CadesSignatures.digestToSign(content, deferred);
                    out.setSignature(new byte[0]);
                });
        return new Prepared(prepared, deferred.digest(), List.copyOf(chain), signatureAlgorithm);
    }

    /**
     * The second step: puts the signer's signature value (of {@link Prepared#digest}) into the
     * prepared revision, with its time stamp. Refuses a value that is not the signer's signature of
     * that digest, so a wrong answer from a token never becomes a broken document.
     */
    public byte[] complete(Prepared prepared, byte[] signatureValue) {
        byte[] pdf = prepared.pdf().clone();
        int[] range;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            range = document.getLastSignatureDictionary().getByteRange();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a prepared document", e);
        }
        byte[] content = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], content, 0, range[1]);
        System.arraycopy(pdf, range[2], content, range[1], range[3]);
        DeferredSigner answered = new DeferredSigner(prepared.chain(), prepared.signatureAlgorithm(), prepared.digest(),
                signatureValue);
        byte[] cms = CadesSignatures.sign(new ByteArrayInputStream(content), answered, timeStamps.get());
        if (!CadesSignatures.verifies(cms, content)) {
            throw new IllegalArgumentException("The signature value is not the signer's signature of the prepared digest");
        }
        byte[] hex = HexFormat.of().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        if (hex.length > range[2] - range[1] - 2) {
            throw new IllegalArgumentException("The signature does not fit the reserved space");
        }
        System.arraycopy(hex, 0, pdf, range[1] + 1, hex.length);
        return pdf;
    }

    /**
     * The signer of a prepared document: without a value it notes the digest it is asked to sign
     * and answers a dummy (first step); with one it answers that value for the same digest only.
     */
    private static final class DeferredSigner implements DocumentSigner {

        private final List<X509Certificate> chain;
        private final String algorithm;
        private final byte[] expected;
        private final byte[] value;
        private byte[] digest;

        DeferredSigner(List<X509Certificate> chain, String algorithm, byte[] expected, byte[] value) {
            this.chain = List.copyOf(chain);
            this.algorithm = algorithm;
            this.expected = expected;
            this.value = value;
        }

        @Override
        public List<X509Certificate> chain() {
            return chain;
        }

        @Override
        public String signatureAlgorithm() {
            return algorithm;
        }

        @Override
        public byte[] signDigest(byte[] sha256) {
            digest = sha256.clone();
            if (value == null) {
                return new byte[256];
            }
            if (!MessageDigest.isEqual(expected, sha256)) {
                throw new IllegalArgumentException("The prepared document's digest has changed");
            }
            return value.clone();
        }

        byte[] digest() {
            return digest.clone();
        }
    }

    OffsetDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(PortalTime.ZONE).truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime();
    }

    static SignatureBox agencyBox(SignatureBox box) {
        return box.seal(SEAL_DIAMETER);
    }

    /** "2026-12-01T23:08:09+07:00". */
    public static String iso(OffsetDateTime time) {
        return ISO.format(time);
    }

    private interface Appearance {
        void draw(PDDocument template, PDAppearanceStream stream) throws IOException;
    }

    private interface Embedding {
        void embed(InputStream content, ExternalSigningSupport out) throws IOException;
    }

    private byte[] sign(byte[] pdf, DocumentSigner signer, String name, OffsetDateTime time, SignatureBox box,
            Appearance appearance) {
        return place(pdf, name, time, box, appearance,
                (content, out) -> out.setSignature(CadesSignatures.sign(content, signer, timeStamps.get())));
    }

    /** Adds a signature field with its appearance in a new revision and has {@code embedding} fill its signature. */
    private static byte[] place(byte[] pdf, String name, OffsetDateTime time, SignatureBox box, Appearance appearance,
            Embedding embedding) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setSignDate(GregorianCalendar.from(time.atZoneSameInstant(PortalTime.ZONE)));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            options.setVisualSignature(template(document.getPage(box.page()), box, appearance));
            options.setPage(box.page());
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 64_000);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            embedding.embed(external.getContent(), external);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign the document", e);
        }
    }

    /**
     * A one-page PDF holding only the signature field with its appearance, which PDFBox copies into
     * the signed document's new revision.
     */
    private static InputStream template(PDPage target, SignatureBox box, Appearance appearance) throws IOException {
        synchronized (FONT_LOCK) {
            return templateWithFonts(target, box, appearance);
        }
    }

    private static InputStream templateWithFonts(PDPage target, SignatureBox box, Appearance appearance)
            throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(box.rectangle());
            widget.setPrinted(true);

            PDFormXObject xobject = new PDFormXObject(new PDStream(template));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(box.width(), box.height()));
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearances.setNormalAppearance(stream);
            widget.setAppearance(appearances);
            appearance.draw(template, stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void signerAppearance(PDDocument template, PDAppearanceStream stream, SignatureBox box, Signatory signatory, String agency,
            OffsetDateTime time) throws IOException {
        List<String> lines = List.of(MessageFormat.format(TEXTS.getString("signature.signedBy"), signatory.name()),
                signatory.office() == null ? "" : signatory.office(),
                MessageFormat.format(TEXTS.getString("signature.organisation"), agency),
                MessageFormat.format(TEXTS.getString("signature.time"), iso(time)));
        // one font: each font embedded costs a subset made at every signature
        PDFont font = font(template, FONT);
        PDColor blue = new PDColor(new float[] {0.05f, 0.2f, 0.6f}, PDDeviceRGB.INSTANCE);
        try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
            content.setStrokingColor(blue);
            content.setLineWidth(0.8f);
            content.addRect(0.5f, 0.5f, box.width() - 1, box.height() - 1);
            content.stroke();
            content.setNonStrokingColor(blue);
            float size = 8.5f;
            float y = box.height() - 4 - size;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isEmpty()) {
                    continue;
                }
                String line = printable(lines.get(i));
                float fitted = Math.min(size, size * (box.width() - 8) / Math.max(1, font.getStringWidth(line) / 1000 * size));
                content.beginText();
                content.setFont(font, fitted);
                content.newLineAtOffset(4, y);
                content.showText(line);
                content.endText();
                y -= size + 3;
            }
        }
    }

    private static void sealAppearance(PDDocument template, PDAppearanceStream stream, SignatureBox box, String agency) throws IOException {
        SealImage.Encoded seal = SealImage.encoded(agency, SEAL_PIXELS);
        PDImageXObject image = new PDImageXObject(template, new ByteArrayInputStream(seal.rgb()), COSName.FLATE_DECODE,
                seal.size(), seal.size(), 8, PDDeviceRGB.INSTANCE);
        PDImageXObject mask = new PDImageXObject(template, new ByteArrayInputStream(seal.alpha()), COSName.FLATE_DECODE,
                seal.size(), seal.size(), 8, PDDeviceGray.INSTANCE);
        image.getCOSObject().setItem(COSName.SMASK, mask);
        try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
            content.drawImage(image, 0, 0, box.width(), box.height());
        }
    }

    /**
     * The font, embedded as a subset of what the box shows: parsed once per file and kept, as parsing
     * a TrueType file costs more than the rest of the appearance. A parsed font reads its glyphs
     * lazily and is not safe for two threads at once, so appearances are made under
     * {@link #FONT_LOCK} (a few milliseconds each).
     */
    private static PDFont font(PDDocument document, String file) throws IOException {
        return PDType0Font.load(document, parsed(file), true);
    }

    private static TrueTypeFont parsed(String file) throws IOException {
        TrueTypeFont font = FONTS.get(file);
        if (font == null) {
            try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
            FONTS.put(file, font);
        }
        return font;
    }

    /**
     * The line in Unicode NFC with "?" for whatever the font cannot show (an emoji in a name), as a
     * character without a glyph would stop the signature.
     */
    private static String printable(String line) throws IOException {
        CmapLookup glyphs = parsed(FONT).getUnicodeCmapLookup();
        StringBuilder shown = new StringBuilder();
        Normalizer.normalize(line, Normalizer.Form.NFC).codePoints()
                .forEach(c -> shown.appendCodePoint(glyphs.getGlyphId(c) == 0 ? '?' : c));
        return shown.toString();
    }
}
