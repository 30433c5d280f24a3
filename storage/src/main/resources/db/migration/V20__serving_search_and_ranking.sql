-- serving: full-text search over chat history and the index behind GET /questions?sort=top.
-- The 'simple' configuration lower-cases words without stemming, so one index serves English,
-- Russian, Spanish, Portuguese and German alike; serving matches every query word as a prefix.
ALTER TABLE messages
    ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;
CREATE INDEX messages_search ON messages USING gin (search_vector);

-- top = upvotes + asks, trending first among equals, newest next
CREATE INDEX questions_stream_top ON questions
    (stream, answered, (upvotes + asks) DESC, trending DESC, "timestamp" DESC, id DESC)
    WHERE NOT deleted;
