/**
 * Users, roles and the current user's scope: login with lockout, password policy, delegated user
 * administration, the security configuration.
 */
package vn.gov.bluezone.identity;
