-- One table per event type plus articles. ISO date values stay text (a date mention may be a
-- week, month or year), offsets are ints into the raw article text, actor codes are text.

CREATE TABLE articles (
    article_id        text PRIMARY KEY,
    source            text NOT NULL,
    published         text,
    published_from    text NOT NULL CHECK (published_from IN ('FEED', 'TEXT', 'RECEIVED')),
    headline          text,
    statement_count   int  NOT NULL CHECK (statement_count >= 0),
    date_count        int  NOT NULL CHECK (date_count >= 0),
    sanctions_count   int  NOT NULL CHECK (sanctions_count >= 0),
    extractor_version text NOT NULL,
    written_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE statements (
    event_id          text PRIMARY KEY,
    article_id        text NOT NULL,
    source            text NOT NULL,
    start_offset      int  NOT NULL,
    end_offset        int  NOT NULL,
    quote             text NOT NULL,
    direct            boolean NOT NULL,
    speaker_name      text NOT NULL,
    speaker_title     text,
    speaker_code      text,
    cue               text,
    statement_date    text,
    extractor_version text NOT NULL,
    written_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT statements_span CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
CREATE INDEX statements_article ON statements (article_id, extractor_version);
CREATE INDEX statements_speaker_code ON statements (speaker_code);
CREATE INDEX statements_date ON statements (statement_date);

CREATE TABLE dates (
    event_id          text PRIMARY KEY,
    article_id        text NOT NULL,
    source            text NOT NULL,
    start_offset      int  NOT NULL,
    end_offset        int  NOT NULL,
    text              text NOT NULL,
    value             text NOT NULL,
    granularity       text NOT NULL CHECK (granularity IN ('DAY', 'WEEK', 'MONTH', 'YEAR')),
    extractor_version text NOT NULL,
    written_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT dates_span CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
CREATE INDEX dates_article ON dates (article_id, extractor_version);
CREATE INDEX dates_value ON dates (value);

-- Targets twice: target_codes (text[], GIN-indexed) answers "sanctions on X"; targets (jsonb)
-- keeps each target's code and name in order, uncoded targets included.
CREATE TABLE sanctions (
    event_id          text PRIMARY KEY,
    article_id        text NOT NULL,
    source            text NOT NULL,
    start_offset      int  NOT NULL,
    end_offset        int  NOT NULL,
    text              text NOT NULL,
    trigger           text NOT NULL,
    action            text NOT NULL CHECK (action IN ('IMPOSE', 'THREATEN', 'ENFORCE', 'LIFT', 'VIOLATE', 'OTHER')),
    imposer_code      text,
    imposer_name      text,
    target_codes      text[] NOT NULL,
    targets           jsonb NOT NULL,
    sanction_date     text,
    extractor_version text NOT NULL,
    written_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sanctions_span CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
CREATE INDEX sanctions_article ON sanctions (article_id, extractor_version);
CREATE INDEX sanctions_imposer_code ON sanctions (imposer_code);
CREATE INDEX sanctions_target_codes ON sanctions USING gin (target_codes);
CREATE INDEX sanctions_action ON sanctions (action);
CREATE INDEX sanctions_date ON sanctions (sanction_date);
