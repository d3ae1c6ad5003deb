package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A time-stamping authority inside the portal, with a key of its own: for tests and the demo, where
 * no public authority is reached. It answers exactly as an RFC 3161 server would (request, response,
 * token), only without the HTTP in between.
 */
public final class InProcessTimeStampAuthority implements TimeStampAuthority {

    /** The demo's time-stamp policy, under the private arc of the example OID space (not a real policy). */
    static final ASN1ObjectIdentifier DEMO_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeStampResponseGenerator responses;
    private final Clock clock;

    public InProcessTimeStampAuthority(PrivateKey key, List<X509Certificate> chain, Clock clock) {
        this.clock = clock;
        try {
            DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), chain.getFirst()),
                    sha256, DEMO_POLICY);
            tokens.addCertificates(new JcaCertStore(chain));
            this.responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (OperatorCreationException | CertificateEncodingException | TSPException e) {
            throw new IllegalStateException("Cannot set up the time-stamping authority", e);
        }
    }

    /** The DER of the response to a DER request, as an RFC 3161 server over HTTP answers it. */
    byte[] respond(byte[] request) throws IOException, TSPException {
        return responses.generate(new TimeStampRequest(request), new BigInteger(64, RANDOM), Date.from(clock.instant()))
                .getEncoded();
    }

    @Override
    public byte[] timeStamp(byte[] sha256) {
        TimeStampRequest request = TimeStampRequests.of(sha256);
        try {
            TimeStampResponse response = new TimeStampResponse(respond(request.getEncoded()));
            response.validate(request);
            return response.getTimeStampToken().getEncoded();
        } catch (IOException | TSPException e) {
            throw new IllegalStateException("Cannot time-stamp", e);
        }
    }
}
