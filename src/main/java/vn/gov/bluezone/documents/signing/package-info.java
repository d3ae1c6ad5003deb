/**
 * PAdES signatures of issued documents (decision 0038), internal to the documents module: the
 * portal builds the CMS of each signature and a {@link vn.gov.bluezone.documents.signing.DocumentSigner}
 * (a PKCS#12 file here, a USB token or a remote signing service elsewhere) signs its digest;
 * {@link vn.gov.bluezone.documents.signing.PadesSigner} applies the signer's and the agency's
 * signatures with RFC 3161 time stamps; {@link vn.gov.bluezone.documents.signing.SignatureVerifier}
 * says what a PDF's signatures are worth. Issuing signs through the documents module's
 * {@code IssueSignatures} (decision 0039).
 */
package vn.gov.bluezone.documents.signing;
