package vn.gov.bluezone.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Campaign 4937 of Long An (2020, 188 communes) on the communes of Tây Ninh from 1/7/2025, with
 * the real successor table: every former commune counted once, the split commune listed and not
 * counted in a row, the history of the territory for the officer of today's province, nothing for
 * another province.
 */
@TodaySpringTest
class LineageRollupServiceTest {

    static final LocalDate DAY = LocalDate.of(2020, 8, 20);
    static final String LONG_AN_OFFICER = "tinh.sotttt";

    @Autowired
    LineageRollupService rollups;
    @Autowired
    LineageExport export;
    @Autowired
    OversightService oversight;
    @Autowired
    CampaignService campaigns;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    TodayUnits today;
    @Autowired
    AsUser as;

    CampaignDetails campaign;

    @BeforeEach
    void load() {
        today.load();
        campaign = HistoricCampaign.of(campaigns);
    }

    long campaignTotal() {
        return as.call(LONG_AN_OFFICER, () -> oversight.totals(OversightFilter.of(campaign.id(), DAY)).getLast())
                .cumulative();
    }

    static long sum(LineageRollup rollup) {
        return rollup.rows().stream().mapToLong(LineageRollup.Row::installs).sum()
                + rollup.splits().stream().mapToLong(LineageRollup.Former::installs).sum()
                + rollup.withoutSuccessor().stream().mapToLong(LineageRollup.Former::installs).sum();
    }

    @Test
    void theGrandTotalIsTheCampaignsTotalAndEveryFormerCommuneCountsOnce() {
        LineageRollup rollup = as.call(LONG_AN_OFFICER, () -> rollups.rollup(campaign.id(), DAY));
        assertThat(rollup.territoryHistory()).isFalse();
        assertThat(rollup.total().installs()).isEqualTo(campaignTotal()).isEqualTo(sum(rollup));
        assertThat(rollup.total().formerCommunes()).isEqualTo(188);
        int counted = rollup.rows().stream().mapToInt(r -> r.formerCommunes().size()).sum()
                + rollup.splits().size() + rollup.withoutSuccessor().size();
        assertThat(counted).isEqualTo(188);
        // Long An became 60 of Tây Ninh's 96 communes; its own are not in the campaign
        assertThat(rollup.rows()).hasSizeBetween(50, 70);
        assertThat(rollup.withoutSuccessor()).isEmpty();
        // shares from the sums; the total's population is the campaign's baselines
        long population = as.call(LONG_AN_OFFICER, () -> oversight.totals(OversightFilter.of(campaign.id(), DAY))
                .getLast()).population();
        assertThat(rollup.total().population()).isEqualTo(population);
    }

    @Test
    void aSplitCommuneIsListedWithItsNewCommunesAndCountedInNoRow() {
        LineageRollup rollup = as.call(LONG_AN_OFFICER, () -> rollups.rollup(campaign.id(), DAY));
        assertThat(rollup.splits()).singleElement().satisfies(split -> {
            assertThat(split.code()).isEqualTo("28006");
            assertThat(split.label()).isEqualTo("Xã Tân Hòa (Huyện Bến Lức)");
            assertThat(split.successors()).containsExactly("Xã Bến Lức", "Xã Lương Hoà");
            assertThat(split.installs()).isPositive();
        });
        LineageRollup.Row benLuc = row(rollup, "27991");
        LineageRollup.Row luongHoa = row(rollup, "28003");
        for (LineageRollup.Row row : List.of(benLuc, luongHoa)) {
            assertThat(row.partsOf()).containsExactly("Xã Tân Hòa (Huyện Bến Lức)");
            assertThat(row.formerCommunes()).doesNotContain("Xã Tân Hòa");
        }
        assertThat(benLuc.formerDistricts()).containsExactly("Huyện Bến Lức");
        assertThat(benLuc.formerCommunes()).contains("Thị trấn Bến Lức");
    }

    @Test
    void aCommuneWithoutASuccessorIsListedAndStillCounted() {
        long total = campaignTotal();
        try {
            // Xã Đức Lập Hạ (27958) loses its successor row
            today.importSuccessors(line -> !line.startsWith("27958,"));
            LineageRollup rollup = as.call(LONG_AN_OFFICER, () -> rollups.rollup(campaign.id(), DAY));
            assertThat(rollup.withoutSuccessor()).singleElement().satisfies(former -> {
                assertThat(former.code()).isEqualTo("27958");
                assertThat(former.districtName()).isEqualTo("Huyện Đức Hòa");
            });
            assertThat(rollup.total().installs()).isEqualTo(total).isEqualTo(sum(rollup));
            assertThat(rollup.rows()).noneMatch(r -> r.formerCommunes().contains("Xã Đức Lập Hạ"));
        } finally {
            today.importSuccessors(line -> true);
        }
    }

