/**
 * Campaigns (a reporting regime in the sense of Decree 09/2019): directive, dates, target, cut-off,
 * receiver and focal point, campaign-work forms, materials, thresholds, status; and the per-commune
 * baselines (population, estimated smartphone users, installs at start) with their import.
 */
package vn.gov.bluezone.campaign;
