package io.pimento.personalization;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Thompson sampling among new products: each is a Bernoulli arm (shown, clicked or not) with a
 * Beta(1 + clicks, 1 + impressions - clicks) belief; the arm whose sampled click rate is highest
 * gets the exploration slot. A product never shown has the widest belief and gets its turns; one
 * shown often without clicks gets fewer; one that draws clicks more. Pure and deterministic for a
 * given seed (the visitor and the hour, so one visitor's page is stable for the hour).
 */
final class Bandit {

    /** What is known of one arm. */
    record Arm(int impressions, int clicks) {
    }

    private Bandit() {
    }

    /** The index of the arm to show; -1 for none. */
    static int choose(List<Arm> arms, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int best = -1;
        double bestDraw = -1;
        for (int i = 0; i < arms.size(); i++) {
            Arm arm = arms.get(i);
            int clicks = Math.max(0, arm.clicks());
            double draw = beta(1 + clicks, 1 + Math.max(0, arm.impressions() - clicks), random);
            if (draw > bestDraw) {
                best = i;
                bestDraw = draw;
            }
        }
        return best;
    }

    /** A draw from Beta(a, b): X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    static double beta(double a, double b, SplittableRandom random) {
        double x = gamma(a, random);
        double y = gamma(b, random);
        return x / (x + y);
    }

    /** A draw from Gamma(shape, 1), Marsaglia and Tsang's method (shape >= 1 here). */
    static double gamma(double shape, SplittableRandom random) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
