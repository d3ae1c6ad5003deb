/**
 * Compliance: the rules that turn figures and reporting records into traffic lights, flags with
 * their reasons and suggested actions (remind, criticise); the board and the reprimand workflow
 * build on them.
 */
package vn.gov.bluezone.compliance;
