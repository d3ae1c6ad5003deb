package vn.gov.bluezone.identity;

/** A temporary password, shown once to the manager who created or reset the account. */
public record IssuedPassword(long userId, String username, String temporaryPassword) {
}