    @Test
    void todaysProvincialOfficerReadsTheHistoryOfItsTerritoryOnlyOnItsCommunes() {
        String tayNinhPath = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80", TodayUnits.REFORM_DAY)).path();
        assertThat(tayNinhPath).isNotEqualTo(campaign.provincePath());
        assertThat(as.call(TodayUnits.TAY_NINH_OFFICER, () -> campaigns.visibleCampaigns()))
                .noneMatch(c -> c.id() == campaign.id());

        LineageRollup rollup = as.call(TodayUnits.TAY_NINH_OFFICER, () -> rollups.rollup(campaign.id(), DAY));
        assertThat(rollup.territoryHistory()).isTrue();
        assertThat(rollup.rows()).isNotEmpty().allSatisfy(row -> assertThat(
                SystemAccess.runAsSystem(() -> hierarchy.get(row.unitId())).path()).startsWith(tayNinhPath));
        // every former Long An commune went to Tây Ninh: the same total as the campaign's
        assertThat(rollup.total().installs()).isEqualTo(campaignTotal());
        assertThat(rollup.rows()).extracting(LineageRollup.Row::installs).containsExactlyElementsOf(
                as.call(LONG_AN_OFFICER, () -> rollups.rollup(campaign.id(), DAY)).rows().stream()
                        .map(LineageRollup.Row::installs).toList());

        assertThat(as.call(TodayUnits.TAY_NINH_OFFICER, () -> rollups.campaigns()))
                .anySatisfy(c -> {
                    assertThat(c.campaign().id()).isEqualTo(campaign.id());
                    assertThat(c.territoryHistory()).isTrue();
                    assertThat(c.lastDay()).isEqualTo(DAY);
                });
        String csv = new String(as.call(TodayUnits.TAY_NINH_OFFICER,
                () -> export.csv(campaign.id(), DAY, Locale.forLanguageTag("vi-VN"))), StandardCharsets.UTF_8);
        assertThat(csv).contains("Xã cũ chia cho nhiều xã mới", "Xã Lương Hoà", "+ một phần", "Tổng cộng");
        assertThat(as.call(TodayUnits.TAY_NINH_OFFICER, () -> export.xlsx(campaign.id(), DAY, Locale.ENGLISH)))
                .isNotEmpty();
    }

    @Test
    void anotherProvinceIsToldTheCampaignDoesNotExist() {
        assertThatThrownBy(() -> as.call(TodayUnits.CAO_BANG_OFFICER, () -> rollups.rollup(campaign.id(), DAY)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call(TodayUnits.CAO_BANG_OFFICER, () -> export.csv(campaign.id(), DAY, Locale.ENGLISH)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(as.call(TodayUnits.CAO_BANG_OFFICER, () -> rollups.campaigns())).isEmpty();
        assertThatThrownBy(() -> as.call(TodayUnits.TAY_NINH_OFFICER, () -> rollups.rollup(999_999L, DAY)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void aFormerDistrictReadsItsCommunesOnTheirSuccessors() {
        LineageRollup rollup = as.call("huyen.duchoa", () -> rollups.rollup(campaign.id(), DAY));
        assertThat(rollup.territoryHistory()).isFalse();
        assertThat(rollup.rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.formerDistricts()).contains("Huyện Đức Hòa"));
        assertThat(rollup.total().formerCommunes()).isEqualTo(
                rollup.rows().stream().mapToInt(r -> r.formerCommunes().size()).sum());
        assertThat(rollup.total().installs()).isEqualTo(as.call("huyen.duchoa",
                () -> oversight.totals(OversightFilter.of(campaign.id(), DAY)).getLast()).cumulative());
    }

    @Test
    void communeOfficersAreRefusedThenCanSeeNoOtherCommune() {
        today.user("xa.benluc", "Trần Thị Lức", Role.COMMUNE_OFFICER, "27991");
        for (String user : List.of("xa.benluc", "xa.duclapha")) {
            assertThatThrownBy(() -> as.call(user, () -> rollups.rollup(campaign.id(), DAY)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.call(user, () -> rollups.campaigns())).isInstanceOf(AccessDeniedException.class);
        }
    }

    static LineageRollup.Row row(LineageRollup rollup, String code) {
        return rollup.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
