package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Where the portal's signing keys, time stamps and trust anchors come from, decided on first use
 * (nothing is read or made at start-up):
 * <ul>
 * <li>{@code portal.signing.signer.keystore} / {@code .password} / {@code .alias} and the same under
 * {@code portal.signing.agency}: PKCS#12 files of the deployment (passwords from the environment,
 * {@code PORTAL_SIGNING_SIGNER_PASSWORD}, {@code PORTAL_SIGNING_AGENCY_PASSWORD});</li>
 * <li>{@code portal.signing.keystore} / {@code .password}: one PKCS#12 file holding the keys of
 * several officials and agencies (password {@code PORTAL_SIGNING_PASSWORD}); at issue the key is
 * the one whose certificate's common name is the signer's or the agency's name ({@link #person},
 * {@link #organisation});</li>
 * <li>{@code portal.signing.tsa.url}: an RFC 3161 authority over HTTP;</li>
 * <li>{@code portal.signing.trust-anchors}: certificate files (DER or PEM), comma-separated;</li>
 * <li>with the demo PKI on ({@code portal.signing.demo-pki}; auto follows {@code portal.demo.enabled},
 * itself auto on the embedded H2 database), the {@link DemoPki} under {@code portal.signing.demo-folder}:
 * its signer, agency, in-process time-stamping authority and root CA (added to the trust anchors),
 * and a certificate of its own for every other official and agency that signs.</li>
 * </ul>
 * Whether issuing signs is {@code portal.signing.at-issue} ({@link #signsAtIssue}).
 */
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final Environment environment;
    private final Clock clock;
    private volatile DemoPki.Material demo;
    private volatile DemoPki demoPki;
    private volatile TimeStampAuthority timeStamps;
    private volatile List<SoftwareSigner> pool;

    public SigningKeys(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    public DocumentSigner signer() {
        return configured("signer").orElseGet(() -> demo().signer());
    }

    public DocumentSigner agency() {
        return configured("agency").orElseGet(() -> demo().agency());
    }

    /**
     * Reads the keys that issuing will use (making the demo PKI the first time), and never fails:
     * a problem is logged and met again, with its message, by the first signature.
     */
    public void warmUp() {
        try {
            if (signsAtIssue()) {
                trustAnchors();
                timeStampAuthority();
                configuredPool();
            }
        } catch (RuntimeException e) {
            log.warn("Signing keys not ready: {}", e.getMessage());
        }
    }

    /**
     * Whether issuing a document signs it: {@code portal.signing.at-issue} true or false, or auto
     * (the default): when keys and a time-stamping authority are configured, or the demo PKI is on.
     */
    public boolean signsAtIssue() {
        String setting = environment.getProperty("portal.signing.at-issue", "auto").strip();
        if (setting.equalsIgnoreCase("auto")) {
            return demoSigns() ? demoPkiOn() : true;
        }
        return Boolean.parseBoolean(setting);
    }

    /**
     * The key of the person named: a configured key whose certificate's common name is the name
     * (the same letters, whatever their case and spacing), else the demo's own certificate for them
     * when the demo PKI is on; empty when the portal holds no key for them.
     */
    public Optional<DocumentSigner> person(String name, String title, String organisation) {
        Optional<DocumentSigner> configured = named(name);
        if (configured.isPresent() || !demoPkiOn()) {
            return configured;
        }
        demo();
        return Optional.of(demoPki.person(name, title, organisation));
    }

    /** The key of the agency named, found as {@link #person}'s. */
    public Optional<DocumentSigner> organisation(String name) {
        Optional<DocumentSigner> configured = named(name);
        if (configured.isPresent() || !demoPkiOn()) {
            return configured;
        }
        demo();
        return Optional.of(demoPki.organisation(name));
    }

    private Optional<DocumentSigner> named(String name) {
        String wanted = comparable(name);
        return configuredPool().stream().filter(s -> wanted.equals(comparable(SignatureVerifier.commonName(s.certificate()))))
                .map(DocumentSigner.class::cast).findFirst();
    }

    /** Every key of the configured keystores. */
    private List<SoftwareSigner> configuredPool() {
        List<SoftwareSigner> keys = pool;
        if (keys == null) {
            List<SoftwareSigner> found = new ArrayList<>();
            for (String who : List.of("signer.", "agency.", "")) {
                String keystore = environment.getProperty("portal.signing." + who + "keystore", "").strip();
                if (!keystore.isEmpty()) {
                    found.addAll(SoftwareSigner.allFromPkcs12(Path.of(keystore),
                            environment.getProperty("portal.signing." + who + "password", "").toCharArray()));
                }
            }
            keys = List.copyOf(found);
            pool = keys;
        }
        return keys;
    }

    /** Names compared as people read them: Unicode NFC, case and spacing ignored. */
    static String comparable(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi-VN"));
    }

    public TimeStampAuthority timeStampAuthority() {
        TimeStampAuthority authority = timeStamps;
        if (authority == null) {
            String url = environment.getProperty("portal.signing.tsa.url", "").strip();
            if (!url.isEmpty()) {
                authority = new HttpTimeStampAuthority(URI.create(url),
                        environment.getProperty("portal.signing.tsa.timeout", Duration.class, Duration.ofSeconds(10)));
            } else {
                DemoPki.Material material = demo();
                authority = new InProcessTimeStampAuthority(material.timeStampKey(), material.timeStampChain(), clock);
            }
            timeStamps = authority;
        }
        return authority;
    }

    /** The configured anchors, and the demo's root CA when the demo signs. */
    public Collection<X509Certificate> trustAnchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        for (String file : environment.getProperty("portal.signing.trust-anchors", "").split(",")) {
            if (!file.isBlank()) {
                anchors.add(read(Path.of(file.strip())));
            }
        }
        if (demoSigns() && demoPkiOn()) {
            anchors.add(demo().root());
        }
        return anchors;
    }

    private Optional<DocumentSigner> configured(String who) {
        String keystore = environment.getProperty("portal.signing." + who + ".keystore", "").strip();
        if (keystore.isEmpty()) {
            return Optional.empty();
        }
        String password = environment.getProperty("portal.signing." + who + ".password", "");
        return Optional.of(SoftwareSigner.fromPkcs12(Path.of(keystore), password.toCharArray(),
                environment.getProperty("portal.signing." + who + ".alias")));
    }

    /** Whether the deployment's own keys and time-stamping authority are missing, so only the demo could sign. */
    private boolean demoSigns() {
        boolean keystores = (!environment.getProperty("portal.signing.keystore", "").isBlank()
                || !environment.getProperty("portal.signing.signer.keystore", "").isBlank()
                        && !environment.getProperty("portal.signing.agency.keystore", "").isBlank())
                && !environment.getProperty("portal.signing.tsa.url", "").isBlank();
        return !keystores;
    }

    /** {@code portal.signing.demo-pki}: true, false or auto (the default), which follows the demo data. */
    private boolean demoPkiOn() {
        String setting = environment.getProperty("portal.signing.demo-pki", "auto").strip();
        return setting.equalsIgnoreCase("auto") ? demoOn() : Boolean.parseBoolean(setting);
    }

    private boolean demoOn() {
        String setting = environment.getProperty("portal.demo.enabled", "auto").strip();
        if (setting.equalsIgnoreCase("auto")) {
            return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        }
        return Boolean.parseBoolean(setting);
    }

    private DemoPki.Material demo() {
        DemoPki.Material material = demo;
        if (material == null) {
            if (!demoPkiOn()) {
                throw new IllegalStateException("Signing is not configured: set portal.signing.signer.keystore, "
                        + "portal.signing.agency.keystore and portal.signing.tsa.url (decision 0038)");
            }
            synchronized (this) {
                if (demo == null) {
                    demoPki = new DemoPki(Path.of(environment.getProperty("portal.signing.demo-folder", "./data/signing")),
                            new DemoPki.Names(environment.getProperty("portal.signing.demo.signer", ""),
                                    environment.getProperty("portal.signing.demo.signer-title", ""),
                                    environment.getProperty("portal.signing.demo.agency", ""),
                                    environment.getProperty("portal.signing.demo.authority", "")));
                    demo = demoPki.material();
                }
                material = demo;
            }
        }
        return material;
    }

    private static X509Certificate read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the trust anchor " + file, e);
        }
    }

}
