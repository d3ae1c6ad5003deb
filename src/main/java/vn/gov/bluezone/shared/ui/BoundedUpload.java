package vn.gov.bluezone.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import vn.gov.bluezone.shared.PortalException;

/**
 * An in-memory upload with a limit the server enforces. The upload component's own maximum is
 * checked by the browser only, and Vaadin checks its request limits for multipart requests only,
 * while the component sends a file as a plain request body: without this, a crafted request could
 * make the server buffer a file of any size. Reads at most {@code maxBytes + 1} bytes whatever the
 * declared length, rejects a larger file with the given message and never calls the callback for it.
 */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    /**
     * An upload of one file of at most {@code maxBytes}, limited on the server as {@link #inMemory}
     * and in the browser, with its texts in the user's language.
     */
    public static Upload upload(String id, int maxBytes, PortalException tooLarge, InMemoryUploadCallback callback) {
        Upload upload = new Upload(inMemory(maxBytes, tooLarge, callback));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        return ComponentTexts.localize(upload, maxBytes);
    }

    public static UploadHandler inMemory(int maxBytes, PortalException tooLarge, InMemoryUploadCallback callback) {
        return event -> {
            UI ui = event.getUI();
            byte[] content = null;
            if (event.getFileSize() <= maxBytes) {
                try (InputStream in = event.getInputStream()) {
                    content = in.readNBytes(maxBytes + 1);
                }
            }
            if (content == null || content.length > maxBytes) {
                event.reject(ui.getTranslation(tooLarge.messageKey(), tooLarge.arguments()));
                ui.access(() -> ErrorMessages.show(ui, tooLarge));
                return;
            }
            byte[] accepted = content;
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), accepted.length);
            ui.access(() -> {
                try {
                    callback.complete(metadata, accepted);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }
}
