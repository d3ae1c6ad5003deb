/**
 * Small building blocks every module may use: the portal's clock and time zone, Vietnamese text
 * handling (sort and search keys), vi-VN formats, the data scope of the current caller and the one
 * named way to act as the system.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.gov.bluezone.shared;

import org.springframework.modulith.ApplicationModule;

