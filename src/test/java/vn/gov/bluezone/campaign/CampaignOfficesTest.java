package vn.gov.bluezone.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.directory.OfficeForm;
import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSigner;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.ValidationException;

/** A campaign's receiving and drafting offices are its province's, and a copy to the district needs districts. */
@PortalSpringTest
class CampaignOfficesTest {

    static final String TWO_LEVEL_PROVINCE = "06";

    @Autowired
    CampaignService campaigns;
    @Autowired
    OfficeService offices;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    AsUser as;

    static CampaignForm form(long provinceId, Long receiving, Long drafting, boolean copyToDistrict) {
        return new CampaignForm(provinceId, "Chiến dịch cơ quan " + System.nanoTime() % 1_000_000, null, null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), new BigDecimal("60"),
                TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0), receiving, drafting, null, null, null,
                copyToDistrict, Thresholds.defaults(), List.of(), List.of());
    }

    static OfficeForm office(long unitId, OfficeKind kind, String name, String abbreviation) {
        return new OfficeForm(unitId, kind, name, name, name.toUpperCase(java.util.Locale.ROOT), abbreviation, null, null,
                null, List.of(new OfficeSigner("Hoàng Văn Khoa", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")));
    }

    @Test
    void theHistoricCampaignReadsItsOfficesFromTheDirectoryForEveryoneWhoSeesIt() {
        CampaignDetails historic = HistoricCampaign.of(campaigns);
        assertThat(historic.receivingOffice().abbreviation()).isEqualTo("STTTT");
        assertThat(historic.receivingOffice().kind()).isEqualTo(OfficeKind.DEPARTMENT);
        assertThat(historic.draftingOffice().abbreviation()).isEqualTo("VHXH");
        CampaignDetails asCommune = as.call("xa.duclapha", () -> campaigns.get(historic.id()));
        assertThat(asCommune.receivingOffice()).isEqualTo(historic.receivingOffice());
        assertThat(asCommune.draftingOffice()).isEqualTo(historic.draftingOffice());
    }

    @Test
    void aReceivingOrDraftingOfficeOfAnotherProvinceOrOfADistrictIsRefused() {
        SystemAccess.runAsSystem(() -> unitImport.importGsoList("tien-giang.csv", TestUnits.province("82")));
        long longAn = SystemAccess.runAsSystem(() -> hierarchy.getByCode("80").id());
        long tienGiang = SystemAccess.runAsSystem(() -> hierarchy.getByCode("82").id());
        long ducHoa = SystemAccess.runAsSystem(() -> hierarchy.getByCode("802").id());
        OfficeSummary elsewhere = SystemAccess.runAsSystem(() -> offices.create(office(tienGiang, OfficeKind.DEPARTMENT,
                "Sở Khoa học và Công nghệ tỉnh Tiền Giang " + System.nanoTime() % 1_000_000, "SKHCN")));
        OfficeSummary ofDistrict = SystemAccess.runAsSystem(() -> offices.create(office(ducHoa, OfficeKind.DIVISION,
                "Phòng Văn hóa và Thông tin huyện Đức Hòa " + System.nanoTime() % 1_000_000, "VHTT")));

        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> campaigns.create(form(longAn, elsewhere.id(), null, true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("receivingOffice", "campaign.error.receivingOffice").hasSize(1));
        // the administrator reads every office: the office is refused for its province, not for being unreadable
        assertThatThrownBy(() -> SystemAccess.runAsSystem(() -> campaigns.create(form(longAn, elsewhere.id(),
                ofDistrict.id(), true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "receivingOffice", "draftingOffice"));
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> campaigns.create(form(tienGiang, elsewhere.id(), null, true))))
                .isInstanceOf(OutOfScopeException.class);

        CampaignDetails historic = HistoricCampaign.of(campaigns);
        CampaignDetails created = as.call("tinh.sotttt", () -> campaigns.create(form(longAn,
                historic.receivingOffice().id(), historic.draftingOffice().id(), true)));
        assertThat(created.receivingOffice().name()).isEqualTo(historic.receivingOffice().name());
        assertThat(created.draftingOffice().abbreviation()).isEqualTo("VHXH");
        CampaignForm moved = form(longAn, elsewhere.id(), null, true);
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> campaigns.update(created.id(), moved, created.version())))
                .isInstanceOf(ValidationException.class);
        CampaignDetails unchanged = as.call("tinh.sotttt", () -> campaigns.get(created.id()));
        assertThat(unchanged.receivingOffice().id()).isEqualTo(historic.receivingOffice().id());
    }

    @Test
    void copyingToTheDistrictIsRefusedInAProvinceWithoutDistricts() {
        SystemAccess.runAsSystem(() -> {
            try {
                hierarchy.getByCode(TWO_LEVEL_PROVINCE);
            } catch (OutOfScopeException absent) {
                unitImport.importGsoList("bac-kan-2-levels.csv", TestUnits.provinceAsTwoLevels(TWO_LEVEL_PROVINCE));
            }
        });
        long bacKan = SystemAccess.runAsSystem(() -> hierarchy.getByCode(TWO_LEVEL_PROVINCE).id());
        assertThatThrownBy(() -> SystemAccess.runAsSystem(() -> campaigns.create(form(bacKan, null, null, true))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("copyToParent").containsValue("campaign.error.copyToDistrict"));
        CampaignDetails created = SystemAccess.runAsSystem(() -> campaigns.create(form(bacKan, null, null, false)));
        assertThat(created.copyToParent()).isFalse();
        assertThat(created.receivingOffice()).isNull();
    }
}
