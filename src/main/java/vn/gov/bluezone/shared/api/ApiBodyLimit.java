package vn.gov.bluezone.shared.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serial;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most {@code portal.api.max-body-size} (64 KB) of an API request's body is ever read: a
 * declared length above it is refused with 413 before anything is read, before even the
 * credentials are checked; a body without a declared length (chunked) is read at most to the limit
 * plus one byte, and the reading of it fails with {@link TooLarge}, which the API answers with the
 * same 413 (decision 0015). A day's report is a few KB; the longest texts the rules allow (9,240
 * characters), every one of them escaped in six bytes, make about 56 KB.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiBodyLimit extends OncePerRequestFilter {

    private final ApiProblems problems;
    private final long limit;

    ApiBodyLimit(ApiProblems problems, @Value("${portal.api.max-body-size:64KB}") DataSize limit) {
        this.problems = problems;
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiProblems.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, ApiRefusal.tooLarge(limit));
            return;
        }
        chain.doFilter(new BoundedRequest(request, limit), response);
    }

    /** Reading a body beyond the limit: nothing of the request is used, the answer is 413. */
    public static final class TooLarge extends IOException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLarge(long limit) {
            super("Request body above the API limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private BoundedInput input;
        private BufferedReader reader;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() was already called");
            }
            if (input == null) {
                input = new BoundedInput(super.getInputStream(), limit);
            }
            return input;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                if (input != null) {
                    throw new IllegalStateException("getInputStream() was already called");
                }
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(new BoundedInput(super.getInputStream(), limit),
                        charset));
            }
            return reader;
        }
    }

    /** Passes on at most {@code limit} bytes; asks the client's stream for one byte more, never further. */
    private static final class BoundedInput extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long count;

        BoundedInput(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            checkWithinLimit();
            int next = body.read();
            if (next >= 0) {
                count++;
                checkWithinLimit();
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkWithinLimit();
            if (length == 0) {
                return 0;
            }
            int read = body.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
            if (read > 0) {
                count += read;
                checkWithinLimit();
            }
            return read;
        }

        private void checkWithinLimit() throws TooLarge {
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
