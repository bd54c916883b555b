package io.pimento.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can log in to a new installation. On an empty user table it creates either
 * the demo users (one per role, password = name: admin/admin, editor/editor, reviewer/reviewer,
 * viewer/viewer) or, with {@code pimento.security.demo-users=false}, the one admin named by
 * {@code pimento.security.initial-admin.*}.
 */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    private final SecurityConfig config;

    DemoUsers(SecurityConfig config) {
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (User.count() > 0) {
            return;
        }
        if (config.demoUsers()) {
            for (Role role : Role.values()) {
                User.create(role.code(), role.code(), role);
            }
            LOG.warn("Created the demo users admin/admin, editor/editor, reviewer/reviewer and viewer/viewer: "
                    + "change their passwords, or start with PIMENTO_SECURITY_DEMO_USERS=false (see docs/operations.md)");
            return;
        }
        String username = config.initialAdmin().username();
        config.initialAdmin().password().ifPresentOrElse(password -> {
            User.create(username, password, Role.ADMIN);
            LOG.infof("Created the initial admin '%s'", username);
        }, () -> LOG.warn("There is no user and demo users are off: set PIMENTO_SECURITY_INITIAL_ADMIN_PASSWORD "
                + "(and optionally PIMENTO_SECURITY_INITIAL_ADMIN_USERNAME) and restart to create the first admin"));
    }
}
