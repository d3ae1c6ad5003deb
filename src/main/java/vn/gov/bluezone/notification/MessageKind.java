package vn.gov.bluezone.notification;

/** What a message is about. */
public enum MessageKind {
    /** A commune's report, submitted or amended, with its PDF. */
    REPORT_SUBMITTED,
    /** To a commune that has not reported, before the cut-off. */
    REMINDER,
    /** After the cut-off, the communes of a district that have not reported (to the district; on two levels, to the receiving office). */
    MISSING_LIST,
    /** The next morning, the day's summary to the Department. */
    MORNING_SUMMARY,
    /** An approved reprimand, with the dispatch, to a district concerned. */
    REPRIMAND
}
