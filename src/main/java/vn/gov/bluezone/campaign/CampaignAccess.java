package vn.gov.bluezone.campaign;

import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;

/**
 * The campaign a service method works on, as the caller may see or change it; shared by the
 * campaign and baseline services, which check the permission before asking.
 */
@Component
class CampaignAccess {

    private final CampaignRepository campaigns;
    private final Callers callers;

    CampaignAccess(CampaignRepository campaigns, Callers callers) {
        this.campaigns = campaigns;
        this.callers = callers;
    }

    /** A campaign of the caller's province (or any, for an administrator); out of scope otherwise. */
    Campaign visible(long id) {
        return campaigns.findVisible(id).orElseThrow(OutOfScopeException::new);
    }

    /**
     * A campaign the caller may change: its province lies inside the caller's scope, and it is still
     * at the version the caller read ({@code null}: any version).
     */
    Campaign managed(long id, Long expectedVersion) {
        Campaign campaign = visible(id);
        if (!callers.current().covers(campaign.getProvince().getPath())) {
            throw new OutOfScopeException();
        }
        if (expectedVersion != null && campaign.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        return campaign;
    }
}
