package vn.gov.bluezone.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reprimand dispatch (công văn "V/v phê bình, nhắc nhở …") says: the province, the
 * directive it follows, the day, and for each district concerned the level and the reason. The
 * compliance workflow (issue 6) fills it from approved proposals.
 */
public record ReprimandNotice(String provinceName, String directive, LocalDate date, List<Item> items,
        String signerName) {

    public enum Level {
        REMIND,
        CRITICISE
    }

    public record Item(String districtName, Level level, String reason) {
    }
}
