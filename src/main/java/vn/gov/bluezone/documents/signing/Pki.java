package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues certificates for the demo's own PKI ({@link DemoPki}) and for tests: a root CA, people and
 * organisations who sign documents, and a time-stamping authority. Never for production keys.
 */
final class Pki {

    /** What a certificate is for, which decides its extensions. */
    enum Kind {
        CA,
        PERSON,
        ORGANISATION,
        TIME_STAMPING
    }

    /** A key pair with its certificate and the chain up to (and with) the root. */
    record Issued(KeyPair keys, X509Certificate certificate, List<X509Certificate> chain) {

        SoftwareSigner signer() {
            return new SoftwareSigner(keys.getPrivate(), chain);
        }

        void writePkcs12(Path file, char[] password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("key", keys.getPrivate(), password, chain.toArray(X509Certificate[]::new));
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    store.store(out, password);
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot write the keystore " + file, e);
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pki() {
    }

    static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** C=VN, O=organisation, CN=name and, for a person, the title (the office held). */
    static X500Name name(String commonName, String title, String organisation) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organisation != null) {
            name.addRDN(BCStyle.O, organisation);
        }
        if (title != null) {
            name.addRDN(BCStyle.T, title);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    static Issued root(X500Name subject, Instant notBefore, Instant notAfter) {
        KeyPair keys = rsaKeys();
        X509Certificate certificate = certificate(subject, keys, subject, keys, null, notBefore, notAfter, Kind.CA);
        return new Issued(keys, certificate, List.of(certificate));
    }

    static Issued issue(Issued issuer, X500Name subject, Kind kind, Instant notBefore, Instant notAfter) {
        return issue(issuer, subject, kind, notBefore, notAfter, rsaKeys());
    }

    /** A certificate for a key pair made elsewhere (an EC key, say). */
    static Issued issue(Issued issuer, X500Name subject, Kind kind, Instant notBefore, Instant notAfter, KeyPair keys) {
        X509Certificate certificate = certificate(subject, keys, null, issuer.keys(), issuer.certificate(), notBefore,
                notAfter, kind);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(issuer.chain());
        return new Issued(keys, certificate, chain);
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, KeyPair issuerKeys,
            X509Certificate issuerCertificate, Instant notBefore, Instant notAfter, Kind kind) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            // the issuer's name exactly as encoded in its certificate, so that paths chain
            X500Name issuerName = issuerCertificate == null ? issuer
                    : org.bouncycastle.asn1.x509.Certificate.getInstance(issuerCertificate.getEncoded()).getSubject();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic());
            if (issuerCertificate != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuerCertificate));
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            switch (kind) {
                case CA -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                }
                case PERSON, ORGANISATION -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                }
                case TIME_STAMPING -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                    // RFC 3161: the only extended key usage, and critical
                    builder.addExtension(Extension.extendedKeyUsage, true,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                }
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a certificate for " + subject, e);
        }
    }
}
