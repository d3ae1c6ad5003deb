package vn.gov.bluezone.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The names of units by their path ("/80/802/27958/" → "Xã Đức Lập Hạ"), for screens of modules
 * the hierarchy module itself depends on (the audit log). Implemented by the hierarchy module's
 * service; one call per page of rows, never one per row.
 */
public interface UnitNames {

    /** Name by path for the paths that name a unit in the caller's scope; other paths are left out. */
    Map<String, String> namesByPath(Collection<String> paths);
}
