package vn.gov.bluezone.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import vn.gov.bluezone.hierarchy.UnitLevel;

/**
 * Campaigns a caller may see: those of a province inside the caller's scope (province officers,
 * administrators) and those of the province the caller's unit lies in (districts, communes), by
 * the caller's scope as {@code shared.CallerScope} gives it to the queries.
 */
interface CampaignRepository extends Repository<Campaign, Long> {

    Campaign save(Campaign campaign);

    @Query("""
            select c from Campaign c join fetch c.province p
            left join fetch c.receivingOffice left join fetch c.draftingOffice
            where p.path like :#{@callerScope.pattern()} or :#{@callerScope.path()} like concat(p.path, '%')
            order by c.startDate desc, c.id desc
            """)
    List<Campaign> findVisible();

    /**
     * A campaign the caller may see, without the flush a query would otherwise cause (read first by
     * every submission and form): it is found by its id and its province's path, which nothing
     * changes before reading it; the entity returned is the one the transaction already holds.
     */
    @Query("""
            select c from Campaign c join fetch c.province p
            left join fetch c.receivingOffice left join fetch c.draftingOffice
            where c.id = :id and (p.path like :#{@callerScope.pattern()} or :#{@callerScope.path()} like concat(p.path, '%'))
            """)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Campaign> findVisible(@Param("id") long id);
}
