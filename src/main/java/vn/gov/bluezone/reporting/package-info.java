/**
 * The commune's daily report: entry, validation, submission stamped by the server clock, the
 * deadline status of every commune-day, amendments with their history, return for correction and
 * the signed copy.
 */
package vn.gov.bluezone.reporting;
