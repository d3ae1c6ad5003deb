package vn.gov.bluezone.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reprimand dispatch (công văn "V/v phê bình, nhắc nhở …") says: the campaign (whose
 * province's committee issues it, with the campaign's drafting and receiving offices), the province, the
 * directive it follows, the day the results refer to (the board's day, named in the text; the
 * dispatch itself is dated the day it is issued), and for each district concerned the level and the
 * reason. The compliance workflow (issue 6) fills it from approved proposals.
 */
public record ReprimandNotice(long campaignId, String provinceName, String directive, LocalDate resultsDay, List<Item> items,
        String signerName, Addressees addressees) {

    /** A dispatch of a three-level province addressed to the chairs of its districts. */
    public ReprimandNotice(long campaignId, String provinceName, String directive, LocalDate resultsDay, List<Item> items,
            String signerName) {
        this(campaignId, provinceName, directive, resultsDay, items, signerName, Addressees.DISTRICTS);
    }

    /**
     * Whose chairs the dispatch addresses: the districts concerned (three levels), or in a
     * two-level province the communes and wards concerned themselves.
     */
    public enum Addressees {
        DISTRICTS,
        COMMUNES
    }

    public enum Level {
        REMIND,
        CRITICISE
    }

    /** {@code districtName}: the unit whose chair is addressed (the commune itself on two levels). */
    public record Item(String districtName, Level level, String reason) {
    }
}
