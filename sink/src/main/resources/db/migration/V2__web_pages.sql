-- Web pages: the publication date may come from the page's metadata (PAGE) or the article's URL (URL);
-- the body extracted from a page is kept beside its events, whose offsets refer to it (null for plain text).
ALTER TABLE articles DROP CONSTRAINT articles_published_from_check;
ALTER TABLE articles ADD CONSTRAINT articles_published_from_check
    CHECK (published_from IN ('FEED', 'PAGE', 'TEXT', 'URL', 'RECEIVED'));
ALTER TABLE articles ADD COLUMN body text;
