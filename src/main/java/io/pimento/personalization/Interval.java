package io.pimento.personalization;

/**
 * A figure of an experiment arm with its 95 % confidence interval: Wilson's interval for rates
 * (sound for small counts and rates near 0, unlike the normal approximation), the normal
 * approximation of the mean for order values.
 */
public record Interval(double value, double low, double high, long n) {

    private static final double Z = 1.959963984540054;

    /** {@code successes} out of {@code trials}; null value when there were no trials. */
    public static Interval rate(long successes, long trials) {
        if (trials == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half), trials);
    }

    /** The mean of values given by their count, sum and sum of squares (sample standard deviation). */
    public static Interval mean(long count, double sum, double sumOfSquares) {
        if (count == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / count;
        if (count == 1) {
            return new Interval(mean, Double.NaN, Double.NaN, 1);
        }
        double variance = Math.max(0, (sumOfSquares - count * mean * mean) / (count - 1));
        double half = Z * Math.sqrt(variance / count);
        return new Interval(mean, mean - half, mean + half, count);
    }
}
