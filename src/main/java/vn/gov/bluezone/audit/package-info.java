/**
 * The audit log: who did what, when, to which unit, with what outcome. Written in the transaction of
 * the change it records; read only by the system administrator.
 */
package vn.gov.bluezone.audit;
