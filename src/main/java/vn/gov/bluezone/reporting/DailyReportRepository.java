package vn.gov.bluezone.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reports, always read through the caller's scope on the copied unit path ({@code :#{@callerScope.pattern()}},
 * {@code shared.CallerScope}).
 */
interface DailyReportRepository extends Repository<DailyReport, Long> {

    DailyReport save(DailyReport report);

    /** Saves and flushes, so the version the caller is given is the one stored. */
    DailyReport saveAndFlush(DailyReport report);

    @Query("select r from DailyReport r where r.id = :id and r.unitPath like :#{@callerScope.pattern()}")
    Optional<DailyReport> findInScope(@Param("id") long id);

    /**
     * A commune's report of a day, with its work in the same statement (not a second one). Read
     * without a flush first (flush mode COMMIT): the form and the submission read it before they
     * change anything, and the check of every managed entity for changes was a tenth of a
     * submission's CPU (issue 17).
     */
    @Query("""
            select r from DailyReport r left join fetch r.work
            where r.campaignId = :campaign and r.unitId = :unit and r.reportDate = :date
              and r.unitPath like :#{@callerScope.pattern()}
            """)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<DailyReport> findDay(@Param("campaign") long campaignId, @Param("unit") long unitId,
            @Param("date") LocalDate date);

    @Query("""
            select r from DailyReport r
            where r.campaignId = :campaign and r.unitId = :unit and r.unitPath like :#{@callerScope.pattern()}
            order by r.reportDate
            """)
    List<DailyReport> findForUnit(@Param("campaign") long campaignId, @Param("unit") long unitId);

    /** Every report of a campaign in the caller's scope, with its work: for the demo's seeding. */
    @Query("""
            select r from DailyReport r left join fetch r.work
            where r.campaignId = :campaign and r.unitPath like :#{@callerScope.pattern()}
            order by r.unitId, r.reportDate
            """)
    List<DailyReport> findForCampaign(@Param("campaign") long campaignId);

    /** A report submitted for the first time counts in the running counts of the commune's later reports. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update DailyReport r set r.onTimeToDate = r.onTimeToDate + :onTime, r.lateToDate = r.lateToDate + :late
            where r.campaignId = :campaign and r.unitId = :unit and r.reportDate > :date
              and r.firstSubmittedAt is not null
            """)
    int countInLaterReports(@Param("campaign") long campaignId, @Param("unit") long unitId,
            @Param("date") LocalDate date, @Param("onTime") int onTime, @Param("late") int late);
}
