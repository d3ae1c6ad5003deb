package vn.gov.bluezone.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.bluezone.documents.SamplePdfs;
import vn.gov.bluezone.documents.signing.VerifiedSignature.CertificateTime;
import vn.gov.bluezone.documents.signing.VerifiedSignature.Coverage;
import vn.gov.bluezone.documents.signing.VerifiedSignature.Integrity;
import vn.gov.bluezone.documents.signing.VerifiedSignature.SignatureValue;
import vn.gov.bluezone.documents.signing.VerifiedSignature.TimeStamp;
import vn.gov.bluezone.documents.signing.VerifiedSignature.Trust;

/**
 * A real reprimand dispatch signed by its signer and its agency with time stamps from an in-process
 * authority, checked by the portal's own verifier and independently by poppler's pdfsig; then
 * altered, signed with an expired certificate, and with a certificate of another CA.
 */
class PadesSignerTest {

    static final String AGENCY = "Ủy ban nhân dân tỉnh Long An";
    static final Path OUT = Path.of("target", "signing");

    static Instant now = Instant.now();
    static Pki.Issued root;
    static Pki.Issued signer;
    static Pki.Issued agency;
    static Pki.Issued tsa;
    static byte[] unsigned;
    static byte[] signed;

    @BeforeAll
    static void signADispatch() throws IOException {
        Instant from = now.minus(Duration.ofDays(1));
        Instant to = now.plus(Duration.ofDays(365));
        root = Pki.root(Pki.name("Test Root CA", null, "Test PKI"), from, to);
        signer = Pki.issue(root, Pki.name(SamplePdfs.SIGNER, "Phó Chủ tịch", AGENCY), Pki.Kind.PERSON, from, to);
        agency = Pki.issue(root, Pki.name(AGENCY, null, AGENCY), Pki.Kind.ORGANISATION, from, to);
        tsa = Pki.issue(root, Pki.name("Test TSA", null, "Test PKI"), Pki.Kind.TIME_STAMPING, from, to);
        unsigned = SamplePdfs.dispatch();
        signed = sign(unsigned, signer.signer());
        write("signed-dispatch.pdf", signed);
    }

    static PadesSigner padesSigner() {
        TimeStampAuthority authority = new InProcessTimeStampAuthority(tsa.keys().getPrivate(), tsa.chain(),
                Clock.systemUTC());
        return new PadesSigner(() -> authority, Clock.systemUTC());
    }

    static byte[] sign(byte[] pdf, DocumentSigner person) {
        return padesSigner().sign(pdf, new PadesSigner.Signatory(person, SamplePdfs.SIGNER, "PHÓ CHỦ TỊCH"),
                new PadesSigner.Agency(agency.signer(), AGENCY), SignatureBox.aboveName(pdf, SamplePdfs.SIGNER));
    }

    static SignatureReport verify(byte[] pdf) {
        return new SignatureVerifier(() -> List.of(root.certificate())).verify(pdf);
    }

