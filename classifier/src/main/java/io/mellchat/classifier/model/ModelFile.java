package io.mellchat.classifier.model;

import io.mellchat.classifier.ClassifierException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model artifact: a small versioned binary file (gzip) with the threshold, the feature layout
 * version and the non-zero weights stored sparsely as float32. No Java serialization, so a newer
 * Smile cannot break loading, and the file stays well under a megabyte.
 *
 * <pre>
 * "MCQM" | format int | features version int | dimension int | threshold double | lambda double
 * | description UTF | bias double | count int | count x (index delta varint, weight float)
 * </pre>
 */
public final class ModelFile {
    /** Classpath location of the model the job and the CLI load. */
    public static final String RESOURCE = "/io/mellchat/classifier/model/question-model.bin";

    private static final int MAGIC = 0x4D43514D; // "MCQM"
    private static final int FORMAT = 1;
    private static final float MIN_WEIGHT = 1e-6f;

    private ModelFile() {}

    /** Writes {@code model} to {@code file} (parent folders created). */
    public static void write(QuestionModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            write(model, os);
        }
    }

    /** Writes {@code model} to a stream (not closed). */
    public static void write(QuestionModel model, OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(os), 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        double[] w = model.weights();
        int dim = QuestionFeatures.DIMENSION;
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(QuestionFeatures.VERSION);
        out.writeInt(dim);
        out.writeDouble(model.threshold());
        out.writeDouble(model.lambda());
        out.writeUTF(model.description());
        out.writeDouble(w[dim]);
        int count = 0;
        for (int i = 0; i < dim; i++) {
            if (Math.abs((float) w[i]) >= MIN_WEIGHT) {
                count++;
            }
        }
        out.writeInt(count);
        int last = -1;
        for (int i = 0; i < dim; i++) {
            float f = (float) w[i];
            if (Math.abs(f) >= MIN_WEIGHT) {
                writeVarint(out, i - last);
                out.writeFloat(f);
                last = i;
            }
        }
        out.flush();
        gz.finish();
        gz.flush();
    }

    /** Reads a model from a file. */
    public static QuestionModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ClassifierException("cannot read the question model " + file + ": " + e, e);
        }
    }

    /** Reads the model bundled on the classpath at {@link #RESOURCE}. */
    public static QuestionModel readResource() {
        InputStream in = ModelFile.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new ClassifierException(
                    "the question model "
                            + RESOURCE
                            + " is not on the classpath; train it with"
                            + " `java -cp ... io.mellchat.classifier.train.Trainer` and rebuild"
                            + " the classifier module");
        }
        try (in) {
            return read(in, "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new ClassifierException(
                    "cannot read the question model " + RESOURCE + ": " + e, e);
        }
    }

    /** Reads a model from a stream; {@code source} names it in error messages. */
    public static QuestionModel read(InputStream raw, String source) throws IOException {
        DataInputStream in =
                new DataInputStream(
                        new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new ClassifierException(source + " is not a MellChat question model");
        }
        int format = in.readInt();
        int features = in.readInt();
        int dim = in.readInt();
        if (format != FORMAT
                || features != QuestionFeatures.VERSION
                || dim != QuestionFeatures.DIMENSION) {
            throw new ClassifierException(
                    source
                            + " was written for model format "
                            + format
                            + ", features v"
                            + features
                            + " ("
                            + dim
                            + " dims) but this code uses format "
                            + FORMAT
                            + ", features v"
                            + QuestionFeatures.VERSION
                            + " ("
                            + QuestionFeatures.DIMENSION
                            + " dims); retrain with io.mellchat.classifier.train.Trainer");
        }
        double threshold = in.readDouble();
        double lambda = in.readDouble();
        String description = in.readUTF();
        double[] w = new double[dim + 1];
        w[dim] = in.readDouble();
        int count = in.readInt();
        int index = -1;
        for (int k = 0; k < count; k++) {
            index += readVarint(in);
            if (index < 0 || index >= dim) {
                throw new ClassifierException(source + " is corrupt: weight index " + index);
            }
            w[index] = in.readFloat();
        }
        return QuestionModel.fromWeights(w, threshold, lambda, description);
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed varint");
    }
}
