package vn.gov.bluezone.hierarchy;

/**
 * What an accepted GSO list did: units added, units renamed or retyped, units already as listed,
 * and units of the lists before it that it ended (decision 0029).
 */
public record UnitImportResult(int created, int updated, int unchanged, int ended) {
}
