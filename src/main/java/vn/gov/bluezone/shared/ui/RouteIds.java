package vn.gov.bluezone.shared.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.router.BeforeEnterEvent;

import vn.gov.bluezone.shared.OutOfScopeException;

/**
 * The record id in a route such as {@code units/:id}. Only a plain positive number of at most 18
 * digits (always a valid {@code long}) is an id; anything else ({@code abc}, {@code -1}, {@code 0},
 * {@code 1e3}, a 20-digit number, a quote) cannot name a record and is treated exactly like an
 * unknown id: {@link OutOfScopeException}, the same page as a record outside the user's scope.
 */
public final class RouteIds {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private RouteIds() {
    }

    /** The {@code :id} parameter of the route being entered. */
    public static long id(BeforeEnterEvent event) {
        return parse(event.getRouteParameters().get("id").orElse(null));
    }

    static long parse(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new OutOfScopeException();
        }
        return Long.parseLong(raw);
    }
}
