package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.HasDynamicTitle;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.ui.AuditLogView;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * A view marked {@link ViewPermission} is guarded twice, as one marked {@code @RolesAllowed} was:
 * navigation refuses it to a user without the permission, and the view bean itself is a method
 * security proxy whose methods refuse such a caller.
 */
@PortalSpringTest
class ViewPermissionUiTest extends SpringBrowserlessTest {

    @Autowired
    AsUser as;

    @Test
    @WithUserDetails("admin")
    void theViewBeanIsGuardedByItsPermissionToo() {
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(AopUtils.isAopProxy(view)).as("the view is a method security proxy").isTrue();
        HasDynamicTitle titled = view;
        assertThat(titled.getPageTitle()).isNotBlank();
        assertThatThrownBy(() -> as.run("xa.duclapha", titled::getPageTitle))
                .isInstanceOf(AccessDeniedException.class);
    }
}
