package io.mellchat.classifier.train;

import io.mellchat.classifier.Category;
import io.mellchat.classifier.ChatClassifier;
import io.mellchat.classifier.model.ModelFile;
import io.mellchat.classifier.model.QuestionFeatures;
import io.mellchat.classifier.model.QuestionModel;
import io.mellchat.classifier.rules.MessageRules;
import io.mellchat.classifier.text.MessageScan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import smile.classification.Maxent;

/**
 * Trains the question model with Smile and evaluates the whole classifier.
 *
 * <ol>
 *   <li>Reads {@code <corpus>/<lang>.tsv} and splits it by template group (seeded): a held-out
 *       fraction that is never used for training or tuning, the rest for training, of which a
 *       validation fraction tunes λ and the decision threshold. The hand-written live-chat lines of
 *       {@code <corpus>/chat/<lang>.tsv} are split the same way, line by line, and join both sides.
 *   <li>Trains a Smile {@link Maxent} binomial model on the lines the rules leave to the model
 *       (question vs not), first on train-minus-validation for each λ, then on all training lines
 *       with the best λ.
 *   <li>Writes the artifact ({@link ModelFile}) and prints precision/recall/F1 per language and
 *       category on the held-out split of the templates, on the held-out hand-written chat lines,
 *       on the hand-written hard set ({@code <corpus>/hard}) and on the hand-written chat of topics
 *       no trained line covers ({@code <corpus>/unseen}); the last two are never trained on.
 * </ol>
 *
 * <p>The split, the corpus and the features are deterministic (seeded); the weights can differ in
 * the last bits between machines because Smile sums the objective in parallel.
 *
 * <pre>java -cp … io.mellchat.classifier.train.Trainer [--corpus DIR] [--chat DIR] [--hard DIR]
 *     [--unseen DIR] [--out FILE] [--seed N] [--heldout 0.2] [--lambda L] [--errors N]</pre>
 */
public final class Trainer {
    /** Where the module keeps the artifact that the job loads (relative to the module). */
    public static final String MODEL_PATH =
            "src/main/resources/io/mellchat/classifier/model/question-model.bin";

    private static final double[] DEFAULT_LAMBDAS = {0.5, 1.5, 4.0};
    private static final double VALIDATION = 0.2;
    private static final int MAX_ITERATIONS = 500;

    /**
     * Share of questions the threshold is tuned for: between the corpus (about half of the lines
     * that reach the model are questions) and live chat (far fewer), so that the queue is not
     * flooded with false positives while recall stays high.
     */
    public static final double TUNING_QUESTION_SHARE = 0.3;

    /**
     * How many times each hand-written chat line in the training fold is trained on. They are
     * closer to live chat than the template lines but about a fifth as many, so they count
     * threefold (as do those in the validation fold that tunes λ and the threshold).
     */
    static final int HAND_WRITTEN_COPIES = 3;

    /**
     * What to train on and where to write. {@code chat}, {@code hard} and {@code unseen} may be
     * absent.
     */
    public record Options(
            Path corpus,
            Optional<Path> chat,
            Optional<Path> hard,
            Optional<Path> unseen,
            Path out,
            long seed,
            double heldOut,
            double[] lambdas) {
        public Options {
            if (!(heldOut > 0 && heldOut < 1)) {
                throw new IllegalArgumentException("--heldout must be in (0, 1): " + heldOut);
            }
            if (lambdas.length == 0) {
                throw new IllegalArgumentException("no λ to try");
            }
        }

        /**
         * Defaults for a corpus folder: its {@code chat/}, {@code hard/} and {@code unseen/}
         * subfolders, seed 17, 20% held out.
         */
        public static Options defaults(Path corpus, Path out) {
            return new Options(
                    corpus,
                    subfolder(corpus, "chat"),
                    subfolder(corpus, "hard"),
                    subfolder(corpus, "unseen"),
                    out,
                    17L,
                    0.2,
                    DEFAULT_LAMBDAS.clone());
        }
    }

