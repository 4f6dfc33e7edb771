-- Members at work: roles of territory teams, the audit log of moderation
-- and role actions, uploaded media, moderation messages.

-- A territory team: editors moderate and edit the home page; admins also
-- grant roles.  A role on the network territory (is_network) covers every
-- territory: the network team.
CREATE TABLE member_roles (
  member_id     INT UNSIGNED NOT NULL,
  territory_id  SMALLINT UNSIGNED NOT NULL,
  role          ENUM('editor','admin') NOT NULL,
  granted_by    INT UNSIGNED NULL,
  granted_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (member_id, territory_id),
  KEY member_roles_territory (territory_id, role),
  CONSTRAINT member_roles_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT member_roles_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id),
  CONSTRAINT member_roles_granter_fk FOREIGN KEY (granted_by) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB;

-- Who did what, when: every moderation and role action.  The actor's
-- name is copied so the line stays readable once the account is gone.
CREATE TABLE audit_log (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  territory_id  SMALLINT UNSIGNED NOT NULL,
  actor_id      INT UNSIGNED NULL,
  actor_name    VARCHAR(100) NOT NULL,
  action        VARCHAR(40)  NOT NULL,   -- role-grant, unpublish, restore…
  target_kind   ENUM('member','contribution','comment','report','territory') NOT NULL,
  target_id     INT UNSIGNED NOT NULL,
  detail        VARCHAR(1000) NOT NULL DEFAULT '',
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY audit_log_territory (territory_id, created_at),
  CONSTRAINT audit_log_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id),
  CONSTRAINT audit_log_actor_fk FOREIGN KEY (actor_id) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB;

-- Every file a member uploaded, so that deleting the account deletes them.
CREATE TABLE media (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  member_id   INT UNSIGNED NULL,
  url         VARCHAR(200) NOT NULL UNIQUE,    -- /media/ab/<random>.jpg
  mime        VARCHAR(40)  NOT NULL,
  bytes       INT UNSIGNED NOT NULL,
  name        VARCHAR(255) NOT NULL DEFAULT '', -- as sent by the browser
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY media_member (member_id),
  CONSTRAINT media_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB;

-- A PDF attached to an article, and why a contribution was unpublished.
ALTER TABLE contributions
  ADD COLUMN attachment_url  VARCHAR(500) NULL AFTER image_alt,
  ADD COLUMN attachment_name VARCHAR(255) NULL AFTER attachment_url,
  ADD COLUMN moderation_note VARCHAR(1000) NULL AFTER status;

-- Drafts and unpublished contributions of a member, newest first.
ALTER TABLE contributions
  ADD KEY contributions_author_updated (author_id, updated_at);

-- The territories a contribution is shared to besides its home, kept
-- whatever its status; contribution_territories lists the published ones.
CREATE TABLE contribution_shares (
  contribution_id  INT UNSIGNED NOT NULL,
  territory_id     SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (contribution_id, territory_id),
  CONSTRAINT cs_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE,
  CONSTRAINT cs_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id)
) ENGINE=InnoDB;

-- Shares of the demo data (and of anything published before this file).
INSERT IGNORE INTO contribution_shares (contribution_id, territory_id)
  SELECT ct.contribution_id, ct.territory_id
  FROM contribution_territories ct JOIN contributions c ON c.id = ct.contribution_id
  WHERE ct.territory_id <> c.territory_id;
