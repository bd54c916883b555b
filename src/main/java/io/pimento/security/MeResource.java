package io.pimento.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Me me() {
        Role role = RoleHierarchy.highest(identity).orElse(Role.VIEWER);
        List<String> roles = role.included().stream().map(Role::code).toList();
        return new Me(identity.getPrincipal().getName(), role.code(), roles);
    }
}
