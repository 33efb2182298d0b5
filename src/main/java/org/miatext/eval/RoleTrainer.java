package org.miatext.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.miatext.MiaText;
import org.miatext.parse.BlockRoles;
import org.miatext.parse.TreeBuilder;

/**
 * Fits the weights of the quote model ({@link BlockRoles}) by logistic regression over a corpus
 * folder with expected structure. Each body block is one example: its features (the block
 * before it taking its expected role) and whether the truth says it is a quote.
 */
public final class RoleTrainer {

    /** One block: its features and whether it is a quote. */
    public record Example(double[] features, boolean quote) {
    }

    /** Fitted weights and how well they do on the examples. */
    public record Model(double bias, double[] weights, int examples, double precision, double recall) {

        /** The weights as Java source, ready to paste into {@code BlockRoles}. */
        public String asJava() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "    static final double BIAS = %.3f;%n", bias));
            sb.append("    static final double[] WEIGHTS = {\n");
            BlockRoles.Feature[] features = BlockRoles.Feature.values();
            for (int i = 0; i < features.length; i++) {
                sb.append(String.format(Locale.ROOT, "        /* %-20s */ %.3f,%n", features[i].name(), weights[i]));
            }
            sb.append("    };\n");
            return sb.toString();
        }
    }

    private RoleTrainer() {
    }

    /** The examples of every chapter of a corpus folder (its {@code texts/} variant). */
    public static List<Example> examples(Path corpus) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> truths;
        try (Stream<Path> list = Files.list(corpus.resolve("truth"))) {
            truths = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        TreeBuilder builder = new TreeBuilder();
        for (Path truthFile : truths) {
            String id = truthFile.getFileName().toString().replaceFirst("\\.json$", "");
            Path textFile = corpus.resolve("texts").resolve(id + ".txt");
            if (!Files.exists(textFile)) {
                continue;
            }
            String text = MiaText.readUtf8(textFile);
            Truth truth = Truth.read(Files.readString(truthFile), text, false);
            examples.addAll(examples(builder, text, truth));
        }
        return examples;
    }

    /** The examples of one chapter. */
    public static List<Example> examples(TreeBuilder builder, String text, Truth truth) {
        Set<Integer> quotes = lines(truth.quotes());
        Set<Integer> headings = lines(truth.headings(false));
        List<Example> examples = new ArrayList<>();
        for (List<TreeBuilder.BodyBlock> run : builder.bodyRuns(text)) {
            for (int k = 0; k < run.size(); k++) {
                TreeBuilder.BodyBlock block = run.get(k);
                if (headings.contains(block.line()) || block.candidate().tableRow()) {
                    continue;
                }
                TreeBuilder.BodyBlock previous = k == 0 ? null : run.get(k - 1);
                BlockRoles.Role previousRole = previous == null ? null
                        : quotes.contains(previous.line()) ? BlockRoles.Role.QUOTE
                        : headings.contains(previous.line()) ? BlockRoles.Role.HEADING : BlockRoles.Role.PARAGRAPH;
                double[] f = BlockRoles.features(run.stream().map(TreeBuilder.BodyBlock::candidate).toList(), k,
                        previousRole);
                examples.add(new Example(f, quotes.contains(block.line())));
            }
        }
        return examples;
    }

    private static Set<Integer> lines(List<Truth.Item> items) {
        Set<Integer> lines = new HashSet<>();
        items.forEach(i -> lines.add(i.line()));
        return lines;
    }

    /**
     * Fits the weights (the mean of {@link #ORDERS} perceptrons, see {@link #bagged}), then refines
     * them (bias included) by coordinate ascent on the quote F1 of the decoded chapters (see
     * {@link #refine}).
     */
    public static Model train(Path corpus) throws IOException {
        return train(corpus, true);
    }

    /** As {@link #train(Path)}, by perceptron or (when {@code perceptron} is false) logistic regression. */
    public static Model train(Path corpus, boolean perceptron) throws IOException {
        List<Path> truths;
        try (Stream<Path> list = Files.list(corpus.resolve("truth"))) {
            truths = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        List<Truth> expected = new ArrayList<>();
        for (Path truthFile : truths) {
            Path textFile = corpus.resolve("texts").resolve(truthFile.getFileName().toString().replaceFirst("\\.json$", ".txt"));
            if (Files.exists(textFile)) {
                String text = MiaText.readUtf8(textFile);
                texts.add(text);
                expected.add(Truth.read(Files.readString(truthFile), text, false));
            }
        }
        if (!perceptron) {
            Model fitted = fit(examples(corpus));
            return measured(texts, expected, refine(texts, expected, fitted), fitted.examples());
        }
        return train(texts, expected);
    }

    /** Fits and refines the weights over the given chapters and their expected structure. */
    public static Model train(List<String> texts, List<Truth> expected) {
        Model fitted = bagged(texts, expected);
        return measured(texts, expected, refine(texts, expected, fitted), fitted.examples());
    }

    private static Model measured(List<String> texts, List<Truth> expected, Model refined, int examples) {
        TreeBuilder builder = new TreeBuilder(new BlockRoles(refined.bias(), refined.weights()));
        Evaluation.Score total = new Evaluation.Score(0, 0, 0);
        for (int i = 0; i < texts.size(); i++) {
            Evaluation.Result result = Evaluation.compare(builder.build(texts.get(i), "corpus"), expected.get(i), false);
            total = total.plus(result.scores().get("quotes"));
        }
        return new Model(refined.bias(), refined.weights(), examples, total.precision(), total.recall());
    }

    /** The smallest gain in corpus quote F1 for which {@link #refine} takes a step. */
    static final double MIN_GAIN = 0.0005;

    /**
     * Coordinate ascent on the quote F1 over the body runs of the corpus, decoded as the parser
     * decodes them: the perceptron minimises mistakes on whole runs, which is not quite the
     * measure, and in particular it under-rates the features that carry a quotation on (a
     * quotation run on wrongly costs several mistakes at once). Starting from the fitted weights,
     * each weight and the bias in turn is moved by a step of 1, then 0.5, then 0.25 either way,
     * and a move is kept when it raises the F1 by at least {@link #MIN_GAIN}; passes repeat until
     * none is kept (at most ten). Weights stay readable multiples of a quarter away from the fit.
     */
    static Model refine(List<String> texts, List<Truth> expected, Model fitted) {
        TreeBuilder plain = new TreeBuilder();
        List<List<BlockRoles.Candidate>> runs = new ArrayList<>();
        List<boolean[]> gold = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            Set<Integer> quotes = lines(expected.get(c).quotes());
            for (List<TreeBuilder.BodyBlock> run : plain.bodyRuns(texts.get(c))) {
                runs.add(run.stream().map(TreeBuilder.BodyBlock::candidate).toList());
                boolean[] flags = new boolean[run.size()];
                for (int k = 0; k < run.size(); k++) {
                    flags[k] = quotes.contains(run.get(k).line());
                }
                gold.add(flags);
            }
        }
        int n = fitted.weights().length;
        double[] p = java.util.Arrays.copyOf(fitted.weights(), n + 1);
        p[n] = fitted.bias();
        double best = runF1(runs, gold, p);
        double[] steps = {1.0, 0.5, 0.25};
        for (int pass = 0; pass < 10; pass++) {
            boolean moved = false;
            for (double step : steps) {
                for (int j = 0; j <= n; j++) {
                    for (int sign = -1; sign <= 1; sign += 2) {
                        double old = p[j];
                        p[j] = old + sign * step;
                        double f1 = runF1(runs, gold, p);
                        if (f1 >= best + MIN_GAIN) {
                            best = f1;
                            moved = true;
                        } else {
                            p[j] = old;
                        }
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        return new Model(p[n], java.util.Arrays.copyOf(p, n), fitted.examples(), 0, 0);
    }

    /** Quote F1 of the decoded runs against the expected quote flags ({@code p}: weights, then bias). */
    private static double runF1(List<List<BlockRoles.Candidate>> runs, List<boolean[]> gold, double[] p) {
        int n = p.length - 1;
        BlockRoles model = new BlockRoles(p[n], java.util.Arrays.copyOf(p, n));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int r = 0; r < runs.size(); r++) {
            List<BlockRoles.Role> decoded = model.infer(runs.get(r));
            boolean[] flags = gold.get(r);
            for (int k = 0; k < flags.length; k++) {
                boolean quote = decoded.get(k) == BlockRoles.Role.QUOTE;
                if (quote && flags[k]) {
                    tp++;
                } else if (quote) {
                    fp++;
                } else if (flags[k]) {
                    fn++;
                }
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** How many orders of the chapters the perceptron is trained in (see {@link #bagged}). */
    static final int ORDERS = 16;

    /**
     * The mean of {@link #ORDERS} perceptrons, each trained with the chapters shuffled in another
     * order. One perceptron depends on the order it saw the chapters in, and the blocks near the
     * threshold (a quotation introduced by a short sentence) go one way or the other with it; the
     * mean moves far less.
     */
    static Model bagged(List<String> texts, List<Truth> expected) {
        // The chapters are read once: every perceptron sees the same runs, in its own order.
        TreeBuilder plain = new TreeBuilder();
        List<List<List<TreeBuilder.BodyBlock>>> chapters = new ArrayList<>();
        List<Set<Integer>> quoteLines = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            chapters.add(plain.bodyRuns(texts.get(c)));
            quoteLines.add(lines(expected.get(c).quotes()));
        }
        int n = BlockRoles.Feature.values().length;
        double[] w = new double[n];
        double bias = 0;
        int examples = 0;
        for (int order = 1; order <= ORDERS; order++) {
            Model m = perceptron(chapters, quoteLines, order);
            for (int i = 0; i < n; i++) {
                w[i] += m.weights()[i] / ORDERS;
            }
            bias += m.bias() / ORDERS;
            examples = m.examples();
        }
        return new Model(bias, w, examples, 0, 0);
    }

    /**
     * Averaged structured perceptron: decode each chapter's runs as the parser does; where the
     * decoded roles differ from the expected ones, add the features of the expected quotes and
     * subtract those of the decoded ones. The chapters (their body runs, and the lines where
     * their quotes start) are visited in an order shuffled by {@code seed}.
     */
    static Model perceptron(List<List<List<TreeBuilder.BodyBlock>>> chapters, List<Set<Integer>> quoteLines,
                            long seed) {
        int n = BlockRoles.Feature.values().length;
        double[] w = new double[n + 1];
        double[] sum = new double[n + 1];
        long steps = 0;
        java.util.Random random = new java.util.Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < chapters.size(); c++) {
            order.add(c);
        }
        int examples = 0;
        for (int epoch = 0; epoch < 25; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int c : order) {
                for (List<TreeBuilder.BodyBlock> run : chapters.get(c)) {
                    if (epoch == 0) {
                        examples += run.size();
                    }
                    List<BlockRoles.Candidate> candidates = run.stream().map(TreeBuilder.BodyBlock::candidate).toList();
                    double[] weights = java.util.Arrays.copyOf(w, n);
                    List<BlockRoles.Role> decoded = new BlockRoles(w[n], weights).infer(candidates);
                    List<BlockRoles.Role> gold = new ArrayList<>();
                    for (int k = 0; k < run.size(); k++) {
                        BlockRoles.Role role = quoteLines.get(c).contains(run.get(k).line()) ? BlockRoles.Role.QUOTE
                                : decoded.get(k) == BlockRoles.Role.HEADING ? BlockRoles.Role.HEADING
                                : BlockRoles.Role.PARAGRAPH;
                        gold.add(role);
                    }
                    if (!gold.equals(decoded)) {
                        update(w, candidates, gold, +1);
                        update(w, candidates, decoded, -1);
                    }
                    for (int i = 0; i <= n; i++) {
                        sum[i] += w[i];
                    }
                    steps++;
                }
            }
        }
        // Scale so that the largest weight is 5: the scale of a perceptron is arbitrary, and this
        // one makes the constants readable and the bias shift below meaningful.
        double largest = 1e-9;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(sum[i]));
        }
        double[] averaged = new double[n];
        for (int i = 0; i < n; i++) {
            averaged[i] = 5 * sum[i] / largest;
        }
        return new Model(5 * sum[n] / largest, averaged, examples, 0, 0);
    }

    private static void update(double[] w, List<BlockRoles.Candidate> run, List<BlockRoles.Role> roles, int sign) {
        int n = w.length - 1;
        for (int k = 0; k < run.size(); k++) {
            if (roles.get(k) != BlockRoles.Role.QUOTE) {
                continue;
            }
            double[] f = BlockRoles.features(run, k, k == 0 ? null : roles.get(k - 1));
            for (int i = 0; i < n; i++) {
                w[i] += sign * f[i];
            }
            w[n] += sign;
        }
    }

    /** Logistic regression by batch gradient descent with a little L2 regularisation. */
    public static Model fit(List<Example> examples) {
        int n = BlockRoles.Feature.values().length;
        double[] w = new double[n];
        double b = 0;
        double rate = 0.5;
        double l2 = 1e-3;
        for (int iteration = 0; iteration < 4000; iteration++) {
            double[] gw = new double[n];
            double gb = 0;
            for (Example e : examples) {
                double z = b;
                for (int i = 0; i < n; i++) {
                    z += w[i] * e.features()[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (e.quote() ? 1 : 0);
                gb += err;
                for (int i = 0; i < n; i++) {
                    gw[i] += err * e.features()[i];
                }
            }
            b -= rate * gb / examples.size();
            for (int i = 0; i < n; i++) {
                w[i] -= rate * (gw[i] / examples.size() + l2 * w[i]);
            }
        }
        BlockRoles model = new BlockRoles(b, w);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Example e : examples) {
            boolean predicted = model.score(e.features()) > 0;
            if (predicted && e.quote()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (e.quote()) {
                fn++;
            }
        }
        return new Model(b, w, examples.size(), tp + fp == 0 ? 0 : (double) tp / (tp + fp),
                tp + fn == 0 ? 0 : (double) tp / (tp + fn));
    }
}
