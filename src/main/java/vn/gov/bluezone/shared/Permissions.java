package vn.gov.bluezone.shared;

/**
 * Whether the current caller holds a permission, for what a view shows (a button, a section); the
 * services check the same permission again. Implemented by the identity module from the caller's
 * authorities and the role hierarchy that grants each role its permissions.
 */
public interface Permissions {

    /** Whether the current caller holds the permission; false for nobody signed in. */
    boolean has(Permission permission);
}
