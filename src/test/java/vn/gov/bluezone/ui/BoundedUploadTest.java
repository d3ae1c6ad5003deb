package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ui.BoundedUpload;
import vn.gov.bluezone.shell.HomeView;

/**
 * The server's own limit on uploads: a file within the limit reaches the callback; one above it is
 * rejected with the Vietnamese message whether it declares its size honestly or not, and never
 * reaches the callback.
 */
@PortalSpringTest
class BoundedUploadTest extends SpringBrowserlessTest {

    private static final int LIMIT = 1024;

    @Test
    @WithUserDetails("xa.duclapha")
    void aFileAboveTheLimitIsRejectedEvenWhenItUnderstatesItsSize() throws Exception {
        navigate(HomeView.class);
        List<byte[]> received = new ArrayList<>();
        Div owner = new Div();
        UI.getCurrent().add(owner);
        UploadHandler handler = BoundedUpload.inMemory(LIMIT, new PortalException("signedCopy.error.tooLarge", 1),
                (metadata, content) -> received.add(content));

        UploadEvent small = upload(owner, new byte[LIMIT], LIMIT);
        handler.handleUploadRequest(small);
        runAccessTasks();
        assertThat(small.isRejected()).isFalse();
        assertThat(received).hasSize(1);
        assertThat(received.getFirst()).hasSize(LIMIT);

        UploadEvent honest = upload(owner, new byte[LIMIT + 1], LIMIT + 1);
        handler.handleUploadRequest(honest);
        assertThat(honest.isRejected()).isTrue();
        assertThat(honest.getRejectionMessage()).isEqualTo("Tệp quá lớn (tối đa 1 MB).");

        // a crafted request: says 10 bytes, sends 5 MB
        UploadEvent lying = upload(owner, new byte[5 * 1024 * 1024], 10);
        handler.handleUploadRequest(lying);
        runAccessTasks();
        assertThat(lying.isRejected()).isTrue();
        assertThat(received).hasSize(1);
        assertThat($(Notification.class).all()).anyMatch(n -> n.getElement().getProperty("text", "")
                .contains("Tệp quá lớn") || n.getElement().getTextRecursively().contains("Tệp quá lớn"));
    }

    /** What releasing the session lock would do: run the work the handler queued with UI.access. */
    private static void runAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private static UploadEvent upload(Div owner, byte[] body, long declaredSize) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/upload");
        request.setContent(body);
        request.setContentType("application/pdf");
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        return new UploadEvent(new VaadinServletRequest(request, service),
                new VaadinServletResponse(new MockHttpServletResponse(), service), VaadinSession.getCurrent(),
                "bao-cao.pdf", declaredSize, "application/pdf", owner.getElement(), null);
    }
}
