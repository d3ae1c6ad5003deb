package vn.gov.bluezone.documents.signing;

/**
 * An RFC 3161 time-stamping authority: the signature-time-stamp of PAdES baseline B-T proves that
 * the signature existed at the authority's time, whatever clock the signer claims.
 */
public interface TimeStampAuthority {

    /** A time-stamp token (the DER of its CMS ContentInfo) over the SHA-256 digest {@code sha256}. */
    byte[] timeStamp(byte[] sha256);
}
