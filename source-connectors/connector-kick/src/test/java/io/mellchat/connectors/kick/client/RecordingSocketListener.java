package io.mellchat.connectors.kick.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Records what a {@link KickSocket} reports, as short strings, for assertions. */
final class RecordingSocketListener implements KickSocket.Listener {
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<PusherFrame> frames = new CopyOnWriteArrayList<>();
    final List<Duration> retries = new CopyOnWriteArrayList<>();

    @Override
    public void onConnected(String socketId) {
        log.add("connected");
    }

    /** While positive, the next {@link #onSubscribed} holds the socket's thread this long. */
    volatile long slowSubscribedMillis;

    @Override
    public void onSubscribed(String channel) {
        log.add("subscribed " + channel);
        long hold = slowSubscribedMillis;
        if (hold > 0) {
            slowSubscribedMillis = 0;
            try {
                // a reader whose queue is full, freed after a while
                new CountDownLatch(1).await(hold, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** While set, {@link #onFrame} blocks until interrupted, as a reader whose queue is full. */
    volatile boolean blockFrames;

    private final CountDownLatch released = new CountDownLatch(1);

    @Override
    public void onFrame(PusherFrame frame) {
        frames.add(frame);
        log.add("frame " + frame.event());
        if (blockFrames) {
            try {
                released.await(); // never counted down: only an interrupt ends the wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void onDisconnected(CloseAction action, Duration retryIn, String reason) {
        retries.add(retryIn);
        log.add("disconnected " + action + " " + reason);
    }

    @Override
    public void onSkipped(String reason, String detail) {
        log.add("skipped " + reason);
    }

    long count(String prefix) {
        return log.stream().filter(s -> s.startsWith(prefix)).count();
    }
}
