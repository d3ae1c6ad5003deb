package vn.gov.bluezone.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
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

    @Query("""
            select c from Campaign c join fetch c.province p
            left join fetch c.receivingOffice left join fetch c.draftingOffice
            where c.id = :id and (p.path like :#{@callerScope.pattern()} or :#{@callerScope.path()} like concat(p.path, '%'))
            """)
    Optional<Campaign> findVisible(@Param("id") long id);
}
