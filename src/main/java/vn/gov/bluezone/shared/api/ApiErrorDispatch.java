package vn.gov.bluezone.shared.api;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.gov.bluezone.shared.DatabaseErrors;

/**
 * The last line for the API's contract: when the servlet container or a filter ends an API request
 * with an error of its own (a URL the firewall rejects, a method the container refuses, an exception
 * no one handled), the container dispatches to Spring Boot's {@code /error}, which would answer HTML
 * to a browser and, being outside {@code /api/**}, sit behind the portal's login. For an API request
 * this filter answers the API's JSON problem instead, with the status the container chose (503 when
 * the cause was an unreachable database).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiErrorDispatch extends OncePerRequestFilter {

    private final ApiProblems problems;

    ApiErrorDispatch(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR || !ApiProblems.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseErrors.unavailable(failure)) {
            // a filter (the login, the account re-check) found the database down: try again later
            status = 503;
        }
        problems.write(request, response, ApiRefusal.forStatus(HttpStatusCode.valueOf(status)));
    }
}