    /**
     * The trained model and its evaluations: the held-out template groups, the held-out
     * hand-written chat lines, the hard set and the chat of unseen topics.
     */
    public record Result(
            QuestionModel model,
            Evaluation heldOut,
            Optional<Evaluation> chat,
            Optional<Evaluation> hard,
            Optional<Evaluation> unseen) {}

    private static Optional<Path> subfolder(Path corpus, String name) {
        Path p = corpus.resolve(name);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    private Trainer() {}

    public static void main(String[] args) throws IOException {
        // the classifier module: named by the launcher, else found from where this runs
        String named = System.getProperty("mellchat.classifier.dir");
        Path module =
                named != null
                        ? Path.of(named)
                        : Files.isDirectory(Path.of("classifier/corpus"))
                                ? Path.of("classifier")
                                : Path.of("");
        Options o = Options.defaults(module.resolve("corpus"), module.resolve(MODEL_PATH));
        Path corpus = o.corpus();
        Optional<Path> chat = Optional.empty();
        boolean chatGiven = false;
        Optional<Path> hard = Optional.empty();
        boolean hardGiven = false;
        Optional<Path> unseen = Optional.empty();
        boolean unseenGiven = false;
        Path out = o.out();
        long seed = o.seed();
        double heldOut = o.heldOut();
        double[] lambdas = o.lambdas();
        int showErrors = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--corpus" -> corpus = Path.of(v);
                case "--chat" -> {
                    chat = Optional.of(Path.of(v));
                    chatGiven = true;
                }
                case "--hard" -> {
                    hard = Optional.of(Path.of(v));
                    hardGiven = true;
                }
                case "--unseen" -> {
                    unseen = Optional.of(Path.of(v));
                    unseenGiven = true;
                }
                case "--out" -> out = Path.of(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--heldout" -> heldOut = Double.parseDouble(v);
                case "--lambda" -> lambdas = new double[] {Double.parseDouble(v)};
                case "--errors" -> showErrors = Integer.parseInt(v);
                default -> usage("unknown option " + a);
            }
        }
        if (!chatGiven) {
            chat = subfolder(corpus, "chat");
        }
        if (!hardGiven) {
            hard = subfolder(corpus, "hard");
        }
        if (!unseenGiven) {
            unseen = subfolder(corpus, "unseen");
        }
        Result r =
                run(
                        new Options(corpus, chat, hard, unseen, out, seed, heldOut, lambdas),
                        System.out);
        System.out.println(r.heldOut().report());
        r.chat().ifPresent(c -> System.out.println(c.report()));
        r.hard().ifPresent(h -> System.out.println(h.report()));
        r.unseen().ifPresent(u -> System.out.println(u.report()));
        if (showErrors > 0) {
            System.out.println("== held-out errors (lang, gold -> predicted, text)");
            r.heldOut().errors().stream().limit(showErrors).forEach(System.out::println);
            r.chat()
                    .ifPresent(
                            c -> {
                                System.out.println("== held-out chat errors");
                                c.errors().forEach(System.out::println);
                            });
            r.hard()
                    .ifPresent(
                            h -> {
                                System.out.println("== hard-set errors");
                                h.errors().forEach(System.out::println);
                            });
            r.unseen()
                    .ifPresent(
                            u -> {
                                System.out.println("== unseen-topic errors");
                                u.errors().forEach(System.out::println);
                            });
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println(
                "usage: Trainer [--corpus DIR] [--chat DIR] [--hard DIR] [--unseen DIR] [--out FILE]"
                        + " [--seed N] [--heldout FRACTION] [--lambda L] [--errors N]");
        System.exit(2);
    }

    /** Trains, writes {@code o.out()}, evaluates. Progress goes to {@code log}. */
    public static Result run(Options o, PrintStream log) throws IOException {
        List<Example> examples = Corpus.readDirectory(o.corpus());
        if (examples.isEmpty()) {
            throw new IOException("no *.tsv corpus files in " + o.corpus().toAbsolutePath());
        }
        List<Example> train = new ArrayList<>();
        List<Example> held = new ArrayList<>();
        for (Example e : examples) {
            (Split.heldOut(e.group(), o.seed(), o.heldOut()) ? held : train).add(e);
        }
        // hand-written lines have no template: each is its own group
        List<Example> heldChat = new ArrayList<>();
        if (o.chat().isPresent()) {
            for (Example e : Corpus.readDirectory(o.chat().get())) {
                if (Split.heldOut(e.group(), o.seed(), o.heldOut())) {
                    heldChat.add(e);
                } else {
                    for (int k = 0; k < HAND_WRITTEN_COPIES; k++) {
                        train.add(e);
                    }
                }
            }
        }
        List<Example> fit = new ArrayList<>();
        List<Example> validation = new ArrayList<>();
        for (Example e : train) {
            (Split.validation(e.group(), o.seed(), VALIDATION) ? validation : fit).add(e);
        }
        log.printf(
                Locale.ROOT,
                "corpus %s: %d lines (%s); train %d (fit %d + validation %d), held out %d"
                        + " + %d hand-written chat lines%n",
                o.corpus(),
                examples.size(),
                perLanguage(examples),
                train.size(),
                fit.size(),
                validation.size(),
                held.size(),
                heldChat.size());

        double bestLambda = o.lambdas()[0];
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (double lambda : o.lambdas()) {
            QuestionModel m = train(fit, lambda, 0.5, "validation run");
            double[] tf = tuneThreshold(new ChatClassifier(m), validation);
            log.printf(
                    Locale.ROOT,
                    "  λ=%.2f: threshold %.2f, validation question F1 %.4f (%.4f with questions"
                            + " weighted to %.0f%% of lines)%n",
                    lambda,
                    tf[0],
                    tf[2],
                    tf[1],
                    TUNING_QUESTION_SHARE * 100);
            if (tf[1] > bestF1) {
                bestF1 = tf[1];
                bestLambda = lambda;
                bestThreshold = tf[0];
            }
        }
        String description =
                String.format(
                        Locale.ROOT,
                        "Smile Maxent binomial, features v%d, lambda %.2f, threshold %.2f, seed %d,"
                                + " trained on %d lines (%s; hand-written lines count %d times),"
                                + " validation F1 %.3f at %.0f%% questions",
                        QuestionFeatures.VERSION,
                        bestLambda,
                        bestThreshold,
                        o.seed(),
                        train.size(),
                        perLanguage(train),
                        HAND_WRITTEN_COPIES,
                        bestF1,
                        TUNING_QUESTION_SHARE * 100);
        QuestionModel model = train(train, bestLambda, bestThreshold, description);
        ModelFile.write(model, o.out());
        log.printf(
                Locale.ROOT,
                "wrote %s (%d bytes): %s%n",
                o.out(),
                Files.size(o.out()),
                description);

        ChatClassifier classifier = new ChatClassifier(ModelFile.read(o.out()));
        Evaluation heldOut =
                evaluate(
                        classifier,
                        held,
                        "held-out split (template groups never" + " seen in training)");
        Optional<Evaluation> chat = Optional.empty();
        if (o.chat().isPresent()) {
            chat =
                    Optional.of(
                            evaluate(
                                    classifier,
                                    heldChat,
                                    "held-out hand-written chat lines (" + o.chat().get() + ")"));
        }
        Optional<Evaluation> hard = evaluateFolder(classifier, o.hard(), "hand-written hard cases");
        Optional<Evaluation> unseen =
                evaluateFolder(classifier, o.unseen(), "hand-written chat of unseen topics");
        return new Result(model, heldOut, chat, hard, unseen);
    }

    /** Evaluates every line of a folder that is never trained on, if there is one. */
    private static Optional<Evaluation> evaluateFolder(
            ChatClassifier classifier, Optional<Path> folder, String title) throws IOException {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                evaluate(
                        classifier,
                        Corpus.readDirectory(folder.get()),
                        title + " (" + folder.get() + ")"));
    }

