package io.pimento.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which section of the UI the page belongs to, so the header marks it: {@code {inject:nav.current('imports')}}. */
@RequestScoped
@Named("nav")
public class Navigation {

    private final RoutingContext routing;

    @Inject
    Navigation(RoutingContext routing) {
        this.routing = routing;
    }

    /** True on {@code /ui/<section>} and below; the empty section is the dashboard, {@code /ui} itself. */
    public boolean current(String section) {
        String path = routing.normalizedPath();
        if (section.isEmpty()) {
            return path.equals("/ui") || path.equals("/ui/");
        }
        String root = "/ui/" + section;
        return path.equals(root) || path.startsWith(root + "/");
    }
}
