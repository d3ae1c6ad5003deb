package vn.gov.bluezone.hierarchy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Unit boundaries. They are public reference geography (decision 0032): the finders read across
 * scopes and say so in their names; the import that writes them finds its units through the
 * caller's scope first.
 */
interface UnitBoundaryRepository extends Repository<UnitBoundary, Long> {

    UnitBoundary save(UnitBoundary boundary);

    /** The boundaries of these units, with their units. */
    @Query("select b from UnitBoundary b join fetch b.unit where b.unit.id in :unitIds")
    List<UnitBoundary> findAcrossScopesByUnitIdIn(@Param("unitIds") Collection<Long> unitIds);

    /** The boundaries of the units directly under a unit, with their units, by code. */
    @Query("select b from UnitBoundary b join fetch b.unit u where u.parent.id = :parentId order by u.code")
    List<UnitBoundary> findAcrossScopesUnder(@Param("parentId") long parentId);

    /** The codes and names of the units directly under a unit that have a boundary, by code. */
    @Query("select u.code, u.name from UnitBoundary b join b.unit u where u.parent.id = :parentId order by u.code")
    List<Object[]> findAcrossScopesNamesUnder(@Param("parentId") long parentId);

    long count();
}
