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

/**
 * The PDF of a daily report at the address of its document page with {@code ?format=pdf}
 * ({@code reports/{id}/document?format=pdf}), so the report's page links straight to it (one click
 * opens the document in the browser). Being the address of a route that needs a signed-in user, it
 * is guarded by the portal's filter chain exactly as the page is; without the parameter the address
 * is the page. The same service call as
 * the document page, on the bounded pool, with the caller's role and scope checks: a report outside
 * the scope, or an id that cannot name one, is "not found"; a full pool is "try again later".
 */
@Controller
class ReportDocumentFile {

    /** What {@link vn.gov.bluezone.shared.ui.RouteIds} accepts as an id: a plain positive number of at most 18 digits. */
    static final String PATH = "/reports/{id:[1-9][0-9]{0,17}}/document";

    private final DocumentService documents;
    private final DocumentJobs jobs;

    ReportDocumentFile(DocumentService documents, DocumentJobs jobs) {
        this.documents = documents;
        this.jobs = jobs;
    }

    /** The address of the PDF of report {@code id}, relative to the application's root (as the views' links are). */
    static String href(long id) {
        return "reports/" + id + "/document?format=pdf";
    }

    @GetMapping(path = PATH, params = "format=pdf")
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
