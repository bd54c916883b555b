package io.pimento.bulkactions;

import io.pimento.catalog.product.BulkWriteFinished;
import io.pimento.catalog.product.BulkWriter;
import io.pimento.common.ProblemException;
import io.pimento.jobs.JobWorker;
import io.pimento.jobs.OrphanPolicy;
import io.pimento.search.query.ProductHit;
import io.pimento.search.query.ProductSearchResult;
import io.pimento.search.query.ProductSearchService;
import io.pimento.security.SecurityIdentities;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs bulk actions in the background, one at a time per instance, as {@code ImportRunner} runs
 * imports: the job resolves its selection to identifiers, then works through them in chunks, each
 * chunk in its own transaction. When a product of a chunk is refused, the chunk is rolled back and
 * its products are applied one by one, so the others are saved and the refusal is reported. A
 * selection larger than a chunk holds its search indexing back until the job ends, as an import does.
 */
@ApplicationScoped
public class BulkActionRunner {

    private static final Logger LOG = Logger.getLogger(BulkActionRunner.class);
    /** Identifiers read between two heartbeats while a query selection is resolved. */
    private static final int RESOLVE_BEAT = 10 * io.pimento.common.Cursor.MAX_LIMIT;
    /** Filters of the grid's URL that are not filters: the job pages through the search its own way. */
    private static final Set<String> NOT_FILTERS = Set.of("sort", "after", "limit", "facets");

    private final BulkActionJobs jobs;
    private final BulkActionConfig config;
    private final ProductChanges changes;
    private final ProductSearchService search;
    private final CurrentIdentityAssociation identity;
    private final Event<BulkWriteFinished> bulkWriteFinished;
    private final JobWorker worker = new JobWorker("pimento-bulk-action");

    BulkActionRunner(BulkActionJobs jobs, BulkActionConfig config, ProductChanges changes, ProductSearchService search,
                     CurrentIdentityAssociation identity, Event<BulkWriteFinished> bulkWriteFinished) {
        this.jobs = jobs;
        this.config = config;
        this.changes = changes;
        this.search = search;
        this.identity = identity;
        this.bulkWriteFinished = bulkWriteFinished;
    }

    void onStart(@Observes StartupEvent event) {
        failOrphans();
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }

    @Scheduled(every = "30s", delayed = "30s")
    void failOrphans() {
        int failed = jobs.failOrphans(OrphanPolicy.of(config.staleAfter()), worker.runningHere());
        if (failed > 0) {
            LOG.warnf("Marked %d interrupted bulk action job(s)", failed);
        }
    }

    /** Queues the job on this instance; call it once the job's record is committed. */
    void submit(long jobId) {
        worker.submit(() -> run(jobId));
    }

