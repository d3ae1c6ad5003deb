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
        String signerName) {

    public enum Level {
        REMIND,
        CRITICISE
    }

    public record Item(String districtName, Level level, String reason) {
    }
}
