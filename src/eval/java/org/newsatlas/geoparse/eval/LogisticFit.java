package org.newsatlas.geoparse.eval;

import java.util.List;
import org.newsatlas.geoparse.ConfidenceModel;

/**
 * Fits a {@link ConfidenceModel}'s weights by logistic regression: Newton's method (iteratively reweighted least
 * squares) on the log-likelihood with a small ridge penalty on every weight but the bias, which keeps the weights
 * of rare inputs (a handful of loose spellings) finite.
 */
final class LogisticFit {

    static final double RIDGE = 1.0;
    private static final int MAX_ITERATIONS = 50;

    private LogisticFit() {
    }

    static ConfidenceModel fit(List<ConfidenceModelCommand.Example> examples) {
        int k = ConfidenceModel.FEATURES.size();
        double[][] x = examples.stream().map(e -> e.decision().features()).toArray(double[][]::new);
        double[] w = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int n = 0; n < x.length; n++) {
                double p = 1 / (1 + Math.exp(-dot(w, x[n])));
                double y = examples.get(n).right() ? 1 : 0;
                double v = p * (1 - p);
                for (int i = 0; i < k; i++) {
                    gradient[i] += (y - p) * x[n][i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += v * x[n][i] * x[n][j];
                    }
                }
            }
            for (int i = 1; i < k; i++) {
                gradient[i] -= RIDGE * w[i];
                hessian[i][i] += RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < k; i++) {
                w[i] += step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < 1e-9) {
                break;
            }
        }
        return ConfidenceModel.of(w);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves {@code a·s = b} by Gaussian elimination with partial pivoting (a is positive definite here). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double f = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= f * m[col][c];
                }
            }
        }
        double[] s = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = m[i][n];
            for (int j = i + 1; j < n; j++) {
                sum -= m[i][j] * s[j];
            }
            s[i] = sum / m[i][i];
        }
        return s;
    }
}
