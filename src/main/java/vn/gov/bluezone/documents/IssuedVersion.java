package vn.gov.bluezone.documents;

/**
 * An issued document with how it stands against the figures of today: it matches them, it has been
 * replaced by a later issue ({@code replacedBy} is that reference), the figures changed
 * after it was issued and no replacement has been issued yet, or it cannot be compared (a dispatch,
 * or an entry issued before the register kept fingerprints).
 */
public record IssuedVersion(IssuedDocument document, Standing standing, String replacedBy) {

    public enum Standing {
        CURRENT, REPLACED, OUTDATED, UNKNOWN
    }
}
