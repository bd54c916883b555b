package io.pimento.search;

import io.pimento.search.indexing.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * Search's own client, so it reports what the application actually sees. Products set aside by
 * the indexer (OpenSearch kept refusing their documents) are reported in the data
 * ({@code indexing: degraded}), but leave the check UP: everything else is searchable.
 */
@Readiness
@ApplicationScoped
public class OpenSearchReadinessCheck implements HealthCheck {

    public static final String NAME = "OpenSearch cluster health check";
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    @Inject
    SearchMapping searchMapping;

    @Inject
    OutboxRepository outbox;

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
            response.status(!"red".equals(status)).withData("cluster_status", status);
        } catch (IOException | RuntimeException e) {
            response.down().withData("error", String.valueOf(e.getMessage()));
        }
        return withSetAside(response).build();
    }

    private HealthCheckResponseBuilder withSetAside(HealthCheckResponseBuilder response) {
        long setAside;
        try {
            setAside = QuarkusTransaction.requiringNew().call(outbox::setAsideCount);
        } catch (RuntimeException e) {
            return response; // the database's own check tells
        }
        response.withData("set_aside_documents", setAside);
        if (setAside > 0) {
            response.withData("indexing", "degraded: %d product(s) set aside, OpenSearch refused their documents; "
                    .formatted(setAside) + "GET /api/v1/search/set-aside lists them");
        }
        return response;
    }
}
