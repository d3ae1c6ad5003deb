/**
 * Official documents: JasperReports templates in the Decree 30/2020 layout, rendered to PDF with
 * embedded fonts, and the document register that numbers issued documents per issuer and year.
 */
package vn.gov.bluezone.documents;
