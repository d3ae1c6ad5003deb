package vn.gov.bluezone.shell;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Vietnamese unless the user chose English: the choice is kept in a cookie, not taken from the
 * browser, so an office PC with an English browser still opens in Vietnamese.
 */
@Component
public class LanguageSettings implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(chosenLocale(init.getRequest())));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    static Locale chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(cookie -> COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue()));
        return english ? PortalI18n.ENGLISH : PortalI18n.VIETNAMESE;
    }

    /** Switches the current session's language and remembers it for a year. */
    public static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(locale);
        session.getUIs().forEach(ui -> ui.setLocale(locale));
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
