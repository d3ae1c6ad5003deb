package vn.gov.bluezone.compliance;

/** Why a unit is flagged on the board. */
public enum Flag {
    /** Coverage below the share of the pace the campaign sets, or in the bottom share of its level. */
    LOW_RESULT,
    /** Missing or late reports, a cumulative count that does not move, empty campaign-work sections. */
    NOT_SERIOUS,
    /** A cumulative count that fell, installs above population or denominator, a jump above the threshold. */
    DATA_ANOMALY
}
