package io.mellchat.job.records;

/**
 * A vote, answer or reopen of a question the job no longer remembers (it forgets a question a day
 * after its last change, MELLCHAT_QUESTION_TTL), applied to the stored row alone. A vote carries
 * its row for {@code upvotes}.
 */
public class LateQuestionAction {
    public static final String VOTE = "vote";
    public static final String ANSWER = "answer";
    public static final String UNANSWER = "unanswer";

    /** {@link #VOTE}, {@link #ANSWER} or {@link #UNANSWER}. */
    public String action;

    public String questionId;

    /** For votes: the vote; otherwise null. */
    public VoteRow vote;

    public long atMillis;

    public LateQuestionAction() {}

    public static LateQuestionAction of(
            String action, String questionId, VoteRow vote, long atMillis) {
        LateQuestionAction a = new LateQuestionAction();
        a.action = action;
        a.questionId = questionId;
        a.vote = vote;
        a.atMillis = atMillis;
        return a;
    }
}