    @Test
    void theSignerAndThenTheAgencySignAndBothSignaturesValidate() throws IOException {
        SignatureReport report = verify(signed);
        assertThat(report.signatures()).hasSize(2);
        VerifiedSignature person = report.signatures().get(0);
        VerifiedSignature organisation = report.signatures().get(1);
        assertThat(person.signerName()).isEqualTo(SamplePdfs.SIGNER);
        assertThat(person.title()).isEqualTo("Phó Chủ tịch");
        assertThat(person.organisation()).isEqualTo(AGENCY);
        assertThat(organisation.signerName()).isEqualTo(AGENCY);
        // the signer's signature covers the document as signed; the agency's, added after, the whole file
        assertThat(person.coverage()).isEqualTo(Coverage.EARLIER_REVISION);
        assertThat(organisation.coverage()).isEqualTo(Coverage.WHOLE_FILE);
        for (VerifiedSignature signature : report.signatures()) {
            assertThat(signature.integrity()).isEqualTo(Integrity.UNCHANGED);
            assertThat(signature.signatureValue()).isEqualTo(SignatureValue.VALID);
            assertThat(signature.trust()).isEqualTo(Trust.TRUSTED);
            assertThat(signature.certificateTime()).isEqualTo(CertificateTime.VALID);
            assertThat(signature.timeStamp()).isEqualTo(TimeStamp.VALID);
            assertThat(signature.claimedTime().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
            assertThat(signature.timeStampTime().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
            assertThat(Duration.between(signature.claimedTime(), signature.timeStampTime()).abs())
                    .isLessThan(Duration.ofSeconds(30));
            assertThat(signature.valid()).isTrue();
        }
        assertThat(report.coveredToTheEnd()).isTrue();
        assertThat(report.valid()).isTrue();
        // the unsigned document has no signature at all
        assertThat(verify(unsigned).signed()).isFalse();
    }

    @Test
    void theSignaturesAreEtsiCadesDetachedWithTheTimeInVietnam() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(2).allSatisfy(s -> {
                assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
                assertThat(s.getCOSObject().getString(org.apache.pdfbox.cos.COSName.M)).matches("D:\\d{14}\\+07'00'");
            });
        }
        // the visible signature shows the signing time in ISO 8601 with +07:00, the document's text is all there
        String text = pdftotext(signed);
        assertThat(text).containsPattern("Thời gian ký: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
        assertThat(text.replaceAll("\\s+", " ")).contains("ỦY BAN NHÂN DÂN", "Số: 05/UBND-VHXH", "Kính gửi:",
                "Phê bình Chủ tịch UBND huyện Mộc Hóa", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", SamplePdfs.SIGNER,
                "Nơi nhận:", "- Lưu: VT, VHXH.");
        assertThat(pdftotext(unsigned)).doesNotContain("Thời gian ký");
        // the official layout still holds on the signed file
        SamplePdfs.assertDecree30Layout(signed);
    }

    @Test
    void aSignerElsewhereSignsOnlyTheDigestAndThePortalEmbedsItInTwoSteps() throws IOException {
        PadesSigner portal = padesSigner();
        SignatureBox box = SignatureBox.aboveName(unsigned, SamplePdfs.SIGNER);
        // step 1: the portal knows only the signer's certificate (from the token or the remote service)
        PadesSigner.Prepared prepared = portal.prepare(unsigned, signer.chain(), "SHA256withRSA", SamplePdfs.SIGNER,
                "PHÓ CHỦ TỊCH", AGENCY, box);
        assertThat(prepared.digest()).hasSize(32);
        assertThat(verify(prepared.pdf()).valid()).as("an empty signature is no signature").isFalse();

        // the token, elsewhere and later, holds the key and sees only the digest
        DocumentSigner token = signer.signer();
        byte[] value = token.signDigest(prepared.digest());

        // step 2: the portal puts the value in, with its time stamp; then the agency seals
        byte[] personal = portal.complete(prepared, value);
        byte[] both = portal.seal(personal, new PadesSigner.Agency(agency.signer(), AGENCY), box);
        SignatureReport report = verify(both);
        assertThat(report.signatures()).hasSize(2).allMatch(VerifiedSignature::valid);
        assertThat(report.signatures().getFirst().signerName()).isEqualTo(SamplePdfs.SIGNER);
        assertThat(report.signatures().getFirst().timeStamp()).isEqualTo(TimeStamp.VALID);
        assertThat(report.valid()).isTrue();
        write("two-step-dispatch.pdf", both);
        assertThat(pdfsig(OUT.resolve("two-step-dispatch.pdf")).split("Signature is Valid\\.", -1)).hasSize(3);

        // a value that is not the signer's signature of this digest is refused, and nothing is embedded
        byte[] wrong = token.signDigest(new byte[32]);
        assertThatThrownBy(() -> portal.complete(prepared, wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the signer's signature");
        byte[] otherKey = PadesSignerTest.agency.signer().signDigest(prepared.digest());
        assertThatThrownBy(() -> portal.complete(prepared, otherKey)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameWithACharacterTheFontLacksStillSignsWithAQuestionMarkInTheBox() throws IOException {
        byte[] withEmoji = padesSigner().sign(unsigned,
                new PadesSigner.Signatory(signer.signer(), SamplePdfs.SIGNER + " \uD83D\uDE00", "PHÓ CHỦ TỊCH"),
                new PadesSigner.Agency(agency.signer(), AGENCY), SignatureBox.aboveName(unsigned, SamplePdfs.SIGNER));
        assertThat(verify(withEmoji).valid()).isTrue();
        assertThat(pdftotext(withEmoji)).contains("Ký bởi: " + SamplePdfs.SIGNER + " ?");
    }

    @Test
    void pdfsigFindsBothSignaturesValid() throws IOException {
        String output = pdfsig(OUT.resolve("signed-dispatch.pdf"));
        System.out.println("pdfsig, signed dispatch:\n" + output);
        assertThat(output.split("Signature is Valid\\.", -1)).hasSize(3);
        assertThat(output).contains("Signer Certificate Common Name: " + SamplePdfs.SIGNER,
                "Signer Certificate Common Name: " + AGENCY, "Signature Type: ETSI.CAdES.detached")
                .doesNotContain("Digest Mismatch");
    }

    @Test
    void aByteChangedAfterSigningIsFoundByBoth() throws IOException {
        byte[] altered = SamplePdfs.alteredInFirstStream(signed);
        write("altered-dispatch.pdf", altered);

        SignatureReport report = verify(altered);
        assertThat(report.signatures()).hasSize(2).allSatisfy(s -> {
            assertThat(s.integrity()).isEqualTo(Integrity.CHANGED);
            assertThat(s.valid()).isFalse();
        });
        assertThat(report.valid()).isFalse();

        String output = pdfsig(OUT.resolve("altered-dispatch.pdf"));
        System.out.println("pdfsig, altered dispatch:\n" + output);
        assertThat(output.split("Digest Mismatch\\.", -1)).hasSize(3);
        assertThat(output).doesNotContain("Signature is Valid.");
    }

    @Test
    void anExpiredSignerCertificateIsReported() {
        Pki.Issued expired = Pki.issue(root, Pki.name(SamplePdfs.SIGNER, null, AGENCY), Pki.Kind.PERSON,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(30)));
        VerifiedSignature person = verify(sign(unsigned, expired.signer())).signatures().getFirst();
        assertThat(person.certificateTime()).isEqualTo(CertificateTime.EXPIRED);
        assertThat(person.trust()).isEqualTo(Trust.TRUSTED);
        assertThat(person.integrity()).isEqualTo(Integrity.UNCHANGED);
        assertThat(person.valid()).isFalse();
    }

    @Test
    void aCertificateOfAnotherCaIsUntrusted() {
        Pki.Issued otherRoot = Pki.root(Pki.name("Other Root CA", null, "Elsewhere"), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));
        Pki.Issued stranger = Pki.issue(otherRoot, Pki.name(SamplePdfs.SIGNER, null, AGENCY), Pki.Kind.PERSON,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        SignatureReport report = verify(sign(unsigned, stranger.signer()));
        VerifiedSignature person = report.signatures().getFirst();
        assertThat(person.trust()).isEqualTo(Trust.UNTRUSTED);
        assertThat(person.signatureValue()).isEqualTo(SignatureValue.VALID);
        assertThat(person.certificateTime()).isEqualTo(CertificateTime.VALID);
        assertThat(person.valid()).isFalse();
        assertThat(report.signatures().get(1).valid()).as("the agency's, from the trusted CA").isTrue();
        assertThat(report.valid()).isFalse();
    }

    @Test
    void anEcKeySignsTheSameWayOnlyItsDigestSignatureDiffers() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        Pki.Issued ec = Pki.issue(root, Pki.name(SamplePdfs.SIGNER, null, AGENCY), Pki.Kind.PERSON,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), generator.generateKeyPair());
        assertThat(ec.signer().signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        byte[] pdf = sign(unsigned, ec.signer());
        write("signed-dispatch-ec.pdf", pdf);
        SignatureReport report = verify(pdf);
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures().getFirst().signerName()).isEqualTo(SamplePdfs.SIGNER);
        assertThat(pdfsig(OUT.resolve("signed-dispatch-ec.pdf")).split("Signature is Valid\\.", -1)).hasSize(3);
    }

    @Test
    void somethingAppendedAfterTheLastSignatureIsReported() {
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 30);
        System.arraycopy("\n% appended after signing\n".getBytes(StandardCharsets.US_ASCII), 0, appended,
                signed.length, 26);
        SignatureReport report = verify(appended);
        assertThat(report.signatures().getLast().coverage()).isEqualTo(Coverage.EARLIER_REVISION);
        assertThat(report.coveredToTheEnd()).isFalse();
        assertThat(report.valid()).isFalse();
    }

    @Test
    void aSignatureWhoseContentsAreNotACmsIsInvalidNotAnError() {
        byte[] broken = signed.clone();
        // the first hex digits of the agency's /Contents: the CMS no longer parses
        int contents = indexOf(broken, "/Contents <".getBytes(StandardCharsets.US_ASCII), signed.length / 2) + 11;
        broken[contents] = (byte) (broken[contents] == '0' ? '1' : '0');
        VerifiedSignature agency = verify(broken).signatures().getLast();
        assertThat(agency.signatureValue()).isEqualTo(SignatureValue.INVALID);
        assertThat(agency.certificateTime()).isEqualTo(CertificateTime.UNKNOWN);
        assertThat(agency.valid()).isFalse();
    }

    static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    static void write(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), pdf);
    }

    static String pdfsig(Path file) throws IOException {
        return SamplePdfs.pdfsig(file);
    }

    static String pdftotext(byte[] pdf) throws IOException {
        return SamplePdfs.pdftotext(pdf);
    }
}
