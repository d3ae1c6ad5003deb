package vn.gov.bluezone.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts in the browser ({@code frontend/components/portal-chart.ts}).
 * The option is built on the server as plain maps and lists and sent as JSON; the element draws
 * nothing else. Pair every chart with a table of its figures.
 */
@Tag("portal-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./components/portal-chart.ts")
public class PortalChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PortalChart() {
        setWidthFull();
        setHeight("18rem");
    }

    /** Sets the ECharts option (see echarts.apache.org/en/option.html) as maps, lists and values. */
    public void setOption(Map<String, Object> option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    public String getOptionJson() {
        return getElement().getProperty("option");
    }
}
