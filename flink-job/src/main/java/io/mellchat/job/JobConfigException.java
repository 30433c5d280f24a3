package io.mellchat.job;

/** The job's configuration is invalid; the message names the variable or flag to fix. */
public class JobConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobConfigException(String message) {
        super(message);
    }
}
