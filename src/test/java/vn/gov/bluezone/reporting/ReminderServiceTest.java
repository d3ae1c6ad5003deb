package vn.gov.bluezone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.ValidationException;

@PortalSpringTest
class ReminderServiceTest {

    @Autowired
    ReminderService reminders;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AsUser as;

    @Test
    void aDistrictRemindsItsCommuneAndOnlyThatCommuneSeesIt() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(5));
        long tanPhu = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27961").id());
        int sent = as.call("huyen.duchoa", () -> reminders.remind(campaign.id(), today, List.of(tanPhu),
                "  Đề nghị gửi báo cáo trước 15 giờ.  "));
        assertThat(sent).isEqualTo(1);
        List<ReminderEntry> seen = as.call(ReportFixtures.OTHER_COMMUNE, () -> reminders.recent(campaign.id()));
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.message()).isEqualTo("Đề nghị gửi báo cáo trước 15 giờ.");
            assertThat(r.senderUnit()).isEqualTo("Huyện Đức Hòa");
            assertThat(r.reportDate()).isEqualTo(today);
        });
        assertThat(as.call(ReportFixtures.COMMUNE, () -> reminders.recent(campaign.id()))).isEmpty();
    }

    @Test
    void remindersStayInsideTheSendersScopeAndRole() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        CampaignDetails campaign = fixtures.campaign(today.minusDays(1), today.plusDays(5));
        long tanPhu = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27961").id());
        long benLucCommune = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27991").id());
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> reminders.remind(campaign.id(), today,
                List.of(benLucCommune), "Nhắc"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> reminders.remind(campaign.id(), today,
                List.of(tanPhu), "Nhắc"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> reminders.remind(campaign.id(), today,
                List.of(tanPhu), "x".repeat(501)))).isInstanceOf(ValidationException.class);
        assertThat(as.call(ReportFixtures.OTHER_COMMUNE, () -> reminders.recent(campaign.id()))).isEmpty();
    }

}
