package vn.gov.bluezone.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.shared.UserNames;

/** {@link UserNames} from the accounts: full names only, in one query per call. */
@Service
class AccountNames implements UserNames {

    private final UserAccountRepository accounts;

    AccountNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        Set<String> wanted = new HashSet<>(usernames);
        wanted.remove(null);
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            accounts.findFullNames(wanted).forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
