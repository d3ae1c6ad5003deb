package vn.gov.bluezone.identity.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.gov.bluezone.identity.CurrentUser;

/** A user whose password was set by someone else goes to the password page before anything else. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            boolean mustChange = currentUser.get().map(user -> user.mustChangePassword()).orElse(false);
            if (mustChange && enter.getNavigationTarget() != ChangePasswordView.class
                    && enter.getNavigationTarget() != LoginView.class) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
