package vn.gov.bluezone.identity;

/**
 * What a manager types when creating or editing a user. {@code unitId} is null only for ADMIN.
 * {@code username} is ignored on edit.
 */
public record UserDetailsForm(String username, String fullName, String email, String phone, Role role, Long unitId) {
}
