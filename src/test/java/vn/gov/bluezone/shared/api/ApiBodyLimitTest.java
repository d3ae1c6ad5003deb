package vn.gov.bluezone.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.ServletInputStream;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.shell.PortalI18n;

/** The API's body limit on its own: how much of a body it reads, and what it answers. */
class ApiBodyLimitTest {

    private static final int LIMIT = 64 * 1024;

    private final ApiBodyLimit filter = new ApiBodyLimit(new ApiProblems(new PortalI18n(), JsonMapper.builder().build()),
            DataSize.ofKilobytes(64));

    @Test
    void aBodyWithoutADeclaredLengthIsReadToTheLimitPlusOneByteAndNoFurther() throws Exception {
        CountingBody body = new CountingBody(10 * LIMIT);
        MockHttpServletRequest request = chunked(body);
        AtomicReference<byte[]> passedOn = new AtomicReference<>();

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(),
                (wrapped, response) -> passedOn.set(wrapped.getInputStream().readAllBytes())))
                .isInstanceOf(ApiBodyLimit.TooLarge.class);
        assertThat(body.taken).isEqualTo(LIMIT + 1);
        assertThat(passedOn.get()).isNull();
    }

    @Test
    void aBodyAtTheLimitIsPassedOnWhole() throws Exception {
        CountingBody body = new CountingBody(LIMIT);
        AtomicReference<byte[]> passedOn = new AtomicReference<>();
        filter.doFilter(chunked(body), new MockHttpServletResponse(),
                (wrapped, response) -> passedOn.set(wrapped.getInputStream().readAllBytes()));
        assertThat(passedOn.get()).hasSize(LIMIT);
    }

    @Test
    void aReaderIsBoundedToo() throws Exception {
        MockHttpServletRequest request = chunked(new CountingBody(2 * LIMIT));
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (wrapped, response) -> {
            char[] buffer = new char[1024];
            while (wrapped.getReader().read(buffer) >= 0) {
                // read on
            }
        })).isInstanceOf(ApiBodyLimit.TooLarge.class);
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsAnswered413WithoutReadingAByte() throws Exception {
        CountingBody body = new CountingBody(LIMIT + 1);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports") {
            @Override
            public long getContentLengthLong() {
                return 64L * 1024 * 1024;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (wrapped, answer) -> {
            throw new AssertionError("the request must not go further");
        });
        assertThat(body.taken).isZero();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":413", "Dữ liệu gửi lên quá lớn: mỗi yêu cầu tối đa 64 KB");
    }

    @Test
    void requestsOutsideTheApiAreLeftAlone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/upload");
        request.setContent(new byte[2 * LIMIT]);
        AtomicReference<byte[]> passedOn = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                (wrapped, response) -> passedOn.set(wrapped.getInputStream().readAllBytes()));
        assertThat(passedOn.get()).hasSize(2 * LIMIT);
    }

    private static MockHttpServletRequest chunked(InputStream body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        return request;
    }

    /** A client's body of {@code size} bytes that counts how many the server took. */
    private static final class CountingBody extends InputStream {

        private final InputStream bytes;
        long taken;

        CountingBody(int size) {
            this.bytes = new ByteArrayInputStream(new byte[size]);
        }

        @Override
        public int read() throws IOException {
            int next = bytes.read();
            taken += next < 0 ? 0 : 1;
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = bytes.read(buffer, offset, length);
            taken += Math.max(read, 0);
            return read;
        }
    }
}
