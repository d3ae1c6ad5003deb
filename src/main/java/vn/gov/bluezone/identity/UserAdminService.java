package vn.gov.bluezone.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.AdministrativeUnit;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.ContactDetails;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * Delegated user administration. ADMIN manages everyone; PROVINCE_OFFICER manages district and
 * commune users of its province; DISTRICT_OFFICER manages commune users of its district. Every
 * method checks the caller's role here and the target's scope in the query.
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final int MAX_NAME = 120;

    private final UserAccountRepository accounts;
    private final HierarchyService hierarchy;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    UserAdminService(UserAccountRepository accounts, HierarchyService hierarchy, CurrentUser currentUser,
            PasswordEncoder passwordEncoder, AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.accounts = accounts;
        this.hierarchy = hierarchy;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Users in the caller's scope, by Vietnamese name order. */
    @Requires({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
    public Page<UserSummary> list(String text, Pageable pageable) {
        String pattern = text == null || text.isBlank() ? null : VietnameseText.likeContains(text);
        Sort sort = Sort.by("fullNameSort").and(Sort.by("username"));
        Pageable sorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return accounts.findInScope(pattern, sorted).map(this::summary);
    }

    @Requires({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
    public UserSummary get(long id) {
        return summary(inScope(id));
    }

    /** The roles the caller may give. */
    @Requires({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
    public Set<Role> assignableRoles() {
        return callerRole().manages();
    }

    @Requires({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
    @Transactional
    public IssuedPassword create(UserDetailsForm form) {
        String password = PasswordPolicy.temporaryPassword();
        UserAccount account = createAccount(form, passwordEncoder.encode(password), true);
        return new IssuedPassword(account.getId(), account.getUsername(), password);
    }

    /**
     * Creates an account with a chosen password: for the first administrator and the demo accounts,
     * which run as the system.
     */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public UserSummary createWithPassword(UserDetailsForm form, String password, boolean mustChange) {
        String problem = PasswordPolicy.problem(password, form.username());
        if (problem != null) {
            throw new PortalException(problem);
        }
        return summary(createAccount(form, passwordEncoder.encode(password), mustChange));
    }

    /**
     * Creates accounts that share one chosen password (the demo accounts, as the system), in one
     * transaction. The password is checked against each user name as for a single account but hashed
     * once: every account stores the same bcrypt hash, which verifies the shared password like any
     * other (issue 17: a bcrypt hash per account cost the demo's first start most of a second).
     */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public List<UserSummary> createAllWithPassword(List<UserDetailsForm> forms, String password, boolean mustChange) {
        for (UserDetailsForm form : forms) {
            String problem = PasswordPolicy.problem(password, form.username());
            if (problem != null) {
                throw new PortalException(problem);
            }
        }
        String hash = passwordEncoder.encode(password);
        return forms.stream().map(form -> summary(createAccount(form, hash, mustChange))).toList();
    }

    @Requires({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
    @Transactional
    public UserSummary update(long id, UserDetailsForm form, long expectedVersion) {
        UserAccount account = managed(id);
        if (account.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        AdministrativeUnit unit = checkedUnit(form);
        validateDetails(form, null);
        String before = describe(account);
        account.describe(clean(form.fullName()), clean(form.email()), clean(form.phone()));
        account.assign(form.role(), unit);
        entityManager.flush();
        auditLog.record(AuditAction.USER_UPDATED, account.getUsername(), account.scopePath(),
                before + " → " + describe(account));
        return summary(account);
    }

    @Requires({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
    @Transactional
    public UserSummary setEnabled(long id, boolean enabled) {
        UserAccount account = managed(id);
        account.setEnabled(enabled);
        auditLog.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, account.getUsername(),
                account.scopePath(), null);
        return summary(account);
    }

    /** A new temporary password, to be changed at next login; also lifts a lockout. */
    @Requires({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
    @Transactional
    public IssuedPassword resetPassword(long id) {
        UserAccount account = managed(id);
        String password = PasswordPolicy.temporaryPassword();
        account.setPassword(passwordEncoder.encode(password), true);
        auditLog.record(AuditAction.USER_PASSWORD_RESET, account.getUsername(), account.scopePath(), null);
        return new IssuedPassword(account.getId(), account.getUsername(), password);
    }

    private UserAccount createAccount(UserDetailsForm form, String passwordHash, boolean mustChange) {
        AdministrativeUnit unit = checkedUnit(form);
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        validateDetails(form, username);
        UserAccount account = new UserAccount(username, passwordHash, form.role(), unit,
                clock.instant());
        account.describe(clean(form.fullName()), clean(form.email()), clean(form.phone()));
        account.setPassword(account.getPasswordHash(), mustChange);
        accounts.save(account);
        auditLog.record(AuditAction.USER_CREATED, username, account.scopePath(), describe(account));
        return account;
    }

    /** The role must be one the caller manages, and the unit in scope and of the role's level. */
    private AdministrativeUnit checkedUnit(UserDetailsForm form) {
        if (form.role() == null) {
            throw new ValidationException(Map.of("role", "user.error.role"));
        }
        if (!callerRole().manages().contains(form.role())) {
            throw new AccessDeniedException("role " + form.role() + " is not managed by the caller");
        }
        if (form.role().unitLevel() == null) {
            if (form.unitId() != null) {
                throw new ValidationException(Map.of("unit", "user.error.adminHasNoUnit"));
            }
            return null;
        }
        if (form.unitId() == null) {
            throw new ValidationException(Map.of("unit", "user.error.unitRequired"));
        }
        UnitSummary unit = hierarchy.get(form.unitId());
        if (!form.role().fits(unit.level())) {
            throw new ValidationException(Map.of("role", "user.error.roleLevel"));
        }
        return entityManager.getReference(AdministrativeUnit.class, unit.id());
    }

    private void validateDetails(UserDetailsForm form, String newUsername) {
        String name = clean(form.fullName());
        String email = clean(form.email());
        String phone = clean(form.phone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (newUsername != null) {
            errors.check(USERNAME.matcher(newUsername).matches(), "username", "user.error.username");
            errors.check(!accounts.existsByUsername(newUsername), "username", "user.error.usernameTaken");
        }
        errors.check(name != null && name.length() <= MAX_NAME, "fullName", "user.error.fullName")
                .check(email == null || ContactDetails.isEmail(email), "email",
                        "user.error.email")
                .check(phone == null || ContactDetails.isPhone(phone), "phone", "user.error.phone")
                .throwIfAny();
    }

    /** A user the caller may change: in scope, of a role the caller manages, and not the caller. */
    private UserAccount managed(long id) {
        UserAccount account = inScope(id);
        boolean self = currentUser.get().map(user -> user.id() == id).orElse(false);
        if (self || !callerRole().manages().contains(account.getRole())) {
            throw new AccessDeniedException("user " + id + " is not managed by the caller");
        }
        return account;
    }

    private UserAccount inScope(long id) {
        return accounts.findInScope(id).orElseThrow(OutOfScopeException::new);
    }

    private Role callerRole() {
        return currentUser.role().orElseThrow(() -> new AccessDeniedException("no role"));
    }

    private UserSummary summary(UserAccount account) {
        AdministrativeUnit unit = account.getUnit();
        return new UserSummary(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                account.getPhone(), account.getRole(), unit == null ? null : unit.getId(),
                unit == null ? null : unit.getName(), account.isEnabled(), account.isLockedAt(clock.instant()),
                account.isMustChangePassword(), account.getLastLoginAt(), account.getVersion());
    }

    private static String describe(UserAccount account) {
        return "role=" + account.getRole() + "; unit=" + (account.getUnit() == null ? "-" : account.getUnit().getCode())
                + "; name=" + account.getFullName() + "; email=" + Objects.toString(account.getEmail(), "-")
                + "; phone=" + Objects.toString(account.getPhone(), "-");
    }

    private static String clean(String text) {
        return VietnameseText.trimToNull(text);
    }
}
