package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatVotesTest {
    @Test
    void shortAgreementsAreVotesInFiveLanguages() {
        for (String t :
                new String[] {
                    "+1",
                    "+",
                    "++",
                    "^",
                    "👍",
                    "+1 same question",
                    "same",
                    "this",
                    "me too",
                    "@Sergey +1",
                    "я тоже",
                    "Тоже интересно",
                    "yo también",
                    "eu também",
                    "mich auch",
                    "Gleiche Frage"
                }) {
            assertThat(ChatVotes.isVote(t)).as(t).isTrue();
        }
    }

    @Test
    void anythingElseIsNot() {
        for (String t :
                new String[] {
                    "",
                    "+1 but what about the second one, is that a bug in the game",
                    "no",
                    "lol",
                    "what song is this?",
                    "+1000 aura",
                    "this is wrong"
                }) {
            assertThat(ChatVotes.isVote(t)).as(t).isFalse();
        }
    }
}
