package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reminders, read through the caller's scope on the commune's path they carry. */
interface ReminderRepository extends Repository<Reminder, Long> {

    Reminder save(Reminder reminder);

    @Query("""
            select r from Reminder r
            where r.campaignId = :campaign and r.unitPath like :#{@callerScope.pattern()} and r.sentAt >= :since
            order by r.sentAt desc
            """)
    List<Reminder> findRecent(@Param("campaign") long campaignId, @Param("since") Instant since);
}
