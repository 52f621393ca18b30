package org.newsatlas.geoparse.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Resolution scores over the errors (km) of the recognised gold toponyms that have coordinates:
 * mean and median error, acc@161 (share of errors below 161 km) and AUC (trapezoid integral of the
 * sorted ln(error + 1), divided by ln(20039) x (N - 1); 0..1, lower is better). Scores of an empty
 * list are NaN; AUC needs at least two errors.
 */
public record ResolutionScore(int count, double meanKm, double medianKm, double accuracyAt161, double auc) {

    static final double ACCURACY_RADIUS_KM = 161;
    static final double AUC_MAX_ERROR_KM = 20039;

    public static ResolutionScore of(List<Double> errorsKm) {
        double[] sorted = errorsKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return new ResolutionScore(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(sorted).average().orElseThrow();
        double accurate = Arrays.stream(sorted).filter(error -> error < ACCURACY_RADIUS_KM).count();
        return new ResolutionScore(n, mean, median(sorted), accurate / n, auc(sorted));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double auc(double[] sorted) {
        int n = sorted.length;
        if (n < 2) {
            return Double.NaN;
        }
        double area = 0;
        for (int i = 1; i < n; i++) {
            area += (Math.log(sorted[i - 1] + 1) + Math.log(sorted[i] + 1)) / 2;
        }
        return area / (Math.log(AUC_MAX_ERROR_KM) * (n - 1));
    }
}
