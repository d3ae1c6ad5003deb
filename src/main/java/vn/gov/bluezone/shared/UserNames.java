package vn.gov.bluezone.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The full names of accounts by their login name ("huyen.duchoa" → "Lê Văn Hòa"), for screens that
 * show who did something (a report's history, the register, the audit log) in modules the identity
 * module depends on. Implemented by the identity module; one call per screen or page of rows.
 */
public interface UserNames {

    /**
     * Full name by login name for the accounts that exist; unknown names are left out (the caller
     * shows the login name). Officials' names are not confidential inside the portal: any signed-in
     * user gets them, and nothing else about the account.
     */
    Map<String, String> fullNames(Collection<String> usernames);

    /** The full name, or the login name when there is no such account. */
    default String fullName(String username) {
        return username == null ? "" : fullNames(List.of(username)).getOrDefault(username, username);
    }
}
