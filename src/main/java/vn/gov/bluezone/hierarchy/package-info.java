/**
 * Administrative units (province, district-level, commune-level) with GSO codes, materialised
 * paths and populations; the GSO list import; the unit browser. Depth is data: a province may have
 * districts under it or communes directly.
 */
package vn.gov.bluezone.hierarchy;
