package vn.gov.bluezone.bench;

import java.util.List;

import vn.gov.bluezone.campaign.CampaignDetails;

/**
 * The benchmark campaigns by province code, whichever unit list the data was generated on: the
 * 2020 list ("/80/", Long An) or the 2025 list ("/80@2025-07-01/", Tây Ninh).
 */
final class BenchProvinces {

    private BenchProvinces() {
    }

    static CampaignDetails byCode(List<CampaignDetails> all, String code) {
        return all.stream().filter(c -> c.provincePath().equals("/" + code + "/")
                || c.provincePath().startsWith("/" + code + "@")).findFirst().orElseThrow();
    }

    /** Whether the data is on the two-level list of 2025. */
    static boolean twoLevel(List<CampaignDetails> all) {
        return all.stream().anyMatch(c -> c.provincePath().contains("@"));
    }
}
