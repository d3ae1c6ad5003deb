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
import java.util.stream.LongStream;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.BaselineService.EstimatedBaseline;
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
import vn.gov.bluezone.reporting.ReportSeeding.SeededReport;
import vn.gov.bluezone.shared.PortalTime;

/**
 * Two demo campaigns: the historical one of dispatch 4937/UBND-VHXH on Long An as in 2020 (closed,
 * reports 13–20/8/2020) and a live one whose dates follow today, on the province of today (Tây Ninh
 * since 1/7/2025) when the current units are loaded. Long An's commune populations are the district
 * census figures spread evenly over the district's communes; Tây Ninh's are estimated through
 * lineage ({@link DemoCurrentUnits}); smartphone users are a fixed share: estimates, flagged as such
 * so the screens label them. The 187,315 installs of 13/8/2020 are spread over communes by
 * population, so the province adds up to the dispatch's figure exactly; the live campaign starts at
 * the same share. Reproducible: the same seed gives the same history.
 */
@Component
class DemoCampaigns {

    static final String DIRECTIVE = "4937/UBND-VHXH";
    static final long INSTALLS_13_AUGUST = 187_315;
    /** Share of the population assumed to use a smartphone (estimate for the demo). */
    static final BigDecimal SMARTPHONE_SHARE = new BigDecimal("0.62");
    static final String DEMO_COMMUNE = "27958";
    /** Long An's population at the 2019 census: the live campaign of today starts at Long An's share of 13/8/2020. */
    static final long LONG_AN_POPULATION = 1_688_547;

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
     * Runs as the system, after the hierarchy is loaded: seeds the directories of offices (Long An's
     * of 2020; Tây Ninh's when the current units are loaded; kept as they are when present), then the
     * campaigns, unless they exist. The live campaign runs on the province of today when the current
     * units are loaded (Tây Ninh since 1/7/2025, populations estimated through lineage), otherwise on
     * Long An.
     */
    void load() {
        UnitSummary longAn = hierarchy.getByCode("80", DemoAccounts.LONG_AN_DAY);
        UnitSummary province = hierarchy.getByCode("80");
        boolean currentUnits = province.id() != longAn.id();
        List<OfficeSummary> longAnOffices = DemoDataLoader.timed("directories of offices",
                () -> offices.seed(DemoOffices.LONG_AN_2020, longAn.id()));
        List<OfficeSummary> provinceOffices = currentUnits
                ? DemoDataLoader.timed("directories of offices (Tây Ninh)",
                        () -> offices.seed(DemoOffices.TAY_NINH_2025, province.id()))
                : longAnOffices;
        if (!campaigns.visibleCampaigns().isEmpty()) {
            return;
        }
        DemoDataLoader.timed("campaign 4937 with its baselines and reports", () -> loadHistoric(longAn, longAnOffices));
        DemoDataLoader.timed("live campaign with its baselines and reports",
                () -> loadLive(longAn, province, currentUnits, provinceOffices));
    }

    private void loadHistoric(UnitSummary longAn, List<OfficeSummary> longAnOffices) {
        List<UnitSummary> longAnCommunes = communesOf(longAn);
        long[] longAnPopulations = longAnPopulations(longAnCommunes);
        LocalDate start = LocalDate.of(2020, 8, 13);
        CampaignDetails historic = campaigns.create(form(longAn.id(), "Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)",
                DIRECTIVE, LocalDate.of(2020, 8, 17), start, LocalDate.of(2020, 8, 20), longAnOffices, true));
        historic = campaigns.activate(historic.id(), historic.version());
        seed(historic, longAnCommunes, longAnPopulations, INSTALLS_13_AUGUST, start, LocalDate.of(2020, 8, 20), null);
        campaigns.close(historic.id(), LocalDate.of(2020, 8, 20), campaigns.get(historic.id()).version());
    }

    private void loadLive(UnitSummary longAn, UnitSummary province, boolean currentUnits,
            List<OfficeSummary> provinceOffices) {
        List<UnitSummary> longAnCommunes = currentUnits ? List.of() : communesOf(longAn);
        long[] longAnPopulations = currentUnits ? new long[0] : longAnPopulations(longAnCommunes);
        LocalDate today = LocalDate.now(clock);
        List<UnitSummary> communes = currentUnits ? communesOf(province) : longAnCommunes;
        long[] populations = currentUnits ? communes.stream().mapToLong(UnitSummary::population).toArray()
                : longAnPopulations;
        long installsAtStart = currentUnits ? LongStream.of(populations).sum() * INSTALLS_13_AUGUST / LONG_AN_POPULATION
                : INSTALLS_13_AUGUST;
        CampaignDetails live = campaigns.create(form(province.id(), "Cài đặt ứng dụng Bluezone — đợt thử nghiệm",
                null, null, today.minusDays(6), today.plusDays(14), provinceOffices, !currentUnits));
        live = campaigns.activate(live.id(), live.version());
        seed(live, communes, populations, installsAtStart, live.startDate(), today,
                currentUnits ? DemoAccounts.TODAY_COMMUNE_OFFICER.unitCode() : DEMO_COMMUNE);
    }

    /** The communes of a demo province (the demo database holds a few hundred communes in all). */
    List<UnitSummary> communesOf(UnitSummary province) {
        return hierarchy.browse(new UnitFilter(null, UnitLevel.COMMUNE), PageRequest.of(0, 5000)).getContent().stream()
                .filter(u -> u.path().startsWith(province.path())).toList();
    }

    /**
     * The demo estimate of each Long An commune's population (2020): its district's census figure
     * spread evenly over the district's communes, the remainder of the division to the first ones,
     * so the districts add up to the census exactly.
     */
    long[] longAnPopulations(List<UnitSummary> communes) {
        Map<String, Long> districtPopulation = new LinkedHashMap<>();
        Map<String, Integer> districtCommunes = new LinkedHashMap<>();
        for (UnitSummary commune : communes) {
            districtCommunes.merge(commune.parentCode(), 1, Integer::sum);
        }
        districtCommunes.keySet().forEach(code -> districtPopulation.put(code,
                hierarchy.getByCode(code, DemoAccounts.LONG_AN_DAY).population()));
        long[] populations = new long[communes.size()];
        for (int i = 0; i < communes.size(); i++) {
            String district = communes.get(i).parentCode();
            populations[i] = districtPopulation.get(district) / districtCommunes.get(district);
        }
        for (String district : districtCommunes.keySet()) {
            long spread = districtPopulation.get(district) / districtCommunes.get(district) * districtCommunes.get(district);
            long peopleLeft = districtPopulation.get(district) - spread;
            for (int i = 0; i < communes.size() && peopleLeft > 0; i++) {
                if (communes.get(i).parentCode().equals(district)) {
                    populations[i]++;
                    peopleLeft--;
                }
            }
        }
        return populations;
    }

    /**
     * Seeds estimated baselines and reports: smartphone users a fixed share of the population, the
     * installs at the start spread over communes by population (adding up to {@code installsAtStart}
     * exactly), then a reproducible daily climb with a few late and missing days.
     */
    private void seed(CampaignDetails campaign, List<UnitSummary> communes, long[] populations, long installsAtStart,
            LocalDate from, LocalDate to, String leaveTodayOpen) {
        long totalPopulation = 0;
        for (long population : populations) {
            totalPopulation += population;
        }
        List<long[]> figures = new ArrayList<>();
        long installsGiven = 0;
        for (int i = 0; i < communes.size(); i++) {
            long population = populations[i];
            long smartphones = SMARTPHONE_SHARE.multiply(BigDecimal.valueOf(population)).longValue();
            long installs = installsAtStart * population / totalPopulation;
            installsGiven += installs;
            figures.add(new long[] {population, smartphones, installs});
        }
        // the integer division leaves a few installs unassigned: give them to the first communes
        long installsLeft = installsAtStart - installsGiven;
        for (int i = 0; installsLeft > 0; i = (i + 1) % figures.size(), installsLeft--) {
            figures.get(i)[2]++;
        }
        List<EstimatedBaseline> estimates = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            estimates.add(new EstimatedBaseline(communes.get(i).id(), figures.get(i)[0], figures.get(i)[1],
                    figures.get(i)[2]));
        }
        baselines.seedEstimatedBaselines(campaign.id(), estimates);
        campaigns.markDemoEstimates(campaign.id());

        List<SeededReport> reports = new ArrayList<>();

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
                reports.add(new SeededReport(commune, day, cumulative, work,
                        "Tổ công tác đến từng hộ gia đình hướng dẫn cài đặt Bluezone.", signerName(commune.code()),
                        submittedAt));
            }
        }
        reportSeeding.seedSubmitted(campaign.id(), reports);
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

    /**
     * A demo campaign of a province whose directory is given: issued by its People's Committee,
     * received by its department, dispatches drafted by its division; a copy to the district level
     * only where there is one.
     */
    private static CampaignForm form(long provinceId, String name, String directive, LocalDate directiveDate,
            LocalDate start, LocalDate target, List<OfficeSummary> directory, boolean copyToDistrict) {
        String issuer = directory.stream().filter(o -> o.kind() == OfficeKind.PEOPLES_COMMITTEE).findFirst()
                .map(OfficeSummary::shortName).orElse(null);
        return new CampaignForm(provinceId, name, directive, directiveDate, issuer, start, target,
                new BigDecimal("60.00"), TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0),
                first(directory, OfficeKind.DEPARTMENT), first(directory, OfficeKind.DIVISION),
                "Đầu mối (demo): Phó Trưởng phòng Công nghệ thông tin", "0272 000 0000", "bluezone.demo@example.vn",
                copyToDistrict, Thresholds.defaults(), WORK_FORMS, MATERIALS);
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
