package vn.gov.bluezone.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CampaignBaselineRepository extends Repository<CampaignBaseline, Long> {

    CampaignBaseline save(CampaignBaseline baseline);

    @Query(value = """
            select b from CampaignBaseline b join fetch b.unit u left join fetch u.parent
            where b.campaignId = :campaign and u.path like :#{@callerScope.pattern()}
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """,
            countQuery = """
            select count(b) from CampaignBaseline b join b.unit u
            where b.campaignId = :campaign and u.path like :#{@callerScope.pattern()}
              and (:text is null or u.nameSearch like :text escape '\\' or u.code like :text escape '\\')
            """)
    Page<CampaignBaseline> findInScope(@Param("campaign") long campaignId, @Param("text") String textPattern,
            Pageable pageable);

    /**
     * A commune's baseline, without the flush a query would otherwise cause (read on every
     * submission): it is found by ids and a unit's path, which nothing changes before reading it.
     */
    @Query("""
            select b from CampaignBaseline b join fetch b.unit u left join fetch u.parent
            where b.campaignId = :campaign and u.id = :unit and u.path like :#{@callerScope.pattern()}
            """)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<CampaignBaseline> findInScope(@Param("campaign") long campaignId, @Param("unit") long unitId);

    /** Every baseline of the campaign, whoever calls: for the import, once the campaign is the caller's to manage. */
    @Query("select b from CampaignBaseline b join fetch b.unit u where b.campaignId = :campaign")
    List<CampaignBaseline> findAcrossScopesByCampaign(@Param("campaign") long campaignId);
}
