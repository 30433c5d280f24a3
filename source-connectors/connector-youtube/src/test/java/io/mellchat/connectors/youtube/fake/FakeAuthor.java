package io.mellchat.connectors.youtube.fake;

/** A chat author of the fake: a YouTube channel id, a display name and badges. */
public record FakeAuthor(
        String channelId,
        String name,
        boolean owner,
        boolean moderator,
        boolean member,
        boolean verified) {

    public static FakeAuthor viewer(String channelId, String name) {
        return new FakeAuthor(channelId, name, false, false, false, false);
    }

    public FakeAuthor asModerator() {
        return new FakeAuthor(channelId, name, owner, true, member, verified);
    }

    public FakeAuthor asOwner() {
        return new FakeAuthor(channelId, name, true, moderator, member, verified);
    }

    public FakeAuthor asMember() {
        return new FakeAuthor(channelId, name, owner, moderator, true, verified);
    }
}
