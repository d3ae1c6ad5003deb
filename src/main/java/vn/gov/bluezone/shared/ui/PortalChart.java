package vn.gov.bluezone.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts in the browser ({@code frontend/components/portal-chart.ts}).
 * The option is built on the server as plain maps and lists and sent as JSON; the element draws
 * nothing else; a map also names where its boundaries are ({@link #setMap}). Pair every chart with a
 * table of its figures.
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

    /**
     * Draws the option on a map: {@code mapName} is the name its map series refer to, {@code url}
     * where the browser fetches the boundaries (GeoJSON, same origin, with the session), once per
     * page; null clears it. Set before or with the option.
     */
    public void setMap(String mapName, String url) {
        getElement().setProperty("mapSource", mapName == null || url == null ? "" : mapName + " " + url);
    }

    /** The map and the address of its boundaries, "name url"; empty when the chart is no map. */
    public String getMapSource() {
        return getElement().getProperty("mapSource", "");
    }

    /** Called with the name of the area clicked on a map (the feature's name as the series knows it). */
    public Registration addAreaClickListener(SerializableConsumer<String> listener) {
        return getElement().addEventListener("map-click", event -> listener.accept(
                event.getEventData().get("event.detail.name").asString())).addEventData("event.detail.name");
    }
}
