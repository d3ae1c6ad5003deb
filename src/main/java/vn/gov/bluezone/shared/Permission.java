package vn.gov.bluezone.shared;

import org.springframework.security.core.annotation.ExpressionTemplateValueProvider;

/**
 * What a caller may do, by name. Which role holds which permission is one table,
 * {@code identity.Role.permissions()}; the security configuration grants each role's permissions as
 * authorities ({@link #authority()}) through Spring Security's role hierarchy, so services say
 * {@link Requires @Requires(Permission.X)}, views {@code @ViewPermission(Permission.X)}, and no
 * rule spells out a role name. Scope (whose records) is a separate check in the services.
 */
public enum Permission implements ExpressionTemplateValueProvider {
    /** Open, save and submit its own commune's daily report; upload its signed copy. */
    SUBMIT_REPORT,
    /** Issue its own commune's report as a numbered official document. */
    ISSUE_COMMUNE_REPORT,
    /** Return a submitted report of a commune in scope for correction, with a comment. */
    RETURN_REPORT,
    /** Remind communes in scope to report. */
    REMIND,
    /**
     * Read the oversight of the scope: grids, dashboards, exports, the compliance board, the day's
     * reprimand proposals, district summaries and the history of a unit.
     */
    READ_OVERSIGHT,
    /** Read the provincial summary and the draft of a reprimand dispatch. */
    READ_PROVINCE_SUMMARY,
    /** Read the national summary across provinces. */
    READ_NATIONAL_SUMMARY,
    /** Propose a reprimand for a flagged unit, or dismiss its suggestion. */
    PROPOSE_REPRIMAND,
    /** Approve or reject a reprimand proposal. */
    DECIDE_REPRIMAND,
    /** Issue the day's reprimand dispatch (công văn) from the approved proposals. */
    ISSUE_DISPATCH,
    /** Issue its district's summary as an official document. */
    ISSUE_DISTRICT_SUMMARY,
    /** Issue the provincial summary and the compliance board as official documents. */
    ISSUE_PROVINCE_SUMMARY,
    /** Create, edit, open and close campaigns; edit and import their baselines. */
    MANAGE_CAMPAIGNS,
    /** Import official install counts for a campaign. */
    IMPORT_OFFICIAL_COUNTS,
    /** Manage the accounts of province-level users (chairs and officers). */
    MANAGE_PROVINCE_USERS,
    /** Manage the accounts of district-level users. */
    MANAGE_DISTRICT_USERS,
    /** Manage the accounts of commune-level users. */
    MANAGE_COMMUNE_USERS,
    /** Import administrative units, record their population and office email. */
    MANAGE_UNITS,
    /** Create, change and delete the offices of the directory for units in scope (decision 0030). */
    MANAGE_OFFICES,
    /** Read the audit log. */
    READ_AUDIT,
    /** Read the mail outbox and retry a failed message. */
    MANAGE_OUTBOX,
    /**
     * The system's own work: create administrators and accounts with a chosen password, seed demo
     * data.
     */
    ADMINISTER;

    /** The authority that stands for this permission ({@code PERM_SUBMIT_REPORT}). */
    public String authority() {
        return "PERM_" + name();
    }

    /**
     * The permission as it is written into a templated {@code @PreAuthorize} (see {@link Requires}):
     * the quoted authority, so that {@code hasAnyAuthority({value})} lists them.
     */
    @Override
    public String getExpressionTemplateValue() {
        return "'" + authority() + "'";
    }
}
