package vn.gov.bluezone.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/** The JRXML templates of {@code reports/}, each compiled once, on first use, and kept. */
@Component
class DocumentTemplates {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    JasperReport get(String name) {
        return compiled.computeIfAbsent(name, DocumentTemplates::compile);
    }

    private static JasperReport compile(String name) {
        try (InputStream jrxml = new ClassPathResource("reports/" + name + "/" + name + ".jrxml").getInputStream()) {
            return JasperCompileManager.compileReport(jrxml);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Cannot compile the document template " + name, e);
        }
    }
}
