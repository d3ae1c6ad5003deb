package vn.gov.bluezone.oversight;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;

import vn.gov.bluezone.campaign.CampaignDetails;

/**
 * A section another module adds to the dashboard, drawn for the chosen campaign and day: the
 * coverage map is one (compliance draws it, since it colours by the board's lights, and oversight
 * must not depend on compliance). Created for each dashboard by a {@link Factory} bean.
 */
public interface DashboardSection {

    /** The section as shown, title included. */
    Component component();

    /**
     * Shows the campaign on the day; {@code todayUnits} when the dashboard shows a campaign of
     * former communes on the communes of today.
     */
    void show(CampaignDetails campaign, LocalDate day, boolean todayUnits);

    /** A Spring bean that makes the section for one dashboard, or none for this caller. */
    interface Factory {

        java.util.Optional<DashboardSection> create();
    }
}
