package vn.gov.bluezone.hierarchy.ui;

import java.util.function.BiFunction;

import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * A unit's period in force as officials write it: "Từ 01/07/2025", "Đến hết 30/06/2025",
 * "01/07/2025 – 31/12/2026" or "Đang có hiệu lực". The stored end is exclusive (the day the next
 * list takes effect); what is shown is the last day in force.
 */
final class ValidityText {

    private ValidityText() {
    }

    /** {@code translate} is the view's getTranslation(key, params). */
    static String of(UnitSummary unit, BiFunction<String, Object[], String> translate) {
        String from = unit.validFrom() == null ? null : unit.validFrom().format(VietnameseFormats.DATE);
        String until = unit.validTo() == null ? null : unit.validTo().minusDays(1).format(VietnameseFormats.DATE);
        if (from == null && until == null) {
            return translate.apply("units.validity.open", new Object[0]);
        }
        if (from == null) {
            return translate.apply("units.validity.until", new Object[] {until});
        }
        if (until == null) {
            return translate.apply("units.validity.from", new Object[] {from});
        }
        return translate.apply("units.validity.between", new Object[] {from, until});
    }
}
