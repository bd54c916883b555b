package io.pimento.personalization;

import io.pimento.common.DatabaseTimes;
import io.pimento.ranking.Click;
import io.pimento.ranking.RankingModel;
import io.pimento.ranking.RankingOptions;
import io.pimento.ranking.SessionLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The personalized ranker of this instance: trained from the consented product events of the last
 * {@code window} in PostgreSQL, retrained every {@code retrain-every} or when another instance
 * trained more recently (the shared {@code ranking_model} row), so that every instance ranks with
 * a model of the same data. Requests read the current model; a training replaces it whole.
 */
@ApplicationScoped
public class RankingService {

    private static final Logger LOG = Logger.getLogger(RankingService.class);
    private static final String CLICKS = """
            select session, product, extract(epoch from occurred_at) from visitor_event
            where personalization and session is not null and product is not null
              and type in ('view', 'click', 'add_to_cart') and occurred_at >= ?
            order by session, occurred_at, id""";

    /** How often each product was shown (consented impressions in the window): the exploration bandit's evidence. */
    private static final String IMPRESSIONS = """
            select p.product, count(*) from visitor_event e cross join lateral jsonb_array_elements_text(e.data->'products') p(product)
            where e.type = 'impression' and e.personalization and e.occurred_at >= ?
            group by p.product""";

    private record Trained(RankingModel model, RankingStatus status, Map<String, Integer> impressions) {
    }

    private final EntityManager entityManager;
    private final PersonalizationConfig config;
    private final Clock clock = Clock.systemUTC();
    private volatile Trained current;
    private volatile boolean retrainSoon;

    RankingService(EntityManager entityManager, PersonalizationConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** The model placements rank with; empty until one was trained on enough sessions. */
    public Optional<RankingModel> model() {
        Trained trained = current;
        return trained == null || trained.model() == null ? Optional.empty() : Optional.of(trained.model());
    }

    /** How often each product was shown in the training window, by identifier (as of the last training). */
    public Map<String, Integer> impressions() {
        Trained trained = current;
        return trained == null ? Map.of() : trained.impressions();
    }

    public RankingStatus status() {
        Trained trained = current;
        Instant shared = sharedTrainedAt();
        if (trained == null) {
            return new RankingStatus(false, null, 0, 0, 0, 0, null, null, shared, "not trained since this instance started");
        }
        RankingStatus s = trained.status();
        return new RankingStatus(s.trained(), s.trainedAt(), s.seconds(), s.sessions(), s.clicks(), s.items(), s.firstEvent(),
                s.lastEvent(), shared, s.note());
    }

    /** Trains now from the events in PostgreSQL and puts the model in service; answers when done. */
    public synchronized RankingStatus train() {
        // PostgreSQL keeps microseconds and rounds: the shared time read back must equal this
        // instance's, or keepUp sees a newer shared model and retrains again, forever
        Instant started = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long t0 = System.nanoTime();
        List<Click> clicks = QuarkusTransaction.requiringNew().call(() -> clicks(started.minus(config.window())));
        Map<String, Integer> impressions = QuarkusTransaction.requiringNew().call(() -> impressions(started.minus(config.window())));
        SessionLog log = SessionLog.of(clicks);
        int learnable = (int) log.sessions().stream().filter(s -> s.length() >= 2).count();
        RankingModel model = null;
        String note;
        if (learnable < config.minSessions()) {
            note = "%d sessions with two product events or more; at least %d are needed to learn (pimento.personalization.min-sessions)"
                    .formatted(learnable, config.minSessions());
        } else {
            model = RankingModel.train(log, RankingOptions.DEFAULT);
            note = "trained";
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Instant first = clicks.isEmpty() ? null : Instant.ofEpochMilli((long) (log.sessions().stream()
                .mapToDouble(SessionLog.Session::start).min().orElse(0) * 1000));
        Instant last = clicks.isEmpty() ? null : Instant.ofEpochMilli((long) (log.lastTime() * 1000));
        RankingStatus status = new RankingStatus(model != null, started, seconds, log.sessions().size(), clicks.size(),
                log.itemCount(), first, last, null, note);
        current = new Trained(model, status, impressions);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into ranking_model (id, trained_at, seconds, sessions, clicks, items, first_event, last_event)
                        values (1, :at, :seconds, :sessions, :clicks, :items, :first, :last)
                        on conflict (id) do update set trained_at = excluded.trained_at, seconds = excluded.seconds,
                          sessions = excluded.sessions, clicks = excluded.clicks, items = excluded.items,
                          first_event = excluded.first_event, last_event = excluded.last_event""")
                .setParameter("at", started).setParameter("seconds", seconds).setParameter("sessions", status.sessions())
                .setParameter("clicks", status.clicks()).setParameter("items", status.items())
                .setParameter("first", first).setParameter("last", last)
                .executeUpdate());
        LOG.infof("Ranker %s: %d sessions, %d product events, %d products, in %.1f s", note, status.sessions(), status.clicks(),
                status.items(), seconds);
        return status();
    }

    /** Asks for a training at the next check (within a minute): after an erasure, the model forgets the visitor's events. */
    public void retrainSoon() {
        retrainSoon = true;
    }

    /** Retrains when this instance's model is older than the period or than another instance's. */
    @Scheduled(identity = "ranking-retrain", every = "60s", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepUp() {
        if (!config.enabled()) {
            return;
        }
        Trained trained = current;
        Instant shared = sharedTrainedAt();
        boolean due = retrainSoon || trained == null
                ? shared != null || hasEvents()
                : trained.model() == null // too little to learn from last time: cheap to try again
                || trained.status().trainedAt().plus(config.retrainEvery()).isBefore(clock.instant())
                || shared != null && shared.isAfter(trained.status().trainedAt());
        if (due) {
            retrainSoon = false;
            try {
                train();
            } catch (RuntimeException e) {
                LOG.warn("Training the ranker failed; placements keep the previous model", e);
            }
        }
    }

    private boolean hasEvents() {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "select 1 from visitor_event where personalization and product is not null limit 1").getResultList().isEmpty());
    }

    private Instant sharedTrainedAt() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select trained_at from ranking_model where id = 1").getResultList());
        if (rows.isEmpty()) {
            return null;
        }
        return DatabaseTimes.instant(rows.get(0));
    }

    private Map<String, Integer> impressions(Instant since) {
        Map<String, Integer> impressions = new java.util.HashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(IMPRESSIONS)) {
                select.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        impressions.put(rows.getString(1), (int) Math.min(Integer.MAX_VALUE, rows.getLong(2)));
                    }
                }
            }
        });
        return Map.copyOf(impressions);
    }

    private List<Click> clicks(Instant since) {
        List<Click> clicks = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CLICKS)) {
                select.setFetchSize(10_000);
                select.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        clicks.add(new Click(rows.getString(1), rows.getString(2), rows.getDouble(3)));
                    }
                }
            }
        });
        return clicks;
    }
}
