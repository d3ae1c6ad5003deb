package vn.gov.bluezone.notification;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.compliance.ReprimandDispatched;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;

/** An issued reprimand dispatch goes to the office of each district concerned, the dispatch attached. */
@Component
class ReprimandMail {

    private final Outbox outbox;
    private final HierarchyService hierarchy;

    ReprimandMail(Outbox outbox, HierarchyService hierarchy) {
        this.outbox = outbox;
        this.hierarchy = hierarchy;
    }

    /** Runs in the issuing officer's or chair's request; their province scope covers the districts. */
    @EventListener
    void on(ReprimandDispatched dispatch) {
        Map<Long, String> emails = hierarchy.officeEmails(dispatch.districtIds());
        String province = dispatch.provinceName().replaceFirst("^Tỉnh ", "tỉnh ");
        for (long districtId : dispatch.districtIds()) {
            String email = emails.get(districtId);
            if (email == null) {
                continue;
            }
            UnitSummary district = hierarchy.get(districtId);
            outbox.add(new MailRequest(MessageKind.REPRIMAND, "reprimand:" + dispatch.documentId() + ":" + districtId,
                    district.path(), List.of(email), List.of(),
                    MailTexts.text("reprimand.subject", dispatch.reference(), province),
                    MailTexts.text("reprimand.body", dispatch.reference(), province, district.name()),
                    "document:" + dispatch.documentId(),
                    "cong-van-" + dispatch.reference().replace('/', '-') + ".pdf"));
        }
    }
}
