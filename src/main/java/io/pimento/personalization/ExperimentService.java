package io.pimento.personalization;

import io.pimento.common.DatabaseTimes;
import io.pimento.common.BadRequestException;
import io.pimento.common.NotFoundException;
import io.pimento.ranking.Scoring;
import io.pimento.targeting.rules.engine.Placement;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Placement experiments: which share of visitors each placement holds out of personalization,
 * which share gets a variant ranking instead of the learned one, and the report comparing the arms
 * from the attributed impressions, clicks, cart additions and purchases. The settings are read
 * from PostgreSQL at most every few seconds per instance.
 */
@ApplicationScoped
public class ExperimentService {

    private static final long CACHE_MILLIS = 5_000;

    /** A second ranking tested against the learned one: the share of visitors who get it, and its code ({@link Scoring}). */
    public record Variant(double share, String ranking) {
    }

    /** A placement's experiment: the held-out share, the variant (null: none), since when. */
    public record Experiment(String placement, double holdout, Variant variant, Instant startedAt) {

        Scoring variantScoring() {
            return variant == null ? Scoring.LEARNED : Scoring.fromCode(variant.ranking()).orElse(Scoring.LEARNED);
        }
    }

    /** Which arm a visitor is in, and the ranking that arm serves (the learned one unless it is the variant's). */
    public record Assignment(Arm arm, Scoring scoring) {
        static final Assignment DEFAULT = new Assignment(Arm.PERSONALIZED, Scoring.LEARNED);
    }

    /** One arm's figures: rates with their 95 % intervals, and the average order value; {@code ranking} is null for the holdout. */
    public record ArmReport(String arm, String ranking, long impressions, long clicks, Interval clickThroughRate, long visitors,
                            Interval addToCartRate, Interval conversionRate, Interval averageOrderValue) {
    }

    public record Report(String placement, double holdout, Variant variant, Instant from, List<ArmReport> arms) {
    }

    private record Cached(Map<String, Experiment> experiments, long readAt) {
    }

    private final EntityManager entityManager;
    private volatile Cached cached = new Cached(Map.of(), 0);

    ExperimentService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The arm of a visitor (or session) on a placement: personalized by the learned ranker unless
     * the placement runs an experiment that holds them out or gives them its variant ranking.
     */
    public Assignment assign(String placement, String visitor, String session) {
        Experiment experiment = experiments().get(placement);
        if (experiment == null) {
            return Assignment.DEFAULT;
        }
        Arm arm = Arm.of(placement, visitor != null ? visitor : session, experiment.holdout(),
                experiment.variant() == null ? 0 : experiment.variant().share());
        return new Assignment(arm, arm == Arm.VARIANT ? experiment.variantScoring() : Scoring.LEARNED);
    }

