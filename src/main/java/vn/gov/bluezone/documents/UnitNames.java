package vn.gov.bluezone.documents;

import java.util.Locale;
import java.util.stream.Stream;

import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * Unit names inside a sentence: the unit type is a common noun and is written in lower case
 * ("Chủ tịch UBND huyện Đức Hòa", "UBND thị trấn Hậu Nghĩa"); the proper name keeps its capitals.
 * A name that does not start with a known type (a bare proper name) is left as it is.
 */
final class UnitNames {

    private static final Locale VI = VietnameseText.VIETNAMESE;

    private UnitNames() {
    }

    static String inSentence(String unitName) {
        if (unitName == null) {
            return null;
        }
        String lower = unitName.toLowerCase(VI);
        return Stream.of(UnitLevel.values()).flatMap(level -> level.gsoTypes().stream())
                .map(type -> type.toLowerCase(VI))
                .filter(type -> lower.startsWith(type + " "))
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .map(type -> type + unitName.substring(type.length()))
                .orElse(unitName);
    }
}
