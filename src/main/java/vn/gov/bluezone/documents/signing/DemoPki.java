package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's own PKI, made on first use and kept under the data folder (never in the repository): a
 * test root CA, the default signer's certificate (a person), the default agency's (an organisation)
 * and a time-stamping authority's, each key in a PKCS#12 file with a generated password in a file
 * beside it (readable by the owner only). Later starts read them again. The root's key is kept the
 * same way, because the demo gives every official and agency that signs an issued document a
 * certificate in their own name, on their first signature ({@link #person}, {@link #organisation},
 * under {@code issued/}). Delete the folder to start over with a new CA.
 * <p>
 * The certificates are valid from 1 January 2020, as the demo replays the 2020 campaign and its
 * documents carry that year's dates, for five years after they are made.
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
    /** The start of every demo certificate's validity: the year of the dispatch the demo replays. */
    static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");
    private static final String ROOT = "demo-root-ca.crt";
    private static final List<String> KEYS = List.of("root", "signer", "agency", "tsa");
    private static final String ISSUED = "issued";

    /**
     * One lock for every instance: two application contexts in one JVM (tests), or the warm-up
     * thread and a first signature, may use the same folder, and must not make it twice at once.
     */
    private static final Object FOLDERS = new Object();

    private final Path folder;
    private final Names names;
    private final Map<String, SoftwareSigner> issued = new ConcurrentHashMap<>();
    private Pki.Issued root;

    public DemoPki(Path folder, Names names) {
        this.folder = folder;
        this.names = names;
    }

    /** The demo's keys: read from the folder, or made there first when any file is missing. */
    public Material material() {
        synchronized (FOLDERS) {
            return materialOnce();
        }
    }

    private Material materialOnce() {
        boolean complete = Files.isRegularFile(folder.resolve(ROOT))
                && KEYS.stream().allMatch(k -> Files.isRegularFile(folder.resolve(k + ".p12"))
                        && Files.isRegularFile(folder.resolve(k + ".password")));
        if (!complete || startsAfterEpoch()) {
            root = null;
            generate();
        }
        return read();
    }

    private void generate() {
        long start = System.nanoTime();
        Instant from = EPOCH;
        Instant to = Instant.now().plus(VALIDITY);
        Pki.Issued root = Pki.root(Pki.name(names.authority(), null, names.authority()), from, to);
        Pki.Issued signer = Pki.issue(root, Pki.name(names.signer(), names.signerTitle(), names.agency()),
                Pki.Kind.PERSON, from, to);
        Pki.Issued agency = Pki.issue(root, Pki.name(names.agency(), null, names.agency()), Pki.Kind.ORGANISATION, from,
                to);
        Pki.Issued tsa = Pki.issue(root, Pki.name(names.authority() + " TSA", null, names.authority()),
                Pki.Kind.TIME_STAMPING, from, to);
        try {
            Files.createDirectories(folder);
            deleteIssued();
            write(root, "root");
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

    /** Certificates issued by an earlier CA of this folder would not chain to the new one. */
    private void deleteIssued() throws IOException {
        Path issuedFolder = folder.resolve(ISSUED);
        if (Files.isDirectory(issuedFolder)) {
            try (var files = Files.list(issuedFolder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        issued.clear();
    }

    /**
     * The key of the person named, with a certificate from the demo CA (CN the name, T the office
     * held, O the agency): read from {@code issued/} or made there on the person's first signature.
     */
    public SoftwareSigner person(String name, String title, String organisation) {
        return issue(Pki.Kind.PERSON, name, title, organisation);
    }

    /** The key of the agency named (CN and O its name), read or made as {@link #person}'s. */
    public SoftwareSigner organisation(String name) {
        return issue(Pki.Kind.ORGANISATION, name, null, name);
    }

    private SoftwareSigner issue(Pki.Kind kind, String name, String title, String organisation) {
        String file = fileName(kind, name, title, organisation);
        SoftwareSigner known = issued.get(file);
        if (known != null) {
            return known;
        }
        synchronized (FOLDERS) {
            materialOnce();
            return issued.computeIfAbsent(file, f -> {
                Path keystore = folder.resolve(ISSUED).resolve(f + ".p12");
                try {
                    if (!Files.isRegularFile(keystore) || !Files.isRegularFile(folder.resolve(ISSUED).resolve(f + ".password"))) {
                        Files.createDirectories(folder.resolve(ISSUED));
                        write(Pki.issue(root(), Pki.name(name, title, organisation), kind, EPOCH,
                                Instant.now().plus(VALIDITY)), ISSUED + "/" + f);
                    }
                    return SoftwareSigner.fromPkcs12(keystore, password(ISSUED + "/" + f), null);
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot issue a demo certificate for " + name, e);
                }
            });
        }
    }

    /** A file name per kind and subject: the names are Vietnamese text, the file name is their hash. */
    private static String fileName(Pki.Kind kind, String name, String title, String organisation) {
        String subject = kind + "\n" + name + "\n" + Objects.toString(title, "") + "\n" + Objects.toString(organisation, "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return kind.name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The root CA with its key, read from the folder once. */
    private Pki.Issued root() {
        if (root == null) {
            try {
                char[] password = password("root");
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(folder.resolve("root.p12"))) {
                    store.load(in, password);
                }
                X509Certificate certificate = (X509Certificate) store.getCertificate("key");
                root = new Pki.Issued(new KeyPair(certificate.getPublicKey(), (PrivateKey) store.getKey("key", password)),
                        certificate, List.of(certificate));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the demo CA in " + folder, e);
            }
        }
        return root;
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

    /** A folder made before the demo's certificates started in 2020 is made again. */
    private boolean startsAfterEpoch() {
        try (InputStream in = Files.newInputStream(folder.resolve(ROOT))) {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return certificate.getNotBefore().toInstant().isAfter(EPOCH);
        } catch (IOException | GeneralSecurityException e) {
            return true;
        }
    }

    private char[] password(String name) throws IOException {
        return Files.readString(folder.resolve(name + ".password"), StandardCharsets.US_ASCII).strip().toCharArray();
    }

}
