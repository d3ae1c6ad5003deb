package vn.gov.bluezone.hierarchy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Units, always read through a scope path: every finder that returns units for a user takes the
 * {@code LIKE} pattern of the caller's scope.
 */
interface AdministrativeUnitRepository extends Repository<AdministrativeUnit, Long> {

    AdministrativeUnit save(AdministrativeUnit unit);

    @Query(value = """
            select u from AdministrativeUnit u left join fetch u.parent
            where u.path like :scope
              and (:level is null or u.level = :level)
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """,
            countQuery = """
            select count(u) from AdministrativeUnit u
            where u.path like :scope
              and (:level is null or u.level = :level)
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """)
    Page<AdministrativeUnit> findInScope(@Param("scope") String scopePattern, @Param("level") UnitLevel level,
            @Param("text") String textPattern, Pageable pageable);

    @Query("""
            select count(u) from AdministrativeUnit u
            where u.path like :scope
              and (:level is null or u.level = :level)
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """)
    long countInScope(@Param("scope") String scopePattern, @Param("level") UnitLevel level,
            @Param("text") String textPattern);

    @Query("select u from AdministrativeUnit u left join fetch u.parent where u.id = :id and u.path like :scope")
    Optional<AdministrativeUnit> findInScope(@Param("id") long id, @Param("scope") String scopePattern);

    @Query("select u from AdministrativeUnit u left join fetch u.parent where u.code = :code and u.path like :scope")
    Optional<AdministrativeUnit> findByCodeInScope(@Param("code") String code, @Param("scope") String scopePattern);

    List<AdministrativeUnit> findByCodeIn(Collection<String> codes);

    List<AdministrativeUnit> findByIdIn(Collection<Long> ids);

    List<AdministrativeUnit> findByPathIn(Collection<String> paths);

    Optional<AdministrativeUnit> findByCode(String code);

    @Query("select u from AdministrativeUnit u left join fetch u.parent where u.path = :path")
    Optional<AdministrativeUnit> findByPath(@Param("path") String path);

    long count();
}
