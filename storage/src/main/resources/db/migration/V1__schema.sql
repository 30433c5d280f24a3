-- MellChat schema, version 1: the seed's tables extended with what PRODUCT.md's model needs.
-- Natural keys make every write of the job an idempotent upsert.

CREATE TABLE channels (
    platform        varchar(20)  NOT NULL,
    channel         varchar(100) NOT NULL,
    stream          varchar(100) NOT NULL DEFAULT 'default',
    lookup_hint     varchar(100) NOT NULL DEFAULT '',
    -- 'live' channels are connected by the platform sources; 'replay' channels come from a recording
    origin          varchar(10)  NOT NULL DEFAULT 'live',
    status          varchar(20)  NOT NULL DEFAULT 'connecting',
    status_detail   text         NOT NULL DEFAULT '',
    status_at       timestamptz,
    last_message_at timestamptz,
    messages_total  bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (platform, channel)
);
CREATE INDEX channels_stream ON channels (stream);

CREATE TABLE messages (
    id                  uuid         PRIMARY KEY,
    platform            varchar(20)  NOT NULL,
    channel             varchar(100) NOT NULL,
    stream              varchar(100) NOT NULL DEFAULT 'default',
    platform_message_id varchar(200) NOT NULL,
    user_id             varchar(100) NOT NULL DEFAULT '',
    username            varchar(100) NOT NULL,
    display_name        varchar(200) NOT NULL DEFAULT '',
    message             text         NOT NULL,
    "timestamp"         timestamptz  NOT NULL,
    received_at         timestamptz  NOT NULL,
    category            varchar(50)  NOT NULL DEFAULT 'general',
    confidence          real         NOT NULL DEFAULT 0,
    upvotes             integer      NOT NULL DEFAULT 0,
    kind                varchar(20)  NOT NULL DEFAULT 'chat',
    action              boolean      NOT NULL DEFAULT false,
    reply_to            varchar(200),
    reply_parent        jsonb,
    badges              jsonb        NOT NULL DEFAULT '[]',
    color               varchar(20)  NOT NULL DEFAULT '',
    emotes              jsonb        NOT NULL DEFAULT '[]',
    amount              jsonb,
    meta                jsonb        NOT NULL DEFAULT '{}',
    deleted             boolean      NOT NULL DEFAULT false,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT messages_platform_identity UNIQUE (platform, channel, platform_message_id)
);
-- GET /messages: newest first per channel, and across channels; cursor = (timestamp, id)
CREATE INDEX messages_channel_time ON messages (platform, channel, "timestamp" DESC, id DESC);
CREATE INDEX messages_stream_time ON messages (stream, "timestamp" DESC, id DESC);
CREATE INDEX messages_time ON messages ("timestamp" DESC, id DESC);
-- bans hide a user's earlier messages in a channel
CREATE INDEX messages_channel_user ON messages (platform, channel, user_id);

CREATE TABLE questions (
    id          uuid             PRIMARY KEY,
    message_id  uuid             NOT NULL,
    stream      varchar(100)     NOT NULL DEFAULT 'default',
    platform    varchar(20)      NOT NULL,
    channel     varchar(100)     NOT NULL,
    user_id     varchar(100)     NOT NULL DEFAULT '',
    username    varchar(100)     NOT NULL,
    display_name varchar(200)    NOT NULL DEFAULT '',
    question    text             NOT NULL,
    "timestamp" timestamptz      NOT NULL,
    answered    boolean          NOT NULL DEFAULT false,
    answered_at timestamptz,
    upvotes     integer          NOT NULL DEFAULT 0,
    asks        integer          NOT NULL DEFAULT 1,
    score       double precision NOT NULL DEFAULT 0,
    trending    double precision NOT NULL DEFAULT 0,
    -- [{"platform": ..., "channel": ...}] where the question (or a merged duplicate) was asked
    sources     jsonb            NOT NULL DEFAULT '[]',
    deleted     boolean          NOT NULL DEFAULT false,
    created_at  timestamptz      NOT NULL DEFAULT now(),
    updated_at  timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX questions_stream_open ON questions (stream, answered, score DESC);
CREATE INDEX questions_stream_time ON questions (stream, "timestamp" DESC, id DESC);
CREATE INDEX questions_channel_time ON questions (platform, channel, "timestamp" DESC);
CREATE UNIQUE INDEX questions_message ON questions (message_id);

CREATE TABLE upvotes (
    id          uuid         PRIMARY KEY,
    type        varchar(20)  NOT NULL,              -- 'message' | 'question'
    item_id     uuid         NOT NULL,
    voter       varchar(200) NOT NULL,              -- token subject, or '<platform>:<user id>' in chat
    source      varchar(20)  NOT NULL DEFAULT 'api', -- 'api' or the platform of a chat-native vote
    platform    varchar(20)  NOT NULL DEFAULT '',
    channel     varchar(100) NOT NULL DEFAULT '',
    action_id   varchar(100) NOT NULL DEFAULT '',
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT upvotes_one_per_voter UNIQUE (type, item_id, voter)
);
CREATE INDEX upvotes_item ON upvotes (type, item_id);

CREATE TABLE stats (
    stream          varchar(100) NOT NULL,
    -- '*' for the whole stream, else one channel
    platform        varchar(20)  NOT NULL,
    channel         varchar(100) NOT NULL,
    window_start    timestamptz  NOT NULL,
    window_end      timestamptz  NOT NULL,
    messages        integer      NOT NULL DEFAULT 0,
    questions       integer      NOT NULL DEFAULT 0,
    unique_chatters integer      NOT NULL DEFAULT 0,
    upvotes         integer      NOT NULL DEFAULT 0,
    categories      jsonb        NOT NULL DEFAULT '{}',
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (stream, platform, channel, window_start, window_end)
);
CREATE INDEX stats_window ON stats (window_start, window_end);
