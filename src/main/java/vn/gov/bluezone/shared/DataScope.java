package vn.gov.bluezone.shared;

/**
 * What part of the administrative tree a caller may read and change: the materialised path of its
 * unit ("/80/802/"), or "/" for a system administrator. A unit is in scope when its path starts with
 * the scope's path, so a query filters with {@code path LIKE :scope%}.
 */
public record DataScope(String path) {

    public static final DataScope EVERYTHING = new DataScope("/");
    /** A scope that covers nothing: what an anonymous caller gets. */
    public static final DataScope NOTHING = new DataScope("");

    public DataScope {
        if (path == null || !(path.isEmpty() || (path.startsWith("/") && path.endsWith("/")))) {
            throw new IllegalArgumentException("A scope path starts and ends with '/': " + path);
        }
    }

    public boolean covers(String unitPath) {
        return !path.isEmpty() && unitPath != null && unitPath.startsWith(path);
    }

    public boolean isEverything() {
        return "/".equals(path);
    }

    /**
     * The code of the unit at the root of the scope: the path's last part ("27958" of
     * "/80/802/27958/"), as paths are made of GSO codes; null for {@link #EVERYTHING} and {@link #NOTHING}.
     */
    public String unitCode() {
        if (path.length() < 2) {
            return null;
        }
        return path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1);
    }

    /** The prefix pattern for a {@code LIKE} on a path column; never matches for {@link #NOTHING}. */
    public String likePattern() {
        return path.isEmpty() ? "\u0000" : path + "%";
    }
}
