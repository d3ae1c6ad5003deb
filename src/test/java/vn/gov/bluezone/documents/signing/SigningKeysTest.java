package vn.gov.bluezone.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import com.sun.net.httpserver.HttpServer;

import vn.gov.bluezone.documents.SamplePdfs;

/** Where keys come from: the demo PKI made once in the data folder and reused; keystores; an HTTP time-stamping authority. */
class SigningKeysTest {

    @TempDir
    Path folder;

    MockEnvironment demo() {
        return new MockEnvironment().withProperty("portal.demo.enabled", "true")
                .withProperty("portal.signing.demo-folder", folder.toString())
                .withProperty("portal.signing.demo.signer", SamplePdfs.SIGNER)
                .withProperty("portal.signing.demo.signer-title", "Phó Chủ tịch")
                .withProperty("portal.signing.demo.agency", PadesSignerTest.AGENCY)
                .withProperty("portal.signing.demo.authority", "Bluezone Demo CA");
    }

    @Test
    void theDemoMakesItsPkiOnFirstUseOnlyAndReusesItLater() throws IOException {
        SigningKeys keys = new SigningKeys(demo(), Clock.systemUTC());
        assertThat(folder).isEmptyDirectory();
        DocumentSigner signer = keys.signer();
        assertThat(folder.resolve("signer.p12")).exists();
        assertThat(folder.resolve("tsa.p12")).exists();
        assertThat(Files.getPosixFilePermissions(folder.resolve("signer.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(signer.certificate().getSubjectX500Principal().getName()).contains("CN=" + SamplePdfs.SIGNER);
        assertThat(keys.agency().certificate().getSubjectX500Principal().getName())
                .contains("CN=" + PadesSignerTest.AGENCY);

        // a later start reads the same keys
        SigningKeys later = new SigningKeys(demo(), Clock.systemUTC());
        assertThat(later.signer().certificate()).isEqualTo(signer.certificate());
        assertThat(later.trustAnchors()).hasSize(1);

        // and signs documents that verify against the demo CA
        byte[] pdf = SamplePdfs.dispatch();
        byte[] signed = new PadesSigner(later::timeStampAuthority, Clock.systemUTC()).sign(pdf,
                new PadesSigner.Signatory(later.signer(), SamplePdfs.SIGNER, "PHÓ CHỦ TỊCH"),
                new PadesSigner.Agency(later.agency(), PadesSignerTest.AGENCY), SignatureBox.aboveName(pdf, SamplePdfs.SIGNER));
        SignatureReport report = new SignatureVerifier(later::trustAnchors).verify(signed);
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.valid()).isTrue();
    }

    @Test
    void configuredKeystoresAreUsedAndWithoutThemOrTheDemoSigningRefuses() {
        Instant now = Instant.now();
        Pki.Issued root = Pki.root(Pki.name("Root", null, "Test"), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        Pki.Issued person = Pki.issue(root, Pki.name("Trần Thị B", null, "Test"), Pki.Kind.PERSON,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        person.writePkcs12(folder.resolve("person.p12"), "secret-1".toCharArray());
        SigningKeys keys = new SigningKeys(new MockEnvironment().withProperty("portal.demo.enabled", "false")
                .withProperty("portal.signing.signer.keystore", folder.resolve("person.p12").toString())
                .withProperty("portal.signing.signer.password", "secret-1"), Clock.systemUTC());
        assertThat(keys.signer().certificate()).isEqualTo(person.certificate());
        assertThat(keys.signer().chain()).hasSize(2);
        assertThatThrownBy(keys::agency).hasMessageContaining("Signing is not configured");
        assertThat(keys.trustAnchors()).isEmpty();
    }

    @Test
    void anRfc3161AuthorityIsAskedOverHttp() throws Exception {
        Instant now = Instant.now();
        Pki.Issued root = Pki.root(Pki.name("Root", null, "Test"), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        Pki.Issued tsa = Pki.issue(root, Pki.name("TSA", null, "Test"), Pki.Kind.TIME_STAMPING,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        InProcessTimeStampAuthority inside = new InProcessTimeStampAuthority(tsa.keys().getPrivate(), tsa.chain(),
                Clock.systemUTC());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                assertThat(exchange.getRequestHeaders().getFirst("Content-Type")).isEqualTo("application/timestamp-query");
                byte[] response = inside.respond(exchange.getRequestBody().readAllBytes());
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, response.length);
                exchange.getResponseBody().write(response);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest("signature".getBytes());
            TimeStampAuthority overHttp = new HttpTimeStampAuthority(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa"), Duration.ofSeconds(5));
            TimeStampToken token = new TimeStampToken(new CMSSignedData(overHttp.timeStamp(digest)));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
            assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isCloseTo(Instant.now(),
                    org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
            TimeStampAuthority wrongAddress = new HttpTimeStampAuthority(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/none"), Duration.ofSeconds(5));
            assertThatThrownBy(() -> wrongAddress.timeStamp(digest)).hasMessageContaining("answered 404");
        } finally {
            server.stop(0);
        }
        assertThat(List.of(tsa.certificate().getExtendedKeyUsage())).containsExactly(List.of("1.3.6.1.5.5.7.3.8"));
    }

    @Test
    void theDemoGivesEveryOfficialAndAgencyTheirOwnCertificateOnceFromItsCaValidFrom2020() throws Exception {
        SigningKeys keys = new SigningKeys(demo(), Clock.systemUTC());
        DocumentSigner chair = keys.person("Phạm Thị Lập", "PHÓ CHỦ TỊCH", "ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ").orElseThrow();
        DocumentSigner commune = keys.organisation("ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ").orElseThrow();
        assertThat(SignatureVerifier.commonName(chair.certificate())).isEqualTo("Phạm Thị Lập");
        assertThat(chair.certificate().getSubjectX500Principal().getName()).contains("O=ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ");
        assertThat(SignatureVerifier.commonName(commune.certificate())).isEqualTo("ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ");
        assertThat(chair.certificate().getNotBefore().toInstant()).isEqualTo(DemoPki.EPOCH);
        // issued by the demo's CA, which is the trust anchor
        chair.certificate().verify(keys.trustAnchors().iterator().next().getPublicKey());
        assertThat(Files.list(folder.resolve("issued")).filter(f -> f.toString().endsWith(".p12")).count()).isEqualTo(2);

        // a later start finds the same keys rather than making new ones
        SigningKeys later = new SigningKeys(demo(), Clock.systemUTC());
        assertThat(later.person("Phạm Thị Lập", "PHÓ CHỦ TỊCH", "ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ").orElseThrow()
                .certificate()).isEqualTo(chair.certificate());
        assertThat(Files.list(folder.resolve("issued")).filter(f -> f.toString().endsWith(".p12")).count()).isEqualTo(2);

        // without the demo PKI nobody has a key, and issuing in auto mode does not sign
        SigningKeys none = new SigningKeys(new MockEnvironment().withProperty("portal.demo.enabled", "false"),
                Clock.systemUTC());
        assertThat(none.person("Phạm Thị Lập", null, null)).isEmpty();
        assertThat(none.signsAtIssue()).isFalse();
        assertThat(keys.signsAtIssue()).isTrue();
    }

    @Test
    void aKeystoreOfSeveralOfficialsIsSearchedByTheCertificatesCommonName() throws Exception {
        Instant now = Instant.now();
        Pki.Issued root = Pki.root(Pki.name("Root", null, "Test"), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        Pki.Issued person = Pki.issue(root, Pki.name("Trần Thị Bích", "Giám đốc", "Sở KH&CN"), Pki.Kind.PERSON,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        Pki.Issued department = Pki.issue(root, Pki.name("SỞ KHOA HỌC VÀ CÔNG NGHỆ", null, "Sở KH&CN"),
                Pki.Kind.ORGANISATION, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "secret-2".toCharArray();
        store.setKeyEntry("giam-doc", person.keys().getPrivate(), password, person.chain().toArray(X509Certificate[]::new));
        store.setKeyEntry("so", department.keys().getPrivate(), password, department.chain().toArray(X509Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(folder.resolve("officials.p12"))) {
            store.store(out, password);
        }
        SigningKeys keys = new SigningKeys(new MockEnvironment().withProperty("portal.demo.enabled", "false")
                .withProperty("portal.signing.keystore", folder.resolve("officials.p12").toString())
                .withProperty("portal.signing.password", "secret-2")
                .withProperty("portal.signing.tsa.url", "http://127.0.0.1:9/tsa"), Clock.systemUTC());
        // the name as the document prints it, whatever its case and spacing
        assertThat(keys.person("TRẦN THỊ  BÍCH ", "GIÁM ĐỐC", "SỞ KHOA HỌC VÀ CÔNG NGHỆ").orElseThrow().certificate())
                .isEqualTo(person.certificate());
        assertThat(keys.organisation("Sở Khoa học và Công nghệ").orElseThrow().certificate())
                .isEqualTo(department.certificate());
        // nobody else: the portal never signs as someone whose key it does not hold
        assertThat(keys.person("Lê Văn Cường", null, null)).isEmpty();
        assertThat(keys.signsAtIssue()).isTrue();
        assertThat(keys.trustAnchors()).isEmpty();
    }

    @Test
    void aDemoFolderMadeBeforeItsCertificatesStartedIn2020IsMadeAgain() throws Exception {
        Instant now = Instant.now();
        Pki.Issued old = Pki.root(Pki.name("Old demo CA", null, "Old"), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        new SigningKeys(demo(), Clock.systemUTC()).signer();
        Files.write(folder.resolve("demo-root-ca.crt"), old.certificate().getEncoded());
        SigningKeys keys = new SigningKeys(demo(), Clock.systemUTC());
        assertThat(keys.signer().certificate().getNotBefore().toInstant()).isEqualTo(DemoPki.EPOCH);
        assertThat(keys.trustAnchors().iterator().next().getNotBefore().toInstant()).isEqualTo(DemoPki.EPOCH);
    }
}
