package vn.gov.bluezone.identity;

import vn.gov.bluezone.shared.InputText;

/**
 * What a manager types when creating or editing a user. {@code unitId} is null only for ADMIN.
 * {@code username} is ignored on edit. The texts are cleaned as one line each ({@link InputText})
 * before anything checks them.
 */
public record UserDetailsForm(String username, String fullName, String email, String phone, Role role, Long unitId) {

    public UserDetailsForm {
        username = InputText.line(username);
        fullName = InputText.line(fullName);
        email = InputText.line(email);
        phone = InputText.line(phone);
    }
}
