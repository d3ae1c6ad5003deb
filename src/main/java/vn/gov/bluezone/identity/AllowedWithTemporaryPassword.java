package vn.gov.bluezone.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The named way around {@link TemporaryPasswords}' gate: a service method a user whose password was
 * issued by an administrator may still call (changing that password). Its {@code @PreAuthorize}
 * still applies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface AllowedWithTemporaryPassword {
}
