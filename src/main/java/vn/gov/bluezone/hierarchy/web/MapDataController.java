package vn.gov.bluezone.hierarchy.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.bluezone.hierarchy.BoundaryService;
import vn.gov.bluezone.hierarchy.MapData;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.ui.MapDataAddress;

/**
 * The map data the browser draws (decision 0032): the shapes under a unit and the national base
 * map, as GeoJSON with a weak ETag (gzip on the wire; a strong tag would stop Tomcat compressing). Served by Spring MVC beside the Vaadin servlet, inside the
 * portal's own security chain: only a signed-in browser session reaches it (the identity module's
 * rule for {@link MapDataAddress#FILES}); anonymous requests go to the login page. The browser may
 * keep a map for an hour and then asks again with {@code If-None-Match}, answered 304 when the
 * shapes did not change (Spring MVC compares the tag of the response to the request's). Private:
 * the data are public geography, but the portal does not let shared caches hold its responses.
 */
@RestController
class MapDataController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

    private final BoundaryService boundaries;

    MapDataController(BoundaryService boundaries) {
        this.boundaries = boundaries;
    }

    @GetMapping(MapDataAddress.UNITS_MAPPING)
    ResponseEntity<byte[]> unitsUnder(@PathVariable long unitId) {
        try {
            return map(boundaries.mapUnder(unitId));
        } catch (OutOfScopeException unknown) {
            return ResponseEntity.notFound().build();
        }
    }

    @GetMapping(MapDataAddress.PROVINCES)
    ResponseEntity<byte[]> provinces() {
        return map(boundaries.provinces());
    }

    private static ResponseEntity<byte[]> map(MapData map) {
        // a weak validator: Tomcat compresses no response that carries a strong one (the gzip bytes differ)
        return ResponseEntity.ok().contentType(GEO_JSON).eTag("W/" + map.etag()).cacheControl(CACHE).body(map.json());
    }
}
