package vn.gov.bluezone.documents.signing;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The signing beans. They cost nothing at start-up: keys, certificates and the demo PKI are read or
 * made on the first signature or verification ({@link SigningKeys}), or just after the application
 * is ready, in the background.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    SigningKeys signingKeys(Environment environment, Clock clock) {
        return new SigningKeys(environment, clock);
    }

    @Bean
    PadesSigner padesSigner(SigningKeys keys, Clock clock) {
        return new PadesSigner(keys::timeStampAuthority, clock);
    }

    @Bean
    SignatureVerifier signatureVerifier(SigningKeys keys) {
        return new SignatureVerifier(keys::trustAnchors);
    }

    /**
     * Once the application serves, reads (or, the first time, makes) the keys in the background, so
     * that the first document issued does not wait for them; start-up itself does not.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> signingWarmUp(SigningKeys keys) {
        return ready -> Thread.ofVirtual().name("signing-warm-up").start(keys::warmUp);
    }
}
