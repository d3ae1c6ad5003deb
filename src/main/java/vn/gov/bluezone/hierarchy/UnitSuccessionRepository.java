package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Successor rows. Reads are scoped: a row is visible when its former or its new unit lies in the
 * caller's scope (the history of a territory belongs to whoever administers it then or now).
 */
interface UnitSuccessionRepository extends Repository<UnitSuccession, Long> {

    UnitSuccession save(UnitSuccession succession);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from UnitSuccession s where s.reformDate = :day")
    int deleteAcrossScopesByReformDate(@Param("day") LocalDate day);

    @Query("""
            select s from UnitSuccession s
            where s.oldUnitId in :ids
              and (s.oldUnitPath like :#{@callerScope.pattern()} or s.newUnitPath like :#{@callerScope.pattern()})
            order by s.sourceRow
            """)
    List<UnitSuccession> findInScopeByOldUnitIdIn(@Param("ids") Collection<Long> ids);

    @Query("""
            select s from UnitSuccession s
            where s.newUnitPath like :path
              and s.newUnitPath like :#{@callerScope.pattern()}
            order by s.sourceRow
            """)
    List<UnitSuccession> findInScopeByNewUnitPathLike(@Param("path") String pathPattern);

    @Query("""
            select count(s) > 0 from UnitSuccession s
            where s.oldUnitPath like :path and s.newUnitId is not null and s.reformDate <= :day
              and (s.oldUnitPath like :#{@callerScope.pattern()} or s.newUnitPath like :#{@callerScope.pattern()})
            """)
    boolean existsInScopeHeldByOldUnitPathLike(@Param("path") String pathPattern, @Param("day") LocalDate day);

    @Query("""
            select s from UnitSuccession s
            where (s.oldUnitId is null or s.newUnitId is null)
              and (s.oldUnitPath like :#{@callerScope.pattern()} or s.newUnitPath like :#{@callerScope.pattern()}
                   or :#{@callerScope.path()} = '/')
            order by s.reformDate, s.sourceRow
            """)
    List<UnitSuccession> findInScopeUnresolved();

    @Query("""
            select u.parent.id from AdministrativeUnit u
            where u.id = :id and exists (
                select s.id from UnitSuccession s where s.newUnitId = :id
                  and (s.oldUnitPath like :#{@callerScope.pattern()} or s.newUnitPath like :#{@callerScope.pattern()}))
            """)
    Optional<Long> findParentOfSuccessorInScope(@Param("id") long newUnitId);

    long count();
}