    private Map<String, Experiment> experiments() {
        Cached current = cached;
        if (System.currentTimeMillis() - current.readAt() < CACHE_MILLIS) {
            return current.experiments();
        }
        Map<String, Experiment> read = list().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Experiment::placement, e -> e));
        cached = new Cached(read, System.currentTimeMillis());
        return read;
    }

    @SuppressWarnings("unchecked")
    public List<Experiment> list() {
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> entityManager.createNativeQuery(
                "select placement, holdout, variant_share, variant_ranking, started_at from placement_experiment order by placement")
                .getResultList());
        return rows.stream().map(r -> new Experiment((String) r[0], ((Number) r[1]).doubleValue(),
                r[3] == null ? null : new Variant(((Number) r[2]).doubleValue(), (String) r[3]), DatabaseTimes.instant(r[4]))).toList();
    }

    public Experiment get(String placement) {
        return list().stream().filter(e -> e.placement().equals(placement)).findFirst()
                .orElseThrow(() -> new NotFoundException("placement '%s' runs no experiment".formatted(placement)));
    }

    /**
     * Starts or changes a placement's experiment; a changed share or variant restarts the report
     * from now (the arms' visitors changed). Returns whether it was new.
     *
     * @param variant a second ranking for a share of visitors, or null for holdout against the learned ranker only
     */
    public boolean put(String placement, Double holdout, Variant variant) {
        known(placement);
        if (holdout == null || holdout.isNaN() || holdout < 0 || holdout > 1) {
            throw BadRequestException.of("holdout", "holdout is the share of visitors held out of personalization, from 0 to 1 (0.1: 10 %)");
        }
        if (variant != null) {
            if (Double.isNaN(variant.share()) || variant.share() <= 0 || variant.share() > 1) {
                throw BadRequestException.of("variant.share", "variant.share is the share of visitors who get the variant ranking, above 0 and up to 1 (0.45: 45 %)");
            }
            if (holdout + variant.share() > 1 + 1e-9) {
                throw BadRequestException.of("variant.share", "holdout and variant.share together cover %s of visitors; they can cover at most all of them (1)"
                        .formatted(BigDecimal.valueOf(holdout + variant.share()).stripTrailingZeros().toPlainString()));
            }
            Scoring scoring = Scoring.fromCode(variant.ranking()).orElse(null);
            if (scoring == null || scoring == Scoring.LEARNED) {
                throw BadRequestException.of("variant.ranking", "variant.ranking is the ranking tested against the learned one: one of %s"
                        .formatted(String.join(", ", Scoring.variantCodes())));
            }
        }
        boolean created = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        insert into placement_experiment (placement, holdout, variant_share, variant_ranking) values (:p, :h, :vs, :vr)
                        on conflict (placement) do update set holdout = excluded.holdout, variant_share = excluded.variant_share,
                          variant_ranking = excluded.variant_ranking, updated_at = now(),
                          started_at = case when placement_experiment.holdout = excluded.holdout
                                              and placement_experiment.variant_share = excluded.variant_share
                                              and placement_experiment.variant_ranking is not distinct from excluded.variant_ranking
                                            then placement_experiment.started_at else now() end
                        returning (xmax = 0)""")
                .setParameter("p", placement).setParameter("h", BigDecimal.valueOf(holdout))
                .setParameter("vs", BigDecimal.valueOf(variant == null ? 0 : variant.share()))
                .setParameter("vr", variant == null ? null : variant.ranking())
                .getSingleResult()) instanceof Boolean b && b;
        cached = new Cached(Map.of(), 0);
        return created;
    }

    public void delete(String placement) {
        known(placement);
        int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "delete from placement_experiment where placement = :p").setParameter("p", placement).executeUpdate());
        cached = new Cached(Map.of(), 0);
        if (deleted == 0) {
            throw new NotFoundException("placement '%s' runs no experiment".formatted(placement));
        }
    }

    /**
     * Per arm since the experiment started: impressions and clicks of the responses the arm served
     * (by response id); among the visitors it showed something to, the share who added to cart and
     * who bought after their first impression, and the average value of those purchases.
     */
    public Report report(String placement) {
        Experiment experiment = get(placement);
        List<ArmReport> arms = new ArrayList<>();
        for (Arm arm : Arm.values()) {
            if (arm == Arm.VARIANT && experiment.variant() == null) {
                continue;
            }
            Object[] row = QuarkusTransaction.joiningExisting().call(() -> (Object[]) entityManager.createNativeQuery("""
                            with shown as (
                              select visitor, min(occurred_at) as first_seen from visitor_event
                              where type = 'impression' and response_id like :prefix and occurred_at >= :from and visitor is not null
                              group by visitor),
                            buys as (
                              select e.visitor, (e.data->>'value')::numeric as value from visitor_event e join shown s on s.visitor = e.visitor
                              where e.type = 'purchase' and e.occurred_at >= s.first_seen)
                            select
                              (select count(*) from visitor_event where type = 'impression' and response_id like :prefix and occurred_at >= :from),
                              (select count(*) from visitor_event where type = 'click' and response_id like :prefix and occurred_at >= :from),
                              (select count(*) from shown),
                              (select count(distinct e.visitor) from visitor_event e join shown s on s.visitor = e.visitor
                                 where e.type = 'add_to_cart' and e.occurred_at >= s.first_seen),
                              (select count(distinct visitor) from buys),
                              (select count(value) from buys),
                              (select coalesce(sum(value), 0) from buys),
                              (select coalesce(sum(value * value), 0) from buys)""")
                    .setParameter("prefix", arm.responsePrefix(placement).replace("_", "\\_") + "%")
                    .setParameter("from", Timestamp.from(experiment.startedAt()))
                    .getSingleResult());
            long impressions = ((Number) row[0]).longValue();
            long clicks = ((Number) row[1]).longValue();
            long visitors = ((Number) row[2]).longValue();
            String ranking = switch (arm) {
                case PERSONALIZED -> Scoring.LEARNED.code();
                case VARIANT -> experiment.variant().ranking();
                case HOLDOUT -> null;
            };
            arms.add(new ArmReport(arm.code(), ranking, impressions, clicks, Interval.rate(Math.min(clicks, impressions), impressions), visitors,
                    Interval.rate(((Number) row[3]).longValue(), visitors), Interval.rate(((Number) row[4]).longValue(), visitors),
                    Interval.mean(((Number) row[5]).longValue(), ((Number) row[6]).doubleValue(), ((Number) row[7]).doubleValue())));
        }
        return new Report(placement, experiment.holdout(), experiment.variant(), experiment.startedAt(), arms);
    }

    private static void known(String placement) {
        if (Placement.fromCode(placement).isEmpty()) {
            throw new NotFoundException("unknown placement '%s'; placements are %s".formatted(placement, String.join(", ", Placement.codes())));
        }
    }

}
