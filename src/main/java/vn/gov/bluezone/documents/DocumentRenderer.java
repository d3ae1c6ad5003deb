package vn.gov.bluezone.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import vn.gov.bluezone.documents.signing.SignatureBox;

/** Fills a template with an official document and exports it as PDF (fonts embedded) or DOCX (for editing). */
@Component
class DocumentRenderer {

    /** Documents with more body lines than this are filled with a swap-file virtualizer. */
    static final int VIRTUALIZE_ABOVE_LINES = 2000;

    private final DocumentTemplates templates;
    private final MeterRegistry meters;

    @Autowired
    DocumentRenderer(DocumentTemplates templates, MeterRegistry meters) {
        this.templates = templates;
        this.meters = meters;
    }

    /** A renderer outside the application (tests, benchmarks), its timings kept to itself. */
    DocumentRenderer(DocumentTemplates templates) {
        this(templates, new SimpleMeterRegistry());
    }

    byte[] pdf(String template, OfficialDocument document) {
        return render(template, document, DocumentFormat.PDF);
    }

    /**
     * The body lines as the template's fields, each with its {@code part}: "closing" for the last line
     * (and the heading just above it), which the template keeps on the page of the signature block,
     * "body" for the others.
     */
    static List<Map<String, ?>> fields(List<DocumentLine> body) {
        int closingFrom = body.size() - 1;
        if (closingFrom > 0 && "heading".equals(body.get(closingFrom - 1).kind())) {
            closingFrom--;
        }
        List<Map<String, ?>> fields = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Map<String, Object> line = new HashMap<>(body.get(i).asFields());
            line.put("part", i >= closingFrom ? "closing" : "body");
            fields.add(line);
        }
        return fields;
    }

    /** A PDF to be signed, with the place of its signature found while it was laid out. */
    record Signable(byte[] pdf, SignatureBox box) {
    }

    /**
     * The PDF with the box where its signer signs: above the last text of the layout that holds the
     * signer's name (the name under the signature, ô 7c), taken from the filled report's element
     * positions (points from the page's top), which saves reading the PDF back; null without a signer.
     */
    Signable pdfToSign(String template, OfficialDocument document) {
        return fill(template, document, print -> {
            byte[] pdf = export(print, DocumentFormat.PDF);
            String signer = document.signerName() == null ? "" : document.signerName().strip();
            if (signer.isEmpty()) {
                return new Signable(pdf, null);
            }
            List<JRPrintPage> pages = print.getPages();
            for (int page = pages.size() - 1; page >= 0; page--) {
                SignatureBox box = above(pages.get(page).getElements(), 0, 0, signer, page, print.getPageHeight());
                if (box != null) {
                    return new Signable(pdf, box);
                }
            }
            return new Signable(pdf, SignatureBox.aboveName(pdf, signer));
        });
    }

    /** The box above the last text element naming {@code signer}, looking into frames; null if none does. */
    private static SignatureBox above(List<JRPrintElement> elements, int dx, int dy, String signer, int page,
            int pageHeight) {
        SignatureBox found = null;
        for (JRPrintElement element : elements) {
            SignatureBox box = null;
            if (element instanceof JRPrintFrame frame) {
                box = above(frame.getElements(), dx + frame.getX(), dy + frame.getY(), signer, page, pageHeight);
            } else if (element instanceof JRPrintText text && text.getFullText() != null
                    && text.getFullText().contains(signer)) {
                box = SignatureBox.aboveText(page, pageHeight, dx + text.getX(), dx + text.getX() + text.getWidth(),
                        dy + text.getY());
            }
            if (box != null) {
                found = box;
            }
        }
        return found;
    }

    byte[] render(String template, OfficialDocument document, DocumentFormat format) {
        return fill(template, document, print -> export(print, format));
    }

    private static byte[] export(JasperPrint print, DocumentFormat format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == DocumentFormat.DOCX) {
                JRDocxExporter exporter = new JRDocxExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.exportReport();
            } else {
                JRPdfExporter exporter = new JRPdfExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.exportReport();
            }
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export the document", e);
        }
    }

    /** Fills the template and hands the filled report to {@code use}, with the virtualizer of long documents. */
    private <T> T fill(String template, OfficialDocument document, Function<JasperPrint, T> use) {
        Timer.Sample started = Timer.start(meters);
        try {
            return fillTimed(template, document, use);
        } finally {
            started.stop(Timer.builder("portal.documents.render").description("Time to fill and export a document")
                    .tag("template", template).register(meters));
        }
    }

    private <T> T fillTimed(String template, OfficialDocument document, Function<JasperPrint, T> use) {
        JRSwapFileVirtualizer virtualizer = null;
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            JRMapCollectionDataSource lines = new JRMapCollectionDataSource((Collection) fields(document.lines()));
            Map<String, Object> parameters = document.parameters();
            if (document.lines().size() > VIRTUALIZE_ABOVE_LINES) {
                // long documents keep only a few pages in memory and swap the rest to a temporary file
                virtualizer = new JRSwapFileVirtualizer(20,
                        new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 100), true);
                parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            return use.apply(JasperFillManager.fillReport(templates.get(template), parameters, lines));
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render the document " + template, e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }
}
