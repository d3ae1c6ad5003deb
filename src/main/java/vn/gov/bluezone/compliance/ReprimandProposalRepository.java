package vn.gov.bluezone.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Proposals, read through the caller's scope on the unit path they carry ({@code :#{@callerScope.pattern()}}). */
interface ReprimandProposalRepository extends Repository<ReprimandProposal, Long> {

    ReprimandProposal save(ReprimandProposal proposal);

    ReprimandProposal saveAndFlush(ReprimandProposal proposal);

    @Query("select p from ReprimandProposal p where p.id = :id and p.unitPath like :#{@callerScope.pattern()}")
    Optional<ReprimandProposal> findInScope(@Param("id") long id);

    /** Everything of the campaign up to the day, oldest first: what the board reads to mark units. */
    @Query("""
            select p from ReprimandProposal p
            where p.campaignId = :campaign and p.boardDay <= :day and p.unitPath like :#{@callerScope.pattern()}
            order by p.boardDay, p.id
            """)
    List<ReprimandProposal> upTo(@Param("campaign") long campaignId, @Param("day") LocalDate day);

    /** The same for several campaigns at once (the national board), oldest first within each. */
    @Query("""
            select p from ReprimandProposal p
            where p.campaignId in :campaigns and p.boardDay <= :day and p.unitPath like :#{@callerScope.pattern()}
            order by p.boardDay, p.id
            """)
    List<ReprimandProposal> upToInCampaigns(@Param("campaigns") Collection<Long> campaignIds,
            @Param("day") LocalDate day);

    @Query("""
            select p from ReprimandProposal p
            where p.campaignId = :campaign and p.boardDay = :day and p.unitPath like :#{@callerScope.pattern()}
            order by p.id
            """)
    List<ReprimandProposal> ofDay(@Param("campaign") long campaignId, @Param("day") LocalDate day);
}
