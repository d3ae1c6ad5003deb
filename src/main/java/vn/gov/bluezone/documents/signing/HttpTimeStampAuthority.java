package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;

/** A time-stamping authority reached over HTTP (RFC 3161, section 3.4), at a configured address. */
public final class HttpTimeStampAuthority implements TimeStampAuthority {

    private final URI address;
    private final HttpClient client;
    private final Duration timeout;

    public HttpTimeStampAuthority(URI address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public byte[] timeStamp(byte[] sha256) {
        TimeStampRequest request = TimeStampRequests.of(sha256);
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(address).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The time-stamping authority " + address + " answered "
                        + response.statusCode());
            }
            TimeStampResponse answer = new TimeStampResponse(response.body());
            // the same imprint and nonce as asked, and a granted token
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new IllegalStateException("The time-stamping authority " + address + " refused: "
                        + answer.getStatusString());
            }
            return answer.getTimeStampToken().getEncoded();
        } catch (IOException | TSPException e) {
            throw new IllegalStateException("No time stamp from " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + address, e);
        }
    }
}
