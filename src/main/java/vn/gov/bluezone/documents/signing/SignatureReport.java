package vn.gov.bluezone.documents.signing;

import java.util.List;

/**
 * The signatures of a PDF in the order they were applied, and whether the last one covers the
 * whole file (nothing was appended after the last signature).
 */
public record SignatureReport(List<VerifiedSignature> signatures, boolean coveredToTheEnd) {

    public boolean signed() {
        return !signatures.isEmpty();
    }

    /** Signed, every signature valid, and nothing appended after the last. */
    public boolean valid() {
        return signed() && coveredToTheEnd && signatures.stream().allMatch(VerifiedSignature::valid);
    }
}
