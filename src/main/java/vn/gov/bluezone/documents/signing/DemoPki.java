package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's own PKI, made on first use and kept under the data folder (never in the repository): a
 * test root CA, the signer's certificate (a person), the agency's (an organisation) and a
 * time-stamping authority's, each key in a PKCS#12 file with a generated password in a file beside
 * it (readable by the owner only). Later starts read them again. The root's key is not kept: the
 * demo issues nothing else; delete the folder to start over with a new CA.
 */
public final class DemoPki {

    /** The people and agency the demo's certificates name (from configuration, as they are data). */
    public record Names(String signer, String signerTitle, String agency, String authority) {
    }

    /** What the demo signs with. */
    public record Material(SoftwareSigner signer, SoftwareSigner agency, PrivateKey timeStampKey,
            List<X509Certificate> timeStampChain, X509Certificate root) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoPki.class);
    private static final Duration VALIDITY = Duration.ofDays(5 * 366);
    private static final String ROOT = "demo-root-ca.crt";
    private static final List<String> KEYS = List.of("signer", "agency", "tsa");

    private final Path folder;
    private final Names names;

    public DemoPki(Path folder, Names names) {
        this.folder = folder;
        this.names = names;
    }

    /** The demo's keys: read from the folder, or made there first when any file is missing. */
    public synchronized Material material() {
        boolean complete = Files.isRegularFile(folder.resolve(ROOT))
                && KEYS.stream().allMatch(k -> Files.isRegularFile(folder.resolve(k + ".p12"))
                        && Files.isRegularFile(folder.resolve(k + ".password")));
        if (!complete) {
            generate();
        }
        return read();
    }

    private void generate() {
        long start = System.nanoTime();
        Instant from = Instant.now().minus(Duration.ofDays(1));
        Instant to = from.plus(VALIDITY);
        Pki.Issued root = Pki.root(Pki.name(names.authority(), null, names.authority()), from, to);
        Pki.Issued signer = Pki.issue(root, Pki.name(names.signer(), names.signerTitle(), names.agency()),
                Pki.Kind.PERSON, from, to);
        Pki.Issued agency = Pki.issue(root, Pki.name(names.agency(), null, names.agency()), Pki.Kind.ORGANISATION, from,
                to);
        Pki.Issued tsa = Pki.issue(root, Pki.name(names.authority() + " TSA", null, names.authority()),
                Pki.Kind.TIME_STAMPING, from, to);
        try {
            Files.createDirectories(folder);
            write(signer, "signer");
            write(agency, "agency");
            write(tsa, "tsa");
            Files.write(folder.resolve(ROOT), root.certificate().getEncoded());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the demo PKI to " + folder, e);
        }
        log.info("Demo signing PKI made in {} ({} ms): a test CA, signer, agency and time-stamping certificates",
                folder.toAbsolutePath(), (System.nanoTime() - start) / 1_000_000);
    }

    private void write(Pki.Issued issued, String name) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        Path passwordFile = folder.resolve(name + ".password");
        Files.deleteIfExists(passwordFile);
        Files.writeString(passwordFile, new String(password), StandardCharsets.US_ASCII);
        ownerOnly(passwordFile);
        issued.writePkcs12(folder.resolve(name + ".p12"), password);
        ownerOnly(folder.resolve(name + ".p12"));
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }

    private Material read() {
        try {
            SoftwareSigner signer = SoftwareSigner.fromPkcs12(folder.resolve("signer.p12"), password("signer"), null);
            SoftwareSigner agency = SoftwareSigner.fromPkcs12(folder.resolve("agency.p12"), password("agency"), null);
            char[] tsaPassword = password("tsa");
            KeyStore tsa = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(folder.resolve("tsa.p12"))) {
                tsa.load(in, tsaPassword);
            }
            PrivateKey key = (PrivateKey) tsa.getKey("key", tsaPassword);
            List<X509Certificate> chain = Arrays.stream(tsa.getCertificateChain("key"))
                    .map(X509Certificate.class::cast).toList();
            X509Certificate root;
            try (InputStream in = Files.newInputStream(folder.resolve(ROOT))) {
                root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            return new Material(signer, agency, key, chain, root);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the demo PKI in " + folder, e);
        }
    }

    private char[] password(String name) throws IOException {
        return Files.readString(folder.resolve(name + ".password"), StandardCharsets.US_ASCII).strip().toCharArray();
    }

}
