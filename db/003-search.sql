-- Search: a full-text index over what a reader sees first of a
-- contribution, its title and summary (bodies would make the index and
-- every write several times larger for little gain in a listing search).
ALTER TABLE contributions ADD FULLTEXT INDEX contributions_search (title, summary);
