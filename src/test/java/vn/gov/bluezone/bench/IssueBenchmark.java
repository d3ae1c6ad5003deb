package vn.gov.bluezone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.DocumentVerification;
import vn.gov.bluezone.documents.DocumentVerificationService;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.documents.ReprimandNotice;

/**
 * The time to issue a reprimand dispatch end to end (the register's number, rendering, signing by
 * the signer and the agency with their time stamps, storing), signed and unsigned in alternation
 * ({@code portal.signing.at-issue} switched between runs), and the time to verify the signed file on
 * the verification page's service. Starts the application with the demo on the database given
 * (default: a fresh in-memory H2; a fresh MariaDB database gives the register's real cost) and the
 * demo PKI in a temporary folder. Prints medians of {@value #RUNS} of each after {@value #WARM_UP}
 * warm-up runs of each (docs/benchmarks.md).
 */
public final class IssueBenchmark {

    static final int WARM_UP = 10;
    static final int RUNS = 30;

    private IssueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0]
                : "jdbc:h2:mem:issue-bench;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path keys = Files.createTempDirectory("issue-bench-keys");
        try (ConfigurableApplicationContext context = BenchApplication.start(url, "--portal.demo.enabled=true",
                "--portal.demo.current-units=false", "--portal.signing.demo-pki=true",
                "--portal.signing.demo-folder=" + keys)) {
            DocumentService documents = context.getBean(DocumentService.class);
            DocumentVerificationService verification = context.getBean(DocumentVerificationService.class);
            TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            // as the province's officer of the demo, who issues dispatches (the system caller may not)
            UserDetails officer = context.getBean(UserDetailsService.class).loadUserByUsername("tinh.sotttt");
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                    officer.getAuthorities()));
            SecurityContextHolder.setContext(security);
            run(context.getBean(CampaignService.class), documents, verification, transaction);
        } finally {
            SecurityContextHolder.clearContext();
            System.clearProperty("portal.signing.at-issue");
        }
    }

    static void run(CampaignService campaigns, DocumentService documents, DocumentVerificationService verification,
            TransactionTemplate transaction) {
        CampaignDetails campaign = campaigns.visibleCampaigns().stream().filter(c -> c.provincePath().equals("/80/"))
                .findFirst().orElseThrow();
        ReprimandNotice notice = new ReprimandNotice(campaign.id(), "Tỉnh Long An", campaign.directiveNumber(),
                campaign.startDate(), List.of(
                        new ReprimandNotice.Item("Huyện Mộc Hóa", ReprimandNotice.Level.CRITICISE,
                                "tỷ lệ cài đặt 18,31 % số người dùng điện thoại thông minh, thấp nhất tỉnh"),
                        new ReprimandNotice.Item("Thành phố Tân An", ReprimandNotice.Level.REMIND,
                                "tỷ lệ cài đặt 31,94 %")),
                "Nguyễn Văn Út");
        List<Long> signed = new ArrayList<>();
        List<Long> unsigned = new ArrayList<>();
        List<Long> verified = new ArrayList<>();
        byte[] last = null;
        for (int i = 0; i < 2 * (WARM_UP + RUNS); i++) {
            boolean sign = i % 2 == 0;
            System.setProperty("portal.signing.at-issue", Boolean.toString(sign));
            String subject = "issue-bench:" + System.nanoTime();
            long start = System.nanoTime();
            IssuedDocument entry = transaction.execute(status -> documents.issueReprimandDispatch(notice,
                    campaign.provinceId(), subject));
            long took = System.nanoTime() - start;
            byte[] pdf = documents.issuedPdf(entry.id());
            long checkStart = System.nanoTime();
            DocumentVerification result = verification.verify("cong-van.pdf", pdf);
            long checked = System.nanoTime() - checkStart;
            DocumentVerification.Verdict expected = sign ? DocumentVerification.Verdict.ISSUED_AND_VALID
                    : DocumentVerification.Verdict.IN_REGISTER_UNSIGNED;
            if (result.verdict() != expected) {
                throw new IllegalStateException("issued dispatch " + entry.reference() + " is " + result.verdict());
            }
            if (i >= 2 * WARM_UP) {
                (sign ? signed : unsigned).add(took);
                if (sign) {
                    verified.add(checked);
                    last = pdf;
                }
            }
        }
        double withSignatures = SigningBenchmark.median(signed);
        double without = SigningBenchmark.median(unsigned);
        System.out.printf("issue a reprimand dispatch, median of %d each after %d warm-up runs each: unsigned %.1f ms, "
                + "signed (signer + agency, 2 time stamps) %.1f ms, ratio %.2f; verify the signed file (register "
                + "look-up, 2 signatures, audit) %.1f ms; %d bytes signed%n", RUNS, WARM_UP, without, withSignatures,
                withSignatures / without, SigningBenchmark.median(verified), last.length);
    }
}
