package io.pimento.bulkactions;

import io.pimento.catalog.product.Callers;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.StatusNotAllowedException;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Starts bulk actions on products and reads their jobs: the one service behind the grid's bulk
 * actions and {@code /api/v1/products/bulk-actions}. Everything that can be checked before the
 * job runs is (the action, its category and attribute codes, the search filters, the right to
 * approve), so a job only reports what is wrong for particular products.
 */
@ApplicationScoped
public class BulkActionService {

    /** A list of identifiers is for what someone ticked; more is a search query's job. */
    public static final int MAX_IDENTIFIERS = 10_000;

    private final BulkActionJobs jobs;
    private final BulkActionRunner runner;
    private final CatalogSchemas schemas;
    private final Callers callers;
    private final SecurityIdentity identity;

    BulkActionService(BulkActionJobs jobs, BulkActionRunner runner, CatalogSchemas schemas, Callers callers, SecurityIdentity identity) {
        this.jobs = jobs;
        this.runner = runner;
        this.schemas = schemas;
        this.callers = callers;
        this.identity = identity;
    }

    /** Checks the request, records the job and queues it; the job runs in the background. */
    public BulkActionView start(BulkActionRequest request) {
        BulkSelection selection = selection(request);
        BulkAction action = request.action();
        if (action == null) {
            throw InvalidDataException.of("action", "action is required: {\"type\": \"enable\"} and so on");
        }
        List<FieldError> errors = new ArrayList<>(action.check());
        if (errors.isEmpty()) {
            errors.addAll(checkCodes(action, schemas.current()));
        }
        if (errors.isEmpty() && action.kind() == BulkAction.Type.DELETE && !Boolean.TRUE.equals(request.confirm())) {
            errors.add(new FieldError("confirm", "deleting products cannot be undone: send \"confirm\": true to delete them"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        if (action.kind() == BulkAction.Type.SET_STATUS && EnrichmentStatus.fromCode(action.status()) == EnrichmentStatus.APPROVED
                && !callers.mayApprove()) {
            throw new StatusNotAllowedException();
        }
        BulkActionJob job = new BulkActionJob();
        job.action = action;
        job.selection = selection;
        job.createdBy = identity.getPrincipal().getName();
        long id = jobs.create(job).id;
        runner.submit(id);
        return get(id);
    }

    public BulkActionView get(long id) {
        return jobs.view(id).orElseThrow(() -> NotFoundException.of("bulk action", String.valueOf(id)));
    }

    public List<BulkActionView> recent(int limit) {
        return jobs.recent(limit);
    }

    /** How many products a search selects now, as "select all N results" offers it (400 for a filter the search refuses). */
    public long count(Map<String, List<String>> query) {
        return runner.count(query);
    }

    private BulkSelection selection(BulkActionRequest request) {
        boolean byIdentifiers = request.identifiers() != null;
        if (byIdentifiers == (request.query() != null)) {
            throw InvalidDataException.of("identifiers", "give either identifiers (a list) or query (search filters), not both and not neither");
        }
        if (!byIdentifiers) {
            return new BulkSelection(null, runner.filters(request.query()));
        }
        List<String> identifiers = List.copyOf(new LinkedHashSet<>(request.identifiers().stream()
                .filter(i -> i != null && !i.isBlank()).toList()));
        if (identifiers.isEmpty()) {
            throw InvalidDataException.of("identifiers", "select at least one product");
        }
        if (identifiers.size() > MAX_IDENTIFIERS) {
            throw InvalidDataException.of("identifiers", "at most %d identifiers; for more, send the search query instead"
                    .formatted(MAX_IDENTIFIERS));
        }
        return new BulkSelection(identifiers, null);
    }

    private static List<FieldError> checkCodes(BulkAction action, CatalogSchema schema) {
        List<FieldError> errors = new ArrayList<>();
        switch (action.kind()) {
            case ADD_CATEGORIES, REMOVE_CATEGORIES -> action.categories().stream().filter(c -> !schema.hasCategory(c))
                    .forEach(c -> errors.add(new FieldError("action.categories", "category '%s' does not exist".formatted(c))));
            case SET_VALUE, CLEAR_VALUE -> {
                if (schema.attribute(action.attribute()) == null) {
                    errors.add(new FieldError("action.attribute", "attribute '%s' does not exist".formatted(action.attribute())));
                } else if (action.attribute().equals(schema.identifierAttribute())) {
                    errors.add(new FieldError("action.attribute", "the identifier cannot be changed in bulk"));
                }
            }
            default -> {
            }
        }
        return errors;
    }
}
