-- Comments that members write, answer, edit and delete.

-- One level of replies: parent_id names a comment without a parent of its
-- own (the program checks it).  A comment deleted while it has replies
-- stays as a 'deleted' row without its text, so the replies keep their
-- place; without replies it is removed.  edited_at is the author's last
-- change of the text ("modifié").
ALTER TABLE comments
  MODIFY COLUMN status ENUM('published','unpublished','deleted') NOT NULL DEFAULT 'published',
  ADD COLUMN parent_id INT UNSIGNED NULL AFTER member_id,
  ADD COLUMN edited_at DATETIME NULL AFTER updated_at,
  ADD KEY comments_parent (parent_id),
  ADD KEY comments_member_created (member_id, created_at),
  ADD CONSTRAINT comments_parent_fk FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE;

-- The published comments of a contribution, replies included, kept with
-- the contribution for the cards of every listing; changed in the
-- transaction that publishes, hides, restores or deletes a comment.
ALTER TABLE contributions
  ADD COLUMN comments_count INT UNSIGNED NOT NULL DEFAULT 0 AFTER views;

UPDATE contributions c
  JOIN (SELECT contribution_id, COUNT(*) AS n FROM comments
        WHERE status = 'published' GROUP BY contribution_id) x
    ON x.contribution_id = c.id
  SET c.comments_count = x.n;
