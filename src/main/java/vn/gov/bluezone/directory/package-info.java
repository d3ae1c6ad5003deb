/**
 * The directory of offices: the People's Committees, provincial Departments (Sở) and divisions of
 * the committees' offices that issue, receive and draft the campaign's documents, with their
 * official, short and header names, abbreviations for document symbols, email and signers. Names
 * of offices live here as data, never in the code or the message bundles (decision 0030).
 */
package vn.gov.bluezone.directory;
