package io.storyline.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text file of a learned logistic decision (the story pair model, the claim pair model): {@code #}
 * header lines saying how it was trained, one {@code name TAB value} line per threshold, {@code bias TAB
 * weight}, then one {@code feature TAB mean TAB scale TAB weight} line per standardised feature, in the
 * model's feature order.
 *
 * <p>Immutable: the accessors return copies.
 */
public final class LogisticModelFile {

    private final List<String> header;
    private final Map<String, Double> thresholds;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights;

    /**
     * A model file.
     *
     * @param header the header lines, without their {@code #}
     * @param thresholds the thresholds by name, in file order
     * @param mean each feature's mean
     * @param scale each feature's scale
     * @param weights the bias, then one weight per feature
     */
    public LogisticModelFile(
            List<String> header, Map<String, Double> thresholds, double[] mean, double[] scale, double[] weights) {
        if (mean.length != scale.length || weights.length != mean.length + 1) {
            throw new IllegalArgumentException("need as many means and scales as features and one weight more, got "
                    + mean.length + ", " + scale.length + ", " + weights.length);
        }
        this.header = List.copyOf(header);
        this.thresholds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
    }

    public List<String> header() {
        return header;
    }

    /** The thresholds by name, in file order. */
    public Map<String, Double> thresholds() {
        return thresholds;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] scale() {
        return scale.clone();
    }

    /** The bias, then one weight per feature. */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * Reads a model file of {@code features}; {@code thresholds} gives each threshold's default, NaN for
     * one the file must give.
     *
     * @param what the model's name in error messages
     * @throws IOException naming the line and the reason when the file is not such a model
     */
    public static LogisticModelFile read(
            InputStream in, String what, List<String> features, Map<String, Double> thresholds) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lines.add(line);
        }
        return read(lines, what, features, thresholds);
    }

    /**
     * Reads a model file's {@code lines} (the first of the file, numbered from 1 in errors), as {@link
     * #read(InputStream, String, List, Map)} does.
     */
    public static LogisticModelFile read(
            List<String> lines, String what, List<String> features, Map<String, Double> thresholds) throws IOException {
        List<String> header = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>(thresholds);
        List<String> required = new ArrayList<>();
        thresholds.forEach((k, v) -> {
            if (v.isNaN()) {
                required.add(k);
            }
        });
        double bias = Double.NaN;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.startsWith("#")) {
                header.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f[0].equals("bias") && f.length == 2) {
                    bias = Double.parseDouble(f[1]);
                } else if (thresholds.containsKey(f[0]) && f.length == 2) {
                    values.put(f[0], Double.parseDouble(f[1]));
                } else if (f.length == 4 && rows.size() < features.size() && f[0].equals(features.get(rows.size()))) {
                    rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])
                    });
                } else {
                    List<String> expected = new ArrayList<>(required);
                    expected.add("bias or feature "
                            + (rows.size() < features.size() ? features.get(rows.size()) : "(none left)"));
                    throw new IOException(what + " line " + n + ": expected " + String.join(", ", expected)
                            + " with mean, scale and weight, got \"" + line + "\"");
                }
            } catch (NumberFormatException e) {
                throw new IOException(what + " line " + n + ": not a number in \"" + line + "\"", e);
            }
        }
        requireComplete(what, bias, rows.size(), features.size(), required, values);
        return of(header, values, bias, rows);
    }

    /** Fails, naming what is missing, unless the bias, every required threshold and every feature were read. */
    private static void requireComplete(
            String what, double bias, int rows, int features, List<String> required, Map<String, Double> values)
            throws IOException {
        boolean missing = Double.isNaN(bias) || rows != features;
        for (String k : required) {
            Double v = values.get(k);
            missing |= v == null || v.isNaN();
        }
        if (missing) {
            List<String> lines = new ArrayList<>(List.of("bias"));
            lines.addAll(required);
            String need = lines.size() == 1
                    ? lines.get(0)
                    : String.join(", ", lines.subList(0, lines.size() - 1)) + " and " + lines.get(lines.size() - 1);
            throw new IOException(what + ": need " + need + " lines and " + features + " feature lines, got " + rows);
        }
    }

    /** The model of the rows read: each feature's mean, scale and weight, after the bias. */
    private static LogisticModelFile of(
            List<String> header, Map<String, Double> values, double bias, List<double[]> rows) {
        double[] mean = new double[rows.size()];
        double[] scale = new double[rows.size()];
        double[] w = new double[rows.size() + 1];
        w[0] = bias;
        for (int i = 0; i < rows.size(); i++) {
            mean[i] = rows.get(i)[0];
            scale[i] = rows.get(i)[1];
            w[i + 1] = rows.get(i)[2];
        }
        return new LogisticModelFile(header, values, mean, scale, w);
    }

    /**
     * The threshold called {@code name}.
     *
     * @throws IllegalArgumentException if the file has none of that name
     */
    public double threshold(String name) {
        Double v = thresholds.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no threshold " + name + " (have " + thresholds.keySet() + ")");
        }
        return v;
    }

    /** The file {@link #read} reads back, header first, the features named by {@code features}. */
    public String write(List<String> features) {
        StringBuilder b = new StringBuilder();
        header.forEach(c -> b.append("# ").append(c).append('\n'));
        thresholds.forEach((k, v) -> b.append(k).append('\t').append(fmt(v)).append('\n'));
        b.append("bias\t").append(fmt(weights[0])).append('\n');
        for (int i = 0; i < mean.length; i++) {
            b.append(features.get(i))
                    .append('\t')
                    .append(fmt(mean[i]))
                    .append('\t')
                    .append(fmt(scale[i]))
                    .append('\t')
                    .append(fmt(weights[i + 1]))
                    .append('\n');
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
