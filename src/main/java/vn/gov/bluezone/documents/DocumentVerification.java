package vn.gov.bluezone.documents;

import java.time.LocalDate;
import java.util.List;

import vn.gov.bluezone.documents.signing.VerifiedSignature;

/**
 * What the portal can say about an uploaded PDF ({@link DocumentVerificationService#verify}): its
 * entry in the register when these exact bytes were issued here, each signature as the verifier
 * found it, and one overall verdict. Never the stored file.
 *
 * @param entry       the register entry whose file is exactly these bytes; null when none is
 * @param signatures  the signatures in the order they were applied
 * @param appended    whether something follows the last signature (an unsigned incremental update)
 */
public record DocumentVerification(Verdict verdict, RegisterEntry entry, List<VerifiedSignature> signatures,
        boolean appended) {

    public boolean inRegister() {
        return entry != null;
    }

    /** The overall answer, the first that applies in this order. */
    public enum Verdict {
        /** a signature's bytes changed, its range is broken, its value does not verify, or something was appended */
        ALTERED,
        /** a signer's certificate does not chain to the configured trust anchors */
        UNTRUSTED,
        /** unchanged and trusted, but a certificate was not valid at the signing time or the time stamp is missing or invalid */
        SIGNATURE_NOT_VALID,
        /** every signature valid, and the file is in the register */
        ISSUED_AND_VALID,
        /** every signature valid, the file is not in the register */
        VALID_NOT_IN_REGISTER,
        /** no signature, and the file is in the register (issued before issuing signed, or with signing at issue off) */
        IN_REGISTER_UNSIGNED,
        /** no signature, not in the register */
        NOT_SIGNED
    }

    /**
     * The register entry's identity, as the document itself prints it: number and symbol, date,
     * type ("BC", "CV"), summary and the issuing unit's name.
     */
    public record RegisterEntry(String reference, int number, String symbol, LocalDate issuedOn, String documentType,
            String summary, String issuerName) {
    }
}
