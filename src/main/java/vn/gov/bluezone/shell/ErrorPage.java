package vn.gov.bluezone.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common look of the portal's error pages: a title, one sentence, a way home. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        addClassName("portal-view");
    }

    void render(String titleKey, String textKey) {
        removeAll();
        H2 title = new H2(getTranslation(titleKey));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation(textKey)), new Anchor("", getTranslation("nav.home")));
    }
}
