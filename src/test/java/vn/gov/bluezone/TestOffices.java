package vn.gov.bluezone;

import vn.gov.bluezone.campaign.CampaignService;

/** The directory's offices the demo data seeds, for tests that create campaigns. */
public final class TestOffices {

    private TestOffices() {
    }

    /** The receiving office of the historic campaign: Long An's Department of the demo directory. */
    public static long longAnReceivingOffice(CampaignService campaigns) {
        return HistoricCampaign.of(campaigns).receivingOffice().id();
    }

    /** The drafting division of the historic campaign: Long An's Phòng VHXH of the demo directory. */
    public static long longAnDraftingOffice(CampaignService campaigns) {
        return HistoricCampaign.of(campaigns).draftingOffice().id();
    }
}
