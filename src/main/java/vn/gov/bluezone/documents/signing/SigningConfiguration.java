package vn.gov.bluezone.documents.signing;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The signing beans. They cost nothing at start-up: keys, certificates and the demo PKI are read or
 * made on the first signature or verification ({@link SigningKeys}).
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
}
