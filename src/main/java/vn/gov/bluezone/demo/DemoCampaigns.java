package vn.gov.bluezone.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.Material;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.ReportSeeding;
import vn.gov.bluezone.shared.PortalTime;

/**
 * Two demo campaigns on the real Long An hierarchy: the historical one of dispatch 4937/UBND-VHXH
 * (closed, reports 13–20/8/2020) and a live one whose dates follow today. Commune populations are
 * the district census figures spread evenly over the district's communes and smartphone users a
 * fixed share of them: estimates, flagged as such so the screens label them. The 187,315 installs
 * of 13/8/2020 are spread over communes by population, so the province adds up to the dispatch's
 * figure exactly. Reproducible: the same seed gives the same history.
 */
@Component
class DemoCampaigns {

    static final String DIRECTIVE = "4937/UBND-VHXH";
    static final long INSTALLS_13_AUGUST = 187_315;
    /** Share of the population assumed to use a smartphone (estimate for the demo). */
    static final BigDecimal SMARTPHONE_SHARE = new BigDecimal("0.62");
    static final String DEMO_COMMUNE = "27958";

    private final CampaignService campaigns;
    private final BaselineService baselines;
    private final HierarchyService hierarchy;
    private final ReportSeeding reportSeeding;
    private final DemoOffices offices;
    private final Clock clock;

    DemoCampaigns(CampaignService campaigns, BaselineService baselines, HierarchyService hierarchy, ReportSeeding reportSeeding,
            DemoOffices offices, Clock clock) {
        this.campaigns = campaigns;
        this.offices = offices;
        this.baselines = baselines;
        this.hierarchy = hierarchy;
        this.reportSeeding = reportSeeding;
        this.clock = clock;
    }

    /**
     * Runs as the system, after the hierarchy is loaded: seeds Long An's directory of offices (kept
     * as it is when present), then the campaigns, unless they exist.
     */
    void load() {
        UnitSummary province = hierarchy.getByCode("80");
        List<OfficeSummary> directory = offices.seed(DemoOffices.LONG_AN_2020, province.id());
        if (!campaigns.visibleCampaigns().isEmpty()) {
            return;
        }
        Long receiving = first(directory, OfficeKind.DEPARTMENT);
        Long drafting = first(directory, OfficeKind.DIVISION);
        List<UnitSummary> communes = hierarchy.browse(new UnitFilter(null, UnitLevel.COMMUNE),
                PageRequest.of(0, 1000)).getContent().stream().filter(u -> u.path().startsWith(province.path())).toList();

        LocalDate start = LocalDate.of(2020, 8, 13);
        CampaignDetails historic = campaigns.create(form(province.id(), "Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)",
                DIRECTIVE, LocalDate.of(2020, 8, 17), start, LocalDate.of(2020, 8, 20), receiving, drafting));
        historic = campaigns.activate(historic.id(), historic.version());
        seed(historic, communes, start, LocalDate.of(2020, 8, 20), null);
        campaigns.close(historic.id(), LocalDate.of(2020, 8, 20), campaigns.get(historic.id()).version());

        LocalDate today = LocalDate.now(clock);
        CampaignDetails live = campaigns.create(form(province.id(), "Cài đặt ứng dụng Bluezone — đợt thử nghiệm",
                null, null, today.minusDays(6), today.plusDays(14), receiving, drafting));
        live = campaigns.activate(live.id(), live.version());
        seed(live, communes, live.startDate(), today, DEMO_COMMUNE);
    }

