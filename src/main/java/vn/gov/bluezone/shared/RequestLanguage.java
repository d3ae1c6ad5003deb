package vn.gov.bluezone.shared;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of an answer to a machine client: Vietnamese, unless its {@code Accept-Language}
 * prefers English. (The servlet container's own guess falls back to the server's locale, which on
 * a server is usually English.)
 */
public final class RequestLanguage {

    private static final List<Locale> SUPPORTED = List.of(VietnameseText.VIETNAMESE, Locale.ENGLISH);

    private RequestLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VietnameseText.VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? VietnameseText.VIETNAMESE : match;
        } catch (IllegalArgumentException malformed) {
            return VietnameseText.VIETNAMESE;
        }
    }
}
