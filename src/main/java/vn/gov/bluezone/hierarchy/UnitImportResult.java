package vn.gov.bluezone.hierarchy;

/** What an accepted GSO list did: units added, units renamed or retyped, units already as listed. */
public record UnitImportResult(int created, int updated, int unchanged) {
}
