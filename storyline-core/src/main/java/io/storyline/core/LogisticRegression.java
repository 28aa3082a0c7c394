package io.storyline.core;

import java.util.List;

/**
 * Fits the weights of a logistic regression with an L2 penalty by Newton's method: the solver shared by
 * the learned decisions (the story pair model, the claim pair model). Callers standardise their
 * features and keep the means and scales; this class only finds the weights. Stateless.
 */
public final class LogisticRegression {

    private LogisticRegression() {}

    /**
     * The weights (bias first, then one per feature) that maximise the weighted log-likelihood of
     * {@code y} given the rows {@code z}, minus {@code l2 / 2} times the squared weights (the bias is
     * not penalised). Stops after {@code iterations} Newton steps or when no weight moves by 1e-6.
     *
     * @param z the standardised feature rows, all of one length
     * @param y the labels, one per row
     * @param weight each row's weight
     * @throws IllegalArgumentException if the sizes disagree or there are no rows
     */
    public static double[] fit(List<double[]> z, List<Boolean> y, double[] weight, double l2, int iterations) {
        if (z.isEmpty() || z.size() != y.size() || y.size() != weight.length) {
            throw new IllegalArgumentException("need as many labels and weights as rows (at least one), got " + z.size()
                    + ", " + y.size() + ", " + weight.length);
        }
        int d = z.get(0).length;
        double[] w = new double[d + 1];
        for (int iter = 0; iter < iterations; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (int k = 0; k < z.size(); k++) {
                double[] row = z.get(k);
                if (row.length != d) {
                    throw new IllegalArgumentException("row " + k + " has " + row.length + " features, not " + d);
                }
                double s = w[0];
                for (int i = 0; i < d; i++) {
                    s += w[i + 1] * row[i];
                }
                double p = 1 / (1 + Math.exp(-s));
                double g = weight[k] * ((y.get(k) ? 1 : 0) - p);
                double h = weight[k] * p * (1 - p);
                for (int i = 0; i <= d; i++) {
                    double zi = i == 0 ? 1 : row[i - 1];
                    grad[i] += g * zi;
                    for (int j = 0; j <= d; j++) {
                        hess[i][j] += h * zi * (j == 0 ? 1 : row[j - 1]);
                    }
                }
            }
            for (int i = 1; i <= d; i++) {
                grad[i] -= l2 * w[i];
                hess[i][i] += l2;
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int i = 0; i <= d; i++) {
                w[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            double pivot = Math.abs(m[c][c]) < 1e-12 ? 1e-12 : m[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / pivot;
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] out = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * out[k];
            }
            out[i] = s / (Math.abs(m[i][i]) < 1e-12 ? 1e-12 : m[i][i]);
        }
        return out;
    }
}
