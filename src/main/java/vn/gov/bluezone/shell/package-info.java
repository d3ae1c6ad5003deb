/**
 * The application shell: main layout and navigation, language, error pages, the app shell
 * configuration (styles, page title, viewport).
 */
package vn.gov.bluezone.shell;