    /** Runs the classifier over {@code examples}. */
    public static Evaluation evaluate(ChatClassifier c, List<Example> examples, String title) {
        Evaluation ev = new Evaluation(title);
        for (Example e : examples) {
            ev.add(e.language(), e.label(), c.classify(e.text()).category(), e.text());
        }
        return ev;
    }

    /** Trains a Smile Maxent on the lines of {@code examples} that reach the model. */
    static QuestionModel train(
            List<Example> examples, double lambda, double threshold, String description) {
        MessageScan scan = new MessageScan();
        int[] buf = new int[QuestionFeatures.MAX_FEATURES];
        List<int[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Example e : examples) {
            scan.scan(e.text());
            if (MessageRules.decide(scan).isPresent()) {
                continue; // the rules decide this line; the model never sees such lines
            }
            int n = QuestionFeatures.extract(scan, buf);
            xs.add(Arrays.copyOf(buf, n));
            ys.add(e.label() == Category.QUESTION ? 1 : 0);
        }
        int positives = (int) ys.stream().filter(y -> y == 1).count();
        if (positives == 0 || positives == ys.size()) {
            throw new IllegalArgumentException(
                    "the corpus needs both question and non-question lines that reach the model"
                            + " (got "
                            + positives
                            + " of "
                            + ys.size()
                            + ")");
        }
        int[][] x = xs.toArray(new int[0][]);
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        Maxent.Binomial m =
                Maxent.binomial(QuestionFeatures.DIMENSION, x, y, lambda, 1e-5, MAX_ITERATIONS);
        return QuestionModel.fromWeights(m.coefficients().clone(), threshold, lambda, description);
    }

