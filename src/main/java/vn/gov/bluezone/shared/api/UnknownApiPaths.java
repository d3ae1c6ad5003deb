package vn.gov.bluezone.shared.api;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An address under {@code /api/} that no controller serves is answered 404 in JSON. Without this,
 * Vaadin's catch-all mapping ({@code /**}, the portal being served at the root) takes the request
 * and answers its HTML page with 200. The mapping comes after every controller mapping, so a known
 * path with a wrong method or content type still gets its 405 or 415, and before the static
 * resources and Vaadin.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(ApiProblems problems) {
        HttpRequestHandler notFound = (request, response) -> problems.write(request, response,
                ApiRefusal.forStatus(HttpStatus.NOT_FOUND));
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(
                Map.of(ApiProblems.PREFIX, notFound, ApiProblems.PREFIX + "/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }
}
