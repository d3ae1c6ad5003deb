package vn.gov.bluezone.campaign;

/**
 * A commune's starting point in a campaign. {@code estimated} marks figures that are estimates
 * (demo data spreads district census figures over communes), which the screens say.
 */
public record Baseline(long id, long campaignId, long unitId, String unitCode, String unitName, String parentName,
        long population, long smartphoneUsers, long installsAtStart, boolean estimated, long version) {
}
