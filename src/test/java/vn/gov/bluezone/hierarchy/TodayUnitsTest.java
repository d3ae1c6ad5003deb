package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.CampaignStatus;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.ValidationException;

/**
 * The demo as shipped: Long An as in 2020 and Tây Ninh as in force since 1/7/2025 in one database.
 * Units in time (decision 0029), the successor table (decision 0031) and the campaigns on them.
 */
@TodaySpringTest
class TodayUnitsTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate AUGUST_2020 = LocalDate.of(2020, 8, 13);

    @Autowired
    HierarchyService hierarchy;

    @Autowired
    UnitImportService unitImport;

    @Autowired
    SuccessorImportService successorImport;

    @Autowired
    LineageService lineage;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AsUser as;

    @Autowired
    TodayUnits todayUnits;

    /** The other tests of this context load Cao Bằng and the national successor table: the same state for all. */
    @BeforeEach
    void todayUnitsLoaded() {
        todayUnits.load();
    }

    @Test
    void tayNinhHasTwoLevelsAndNinetySixCommunesOfTheTwentyTwentyFiveList() {
        UnitSummary tayNinh = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80"));
        assertThat(tayNinh.name()).isEqualTo("Tỉnh Tây Ninh");
        assertThat(tayNinh.path()).isEqualTo("/80@2025-07-01/");
        assertThat(tayNinh.validFrom()).isEqualTo(REFORM);
        assertThat(tayNinh.validTo()).isNull();

        List<UnitSummary> communes = communesUnder(tayNinh.path());
        assertThat(communes).hasSize(96);
        assertThat(communes).allSatisfy(c -> {
            assertThat(c.parentId()).isEqualTo(tayNinh.id());
            assertThat(c.path()).isEqualTo(tayNinh.path() + c.code() + "/");
            assertThat(c.validFrom()).isEqualTo(REFORM);
        });
        assertThat(communes.stream().filter(c -> c.type().equals("Xã")).count()).isEqualTo(82);
        assertThat(communes.stream().filter(c -> c.type().equals("Phường")).count()).isEqualTo(14);
        assertThat(tayNinh.population()).isPositive();
        assertThat(tayNinh.populationSource()).startsWith("Ước tính");
    }

    @Test
    void longAnEndedOnTheReformDayAndKeepsItsCodesForHistory() {
        UnitSummary longAn = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80", AUGUST_2020));
        assertThat(longAn.name()).isEqualTo("Tỉnh Long An");
        assertThat(longAn.path()).isEqualTo("/80/");
        assertThat(longAn.validTo()).isEqualTo(REFORM);
        assertThat(longAn.inForceOn(REFORM.minusDays(1))).isTrue();
        assertThat(longAn.inForceOn(REFORM)).isFalse();
        assertThat(communesUnder("/80/")).hasSize(188).allSatisfy(c -> assertThat(c.validTo()).isEqualTo(REFORM));

        // 27964 was Xã Mỹ Hạnh Bắc in 2020; the 2025 commune formed from it keeps the code: Xã Đức Lập
        assertThat(SystemAccess.runAsSystem(() -> hierarchy.getByCode("27964", AUGUST_2020)).name())
                .isEqualTo("Xã Mỹ Hạnh Bắc");
        assertThat(SystemAccess.runAsSystem(() -> hierarchy.getByCode("27964", REFORM)).name()).isEqualTo("Xã Đức Lập");
        assertThat(SystemAccess.runAsSystem(() -> hierarchy.getByCode("27964")).name()).isEqualTo("Xã Đức Lập");
        assertThatThrownBy(() -> SystemAccess.runAsSystem(() -> hierarchy.getByCode("802", REFORM)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void eachListIsItsOwnScope() {
        long tayNinhUnits = as.call("tayninh.canbo", () -> hierarchy.count(UnitFilter.ALL));
        assertThat(tayNinhUnits).isEqualTo(97);
        assertThatThrownBy(() -> as.call("tayninh.canbo", () -> hierarchy.getByCode("04")))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(as.call("tayninh.canbo", () -> hierarchy.getByCode("27964")).name()).isEqualTo("Xã Đức Lập");
        assertThatThrownBy(() -> as.call("tayninh.canbo", () -> hierarchy.getByCode("802")))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(as.call("tinh.sotttt", () -> hierarchy.getByCode("27964")).name()).isEqualTo("Xã Mỹ Hạnh Bắc");
        assertThat(as.call("xa.duclap", () -> hierarchy.ownUnit()).orElseThrow().name()).isEqualTo("Xã Đức Lập");
    }

    @Test
    void importingTheSameDatedListAgainChangesNothing() {
        UnitImportResult again = SystemAccess.runAsSystem(() -> unitImport.importGsoList("tay-ninh-2025.csv",
                read("reference/tay-ninh-2025.csv"), REFORM));
        assertThat(again).isEqualTo(new UnitImportResult(0, 0, 97, 0));
    }

    @Test
    void theSuccessorTableResolvesLongAnByCodeAndByNameAndListsWhatItCannot() {
        UnitSummary longAn = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80", AUGUST_2020));
        List<Long> formerIds = communesUnder("/80/").stream().map(UnitSummary::id).toList();
        List<Succession> rows = SystemAccess.runAsSystem(() -> lineage.successorsOf(formerIds));
        // 186 communes by code, Phường 2 (Tân An) by name, Xã Tân Hòa (Bến Lức) by name to two communes
        assertThat(rows).hasSize(189).allSatisfy(row -> assertThat(row.resolved()).isTrue());
        assertThat(rows.stream().map(Succession::oldUnitId).distinct().count()).isEqualTo(188);
        assertThat(rows.stream().filter(r -> r.oldName().equals("Xã Tân Hòa") && "Huyện Bến Lức".equals(r.oldDistrictName()))
                .map(Succession::newName)).containsExactlyInAnyOrder("Xã Bến Lức", "Xã Lương Hoà");
        Succession ducLapHa = rows.stream().filter(r -> "27958".equals(r.oldCode())).findFirst().orElseThrow();
        assertThat(ducLapHa.newCode()).isEqualTo("27964");
        assertThat(ducLapHa.newUnitPath()).isEqualTo("/80@2025-07-01/27964/");
        assertThat(longAn.validTo()).isEqualTo(REFORM);

        // the rows of former communes the portal does not hold (old Tây Ninh, code 72, is not loaded; two rows of
        // the source name communes of Quảng Ngãi for a Tây Ninh commune) are listed, not dropped
        List<Succession> unresolved = SystemAccess.runAsSystem(() -> lineage.unresolved());
        assertThat(unresolved).isNotEmpty().allSatisfy(row -> assertThat(row.resolved()).isFalse());
        assertThat(unresolved).filteredOn(r -> "Tỉnh Quảng Ngãi".equals(r.oldProvinceName()) && "28201".equals(r.newCode()))
                .hasSize(2);
        assertThat(unresolved).noneMatch(r -> "Tỉnh Long An".equals(r.oldProvinceName()));

        // the Tây Ninh officer reads the rows of its communes, the Long An 2020 officer those of its own
        assertThat(as.call("tayninh.canbo", () -> lineage.predecessorsUnder("/80@2025-07-01/27964/")))
                .extracting(Succession::oldName).contains("Xã Đức Lập Hạ", "Xã Mỹ Hạnh Bắc");
        assertThat(as.call("huyen.duchoa", () -> lineage.successorsOf(formerIds))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.oldDistrictName()).isEqualTo("Huyện Đức Hòa"));
    }

    @Test
    void importingTheSameSuccessorTableAgainGivesTheSameRows() {
        byte[] table = read("reference/successors-tay-ninh-2025.csv");
        SuccessorImportService.Result first = SystemAccess.runAsSystem(() -> successorImport.importSuccessors(
                "successors.csv", table, REFORM));
        SuccessorImportService.Result again = SystemAccess.runAsSystem(() -> successorImport.importSuccessors(
                "successors.csv", table, REFORM));
        assertThat(again).isEqualTo(first);
        // Long An's 189 rows resolve both ways; old Tây Ninh's and the two of Quảng Ngãi have no former unit held
        assertThat(first).isEqualTo(new SuccessorImportService.Result(285, 189, 96, 0));
        todayUnits.importSuccessors(line -> true);
    }

    @Test
    void aCampaignRunsOnTheUnitsInForceOnItsDates() {
        long longAn = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80", AUGUST_2020)).id();
        long tayNinh = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80")).id();
        assertThatThrownBy(() -> as.call("admin", () -> campaigns.create(form(longAn, LocalDate.of(2026, 12, 1)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("province", "campaign.error.unitNotInForce"));
        // ending on the reform day is already too late for Long An, starting before it too early for Tây Ninh
        assertThatThrownBy(() -> as.call("admin", () -> campaigns.create(form(longAn, REFORM.minusDays(10)))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as.call("admin", () -> campaigns.create(form(tayNinh, REFORM.minusDays(10)))))
                .isInstanceOf(ValidationException.class);
        assertThat(as.call("tayninh.canbo", () -> campaigns.create(form(tayNinh, LocalDate.of(2026, 12, 1)))).status())
                .isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void theLiveDemoCampaignRunsOnTayNinhAndCampaign4937StaysOnLongAn() {
        List<CampaignDetails> tayNinh = as.call("tayninh.canbo", () -> campaigns.visibleCampaigns());
        assertThat(tayNinh).extracting(CampaignDetails::provincePath).containsOnly("/80@2025-07-01/");
        assertThat(tayNinh).extracting(CampaignDetails::status).contains(CampaignStatus.ACTIVE);
        CampaignDetails live = tayNinh.stream().filter(c -> c.status() == CampaignStatus.ACTIVE).findFirst().orElseThrow();
        assertThat(live.receivingOffice().name()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Tây Ninh");
        assertThat(live.receivingOffice().abbreviation()).isEqualTo("SKHCN");
        assertThat(live.issuingUnit()).isEqualTo("UBND tỉnh Tây Ninh");
        assertThat(live.copyToParent()).isFalse();
        List<CampaignDetails> longAn = as.call("tinh.sotttt", () -> campaigns.visibleCampaigns());
        assertThat(longAn).extracting(CampaignDetails::provincePath).containsOnly("/80/");
        assertThat(longAn).anySatisfy(c -> {
            assertThat(c.directiveNumber()).isEqualTo("4937/UBND-VHXH");
            assertThat(c.status()).isEqualTo(CampaignStatus.CLOSED);
            assertThat(c.receivingOffice().abbreviation()).isEqualTo("STTTT");
        });
    }

    private List<UnitSummary> communesUnder(String path) {
        return SystemAccess.runAsSystem(() -> hierarchy.browse(new UnitFilter(null, UnitLevel.COMMUNE),
                PageRequest.of(0, 5000)).stream().filter(u -> u.path().startsWith(path)).toList());
    }

    private static CampaignForm form(long provinceId, LocalDate start) {
        return new CampaignForm(provinceId, "Chiến dịch theo đơn vị hiện hành", null, null, null, start,
                start.plusDays(20), new BigDecimal("60"), TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0), null, null,
                null, null, null, false, Thresholds.defaults(), List.of(), List.of());
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
