package vn.gov.bluezone.shared.api;

/**
 * Where the report API's contract is published (decision 0041), in one place: springdoc serves it
 * there ({@code springdoc.api-docs.path} in application.yml must agree) and the security
 * configuration opens exactly these two addresses to anyone, for reading.
 */
public final class ApiContractAddress {

    /** The OpenAPI 3 description as JSON. */
    public static final String JSON = "/v3/api-docs";

    /** The same description as YAML. */
    public static final String YAML = JSON + ".yaml";

    private ApiContractAddress() {
    }
}
