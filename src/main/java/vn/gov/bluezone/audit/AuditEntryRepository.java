package vn.gov.bluezone.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
            """)
    Page<AuditEntry> search(@Param("actor") String actor, @Param("action") AuditAction action,
            @Param("from") Instant from, Pageable pageable);

    @Query("""
            select count(e) from AuditEntry e
            where e.actor = :actor and e.action = :action and e.occurredAt >= :since
              and (:target is null or e.target = :target)
            """)
    long countRecent(@Param("actor") String actor, @Param("action") AuditAction action,
            @Param("target") String target, @Param("since") Instant since);

    @Query("select e from AuditEntry e where e.unitPath = :path order by e.occurredAt desc, e.id desc")
    List<AuditEntry> history(@Param("path") String unitPath, Pageable pageable);
}
