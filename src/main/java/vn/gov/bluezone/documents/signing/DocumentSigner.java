package vn.gov.bluezone.documents.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Whoever holds a signing key: a PKCS#12 file on the server ({@link SoftwareSigner}), a USB token at
 * the official's desk or a remote signing service. The split of the two-step signing (decision 0038):
 * the portal prepares the PDF, builds the CMS signed attributes (content type, message digest of the
 * PDF's byte range, signing-certificate-v2) and hashes them; the signer only signs that SHA-256 digest
 * ({@code C_Sign} of PKCS#11, {@code signHash} of the CSC API); the portal then assembles the CMS
 * SignedData, adds the time stamp and embeds it. A token or remote implementation therefore needs no
 * CMS or PDF code at all, and the PAdES attributes stay the same whoever holds the key.
 */
public interface DocumentSigner {

    /** The signer's certificate first, then its issuers (the root may be left out). */
    List<X509Certificate> chain();

    /**
     * The JCA name of the signature algorithm over the digest, {@code SHA256withRSA} (PKCS#1 v1.5)
     * or {@code SHA256withECDSA}; the CMS names it as the signature algorithm.
     */
    String signatureAlgorithm();

    /**
     * Signs a SHA-256 digest (32 bytes) and returns the raw signature value: PKCS#1 v1.5 over the
     * DigestInfo for RSA, the DER-encoded (r, s) for ECDSA.
     */
    byte[] signDigest(byte[] sha256);

    default X509Certificate certificate() {
        return chain().getFirst();
    }
}
