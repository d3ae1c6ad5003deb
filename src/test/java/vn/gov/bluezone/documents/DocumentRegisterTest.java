package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.SystemAccess;

/** The register on the real database: issuing one subject twice at once takes one number (decision 0020). */
@PortalSpringTest
class DocumentRegisterTest {

    @Autowired
    DocumentRegister register;
    @Autowired
    HierarchyService hierarchy;

    @Test
    void twoOfficialsIssuingTheSameSubjectAtOnceGetOneNumberAndTheSameDocument() throws Exception {
        long issuer = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27973").id());
        String subject = "test_subject:" + System.nanoTime();
        CountDownLatch firstIsRendering = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Issuance> first = CompletableFuture.supplyAsync(() -> register.issueFixed(issuer, "BC-UBND",
                    "BC", "Kiểm thử", subject, "mot", "same-content", (number, replaced) -> {
                        // the second issue starts while this one holds the number and renders
                        firstIsRendering.countDown();
                        pause(600);
                        return IssuedFile.unsigned(("%PDF-1.4 " + number).getBytes());
                    }), pool);
            assertThat(firstIsRendering.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Issuance> second = CompletableFuture.supplyAsync(() -> register.issueFixed(issuer, "BC-UBND",
                    "BC", "Kiểm thử", subject, "hai", "same-content",
                    (number, replaced) -> IssuedFile.unsigned(("%PDF-1.4 " + number).getBytes())), pool);
            Issuance one = first.get(30, TimeUnit.SECONDS);
            Issuance two = second.get(30, TimeUnit.SECONDS);

            assertThat(register.findBySubject(subject)).as("one entry for the subject").hasSize(1);
            assertThat(two.document().id()).isEqualTo(one.document().id());
            assertThat(two.document().reference()).isEqualTo(one.document().reference());
            assertThat(one.newlyIssued()).isTrue();
            assertThat(two.newlyIssued()).as("the second caller is told it was already issued").isFalse();
            // and the counter moved by one: the next issue of the issuer takes the number after it
            int next = register.issue(issuer, "BC-UBND", "BC", "Kiểm thử", subject + ":next", "mot",
                    number -> ("%PDF-1.4 " + number).getBytes()).number();
            assertThat(next).isEqualTo(one.document().number() + 1);
        } finally {
            pool.shutdown();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
