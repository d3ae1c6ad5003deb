package vn.gov.bluezone.identity.ui;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.gov.bluezone.identity.SignInThrottledException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ComponentTexts;
import vn.gov.bluezone.shared.ui.LanguageSelect;

/**
 * The login page, in the user's language. Wrong user name and wrong password give one and the same
 * message, and so does a locked account, so the page never tells whether an account exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        ComponentTexts.localize(login);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("portal-login-title");
        Div help = new Div(new Paragraph(getTranslation("login.help")));
        help.addClassName("portal-login-help");
        var language = LanguageSelect.create(getTranslation("nav.language"));
        add(language, title, login, help);
        setAlignSelf(Alignment.END, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // the reason is Spring Security's, kept in the session by the failure handler: only an address
        // held back gets its own message; every account failure keeps the one message
        WrappedSession session = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getWrappedSession(false);
        Object reason = failed && session != null ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
        i18n.getErrorMessage().setMessage(reason instanceof SignInThrottledException throttled
                ? getTranslation("login.error.throttled", VietnameseFormats.time(throttled.retryAfter()))
                : getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
