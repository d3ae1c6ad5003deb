package vn.gov.bluezone.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import vn.gov.bluezone.shared.VietnameseText;

/**
 * The language switch, on the login page and in the header: Vietnamese or English, each named in
 * its own language. The choice is kept in a cookie for a year (read back by the shell's
 * {@code LanguageSettings} when a session starts), never taken from the browser.
 */
public final class LanguageSelect {

    /** The cookie that keeps the choice. */
    public static final String COOKIE = "portal-lang";

    private LanguageSelect() {
    }

    public static Select<Locale> create(String ariaLabel) {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(VietnameseText.VIETNAMESE, Locale.ENGLISH);
        language.setItemLabelGenerator(locale -> isEnglish(locale) ? "English" : "Tiếng Việt");
        language.setValue(isEnglish(UI.getCurrent() == null ? null : UI.getCurrent().getLocale())
                ? Locale.ENGLISH : VietnameseText.VIETNAMESE);
        language.setAriaLabel(ariaLabel);
        language.addClassName("portal-language");
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                choose(event.getValue());
                language.getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return language;
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

    private static boolean isEnglish(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
