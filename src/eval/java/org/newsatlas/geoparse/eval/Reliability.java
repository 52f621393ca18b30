package org.newsatlas.geoparse.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How honest a system's confidence is: its toponyms binned by stated confidence (tenths), each bin's mean
 * confidence against the share that was right, and the expected calibration error (the bins' gaps weighted by
 * their share of toponyms; 0 is perfectly calibrated). Empty bins are left out.
 */
public record Reliability(List<Bin> bins, int count, double expectedCalibrationError) {

    /** One system toponym's stated confidence and whether it was right. */
    public record Outcome(double confidence, boolean right) {
    }

    /** Toponyms stated with confidence in {@code [from, to)} (the last bin includes 1.0). */
    public record Bin(double from, double to, int count, double meanConfidence, double accuracy) {

        double gap() {
            return Math.abs(accuracy - meanConfidence);
        }
    }

    static final int BINS = 10;
    static final Reliability NONE = new Reliability(List.of(), 0, Double.NaN);

    public static Reliability of(List<Outcome> outcomes) {
        int[] counts = new int[BINS];
        double[] confidence = new double[BINS];
        int[] right = new int[BINS];
        for (Outcome o : outcomes) {
            int bin = Math.min(BINS - 1, Math.max(0, (int) Math.floor(o.confidence() * BINS)));
            counts[bin]++;
            confidence[bin] += o.confidence();
            right[bin] += o.right() ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (counts[b] > 0) {
                Bin bin = new Bin((double) b / BINS, (double) (b + 1) / BINS, counts[b], confidence[b] / counts[b],
                        (double) right[b] / counts[b]);
                bins.add(bin);
                ece += bin.gap() * counts[b] / outcomes.size();
            }
        }
        return new Reliability(List.copyOf(bins), outcomes.size(), outcomes.isEmpty() ? Double.NaN : ece);
    }

    /** One line per non-empty bin: range, toponyms, mean confidence, share right. */
    public String format(String title) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d toponyms, expected calibration error %.3f%n", title, count, expectedCalibrationError));
        out.append(String.format(Locale.ROOT, "  %-11s %6s %10s %8s%n", "confidence", "N", "mean conf", "right"));
        for (Bin bin : bins) {
            out.append(String.format(Locale.ROOT, "  %.1f–%.1f%s %6d %10.3f %8.3f%n", bin.from(), bin.to(),
                    bin.to() >= 1.0 ? "]" : ")", bin.count(), bin.meanConfidence(), bin.accuracy()));
        }
        return out.toString();
    }
}
