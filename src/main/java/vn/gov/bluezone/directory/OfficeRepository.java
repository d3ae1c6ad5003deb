package vn.gov.bluezone.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Offices a caller may read: those of a unit inside the caller's scope and those of a unit above
 * the caller's own (a commune reads its district's and province's offices), plus the central
 * agencies (no unit), which everyone reads. Changes go through {@link #findInScope}.
 */
interface OfficeRepository extends Repository<Office, Long> {

    Office save(Office office);

    void delete(Office office);

    @Query("""
            select o from Office o
            where o.unitId = :unitId
              and (o.unitPath like :#{@callerScope.pattern()} or :#{@callerScope.path()} like concat(o.unitPath, '%'))
            """)
    List<Office> findReadableByUnit(@Param("unitId") long unitId);

    @Query("""
            select o from Office o
            where o.id = :id
              and (o.unitPath is null or o.unitPath like :#{@callerScope.pattern()}
                   or :#{@callerScope.path()} like concat(o.unitPath, '%'))
            """)
    Optional<Office> findReadable(@Param("id") long id);

    /** An office the caller may change: its unit lies inside the caller's scope. */
    @Query("select o from Office o where o.id = :id and o.unitPath like :#{@callerScope.pattern()}")
    Optional<Office> findInScope(@Param("id") long id);

    /** The central agencies (offices of no unit), readable by everyone. */
    @Query("select o from Office o where o.unitPath is null")
    List<Office> findCentral();

    @Query("select o from Office o where o.id = :id and o.unitPath is null")
    Optional<Office> findCentral(@Param("id") long id);
}
