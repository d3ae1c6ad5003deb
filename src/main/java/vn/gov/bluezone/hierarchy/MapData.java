package vn.gov.bluezone.hierarchy;

/**
 * A map as the browser fetches it: a compact GeoJSON FeatureCollection (UTF-8, no whitespace, each
 * feature's properties only {@code code} and {@code name}) and its entity tag, quoted, derived from
 * the bytes: the same map, the same tag (the controller sends it weak, {@code W/"…"}, so that
 * Tomcat may gzip the response). The bytes are
 * the cached map itself, shared by every request: write them out, never change them.
 */
public record MapData(byte[] json, String etag) {
}
