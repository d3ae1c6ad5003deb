package vn.gov.bluezone.documents.ui;

import java.util.concurrent.CompletionException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.gov.bluezone.documents.DocumentJobs;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ui.ReportDocumentAddress;

/**
 * The PDF of a daily report beside its document page ({@code reports/{id}/document.pdf}), so the
 * report's page links straight to it (one click opens the document in the browser). The filter
 * chain lets only signed-in users reach it (the identity module's rule for document files, decision
 * 0023); the page's own address stays the page's, however it is opened. The same service call as
 * the document page, on the bounded pool, with the caller's role and scope checks: a report outside
 * the scope, or an id that cannot name one, is "not found"; a full pool is "try again later".
 */
@Controller
class ReportDocumentFile {

    private final DocumentService documents;
    private final DocumentJobs jobs;

    ReportDocumentFile(DocumentService documents, DocumentJobs jobs) {
        this.documents = documents;
        this.jobs = jobs;
    }

    @GetMapping(ReportDocumentAddress.MAPPING)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] content;
        try {
            content = jobs.submit(() -> documents.communeReportPdf(id)).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof OutOfScopeException) {
                return ResponseEntity.notFound().build();
            }
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        } catch (OutOfScopeException unknown) {
            return ResponseEntity.notFound().build();
        } catch (PortalException busy) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("bao-cao-" + id + ".pdf").build().toString())
                .body(content);
    }
}
