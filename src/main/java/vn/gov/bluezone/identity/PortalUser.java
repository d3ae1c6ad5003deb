package vn.gov.bluezone.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.gov.bluezone.shared.DataScope;

/**
 * The signed-in user as the session holds it: identity, role, unit and scope. Built at login from
 * the account; never holds the password hash after authentication.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final Long unitId;
    private final String unitName;
    private final String scopePath;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    PortalUser(long id, String username, String passwordHash, String fullName, Role role, Long unitId,
            String unitName, String scopePath, boolean enabled, boolean locked, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.unitId = unitId;
        this.unitName = unitName;
        this.scopePath = scopePath;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    PortalUser withPasswordChanged() {
        return new PortalUser(id, username, null, fullName, role, unitId, unitName, scopePath, enabled, locked, false);
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    /** The user's unit id; null for an administrator. */
    public Long unitId() {
        return unitId;
    }

    /** The user's unit name ("Huyện Đức Hòa"); null for an administrator. */
    public String unitName() {
        return unitName;
    }

    public DataScope scope() {
        return new DataScope(scopePath);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
