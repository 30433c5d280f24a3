package io.mellchat.job.records;

import java.util.Arrays;

/**
 * The open questions of a stream that new questions are compared with: their ids and MinHash
 * signatures laid end to end, newest last, at most {@code capacity}. One small value instead of a
 * state lookup per open question for every question asked.
 */
public class OpenQuestions {
    public String[] ids = new String[0];
    public int[] signatures = new int[0];

    public OpenQuestions() {}

    public int size() {
        return ids.length;
    }

    public int indexOf(String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds a question (the oldest leaves when full). */
    public void add(String id, int[] signature, int capacity) {
        if (indexOf(id) >= 0) {
            return;
        }
        int width = signature.length;
        int keep = Math.min(ids.length, capacity - 1);
        int from = ids.length - keep;
        String[] newIds = new String[keep + 1];
        System.arraycopy(ids, from, newIds, 0, keep);
        newIds[keep] = id;
        int[] newSigs = new int[(keep + 1) * width];
        System.arraycopy(signatures, from * width, newSigs, 0, keep * width);
        System.arraycopy(signature, 0, newSigs, keep * width, width);
        ids = newIds;
        signatures = newSigs;
    }

    public void remove(String id) {
        int i = indexOf(id);
        if (i < 0) {
            return;
        }
        int width = ids.length == 0 ? 0 : signatures.length / ids.length;
        String[] newIds = new String[ids.length - 1];
        System.arraycopy(ids, 0, newIds, 0, i);
        System.arraycopy(ids, i + 1, newIds, i, ids.length - i - 1);
        int[] newSigs = new int[newIds.length * width];
        System.arraycopy(signatures, 0, newSigs, 0, i * width);
        System.arraycopy(
                signatures, (i + 1) * width, newSigs, i * width, (ids.length - i - 1) * width);
        ids = newIds;
        signatures = newSigs;
    }

    @Override
    public String toString() {
        return "OpenQuestions" + Arrays.toString(ids);
    }
}