    /** The search filters of a query selection, checked as the search API checks them (400 naming the parameter). */
    Map<String, List<String>> filters(Map<String, List<String>> query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            List<String> given = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!NOT_FILTERS.contains(name) && !given.isEmpty()) {
                filters.put(name, given);
            }
        });
        search.checkFilters(filters);
        return filters;
    }

    /** How many products the search finds now: what "select all N results" shows. */
    long count(Map<String, List<String>> query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(filters(query));
        parameters.put("limit", List.of("1"));
        return search.search(parameters).total();
    }

    @ActivateRequestContext
    void run(long jobId) {
        if (jobs.claim(jobId)) {
            worker.runClaimed(jobId, () -> runClaimed(jobId));
        }
    }

    private void runClaimed(long jobId) {
        try {
            BulkActionJob job = jobs.find(jobId).orElseThrow();
            actAs(job.createdBy);
            List<String> identifiers = job.selection.byQuery() ? resolve(jobId, job.selection.query()) : job.selection.identifiers();
            jobs.resolved(jobId, identifiers.size());
            // a few ticked products are watched like an edit; more are bulk work, indexed together when the job ends
            String writer = identifiers.size() > config.chunkSize() ? BulkActionJobs.writerName(jobId) : null;
            BulkActionJobs.Counters counters;
            try {
                counters = BulkWriter.call(writer, () -> applyAll(jobId, job.action, identifiers));
            } finally {
                if (writer != null) {
                    bulkWriteFinished.fire(new BulkWriteFinished(writer));
                }
            }
            jobs.finish(jobId, BulkActionStatus.COMPLETED, counters.failed() == 0 ? null
                    : "%d product(s) could not be changed; see the list".formatted(counters.failed()), counters);
        } catch (ProblemException e) {
            // the search refused the stored query (a family deleted since): nothing was changed by it
            jobs.finish(jobId, BulkActionStatus.FAILED, "the selection could not be read: " + e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            // the counters saved after the last committed chunk stay: they tell what was done
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Bulk action job %d failed unexpectedly (error id %s)", jobId, errorId);
            jobs.finish(jobId, BulkActionStatus.FAILED, "the action stopped on an unexpected error (error id " + errorId
                    + "); the products counted as processed are done", null);
        }
    }

    /** Applies the action chunk after chunk, saving the counters after each; answers the last. */
    private BulkActionJobs.Counters applyAll(long jobId, BulkAction action, List<String> identifiers) {
        BulkActionJobs.Counters counters = new BulkActionJobs.Counters(0, 0, 0, 0);
        for (int from = 0; from < identifiers.size(); from += config.chunkSize()) {
            List<String> chunk = identifiers.subList(from, Math.min(identifiers.size(), from + config.chunkSize()));
            List<BulkActionFailure> failures = new ArrayList<>();
            int changed = runChunk(action, chunk, failures);
            counters = new BulkActionJobs.Counters(counters.processed() + chunk.size(), counters.changed() + changed,
                    counters.unchanged() + chunk.size() - changed - failures.size(), counters.failed() + failures.size());
            jobs.saveProgress(jobId, counters, failures);
        }
        return counters;
    }

    /** Every identifier the search finds, in identifier order, page after page (search_after, no result window limit). */
    private List<String> resolve(long jobId, Map<String, List<String>> query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(filters(query));
        parameters.put("sort", List.of("identifier"));
        parameters.put("limit", List.of(String.valueOf(io.pimento.common.Cursor.MAX_LIMIT)));
        List<String> identifiers = new ArrayList<>();
        String after = null;
        do {
            if (after != null) {
                parameters.put("after", List.of(after));
            }
            ProductSearchResult page = search.search(parameters);
            page.items().stream().map(ProductHit::identifier).forEach(identifiers::add);
            after = page.items().isEmpty() ? null : page.next();
            if (identifiers.size() % RESOLVE_BEAT == 0) {
                // a selection of 100,000 takes a while to read: the job is alive, not orphaned
                jobs.beat(jobId);
            }
        } while (after != null);
        return identifiers;
    }

    /** Applies the action to a chunk in one transaction; on a refusal, product by product. Answers how many changed. */
    private int runChunk(BulkAction action, List<String> chunk, List<BulkActionFailure> failures) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                int changed = 0;
                for (String identifier : chunk) {
                    if (changes.apply(action, identifier)) {
                        changed++;
                    }
                }
                return changed;
            });
        } catch (RuntimeException chunkFailed) {
            int changed = 0;
            for (String identifier : chunk) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> changes.apply(action, identifier))) {
                        changed++;
                    }
                } catch (RuntimeException e) {
                    failures.add(failure(identifier, e));
                }
            }
            return changed;
        }
    }

    private static BulkActionFailure failure(String identifier, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return new BulkActionFailure(identifier, problem.getMessage(), problem.errors());
            }
            if (cause instanceof OptimisticLockException) {
                return new BulkActionFailure(identifier, "the product was changed by someone else at the same time; run the action again for it", List.of());
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Bulk action on product %s failed unexpectedly (error id %s)", identifier, errorId);
        return new BulkActionFailure(identifier, "an unexpected error occurred (error id " + errorId + ")", List.of());
    }

    /** Runs the job as the user who started it, so the status policy checks their rights and history names them. */
    private void actAs(String username) {
        identity.setIdentity(SecurityIdentities.actingAs(username));
    }
}