    /**
     * {threshold, F1 at the tuning share, plain F1}: the threshold in [0.2, 0.9] that maximises
     * question F1 on the lines when questions are weighted to make up {@link
     * #TUNING_QUESTION_SHARE} of them. The corpus is about half questions; real chat has far fewer,
     * so an F1-optimal threshold on the corpus would flood the queue with false positives.
     */
    static double[] tuneThreshold(ChatClassifier c, List<Example> examples) {
        int n = examples.size();
        double[] p = new double[n];
        boolean[] ruled = new boolean[n];
        boolean[] gold = new boolean[n];
        MessageScan scan = new MessageScan();
        long positives = 0;
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            gold[i] = e.label() == Category.QUESTION;
            positives += gold[i] ? 1 : 0;
            ruled[i] = MessageRules.decide(scan.scan(e.text())).isPresent();
            p[i] = ruled[i] ? 0 : c.questionProbability(e.text());
        }
        double share = TUNING_QUESTION_SHARE;
        double negWeight = (double) positives / Math.max(1, n - positives) * (1 - share) / share;
        double[] best = {0.5, -1, 0};
        for (int k = 20; k <= 90; k++) {
            double t = k / 100.0;
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (int i = 0; i < n; i++) {
                boolean pred = !ruled[i] && p[i] >= t;
                if (pred && gold[i]) {
                    tp++;
                } else if (pred) {
                    fp++;
                } else if (gold[i]) {
                    fn++;
                }
            }
            double weighted = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + negWeight * fp + fn);
            if (weighted > best[1] + 1e-9) {
                best = new double[] {t, weighted, tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn)};
            }
        }
        return best;
    }

    private static String perLanguage(List<Example> examples) {
        Map<String, Integer> m = new TreeMap<>();
        for (Example e : examples) {
            m.merge(e.language(), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() > 0 ? " " : "").append(k).append(' ').append(v));
        return b.toString();
    }
}
