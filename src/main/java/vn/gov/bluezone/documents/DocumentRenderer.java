package vn.gov.bluezone.documents;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/** Fills a template with an official document and exports it as PDF (fonts embedded) or DOCX (for editing). */
@Component
class DocumentRenderer {

    private final DocumentTemplates templates;

    DocumentRenderer(DocumentTemplates templates) {
        this.templates = templates;
    }

    byte[] pdf(String template, OfficialDocument document) {
        return render(template, document, DocumentFormat.PDF);
    }

    byte[] render(String template, OfficialDocument document, DocumentFormat format) {
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            JRMapCollectionDataSource lines = new JRMapCollectionDataSource(
                    (java.util.Collection) document.lines().stream().map(DocumentLine::asFields).toList());
            Map<String, Object> parameters = document.parameters();
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
        }
    }
}
