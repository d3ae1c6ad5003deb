package vn.gov.bluezone.shared.ui;

import java.time.Duration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The time left to a deadline, ticking in the browser every second without asking the server
 * ({@code frontend/components/portal-countdown.ts}). The server gives the time left by its own
 * clock, the words before the ticking time and the text shown when no time is left; all texts come
 * from the message bundles.
 */
@Tag("portal-countdown")
@JsModule("./components/portal-countdown.ts")
public class PortalCountdown extends Component implements HasStyle {

    /**
     * Starts again from {@code remaining}: while time is left the element reads
     * "{@code prefix} h:mm:ss" (the element's {@code timePrefix}), otherwise {@code label}.
     */
    public void show(Duration remaining, String prefix, String label) {
        getElement().setProperty("timePrefix", prefix);
        getElement().setProperty("label", label);
        getElement().setProperty("remaining", Math.max(0, remaining.toSeconds()));
    }

    /** The seconds left when the server last set them. */
    public long getRemainingSeconds() {
        return (long) getElement().getProperty("remaining", 0.0);
    }

    /** The text shown when no time is left. */
    public String getLabel() {
        return getElement().getProperty("label", "");
    }
}
