package vn.gov.bluezone.directory.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditDetailsReader;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * The audit entries of the directory describe an office as {@code OfficeService} writes it
 * ({@code DEPARTMENT SKHCN "name" (short) email 2025-03-01– signers=[…]}); the audit log shows the
 * kind by its label, dates as dd/MM/yyyy and the signers under their label.
 */
@Component
class OfficeAuditDetails implements AuditDetailsReader {

    private static final Pattern KIND = Pattern.compile("\\b(PEOPLES_COMMITTEE|DEPARTMENT|DIVISION)\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Override
    public Set<AuditAction> actions() {
        return Set.of(AuditAction.OFFICE_CREATED, AuditAction.OFFICE_UPDATED, AuditAction.OFFICE_DELETED);
    }

    @Override
    public DetailsText prepare(UnaryOperator<String> translate) {
        String signers = translate.apply("office.signers") + ": ";
        return details -> {
            String kinds = replace(KIND, details, kind -> translate.apply("officeKind." + kind));
            return replace(DATE, kinds, date -> VietnameseFormats.date(LocalDate.parse(date))).replace("signers=", signers);
        };
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder shown = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(shown, Matcher.quoteReplacement(replacement.apply(matcher.group())));
        }
        matcher.appendTail(shown);
        return shown.toString();
    }
}