    private void seed(CampaignDetails campaign, List<UnitSummary> communes, LocalDate from, LocalDate to,
            String leaveTodayOpen) {
        Map<String, Long> districtPopulation = new LinkedHashMap<>();
        Map<String, Integer> districtCommunes = new LinkedHashMap<>();
        for (UnitSummary commune : communes) {
            districtCommunes.merge(commune.parentCode(), 1, Integer::sum);
        }
        districtCommunes.keySet().forEach(code -> districtPopulation.put(code, hierarchy.getByCode(code).population()));
        long provincePopulation = hierarchy.getByCode("80").population();

        List<long[]> figures = new ArrayList<>();
        long installsGiven = 0;
        for (UnitSummary commune : communes) {
            long population = districtPopulation.get(commune.parentCode()) / districtCommunes.get(commune.parentCode());
            long smartphones = SMARTPHONE_SHARE.multiply(BigDecimal.valueOf(population)).longValue();
            long installs = INSTALLS_13_AUGUST * population / provincePopulation;
            installsGiven += installs;
            figures.add(new long[] {population, smartphones, installs});
        }
        // the integer division leaves a few installs and people unassigned: give them to the first communes
        long installsLeft = INSTALLS_13_AUGUST - installsGiven;
        for (int i = 0; installsLeft > 0; i = (i + 1) % figures.size(), installsLeft--) {
            figures.get(i)[2]++;
        }
        for (String district : districtCommunes.keySet()) {
            long spread = districtPopulation.get(district) / districtCommunes.get(district) * districtCommunes.get(district);
            long peopleLeft = districtPopulation.get(district) - spread;
            for (int i = 0; i < communes.size() && peopleLeft > 0; i++) {
                if (communes.get(i).parentCode().equals(district)) {
                    figures.get(i)[0]++;
                    peopleLeft--;
                }
            }
        }
        for (int i = 0; i < communes.size(); i++) {
            baselines.seedEstimatedBaseline(campaign.id(), communes.get(i).id(), figures.get(i)[0], figures.get(i)[1],
                    figures.get(i)[2]);
        }
        campaigns.markDemoEstimates(campaign.id());

        Instant now = clock.instant();
        for (int i = 0; i < communes.size(); i++) {
            UnitSummary commune = communes.get(i);
            Random random = new Random(commune.code().hashCode() * 31L + campaign.startDate().toEpochDay());
            double dailyRate = 0.008 + random.nextDouble() * 0.04;
            long cumulative = figures.get(i)[2];
            long ceiling = figures.get(i)[1] * 95 / 100;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!day.equals(from)) {
                    cumulative = Math.min(ceiling, cumulative + Math.round(figures.get(i)[1] * dailyRate * (0.6 + random.nextDouble() * 0.8)));
                }
                double roll = random.nextDouble();
                if (roll < 0.05 || commune.code().equals(leaveTodayOpen) && day.equals(to)) {
                    continue;
                }
                LocalTime at = roll < 0.15 ? LocalTime.of(15, 5).plusMinutes(random.nextInt(300))
                        : LocalTime.of(8, 0).plusMinutes(random.nextInt(410));
                Instant submittedAt = day.atTime(at).atZone(PortalTime.ZONE).toInstant();
                if (submittedAt.isAfter(now)) {
                    continue;
                }
                Map<String, Long> work = new LinkedHashMap<>();
                work.put("HOUSEHOLDS", 20L + random.nextInt(180));
                work.put("LOUDSPEAKER", (long) random.nextInt(6));
                if (random.nextBoolean()) {
                    work.put("SMS_ZALO", 50L + random.nextInt(500));
                }
                reportSeeding.seedSubmitted(campaign.id(), commune, day, cumulative, work,
                        "Tổ công tác đến từng hộ gia đình hướng dẫn cài đặt Bluezone.", signerName(commune.code()),
                        submittedAt);
            }
        }
    }

    private static final String[] FAMILY_NAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương",
            "Đặng", "Bùi"};
    private static final String[] MIDDLE_NAMES = {"Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc"};
    private static final String[] GIVEN_NAMES = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Mai", "Nam",
            "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Vinh"};

    /**
     * The commune chair who signs the demo reports: a person's name, as a signature block carries
     * (the same commune always gets the same name). Demo people are invented; units never are.
     */
    static String signerName(String communeCode) {
        int seed = Math.abs(communeCode.hashCode());
        return FAMILY_NAMES[seed % FAMILY_NAMES.length] + " " + MIDDLE_NAMES[(seed / 10) % MIDDLE_NAMES.length] + " "
                + GIVEN_NAMES[(seed / 60) % GIVEN_NAMES.length];
    }

    private static Long first(List<OfficeSummary> directory, OfficeKind kind) {
        return directory.stream().filter(o -> o.kind() == kind).map(OfficeSummary::id).findFirst().orElse(null);
    }

    private static CampaignForm form(long provinceId, String name, String directive, LocalDate directiveDate,
            LocalDate start, LocalDate target, Long receivingOffice, Long draftingOffice) {
        return new CampaignForm(provinceId, name, directive, directiveDate, "UBND tỉnh Long An", start, target,
                new BigDecimal("60.00"), TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0),
                receivingOffice, draftingOffice,
                "Đầu mối (demo): Phó Trưởng phòng Công nghệ thông tin", "0272 000 0000", "bluezone.demo@example.vn",
                true, Thresholds.defaults(), WORK_FORMS, MATERIALS);
    }

    static final List<WorkForm> WORK_FORMS = List.of(
            new WorkForm("HOUSEHOLDS", "Hộ gia đình được vận động trực tiếp"),
            new WorkForm("LOUDSPEAKER", "Lượt phát thanh trên loa truyền thanh"),
            new WorkForm("SMS_ZALO", "Tin nhắn SMS/Zalo đã gửi"),
            new WorkForm("LEAFLETS", "Tờ rơi đã phát"),
            new WorkForm("POSTERS", "Áp phích, băng rôn"),
            new WorkForm("SCREENINGS", "Buổi chiếu video hướng dẫn"),
            new WorkForm("MEETINGS", "Cuộc họp, hội nghị triển khai"));

    /** The ten kinds of material the dispatch lists; links point to the official Bluezone site. */
    static final List<Material> MATERIALS = List.of(
            new Material("Mẫu tin nhắn SMS tuyên truyền cài đặt Bluezone", "SMS", "https://www.bluezone.gov.vn/"),
            new Material("Mẫu tin nhắn Zalo tuyên truyền", "ZALO", "https://www.bluezone.gov.vn/"),
            new Material("Nội dung phát thanh trên hệ thống loa truyền thanh cơ sở", "RADIO", "https://www.bluezone.gov.vn/"),
            new Material("File âm thanh tuyên truyền của Đài Tiếng nói Việt Nam", "AUDIO", "https://www.bluezone.gov.vn/"),
            new Material("Hướng dẫn tuyên truyền, vận động đến từng hộ gia đình", "GUIDE", "https://www.bluezone.gov.vn/"),
            new Material("Tờ rơi hướng dẫn cài đặt Bluezone", "LEAFLET", "https://www.bluezone.gov.vn/"),
            new Material("Video hướng dẫn cài đặt ứng dụng", "VIDEO", "https://www.bluezone.gov.vn/"),
            new Material("Áp phích (poster) tuyên truyền", "POSTER", "https://www.bluezone.gov.vn/"),
            new Material("Bộ câu hỏi thường gặp (FAQ) về Bluezone", "FAQ", "https://www.bluezone.gov.vn/"),
            new Material("Video clip tuyên truyền 8, 15 và 30 giây", "CLIP", "https://www.bluezone.gov.vn/"));
}
