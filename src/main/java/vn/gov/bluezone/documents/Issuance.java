package vn.gov.bluezone.documents;

/**
 * The outcome of issuing: the register entry, whether it was issued now (a new number) or was
 * already issued with the same content, and the entry it replaces when the content had changed.
 */
public record Issuance(IssuedDocument document, boolean newlyIssued, IssuedDocument replaced) {
}
