package vn.gov.bluezone.compliance.ui;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardExport;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.hierarchy.BoundaryService;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.DashboardSection;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;

/**
 * Makes the coverage maps (issue 16): one for the board, and the dashboard's map sections — the
 * campaign's communes for every reader of the dashboard, and the national map of provinces for
 * those who read the national summary.
 */
@org.springframework.stereotype.Component
class CoverageMaps {

    private final ComplianceBoardService board;
    private final BoardExport export;
    private final OversightService oversight;
    private final BoundaryService boundaries;
    private final Permissions permissions;

    CoverageMaps(ComplianceBoardService board, BoardExport export, OversightService oversight,
            BoundaryService boundaries, Permissions permissions) {
        this.board = board;
        this.export = export;
        this.oversight = oversight;
        this.boundaries = boundaries;
        this.permissions = permissions;
    }

    /** A map of a campaign's communes, for the board. */
    CoverageMap communes() {
        return new CoverageMap(board, oversight, boundaries, permissions);
    }

    /** The dashboard's map of the campaign's communes. */
    @org.springframework.stereotype.Component
    static class CommuneSection implements DashboardSection.Factory {

        private final CoverageMaps maps;

        CommuneSection(CoverageMaps maps) {
            this.maps = maps;
        }

        @Override
        public Optional<DashboardSection> create() {
            CoverageMap map = maps.communes();
            Div section = new Div(new H3(map.getTranslation("map.title")), map);
            section.setWidthFull();
            section.addClassName("portal-dashboard-section");
            return Optional.of(new DashboardSection() {
                @Override
                public Component component() {
                    return section;
                }

                @Override
                public void show(CampaignDetails campaign, LocalDate day, boolean todayUnits) {
                    map.show(campaign, day, todayUnits);
                }
            });
        }
    }

    /** The dashboard's national map, for those who read the national summary. */
    @org.springframework.stereotype.Component
    static class NationalSection implements DashboardSection.Factory {

        private final CoverageMaps maps;

        NationalSection(CoverageMaps maps) {
            this.maps = maps;
        }

        @Override
        public Optional<DashboardSection> create() {
            return maps.permissions.has(Permission.READ_NATIONAL_SUMMARY)
                    ? Optional.of(new ProvinceMap(maps.board, maps.export, maps.boundaries)) : Optional.empty();
        }
    }
}
