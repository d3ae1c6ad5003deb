package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Units, always read through the caller's scope: every finder that returns units filters with
 * {@code :#{@callerScope.pattern()}} ({@code shared.CallerScope}); the one read across scopes, for
 * the import of the GSO list, says so in its name.
 */
interface AdministrativeUnitRepository extends Repository<AdministrativeUnit, Long> {

    AdministrativeUnit save(AdministrativeUnit unit);

    @Query(value = """
            select u from AdministrativeUnit u left join fetch u.parent
            where u.path like :#{@callerScope.pattern()}
              and (:level is null or u.level = :level)
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """,
            countQuery = """
            select count(u) from AdministrativeUnit u
            where u.path like :#{@callerScope.pattern()}
              and (:level is null or u.level = :level)
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """)
    Page<AdministrativeUnit> findInScope(@Param("level") UnitLevel level, @Param("text") String textPattern,
            Pageable pageable);

    @Query("""
            select count(u) from AdministrativeUnit u
            where u.path like :#{@callerScope.pattern()}
              and (:level is null or u.level = :level)
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """)
    long countInScope(@Param("level") UnitLevel level, @Param("text") String textPattern);

    @Query("""
            select u from AdministrativeUnit u left join fetch u.parent
            where u.id = :id and u.path like :#{@callerScope.pattern()}
            """)
    Optional<AdministrativeUnit> findInScope(@Param("id") long id);

    /**
     * The office email of the unit above a unit in scope, '' when it has none; no row when the unit
     * is out of scope. Read on every submission (the report's copy to the district): without the
     * flush a query would otherwise cause, since nothing a submission writes is read here.
     */
    @Query("""
            select coalesce(p.officeEmail, '') from AdministrativeUnit u left join u.parent p
            where u.id = :id and u.path like :#{@callerScope.pattern()}
            """)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<String> findParentOfficeEmailInScope(@Param("id") long id);

    /** The units in scope that bore a code, of every list, the latest list first. */
    @Query("""
            select u from AdministrativeUnit u left join fetch u.parent
            where u.code = :code and u.path like :#{@callerScope.pattern()}
            order by u.validFrom desc nulls last
            """)
    List<AdministrativeUnit> findByCodeInScope(@Param("code") String code);

    @Query("select u from AdministrativeUnit u where u.id in :ids and u.path like :#{@callerScope.pattern()}")
    List<AdministrativeUnit> findInScopeByIdIn(@Param("ids") Collection<Long> ids);

    @Query("select u from AdministrativeUnit u where u.path in :paths and u.path like :#{@callerScope.pattern()}")
    List<AdministrativeUnit> findInScopeByPathIn(@Param("paths") Collection<String> paths);

    /**
     * The caller's own unit: the root of its scope (none for the system-wide scope). Without the
     * flush a query would otherwise cause (every submission reads it first): a unit's path, all it
     * is found by, is not changed in a transaction that then asks for its own unit.
     */
    @Query("select u from AdministrativeUnit u left join fetch u.parent where u.path = :#{@callerScope.path()}")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<AdministrativeUnit> findOwnUnit();

    /**
     * Every stored unit of the list in force from {@code validFrom} (null: the undated list) with one
     * of these codes, whoever calls: for the import of the GSO list only.
     */
    @Query("""
            select u from AdministrativeUnit u left join fetch u.parent
            where u.code in :codes and (u.validFrom = :validFrom or (:validFrom is null and u.validFrom is null))
            """)
    List<AdministrativeUnit> findAcrossScopesByCodeIn(@Param("codes") Collection<String> codes,
            @Param("validFrom") LocalDate validFrom);

    /** The start of the earliest list that begins after a day, if any: for the import only. */
    @Query("select min(u.validFrom) from AdministrativeUnit u where u.validFrom > :day")
    LocalDate findAcrossScopesNextListStart(@Param("day") LocalDate day);

    /**
     * Ends, on {@code day}, every unit of a list that began before it and is still in force then:
     * a list taking effect replaces the one before it (decision 0029). For the import only.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AdministrativeUnit u set u.validTo = :day, u.version = u.version + 1
            where (u.validFrom is null or u.validFrom < :day) and (u.validTo is null or u.validTo > :day)
            """)
    int endAcrossScopesListsBefore(@Param("day") LocalDate day);

    /** Every commune in force on a day, with its parents, whoever calls: for the successor import only. */
    @Query("""
            select u from AdministrativeUnit u left join fetch u.parent p left join fetch p.parent
            where u.level = vn.gov.bluezone.hierarchy.UnitLevel.COMMUNE
              and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo > :day)
            """)
    List<AdministrativeUnit> findAcrossScopesCommunesInForceOn(@Param("day") LocalDate day);

    /**
     * Whether a tree has units of a level under a path, whoever calls: the shape of the hierarchy
     * (does a province have districts?) is public, its units' details are not.
     */
    @Query("""
            select count(u) > 0 from AdministrativeUnit u
            where u.level = :level and u.path like concat(:path, '%') and u.path <> :path
            """)
    boolean existsAcrossScopesUnder(@Param("path") String path, @Param("level") UnitLevel level);

    /** The units in scope in force on a day that bear one of these codes, with their parents. */
    @Query("""
            select u from AdministrativeUnit u left join fetch u.parent
            where u.code in :codes and u.path like :#{@callerScope.pattern()}
              and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo > :day)
            """)
    List<AdministrativeUnit> findInScopeInForceByCodeIn(@Param("codes") Collection<String> codes,
            @Param("day") LocalDate day);

    /** The units in scope of a level in force on a day directly under one of these units. */
    @Query("""
            select u from AdministrativeUnit u left join fetch u.parent
            where u.parent.id in :parentIds and u.level = :level and u.path like :#{@callerScope.pattern()}
              and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo > :day)
            """)
    List<AdministrativeUnit> findInScopeInForceUnder(@Param("parentIds") Collection<Long> parentIds,
            @Param("level") UnitLevel level, @Param("day") LocalDate day);

    /** The units in scope of a level in force on a day that have no unit above them (provinces). */
    @Query("""
            select u from AdministrativeUnit u
            where u.parent is null and u.level = :level and u.path like :#{@callerScope.pattern()}
              and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo > :day)
            """)
    List<AdministrativeUnit> findInScopeInForceRoots(@Param("level") UnitLevel level, @Param("day") LocalDate day);

    /**
     * The units of a level in force on a day, whoever calls: for the national base map only, whose
     * provinces are public reference geography (decision 0032).
     */
    @Query("""
            select u from AdministrativeUnit u
            where u.level = :level
              and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo > :day)
            """)
    List<AdministrativeUnit> findAcrossScopesInForceByLevel(@Param("level") UnitLevel level, @Param("day") LocalDate day);

    /** Whether a unit of this id is stored, whoever calls: a map of the units under it is public. */
    @Query("select count(u) > 0 from AdministrativeUnit u where u.id = :id")
    boolean existsAcrossScopesById(@Param("id") long id);

    long count();
}
