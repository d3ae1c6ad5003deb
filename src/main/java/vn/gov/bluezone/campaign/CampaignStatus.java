package vn.gov.bluezone.campaign;

/** draft → active → closed; reports are taken only while a campaign is active. */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
