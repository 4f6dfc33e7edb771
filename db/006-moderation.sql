-- Moderation after publication: a member has at most one open report on
-- a contribution or a comment, and the queue finds hidden comments.

-- Older duplicates (there should be none) are dismissed first, or the
-- unique key below could not be built.
UPDATE reports r JOIN (
  SELECT target_kind, target_id, reporter_id, MIN(id) AS keep_id
  FROM reports WHERE status = 'open' AND reporter_id IS NOT NULL
  GROUP BY target_kind, target_id, reporter_id HAVING COUNT(*) > 1
) d ON d.target_kind = r.target_kind AND d.target_id = r.target_id
  AND d.reporter_id = r.reporter_id
SET r.status = 'dismissed', r.handled_at = UTC_TIMESTAMP()
WHERE r.status = 'open' AND r.id <> d.keep_id;

-- The reporter of an open report, NULL once it is handled: unique per
-- target, so a second report while the first is open changes nothing
-- (INSERT … ON DUPLICATE KEY UPDATE), even when two arrive at once.
-- VIRTUAL, not PERSISTENT: MariaDB refuses a stored column computed from
-- reporter_id, which its foreign key sets to NULL.  The key also serves
-- "every open report on this target" when one is handled.
ALTER TABLE reports
  ADD COLUMN open_reporter INT UNSIGNED
    AS (IF(status = 'open', reporter_id, NULL)) VIRTUAL,
  ADD UNIQUE KEY reports_open_once (target_kind, target_id, open_reporter);

-- Hidden comments of a territory, for its moderation page.
ALTER TABLE comments
  ADD KEY comments_status (status, updated_at);
