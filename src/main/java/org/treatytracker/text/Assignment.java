package org.treatytracker.text;

import java.util.Arrays;

/**
 * The assignment of rows to columns that maximises the total score (the Hungarian method, O(n³)); a pair scored
 * negative infinity is never made. Plain Java, for {@link ProvisionMatcher}: a reading has at most a few hundred
 * provisions of a kind.
 */
final class Assignment {

    private Assignment() {
    }

    /** For each row, its column, or -1 when it is left unassigned. */
    static int[] maximise(double[][] score) {
        int rows = score.length;
        int cols = rows == 0 ? 0 : score[0].length;
        int n = Math.max(rows, cols);
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) {
            return result;
        }
        double max = 0;
        for (double[] row : score) {
            for (double v : row) {
                if (v != Double.NEGATIVE_INFINITY) {
                    max = Math.max(max, v);
                }
            }
        }
        // Costs to minimise: a forbidden or padded pair costs more than any allowed one, so it is taken only when
        // nothing else is left, and then dropped.
        double forbidden = n * (max + 1);
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                boolean real = i <= rows && j <= cols && score[i - 1][j - 1] != Double.NEGATIVE_INFINITY;
                cost[i][j] = real ? max - score[i - 1][j - 1] : forbidden;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j];
            if (i >= 1 && i <= rows && j <= cols && score[i - 1][j - 1] != Double.NEGATIVE_INFINITY) {
                result[i - 1] = j - 1;
            }
        }
        return result;
    }
}
