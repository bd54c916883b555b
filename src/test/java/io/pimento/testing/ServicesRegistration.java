package io.pimento.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real services for every {@code @QuarkusTest} (a global test resource). */
@QuarkusTestResource(PimentoServicesResource.class)
public final class ServicesRegistration {
    private ServicesRegistration() {
    }
}
