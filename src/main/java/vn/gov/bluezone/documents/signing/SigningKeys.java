package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;

/**
 * Where the portal's signing keys, time stamps and trust anchors come from, decided on first use
 * (nothing is read or made at start-up):
 * <ul>
 * <li>{@code portal.signing.signer.keystore} / {@code .password} / {@code .alias} and the same under
 * {@code portal.signing.agency}: PKCS#12 files of the deployment (passwords from the environment,
 * {@code PORTAL_SIGNING_SIGNER_PASSWORD}, {@code PORTAL_SIGNING_AGENCY_PASSWORD});</li>
 * <li>{@code portal.signing.tsa.url}: an RFC 3161 authority over HTTP;</li>
 * <li>{@code portal.signing.trust-anchors}: certificate files (DER or PEM), comma-separated;</li>
 * <li>without keystores and with the demo on ({@code portal.demo.enabled} true, or auto on the
 * embedded H2 database), the {@link DemoPki} under {@code portal.signing.demo-folder}: its signer,
 * agency, in-process time-stamping authority and root CA (added to the trust anchors).</li>
 * </ul>
 */
public class SigningKeys {

    private final Environment environment;
    private final Clock clock;
    private volatile DemoPki.Material demo;
    private volatile TimeStampAuthority timeStamps;

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
        if (demoSigns()) {
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

    private boolean demoSigns() {
        boolean keystores = !environment.getProperty("portal.signing.signer.keystore", "").isBlank()
                && !environment.getProperty("portal.signing.agency.keystore", "").isBlank()
                && !environment.getProperty("portal.signing.tsa.url", "").isBlank();
        return !keystores && demoOn();
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
            if (!demoOn()) {
                throw new IllegalStateException("Signing is not configured: set portal.signing.signer.keystore, "
                        + "portal.signing.agency.keystore and portal.signing.tsa.url (decision 0038)");
            }
            synchronized (this) {
                if (demo == null) {
                    demo = new DemoPki(Path.of(environment.getProperty("portal.signing.demo-folder", "./data/signing")),
                            new DemoPki.Names(environment.getProperty("portal.signing.demo.signer", ""),
                                    environment.getProperty("portal.signing.demo.signer-title", ""),
                                    environment.getProperty("portal.signing.demo.agency", ""),
                                    environment.getProperty("portal.signing.demo.authority", ""))).material();
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
