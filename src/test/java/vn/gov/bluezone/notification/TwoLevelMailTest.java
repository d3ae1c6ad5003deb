package vn.gov.bluezone.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * In a two-level province there is no district to chase its communes: after the cut-off, the
 * communes that have not reported are listed to the campaign's receiving office (Sở KH&CN of Tây
 * Ninh in the demo), by its directory email.
 */
@TodaySpringTest
class TwoLevelMailTest {

    @Autowired
    CampaignMailJobs jobs;
    @Autowired
    Outbox outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    AsUser as;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void theMissingListGoesToTheReceivingOffice() {
        LocalDate today = LocalDate.now(clock);
        clock.set(today.atTime(15, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        jobs.run();
        List<OutboxEntry> lists = SystemAccess.runAsSystem(() -> outbox.list(null, PageRequest.of(0, 500))).stream()
                .filter(m -> m.kind() == MessageKind.MISSING_LIST).toList();
        assertThat(lists).hasSize(1);
        OutboxEntry list = lists.getFirst();
        assertThat(list.recipients()).isEqualTo("bluezone.tayninh@example.vn");
        assertThat(list.body()).startsWith("Kính gửi: Sở KH&CN,").contains("- Xã Đức Lập")
                .doesNotContain("huyện");

        jobs.run();
        assertThat(SystemAccess.runAsSystem(() -> outbox.list(null, PageRequest.of(0, 500))).stream()
                .filter(m -> m.kind() == MessageKind.MISSING_LIST).count()).as("once a day").isEqualTo(1);
    }
}
