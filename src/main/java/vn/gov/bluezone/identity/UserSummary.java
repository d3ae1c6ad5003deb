package vn.gov.bluezone.identity;

import java.time.Instant;

/** A user as the user administration lists it. */
public record UserSummary(
        long id,
        String username,
        String fullName,
        String email,
        String phone,
        Role role,
        Long unitId,
        String unitName,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        Instant lastLoginAt,
        long version) {
}
