package vn.gov.bluezone.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import vn.gov.bluezone.shared.VietnameseText;

/**
 * UI texts from {@code messages_vi.properties} (default) and {@code messages_en.properties}. A
 * missing key shows as "!key!" so it is seen, and a test keeps the two bundles' keys equal.
 */
@Component
public class PortalI18n implements I18NProvider {

    public static final Locale VIETNAMESE = VietnameseText.VIETNAMESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
