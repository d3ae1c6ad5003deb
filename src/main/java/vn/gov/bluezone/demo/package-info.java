/**
 * Demo data for the embedded default: the real Long An hierarchy with census populations and one
 * account per role. Loaded only on the embedded H2 database or when switched on explicitly.
 */
package vn.gov.bluezone.demo;
