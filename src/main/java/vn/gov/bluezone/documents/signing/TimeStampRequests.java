package vn.gov.bluezone.documents.signing;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;

/** The RFC 3161 request every time-stamping authority is sent, over HTTP or in process. */
final class TimeStampRequests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeStampRequests() {
    }

    /**
     * The SHA-256 imprint, a random nonce, and the authority's certificate asked for, so the token
     * carries it for the verifier.
     */
    static TimeStampRequest of(byte[] sha256) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, RANDOM));
    }
}
