package io.pimento.web.experiments;

import io.pimento.common.ProblemException;
import io.pimento.personalization.ExperimentService;
import io.pimento.personalization.Interval;
import io.pimento.ranking.Scoring;
import io.pimento.security.Role;
import io.pimento.targeting.rules.engine.Placement;
import io.pimento.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * {@code /ui/experiments}: each placement's experiment (holdout share, variant ranking) and its
 * report per arm, with confidence intervals drawn as bars; admins start, change and end them.
 */
@Path("/ui/experiments")
@RolesAllowed(Role.VIEWER_CODE)
@Produces(MediaType.TEXT_HTML)
public class ExperimentPages {

    /** One figure of an arm as the page shows it: the value and interval in words, and the bar's geometry (0-100). */
    public record Figure(String text, String range, double value, double low, double high, boolean known) {

        static Figure rate(Interval interval) {
            if (interval.n() == 0) {
                return new Figure("–", "no data yet", 0, 0, 0, false);
            }
            return new Figure(percent(interval.value()), "95 %: " + percent(interval.low()) + " – " + percent(interval.high()),
                    100 * interval.value(), 100 * interval.low(), 100 * interval.high(), true);
        }

        static Figure money(Interval interval, double scale) {
            if (interval.n() == 0) {
                return new Figure("–", "no purchase yet", 0, 0, 0, false);
            }
            String range = Double.isNaN(interval.low()) ? "one purchase" : "95 %: %.2f – %.2f".formatted(interval.low(), interval.high());
            double low = Double.isNaN(interval.low()) ? interval.value() : Math.max(0, interval.low());
            double high = Double.isNaN(interval.high()) ? interval.value() : interval.high();
            return new Figure("%.2f".formatted(interval.value()), range, 100 * interval.value() / scale, 100 * low / scale,
                    Math.min(100, 100 * high / scale), true);
        }

        /** Bar geometry in the chart's units: 450 for 100 %, starting at 170. */
        public String width() {
            return units(value * 4.5);
        }

        public String from() {
            return units(170 + low * 4.5);
        }

        public String to() {
            return units(170 + high * 4.5);
        }

        private static String units(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }

        private static String percent(double value) {
            return String.format(Locale.ROOT, "%.1f %%", 100 * value);
        }
    }

    public record ArmRow(String arm, String ranking, int offset, long impressions, long clicks, long visitors, Figure ctr, Figure addToCart,
                         Figure conversion, Figure orderValue) {
    }

    public record ExperimentView(String placement, String holdout, String variant, String since, List<ArmRow> arms) {
        public int chartHeight() {
            return arms.size() * 66 + 4;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ExperimentView> experiments, List<String> placements, List<String> rankings, String error);
    }

    private final ExperimentService experiments;

    ExperimentPages(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @GET
    public TemplateInstance index() {
        return page(null);
    }

    private TemplateInstance page(String error) {
        List<ExperimentView> views = experiments.list().stream().map(e -> view(experiments.report(e.placement()))).toList();
        return Templates.index(views, Placement.codes(), Scoring.variantCodes(), error);
    }

    private static ExperimentView view(ExperimentService.Report report) {
        double scale = report.arms().stream().mapToDouble(a -> a.averageOrderValue().n() == 0 ? 0
                : Math.max(a.averageOrderValue().value(), Double.isNaN(a.averageOrderValue().high()) ? 0 : a.averageOrderValue().high()))
                .max().orElse(1);
        List<ArmRow> arms = new java.util.ArrayList<>();
        for (ExperimentService.ArmReport a : report.arms()) {
            arms.add(new ArmRow(a.arm(), a.ranking(), arms.size() * 66, a.impressions(), a.clicks(), a.visitors(),
                    Figure.rate(a.clickThroughRate()), Figure.rate(a.addToCartRate()), Figure.rate(a.conversionRate()),
                    Figure.money(a.averageOrderValue(), scale <= 0 ? 1 : scale)));
        }
        String variant = report.variant() == null ? null
                : String.format(Locale.ROOT, "%.0f %% get %s", 100 * report.variant().share(), report.variant().ranking());
        return new ExperimentView(report.placement(), String.format(Locale.ROOT, "%.0f %%", 100 * report.holdout()), variant,
                report.from().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"), arms);
    }

    /**
     * Starts or changes an experiment (admin): {@code holdout} in percent; a {@code ranking} other
     * than none with {@code variant} percent of visitors tests that ranking against the learned one.
     */
    @POST
    @RolesAllowed(Role.ADMIN_CODE)
    public Response save(@FormParam("placement") String placement, @FormParam("holdout") String holdout,
                         @FormParam("variant") String variantShare, @FormParam("ranking") String ranking) {
        double share;
        double variant;
        try {
            share = percent(holdout);
        } catch (NumberFormatException e) {
            return Response.status(400).entity(page("The holdout is a percentage of visitors, from 0 to 100.")).build();
        }
        boolean withVariant = ranking != null && !ranking.isBlank() && !ranking.equals("none");
        try {
            variant = withVariant ? percent(variantShare) : 0;
        } catch (NumberFormatException e) {
            return Response.status(400).entity(page("The variant's share is a percentage of visitors, from 1 to 100.")).build();
        }
        try {
            experiments.put(placement == null ? "" : placement, share,
                    withVariant ? new ExperimentService.Variant(variant, ranking) : null);
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(e.getMessage())).build();
        }
        return Flash.redirect(URI.create("/ui/experiments"), Flash.Kind.SUCCESS, "Experiment on %s saved.".formatted(placement));
    }

    private static double percent(String value) {
        return Double.parseDouble(value == null ? "" : value.strip().replace("%", "")) / 100;
    }

    @POST
    @Path("/{placement}/end")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response end(@jakarta.ws.rs.PathParam("placement") String placement) {
        try {
            experiments.delete(placement);
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(e.getMessage())).build();
        }
        return Flash.redirect(URI.create("/ui/experiments"), Flash.Kind.SUCCESS, "Experiment on %s ended.".formatted(placement));
    }
}
