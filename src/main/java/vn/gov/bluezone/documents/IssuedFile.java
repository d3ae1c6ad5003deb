package vn.gov.bluezone.documents;

/**
 * The file an issue stores in the register, with who signed it: the person named under the
 * signature and the agency whose seal it carries (both null when it was issued unsigned).
 */
record IssuedFile(byte[] content, String signedBy, String signedFor) {

    static IssuedFile unsigned(byte[] content) {
        return new IssuedFile(content, null, null);
    }
}
