package vn.gov.bluezone.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.documents.DocumentVerification.RegisterEntry;
import vn.gov.bluezone.documents.DocumentVerification.Verdict;
import vn.gov.bluezone.documents.signing.SignatureReport;
import vn.gov.bluezone.documents.signing.SignatureVerifier;
import vn.gov.bluezone.documents.signing.VerifiedSignature;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * The verification page's service (issue 18, decision 0038): anyone signed in uploads a PDF and
 * learns whether this portal issued it (the exact bytes, by their SHA-256 in the register), what
 * its signatures are worth against the configured trust anchors, and one verdict. The file is
 * neither stored nor logged; the audit log records the verification with the file's name, its
 * SHA-256 and the verdict.
 */
@Service
public class DocumentVerificationService {

    /** The largest file checked: 20 MB, also the upload field's limit. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FILE_NAME = 120;

    private final DocumentRegister register;
    private final SignatureVerifier verifier;
    private final HierarchyService hierarchy;
    private final AuditLog auditLog;

    DocumentVerificationService(DocumentRegister register, SignatureVerifier verifier, HierarchyService hierarchy,
            AuditLog auditLog) {
        this.register = register;
        this.verifier = verifier;
        this.hierarchy = hierarchy;
        this.auditLog = auditLog;
    }

    /**
     * Checks a PDF. Refuses (with a message key) an empty file, one over {@link #MAX_BYTES} and one
     * that does not start with the PDF header, whatever its name.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DocumentVerification verify(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new PortalException("verify.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (content.length < PDF_HEADER.length
                || !Arrays.equals(content, 0, PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
            throw new PortalException("verify.error.notPdf");
        }
        Optional<IssuedDocument> issued = register.findByContent(content);
        SignatureReport report = verifier.verify(content);
        RegisterEntry entry = issued.map(this::entry).orElse(null);
        boolean appended = report.signed() && !report.coveredToTheEnd();
        Verdict verdict = verdict(entry != null, report.signatures(), appended);
        String name = InputText.line(fileName);
        auditLog.record(AuditAction.DOCUMENT_VERIFIED,
                name == null ? null : name.substring(0, Math.min(name.length(), MAX_FILE_NAME)), null,
                "verdict=" + verdict + " signatures=" + report.signatures().size()
                        + (entry == null ? "" : " document=" + entry.reference() + " " + entry.issuedOn())
                        + " sha256=" + DocumentRegister.sha256(content));
        return new DocumentVerification(verdict, entry, report.signatures(), appended);
    }

    /** The refusal of a file over {@link #MAX_BYTES}, also given to the upload field for the browser's check. */
    public static PortalException tooLarge() {
        return new PortalException("verify.error.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    static Verdict verdict(boolean inRegister, List<VerifiedSignature> signatures, boolean appended) {
        if (signatures.isEmpty()) {
            return inRegister ? Verdict.IN_REGISTER_UNSIGNED : Verdict.NOT_SIGNED;
        }
        if (appended || signatures.stream().anyMatch(s -> s.coverage() == VerifiedSignature.Coverage.INVALID_RANGE
                || s.integrity() == VerifiedSignature.Integrity.CHANGED
                || s.signatureValue() == VerifiedSignature.SignatureValue.INVALID)) {
            return Verdict.ALTERED;
        }
        if (signatures.stream().anyMatch(s -> s.trust() == VerifiedSignature.Trust.UNTRUSTED)) {
            return Verdict.UNTRUSTED;
        }
        if (!signatures.stream().allMatch(VerifiedSignature::valid)) {
            return Verdict.SIGNATURE_NOT_VALID;
        }
        return inRegister ? Verdict.ISSUED_AND_VALID : Verdict.VALID_NOT_IN_REGISTER;
    }

    /**
     * The entry's identity. The issuer may lie outside the caller's scope; its name is printed on
     * the document itself, so it is read with the system's access (a named bypass), and nothing
     * else of the unit is returned.
     */
    private RegisterEntry entry(IssuedDocument document) {
        String issuerName = SystemAccess.runAsSystem(() -> hierarchy.get(document.issuerUnitId()).name());
        return new RegisterEntry(document.reference(), document.number(), document.symbol(), document.issuedOn(),
                document.documentType(), document.summary(), issuerName);
    }
}
