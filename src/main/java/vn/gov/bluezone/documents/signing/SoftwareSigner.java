package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/**
 * A signing key in a PKCS#12 keystore on the server: for deployments whose agency signs with a
 * server-held key, and for the demo. The keystore's path comes from configuration and its password
 * from the environment; neither the file nor the password is ever in the repository.
 */
public final class SoftwareSigner implements DocumentSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String algorithm;

    public SoftwareSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("Unsupported signing key " + key.getAlgorithm());
        };
    }

    /** The first key entry of the keystore (or the one named {@code alias}) with its certificate chain. */
    public static SoftwareSigner fromPkcs12(Path keystore, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias;
            if (entry == null || entry.isBlank()) {
                entry = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No key in the keystore " + keystore));
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            Certificate[] certificates = store.getCertificateChain(entry);
            if (key == null || certificates == null) {
                throw new IllegalStateException("No key entry " + entry + " in the keystore " + keystore);
            }
            return new SoftwareSigner(key, Arrays.stream(certificates).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing keystore " + keystore, e);
        }
    }

    /** Every key entry of the keystore, each with its certificate chain (the keystore of several officials). */
    public static List<SoftwareSigner> allFromPkcs12(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            List<SoftwareSigner> signers = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (isKey(store, alias) && store.getKey(alias, password) instanceof PrivateKey key
                        && store.getCertificateChain(alias) != null) {
                    signers.add(new SoftwareSigner(key, Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast).toList()));
                }
            }
            return signers;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing keystore " + keystore, e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public String signatureAlgorithm() {
        return algorithm;
    }

    @Override
    public byte[] signDigest(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("A SHA-256 digest has 32 bytes, not " + sha256.length);
        }
        try {
            if (key.getAlgorithm().equals("RSA")) {
                Signature rsa = Signature.getInstance("NONEwithRSA");
                rsa.initSign(key);
                rsa.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                        sha256).getEncoded());
                return rsa.sign();
            }
            Signature ecdsa = Signature.getInstance("NONEwithECDSA");
            ecdsa.initSign(key);
            ecdsa.update(sha256);
            return ecdsa.sign();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the digest", e);
        }
    }
}
