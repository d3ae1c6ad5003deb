package vn.gov.bluezone.shared;

/**
 * The domain bounds of the campaign's figures, enforced by every service that stores one and by
 * check constraints in the database (V10). A commune's population, smartphone users and installs
 * are at most {@link #MAX_PEOPLE}, more than the population of the country: a larger figure is a
 * typing or an attack, never a commune. With every stored figure bounded, the sum of all communes
 * of the country (10,614 × 2·10⁸ ≈ 2·10¹²) and every product taken to compute a ratio stay far
 * inside a {@code long}, so no total on a page, an export or a document can overflow.
 */
public final class FigureLimits {

    /** The most people (population, smartphone users, installs) one unit can have: 200,000,000. */
    public static final long MAX_PEOPLE = 200_000_000L;

    /** Characters of the largest figure as typed with vi-VN grouping: "200.000.000". */
    public static final int MAX_PEOPLE_TYPED_LENGTH = 11;

    private FigureLimits() {
    }

    /** Whether {@code value} is a count of people a unit can have: 0 to {@link #MAX_PEOPLE}. */
    public static boolean isPeopleCount(long value) {
        return value >= 0 && value <= MAX_PEOPLE;
    }
}
