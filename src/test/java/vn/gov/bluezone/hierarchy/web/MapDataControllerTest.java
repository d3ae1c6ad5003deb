package vn.gov.bluezone.hierarchy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.ui.MapDataAddress;

/**
 * The map data through the real filter chain and Spring MVC beside the Vaadin servlet: a signed-in
 * user of any scope gets the GeoJSON with its tag and caching headers, the same tag again gets 304
 * without a body, and a request without a session never gets the data.
 */
@TodaySpringTest
class MapDataControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AsUser as;

    MockMvc mvc;
    String tayNinhMap;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tayNinhMap = "/" + MapDataAddress.unitsUnder(as.call("admin", () -> hierarchy.getByCode("80").id()));
    }

    @Test
    void aSignedInUserGetsTheMapWithItsTagAndAgainOnlyNotModified() throws Exception {
        MockHttpServletResponse response = signedIn(get(tayNinhMap), "xa.duclap");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/geo+json");
        assertThat(response.getHeader("Cache-Control")).contains("private").contains("max-age=3600");
        String etag = response.getHeader("ETag");
        // weak: the same map whether sent gzipped or not (Tomcat compresses nothing with a strong tag)
        assertThat(etag).matches("W/\"[0-9a-f]{32}\"");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("{\"type\":\"FeatureCollection\"").contains("\"name\":\"Xã Đức Lập\"");

        MockHttpServletResponse again = signedIn(get(tayNinhMap).header("If-None-Match", etag), "xa.duclap");
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);

        MockHttpServletResponse other = signedIn(get(tayNinhMap).header("If-None-Match", "\"0\""), "xa.duclap");
        assertThat(other.getStatus()).isEqualTo(200);
    }

    @Test
    void theNationalBaseMapIsServedToo() throws Exception {
        MockHttpServletResponse response = signedIn(get(MapDataAddress.PROVINCES), "tinh.sotttt");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/geo+json");
        assertThat(response.getHeader("ETag")).isNotBlank();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("MultiPolygon");
    }

    @Test
    void anIdThatNamesNoUnitIsNotFound() throws Exception {
        assertThat(signedIn(get("/maps/units/999999999.json"), "xa.duclap").getStatus()).isEqualTo(404);
    }

    @Test
    void withoutASignedInSessionTheDataIsNeverSent() throws Exception {
        for (String path : new String[] {tayNinhMap, MapDataAddress.PROVINCES}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isIn(302, 401, 403);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("FeatureCollection");
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).as(path).contains("/login");
            }
            // nor with the report API's login: that chain does not serve the maps
            MockHttpServletResponse basic = mvc.perform(get(path).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .httpBasic("xa.duclap", "wrong"))).andReturn().getResponse();
            assertThat(basic.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("FeatureCollection");
        }
    }

    @Test
    void theServerCompressesTheMaps() {
        // MockMvc bypasses the embedded server: the setting is checked here, the gzip size in BoundaryImportTest
        assertThat(context.getEnvironment().getProperty("server.compression.enabled", Boolean.class)).isTrue();
        assertThat(context.getEnvironment().getProperty("server.compression.mime-types"))
                .contains("application/geo+json", "application/json");
        assertThat(context.getEnvironment().getProperty("server.compression.min-response-size")).isEqualTo("1KB");
    }

    private MockHttpServletResponse signedIn(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }
}
