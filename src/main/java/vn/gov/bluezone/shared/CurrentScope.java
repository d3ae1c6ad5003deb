package vn.gov.bluezone.shared;

/**
 * The data scope of whoever is calling now. Implemented by the identity module from the
 * authenticated user; services ask it instead of trusting a scope passed in by a view.
 */
public interface CurrentScope {

    DataScope scope();
}
