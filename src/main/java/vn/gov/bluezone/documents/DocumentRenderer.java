package vn.gov.bluezone.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/** Fills a template with an official document and exports it as PDF (fonts embedded) or DOCX (for editing). */
@Component
class DocumentRenderer {

    /** Documents with more body lines than this are filled with a swap-file virtualizer. */
    static final int VIRTUALIZE_ABOVE_LINES = 2000;

    private final DocumentTemplates templates;

    DocumentRenderer(DocumentTemplates templates) {
        this.templates = templates;
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

    byte[] render(String template, OfficialDocument document, DocumentFormat format) {
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
            JasperPrint print = JasperFillManager.fillReport(templates.get(template), parameters, lines);
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
            throw new IllegalStateException("Cannot render the document " + template, e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }
}
