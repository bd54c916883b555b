package io.pimento.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On an empty user table, creates one user per role whose password is its name (admin/admin,
 * editor/editor, reviewer/reviewer, viewer/viewer). Change them before exposing Pimento.
 */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    @ConfigProperty(name = "pimento.security.demo-users", defaultValue = "true")
    boolean enabled;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled || User.count() > 0) {
            return;
        }
        for (Role role : Role.values()) {
            User.create(role.code(), role.code(), role);
        }
        LOG.warn("Created the demo users admin/admin, editor/editor, reviewer/reviewer and viewer/viewer: change their passwords");
    }
}
