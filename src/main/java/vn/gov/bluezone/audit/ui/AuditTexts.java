package vn.gov.bluezone.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditDetailsReader;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.DeniedAccess;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * An audit entry in words: failure reasons, statuses, levels, dates and record references by the
 * portal's own labels. The stored entry is not changed; the raw text stays one click away.
 */
final class AuditTexts {

    /** Failure reasons with their own sentence; any other exception reads as a generic failure. */
    private static final Set<String> KNOWN_REASONS = Set.of("BadCredentialsException", "UsernameNotFoundException",
            "LockedException", "DisabledException", "AccountExpiredException", "CredentialsExpiredException",
            "SignInThrottledException");
    private static final Pattern TOKEN = Pattern.compile(
            "\\b(PROPOSED|APPROVED|REJECTED|DISMISSED|REMIND|CRITICISE|NONE)\\b|\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b(?!T)");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern REFERENCE = Pattern.compile("^(proposal|mail):(\\d+)$");

    /** {@code translate} takes a message key and its arguments. */
    private final BiFunction<String, Object[], String> translate;
    /** Other modules' readers of the details they write ({@link AuditDetailsReader}), by action. */
    private final Map<AuditAction, AuditDetailsReader.DetailsText> readers;

    AuditTexts(BiFunction<String, Object[], String> translate, Map<AuditAction, AuditDetailsReader.DetailsText> readers) {
        this.translate = translate;
        this.readers = Map.copyOf(readers);
    }

    /** What happened, in a sentence or a few words; never an exception's class name. */
    String summary(AuditEntry entry) {
        String details = entry.getDetails();
        AuditAction action = entry.getAction();
        return switch (action) {
            case LOGIN_FAILED -> t("audit.reason." + (details != null && KNOWN_REASONS.contains(details) ? details : "other"));
            case ACCOUNT_LOCKED -> t("audit.summary.lockedUntil", when(details));
            case SIGN_IN_THROTTLED -> t("audit.summary.throttled", entry.getTarget(), when(details));
            case ACCESS_DENIED -> t("audit.denied." + deniedKind(details), entry.getTarget());
            case REPRIMAND_PROPOSED, SUGGESTION_DISMISSED, REPRIMAND_APPROVED, REPRIMAND_REJECTED, REPRIMAND_DISPATCHED ->
                    words(details);
            default -> details == null ? "" : readers.containsKey(action) ? readers.get(action).read(details) : dates(details);
        };
    }

    /** The record acted on: "Đề xuất số 8" rather than "proposal:8"; a denied path is in the summary. */
    String target(AuditEntry entry) {
        if (entry.getTarget() == null || entry.getAction() == AuditAction.ACCESS_DENIED) {
            return "";
        }
        Matcher reference = REFERENCE.matcher(entry.getTarget());
        return reference.matches() ? t("audit.target." + reference.group(1), reference.group(2)) : dates(entry.getTarget());
    }

    /** ISO dates as dd/MM/yyyy, the rest as it is. */
    private static String dates(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        StringBuilder shown = new StringBuilder();
        while (iso.find()) {
            iso.appendReplacement(shown, Matcher.quoteReplacement(date(iso.group())));
        }
        iso.appendTail(shown);
        return shown.toString();
    }

    /** Statuses and levels by their labels, ISO dates as dd/MM/yyyy. */
    String words(String details) {
        if (details == null) {
            return "";
        }
        Matcher token = TOKEN.matcher(details);
        StringBuilder text = new StringBuilder();
        while (token.find()) {
            String replacement;
            if (token.group(2) != null) {
                replacement = date(token.group(2));
            } else {
                String name = token.group(1);
                replacement = switch (name) {
                    case "REMIND", "CRITICISE" -> t("reprimand.level." + name);
                    case "NONE" -> t("audit.suggestion.NONE");
                    default -> t("proposal.status." + name);
                };
            }
            token.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        token.appendTail(text);
        return text.toString();
    }

    private String when(String details) {
        Matcher instant = details == null ? null : INSTANT.matcher(details);
        if (instant == null || !instant.find()) {
            return details == null ? "" : details;
        }
        try {
            return VietnameseFormats.dateTime(Instant.parse(instant.group()));
        } catch (DateTimeParseException notAnInstant) {
            return instant.group();
        }
    }

    private static String date(String iso) {
        try {
            return VietnameseFormats.date(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }

    private static String deniedKind(String details) {
        for (DeniedAccess kind : DeniedAccess.values()) {
            if (kind.name().equals(details)) {
                return kind.name();
            }
        }
        return DeniedAccess.PAGE.name();
    }

    private String t(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }
}
