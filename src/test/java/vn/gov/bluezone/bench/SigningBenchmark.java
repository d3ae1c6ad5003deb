package vn.gov.bluezone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import vn.gov.bluezone.documents.SamplePdfs;
import vn.gov.bluezone.documents.signing.DemoPki;
import vn.gov.bluezone.documents.signing.InProcessTimeStampAuthority;
import vn.gov.bluezone.documents.signing.PadesSigner;
import vn.gov.bluezone.documents.signing.SignatureBox;
import vn.gov.bluezone.documents.signing.SignatureReport;
import vn.gov.bluezone.documents.signing.SignatureVerifier;

/**
 * Times the signing of a reprimand dispatch (the signer's and the agency's PAdES signatures, each
 * with an in-process RFC 3161 time stamp, RSA 2048 keys of a demo PKI made in a temporary folder)
 * against rendering the dispatch itself, and the verification of the signed file. Prints the
 * medians of 20 runs after 5 warm-up runs. Run from the IDE or with
 * {@code java -cp target/classes:target/test-classes:<classpath> vn.gov.bluezone.bench.SigningBenchmark}.
 */
public final class SigningBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 20;

    private SigningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("signing-bench");
        long made = System.nanoTime();
        DemoPki.Material pki = new DemoPki(folder, new DemoPki.Names(SamplePdfs.SIGNER, "Phó Chủ tịch",
                "Ủy ban nhân dân tỉnh Long An", "Bluezone Demo CA")).material();
        System.out.printf("demo PKI made (4 RSA 2048 keys, 3 PKCS#12 files): %d ms%n", (System.nanoTime() - made) / 1_000_000);
        InProcessTimeStampAuthority tsa = new InProcessTimeStampAuthority(pki.timeStampKey(), pki.timeStampChain(),
                Clock.systemUTC());
        PadesSigner signer = new PadesSigner(() -> tsa, Clock.systemUTC());
        SignatureVerifier verifier = new SignatureVerifier(() -> List.of(pki.root()));
        PadesSigner.Signatory person = new PadesSigner.Signatory(pki.signer(), SamplePdfs.SIGNER, "PHÓ CHỦ TỊCH");
        PadesSigner.Agency agency = new PadesSigner.Agency(pki.agency(), "Ủy ban nhân dân tỉnh Long An");

        List<Long> render = new ArrayList<>();
        List<Long> place = new ArrayList<>();
        List<Long> sign = new ArrayList<>();
        List<Long> verify = new ArrayList<>();
        byte[] signed = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            byte[] pdf = SamplePdfs.dispatch();
            long t1 = System.nanoTime();
            SignatureBox box = SignatureBox.aboveName(pdf, SamplePdfs.SIGNER);
            long tBox = System.nanoTime();
            signed = signer.sign(pdf, person, agency, box);
            long t2 = System.nanoTime();
            SignatureReport report = verifier.verify(signed);
            long t3 = System.nanoTime();
            if (!report.valid()) {
                throw new IllegalStateException("signed dispatch does not verify: " + report);
            }
            if (i >= WARM_UP) {
                render.add(t1 - t0);
                place.add(tBox - t1);
                sign.add(t2 - tBox);
                verify.add(t3 - t2);
            }
        }
        System.out.printf("reprimand dispatch, median of %d after %d warm-up runs: render %.1f ms, "
                + "find the signature's place (text extraction) %.1f ms, sign (signer + agency, 2 time stamps) %.1f ms, "
                + "verify (2 signatures) %.1f ms; %d bytes signed%n",
                RUNS, WARM_UP, median(render), median(place), median(sign), median(verify), signed.length);
    }

    static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
    }
}
