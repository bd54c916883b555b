package io.pimento.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readiness includes the search engine: search answers fail while it is unreachable (writes do
 * not: they wait in the outbox). Asks OpenSearch for its cluster health through Hibernate
 * Search's own client, so it reports what the application actually sees.
 */
@Readiness
@ApplicationScoped
public class OpenSearchReadinessCheck implements HealthCheck {

    public static final String NAME = "OpenSearch cluster health check";
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    @Inject
    SearchMapping searchMapping;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("timeout", "2s");
            Response answer = client.performRequest(request);
            String status;
            try (InputStream body = answer.getEntity().getContent()) {
                Matcher matcher = STATUS.matcher(new String(body.readAllBytes(), StandardCharsets.UTF_8));
                status = matcher.find() ? matcher.group(1) : "unknown";
            }
            return response.status(!"red".equals(status)).withData("cluster_status", status).build();
        } catch (IOException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
