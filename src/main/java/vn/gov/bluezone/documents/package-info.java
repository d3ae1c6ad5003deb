/**
 * Official documents: JasperReports templates in the Decree 30/2020 layout, rendered to PDF with
 * embedded fonts, and the document register that numbers issued documents per issuer and year.
 * Another module can put a map of the communes into the provincial summary through
 * {@link vn.gov.bluezone.documents.SummaryMapSource}, which documents draws ({@link vn.gov.bluezone.documents.MapImage}).
 */
package vn.gov.bluezone.documents;
