package vn.gov.bluezone.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.gov.bluezone.PortalSpringTest;

/** Opening a page while the database is unreachable shows a Vietnamese page, not Vaadin's error page. */
@PortalSpringTest
class ServerErrorViewTest extends SpringBrowserlessTest {

    /** A page that needs the database, opened while it is down (the pool's real exception chain). */
    @Route("test-database-down")
    @AnonymousAllowed
    public static class DatabaseDownView extends Div {
        public DatabaseDownView() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));
        }
    }

    /** Any other failure while opening a page. */
    @Route("test-page-fails")
    @AnonymousAllowed
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void aPageOpenedWhileTheDatabaseIsDownSaysSoInVietnamese() {
        navigate("test-database-down", ServerErrorView.class);
        assertThat($(H2.class).id("error-title").getText()).isEqualTo("Hệ thống đang tạm gián đoạn");
        assertThat($(Paragraph.class).first().getText())
                .isEqualTo("Tạm thời không kết nối được cơ sở dữ liệu. Thay đổi chưa được lưu; hãy thử lại sau ít phút.");

        navigate("test-page-fails", ServerErrorView.class);
        assertThat($(H2.class).id("error-title").getText()).isEqualTo("Không mở được trang");
        assertThat($(Paragraph.class).first().getText()).startsWith("Đã xảy ra lỗi ngoài dự kiến khi mở trang này.");
    }
}
