package vn.gov.bluezone.shared.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.gov.bluezone.shared.VietnameseText;

/** What the views with exports share: a file made in memory, and the locale its figures are written in. */
public final class Downloads {

    private Downloads() {
    }

    /** A file already made (CSV, XLSX, PDF) as a download response. */
    public static DownloadResponse file(byte[] content, String name, String type) {
        return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
    }

    /** The current UI's locale, Vietnamese when there is none (a download runs outside the UI). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? VietnameseText.VIETNAMESE : ui.getLocale();
    }
}
