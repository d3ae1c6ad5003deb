package vn.gov.bluezone.shell;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.gov.bluezone.shared.ui.LanguageSelect;

/**
 * Vietnamese unless the user chose English: the choice is kept in a cookie, not taken from the
 * browser, so an office PC with an English browser still opens in Vietnamese. The switch itself
 * is {@link LanguageSelect}, on the login page and in the header.
 */
@Component
public class LanguageSettings implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(chosenLocale(init.getRequest())));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    static Locale chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(cookie -> LanguageSelect.COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue()));
        return english ? PortalI18n.ENGLISH : PortalI18n.VIETNAMESE;
    }
}
