package vn.gov.bluezone.documents.signing;

import java.time.OffsetDateTime;

/**
 * What one signature of a PDF is worth, aspect by aspect, as {@link SignatureVerifier} found it.
 * The statuses are names, not texts: a screen shows them through its message bundle.
 *
 * @param signerName    the certificate's common name (a person, or the agency itself)
 * @param organisation  the certificate's organisation, if it names one
 * @param title         the certificate's title (the office held), if it names one
 * @param claimedTime   the signing time the signature claims (its /M), at +07:00
 * @param timeStampTime the time of the signature time stamp, at +07:00; null without a valid one
 */
public record VerifiedSignature(String signerName, String organisation, String title, String subject,
        OffsetDateTime claimedTime, OffsetDateTime timeStampTime, Coverage coverage, Integrity integrity,
        SignatureValue signatureValue, Trust trust, CertificateTime certificateTime, TimeStamp timeStamp) {

    /** What part of the file the signature's byte range covers. */
    public enum Coverage {
        /** the whole file but the signature itself */
        WHOLE_FILE,
        /** the file as it was when signed; later incremental updates follow (another signature, or something unsigned) */
        EARLIER_REVISION,
        /** a byte range that does not start at 0, leaves more than the signature out or runs past the file */
        INVALID_RANGE
    }

    /** Whether the bytes the signature covers are those that were signed. */
    public enum Integrity {
        UNCHANGED,
        /** the digest of the covered bytes differs from the signed one: altered after signing */
        CHANGED
    }

    /** Whether the CMS signature value verifies with the signer's certificate (and names that certificate). */
    public enum SignatureValue {
        VALID,
        INVALID
    }

    /** Whether the signer's certificate chains to one of the configured trust anchors. */
    public enum Trust {
        TRUSTED,
        UNTRUSTED
    }

    /** The signer's certificate at the signing time (the time stamp's, else the claimed one). */
    public enum CertificateTime {
        VALID,
        EXPIRED,
        NOT_YET_VALID,
        /** the signature could not be read far enough to find its certificate */
        UNKNOWN
    }

    /** The RFC 3161 signature time stamp (PAdES baseline B-T). */
    public enum TimeStamp {
        VALID,
        /** present, but not over this signature, not verifying, or from an untrusted authority */
        INVALID,
        ABSENT
    }

    /** Every aspect as it should be: unchanged, verifying, trusted, in its validity, time-stamped. */
    public boolean valid() {
        return coverage != Coverage.INVALID_RANGE && integrity == Integrity.UNCHANGED
                && signatureValue == SignatureValue.VALID && trust == Trust.TRUSTED
                && certificateTime == CertificateTime.VALID && timeStamp == TimeStamp.VALID;
    }
}
