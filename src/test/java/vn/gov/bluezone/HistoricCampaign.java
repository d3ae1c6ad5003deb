package vn.gov.bluezone;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.shared.SystemAccess;

/** The campaign of Long An's dispatch 4937/UBND-VHXH (August 2020), as the demo data seeds it. */
public final class HistoricCampaign {

    /** The dispatch's number, as the campaign records it. */
    public static final String DIRECTIVE = "4937/UBND-VHXH";

    private HistoricCampaign() {
    }

    /** The seeded campaign of the dispatch, read as the system whoever is signed in. */
    public static CampaignDetails of(CampaignService campaigns) {
        return SystemAccess.runAsSystem(() -> campaigns.visibleCampaigns().stream()
                .filter(c -> DIRECTIVE.equals(c.directiveNumber())).findFirst().orElseThrow());
    }

    public static long idOf(CampaignService campaigns) {
        return of(campaigns).id();
    }
}
