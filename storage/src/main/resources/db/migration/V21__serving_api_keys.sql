-- serving: API keys for integrations. Only a SHA-256 hash of each key is stored.
CREATE TABLE api_keys (
    id           uuid         PRIMARY KEY,
    name         varchar(100) NOT NULL,
    role         varchar(20)  NOT NULL,
    key_hash     char(64)     NOT NULL UNIQUE,
    hint         varchar(20)  NOT NULL,          -- the first characters, to recognise a key
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   varchar(200) NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
