/**
 * Oversight of the daily reports: every commune of the caller's scope for a chosen day, with its
 * status (also for communes that sent nothing), figures, district subtotals and the total, read
 * page by page from the database, and exported to CSV and XLSX.
 */
package vn.gov.bluezone.oversight;
