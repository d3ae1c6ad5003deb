package vn.gov.bluezone.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TestOffices;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.shared.SystemAccess;

/** A fresh campaign per test, so tests never share report days. */
@Component
public class ReportFixtures {

    public static final String PROVINCE_OFFICER = "tinh.sotttt";
    public static final String COMMUNE = "xa.duclapha";
    public static final String OTHER_COMMUNE = "report.tanphu";

    private final CampaignService campaigns;
    private final BaselineService baselines;
    private final HierarchyService hierarchy;
    private final UserAdminService users;
    private final AsUser as;

    ReportFixtures(CampaignService campaigns, BaselineService baselines, HierarchyService hierarchy, UserAdminService users, AsUser as) {
        this.campaigns = campaigns;
        this.baselines = baselines;
        this.hierarchy = hierarchy;
        this.users = users;
        this.as = as;
    }

    /**
     * An active campaign of Long An from {@code start} to {@code target}, 60 % of smartphone users,
     * cut-off 15:00, with baselines for Xã Đức Lập Hạ (27958) and Xã Tân Phú (27961): population
     * 10,000, 6,000 smartphone users, 1,000 installs at start.
     */
    public CampaignDetails campaign(LocalDate start, LocalDate target) {
        return campaign("Chiến dịch kiểm thử " + System.nanoTime() % 1_000_000, start, target);
    }

    public CampaignDetails campaign(String name, LocalDate start, LocalDate target) {
        return campaign(name, start, target, null);
    }

    /** The same with a focal point's email, where submitted reports are mailed. */
    public CampaignDetails campaign(String name, LocalDate start, LocalDate target, String focalEmail) {
        return campaign(name, start, target, focalEmail,
                "commune_code,population,smartphone_users,installs_at_start\n27958,10000,6000,1000\n27961,10000,6000,1000\n");
    }

    /** The same with the given baselines file (CSV: commune_code, population, smartphone_users, installs_at_start). */
    public CampaignDetails campaign(String name, LocalDate start, LocalDate target, String focalEmail,
            String baselinesCsv) {
        return campaign(name, start, target, focalEmail, baselinesCsv, TargetDenominator.SMARTPHONE_USERS);
    }

    /** The same with the target's denominator. */
    public CampaignDetails campaign(String name, LocalDate start, LocalDate target, String focalEmail,
            String baselinesCsv, TargetDenominator denominator) {
        SystemAccess.runAsSystem(() -> {
            if (users.list(OTHER_COMMUNE, PageRequest.of(0, 1)).isEmpty()) {
                users.createWithPassword(new UserDetailsForm(OTHER_COMMUNE, "Trương Văn Phú", null, null,
                        Role.COMMUNE_OFFICER, hierarchy.getByCode("27961").id()), "Bluezone@2020", false);
            }
        });
        return as.call(PROVINCE_OFFICER, () -> {
            long province = hierarchy.getByCode("80").id();
            CampaignDetails created = campaigns.create(new CampaignForm(province, name,
                    null, null, "UBND tỉnh Long An", start, target, new BigDecimal("60"), denominator,
                    LocalTime.of(15, 0), TestOffices.longAnReceivingOffice(campaigns),
                    TestOffices.longAnDraftingOffice(campaigns), null, null, focalEmail, true, Thresholds.defaults(),
                    List.of(new WorkForm("HOUSEHOLDS", "Hộ gia đình"), new WorkForm("LOUDSPEAKER", "Loa truyền thanh")),
                    List.of()));
            baselines.importBaselines(created.id(), "baselines.csv", baselinesCsv.getBytes(StandardCharsets.UTF_8));
            return campaigns.activate(created.id(), created.version());
        });
    }

    public static ReportInput input(CampaignDetails campaign, LocalDate date, long cumulative) {
        return new ReportInput(null, 0, campaign.id(), date, cumulative, Map.of("HOUSEHOLDS", 40L), null,
                "Đã vận động 40 hộ.", null, null, "Phạm Thị Lập", "Phó Chủ tịch UBND xã", false, false);
    }

    public static ReportInput amend(ReportDetails report, long cumulative) {
        return new ReportInput(report.id(), report.version(), report.campaignId(), report.reportDate(), cumulative,
                report.work(), report.otherForms(), report.results(), report.difficulties(), report.proposals(),
                report.signerName(), report.signerTitle(), false, false);
    }
}
