package vn.gov.bluezone.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** vi-VN formats used on screen and in documents: "187.315", "11,09 %", "17/08/2020". */
public final class VietnameseFormats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private VietnameseFormats() {
    }

    /**
     * The languages' symbols, looked up once: the lookup was most of formatting a number (a tenth of
     * the report mail's CPU in the burst, issue 17). Never changed; each {@link DecimalFormat} takes
     * its own copy, and a format itself is made per call, as it is not safe across threads.
     */
    private static final DecimalFormatSymbols VIETNAMESE = DecimalFormatSymbols.getInstance(VietnameseText.VIETNAMESE);
    private static final DecimalFormatSymbols ENGLISH = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, VIETNAMESE);
    }

    public static String count(long value) {
        return pattern("#,##0").format(value);
    }

    /** A count in the reader's language: "396.296" in Vietnamese, "396,296" in English. */
    public static String count(long value, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage())
                ? new DecimalFormat("#,##0", ENGLISH).format(value)
                : count(value);
    }

    /** A share computed from counts, shown with two decimals: percent(187315, 1688547) = "11,09 %". */
    public static String percent(long part, long whole) {
        if (whole <= 0) {
            return "—";
        }
        BigDecimal ratio = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return pattern("#,##0.00").format(ratio) + " %";
    }

    /** The same share in the reader's language: "11,09 %" in Vietnamese, "11.09%" in English. */
    public static String percent(long part, long whole, Locale locale) {
        if (!"en".equals(locale.getLanguage())) {
            return percent(part, whole);
        }
        if (whole <= 0) {
            return "—";
        }
        BigDecimal ratio = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.00", ENGLISH).format(ratio) + "%";
    }

    /** The share as a number with two decimals (for charts): percentValue(187315, 1688547) = 11.09. */
    public static double percentValue(long part, long whole) {
        return whole <= 0 ? 0 : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A share already in percent, with two decimals in vi-VN ("18,33"). */
    public static String decimal(double value) {
        return pattern("#,##0.00").format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "12/08": the day within the campaign, beside a figure carried from that day's report. */
    public static String dayMonth(LocalDate date) {
        return date == null ? "" : DAY_MONTH.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(ZonedDateTime.ofInstant(instant, PortalTime.ZONE));
    }

    /** The time of day of {@code instant} in Asia/Ho_Chi_Minh, e.g. "14:35". */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(ZonedDateTime.ofInstant(instant, PortalTime.ZONE));
    }
}
