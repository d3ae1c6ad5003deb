package vn.gov.bluezone.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Users, read through the caller's scope ({@code :#{@callerScope.pattern()}}, {@code shared.CallerScope}):
 * a user is in scope when its unit's path starts with the scope path. Administrators (no unit) are
 * only visible to the system-wide scope.
 */
interface UserAccountRepository extends Repository<UserAccount, Long> {

    UserAccount save(UserAccount account);

    long count();

    @Query("select u from UserAccount u left join fetch u.unit where u.username = :username")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    boolean existsByUsername(String username);

    /** Login name and full name of these accounts, in one query. */
    @Query("select u.username, u.fullName from UserAccount u where u.username in :usernames")
    List<Object[]> findFullNames(@Param("usernames") Collection<String> usernames);

    /** Whether the account may still be used (empty when it no longer exists). */
    @Query("select u.enabled from UserAccount u where u.id = :id")
    Optional<Boolean> findEnabled(@Param("id") long id);

    /**
     * Login bookkeeping is written with bulk updates, which neither read the row first nor bump its
     * version: two wrong passwords at once both count, and a login never makes an administrator's
     * concurrent edit of the account fail.
     */
    @Modifying
    @Query("update UserAccount u set u.failedAttempts = u.failedAttempts + 1 where u.username = :username")
    int countFailure(@Param("username") String username);

    @Modifying
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = :until
            where u.username = :username and u.failedAttempts >= :limit
            """)
    int lockIfOverLimit(@Param("username") String username, @Param("limit") int limit,
            @Param("until") Instant until);

    @Modifying
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now
            where u.username = :username
            """)
    int recordLogin(@Param("username") String username, @Param("now") Instant now);

    @Query(value = """
            select u from UserAccount u left join fetch u.unit a
            where (a.path like :#{@callerScope.pattern()} or (a is null and :#{@callerScope.pattern()} = '/%'))
              and (:text is null or u.fullNameSearch like :text escape '\\' or lower(u.username) like :text escape '\\')
            """,
            countQuery = """
            select count(u) from UserAccount u left join u.unit a
            where (a.path like :#{@callerScope.pattern()} or (a is null and :#{@callerScope.pattern()} = '/%'))
              and (:text is null or u.fullNameSearch like :text escape '\\' or lower(u.username) like :text escape '\\')
            """)
    Page<UserAccount> findInScope(@Param("text") String textPattern, Pageable pageable);

    @Query("""
            select u from UserAccount u left join fetch u.unit a
            where u.id = :id and (a.path like :#{@callerScope.pattern()} or (a is null and :#{@callerScope.pattern()} = '/%'))
            """)
    Optional<UserAccount> findInScope(@Param("id") long id);
}
