package io.mellchat.serving.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs at most one load per key at a time and shares its result with every caller that asked before
 * that load started. A caller that arrives while a load runs waits for the next one, which starts
 * when the current one ends, so every caller gets data read after it asked (a WebSocket client that
 * subscribed and then asks for its snapshot misses nothing), while a thousand clients reconnecting
 * at once cost a couple of queries instead of a thousand.
 */
public final class Coalescer<K, V> {
    private final Map<K, State<V>> states = new HashMap<>();

    private static final class State<V> {
        CompletableFuture<V> running;
        CompletableFuture<V> next;
    }

    public V get(K key, Supplier<V> load) {
        CompletableFuture<V> mine;
        boolean runNow = false;
        synchronized (this) {
            State<V> s = states.computeIfAbsent(key, k -> new State<>());
            if (s.running == null) {
                s.running = new CompletableFuture<>();
                mine = s.running;
                runNow = true;
            } else {
                if (s.next == null) {
                    s.next = new CompletableFuture<>();
                }
                mine = s.next;
            }
        }
        if (runNow) {
            run(key, mine, load);
        }
        try {
            return mine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private void run(K key, CompletableFuture<V> future, Supplier<V> load) {
        CompletableFuture<V> current = future;
        while (current != null) {
            try {
                current.complete(load.get());
            } catch (RuntimeException e) {
                current.completeExceptionally(e);
            }
            synchronized (this) {
                State<V> s = states.get(key);
                current = s.next;
                s.next = null;
                s.running = current;
                if (current == null) {
                    states.remove(key);
                }
            }
        }
    }
}
