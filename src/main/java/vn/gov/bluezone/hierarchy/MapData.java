package vn.gov.bluezone.hierarchy;

/**
 * A map as the browser fetches it: a compact GeoJSON FeatureCollection (UTF-8, no whitespace, each
 * feature's properties only {@code code} and {@code name}) and its strong entity tag, quoted as the
 * {@code ETag} header carries it, derived from the bytes: the same map, the same tag. The bytes are
 * the cached map itself, shared by every request: write them out, never change them.
 */
public record MapData(byte[] json, String etag) {
}
