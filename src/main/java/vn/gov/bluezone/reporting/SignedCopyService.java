package vn.gov.bluezone.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;

/**
 * The written, signed copy of a report: the commune's own officers upload it (PDF, JPEG or PNG by
 * content, at most 10 MB, under a safe file name); everyone whose scope covers the commune
 * downloads it. The report's life cycle stays with {@link DailyReportService}.
 */
@Service
@Transactional(readOnly = true)
public class SignedCopyService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final DailyReportRepository reports;
    private final SignedCopyRepository signedCopies;
    private final ReportRevisionRepository revisions;
    private final DailyReportService dailyReports;
    private final Callers callers;
    private final AuditLog auditLog;
    private final Clock clock;

    SignedCopyService(DailyReportRepository reports, SignedCopyRepository signedCopies,
            ReportRevisionRepository revisions, DailyReportService dailyReports, Callers callers,
            AuditLog auditLog, Clock clock) {
        this.reports = reports;
        this.signedCopies = signedCopies;
        this.revisions = revisions;
        this.dailyReports = dailyReports;
        this.callers = callers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Stores the written, signed report: PDF, JPEG or PNG by content, at most 10 MB. */
    @Requires(Permission.SUBMIT_REPORT)
    @Transactional
    public ReportDetails upload(long reportId, String fileName, byte[] content) {
        DailyReport report = ownReport(reportId);
        if (content == null || content.length == 0) {
            throw new PortalException("signedCopy.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        String type = SignedCopyTypes.detect(content);
        if (type == null) {
            throw new PortalException("signedCopy.error.type");
        }
        String name = SignedCopyTypes.safeFileName(fileName, type);
        Instant now = clock.instant();
        String username = callers.current().userName();
        SignedCopy copy = signedCopies.findById(reportId).orElseGet(() -> new SignedCopy(reportId));
        copy.replace(name, type, content, sha256(content), username, now);
        signedCopies.save(copy);
        revisions.save(new ReportRevision(reportId, now, username, RevisionAction.SIGNED_COPY,
                name + " (" + content.length + " B)"));
        auditLog.record(RevisionAction.SIGNED_COPY.auditAction(), name, report.getUnitPath(),
                type + ", " + content.length + " B");
        return dailyReports.get(reportId);
    }

    /** The stored copy, for a download; out of scope reads as missing. */
    @PreAuthorize("isAuthenticated()")
    public SignedCopyFile download(long reportId) {
        reports.findInScope(reportId).orElseThrow(OutOfScopeException::new);
        SignedCopy copy = signedCopies.findById(reportId).orElseThrow(OutOfScopeException::new);
        return new SignedCopyFile(copy.getFileName(), copy.getContentType(), copy.getContent());
    }

    /** The refusal of a file over {@link #MAX_BYTES}, also given to the upload field for the browser's check. */
    public static PortalException tooLarge() {
        return new PortalException("signedCopy.error.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    private DailyReport ownReport(long reportId) {
        DailyReport report = reports.findInScope(reportId).orElseThrow(OutOfScopeException::new);
        if (!callers.current().isOwnUnit(report.getUnitPath())) {
            throw new AccessDeniedException("not the caller's own commune");
        }
        return report;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
