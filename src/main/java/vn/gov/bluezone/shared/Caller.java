package vn.gov.bluezone.shared;

/**
 * Who is calling now, as every service asks it ({@link Callers#current()}): the user's login and full name, the
 * name of its role ({@code "COMMUNE_OFFICER"}; the identity module owns the roles, so it is a name
 * here), the code of its unit, its data scope, and whether it is the system acting through
 * {@link SystemAccess#runAsSystem}. Nobody signed in is {@link #anonymous()}, with an empty scope.
 *
 * @param userName the login name; null when nobody is signed in
 * @param fullName the person's full name as documents and histories print it (the login name for the
 *        system and for logins that carry no person); null when nobody is signed in
 * @param role the role's name; null when nobody is signed in
 * @param unitCode the GSO code of the caller's unit; null for an administrator, the system and nobody
 * @param scope what part of the tree the caller may read and change
 * @param isSystem whether this is the system (start-up, scheduled jobs, imports) rather than a person
 */
public record Caller(String userName, String fullName, String role, String unitCode, DataScope scope, boolean isSystem) {

    public Caller {
        if (scope == null) {
            throw new IllegalArgumentException("A caller has a scope");
        }
    }

    /** The system: every unit in scope, acting as an administrator. */
    public static Caller system() {
        return new Caller(SystemAccess.SYSTEM_USER, SystemAccess.SYSTEM_USER, SystemAccess.SYSTEM_ROLE, null, DataScope.EVERYTHING, true);
    }

    /** Nobody signed in: no name, no role, nothing in scope. */
    public static Caller anonymous() {
        return new Caller(null, null, null, null, DataScope.NOTHING, false);
    }

    public boolean isAnonymous() {
        return userName == null;
    }

    /** Whether the unit at this path lies inside the caller's scope. */
    public boolean covers(String unitPath) {
        return scope.covers(unitPath);
    }

    /**
     * Whether the unit at this path is the caller's own unit (a commune officer and its commune),
     * not merely one below it.
     */
    public boolean isOwnUnit(String unitPath) {
        return unitCode != null && scope.path().equals(unitPath);
    }

    /** Whether the caller has this role ({@code "PROVINCE_OFFICER"}). */
    public boolean hasRole(String roleName) {
        return role != null && role.equals(roleName);
    }
}
