package vn.gov.bluezone.directory;

/** What an office is, as documents need to tell them apart. */
public enum OfficeKind {
    /** The People's Committee (UBND) of its unit itself: it issues the unit's dispatches. */
    PEOPLES_COMMITTEE,
    /** A specialised department (Sở) of a province, such as the one that receives the campaign's reports. */
    DEPARTMENT,
    /** A division of the committee's office (Phòng … of Văn phòng UBND) that drafts its dispatches. */
    DIVISION
}
