package vn.gov.bluezone.oversight;

/** One running campaign (one province) on one day, for national figures. */
public record CampaignTotal(long campaignId, String campaignName, String provinceCode, String provinceName,
        long communes, long reported, long cumulative, long population, long smartphoneUsers) {
}
