package vn.gov.bluezone.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends Repository<OutboxMessage, Long> {

    OutboxMessage save(OutboxMessage message);

    Optional<OutboxMessage> findById(long id);

    boolean existsByDedupeKey(String dedupeKey);

    @Query("select m.id from OutboxMessage m where m.status = vn.gov.bluezone.notification.MessageStatus.PENDING and m.nextAttemptAt <= :now order by m.id")
    List<Long> due(@Param("now") Instant now, Pageable limit);

    @Query("select m from OutboxMessage m where (:status is null or m.status = :status) order by m.id desc")
    Page<OutboxMessage> search(@Param("status") MessageStatus status, Pageable pageable);
}
