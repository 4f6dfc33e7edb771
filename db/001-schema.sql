-- Échosciences schema, version 1: the whole network.
-- Times are stored in UTC (DATETIME); the programs show them in Europe/Paris.
-- Every contribution kind (article, event, annonce, dossier, project) shares one
-- row in `contributions`, so tags, themes, comments, likes, reports and
-- cross-posting work the same for all of them; kind-specific data lives in its
-- own table keyed by the contribution id.

CREATE TABLE territories (
  id            SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(40)  NOT NULL UNIQUE,
  name          VARCHAR(80)  NOT NULL,
  is_network    BOOLEAN      NOT NULL DEFAULT FALSE,
  position      SMALLINT     NOT NULL DEFAULT 0,
  tagline       VARCHAR(200) NOT NULL DEFAULT '',
  latitude      DECIMAL(9,6) NULL,
  longitude     DECIMAL(9,6) NULL,
  members_count       INT UNSIGNED NOT NULL DEFAULT 0,
  contributions_count INT UNSIGNED NOT NULL DEFAULT 0,
  created_at    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TABLE themes (
  id        SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug      VARCHAR(60)  NOT NULL UNIQUE,
  name_fr   VARCHAR(80)  NOT NULL,
  name_en   VARCHAR(80)  NOT NULL,
  position  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB;

CREATE TABLE tags (
  id    INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug  VARCHAR(60) NOT NULL UNIQUE,
  name  VARCHAR(60) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE members (
  id                 INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind               ENUM('person','institution','company') NOT NULL DEFAULT 'person',
  display_name       VARCHAR(100) NOT NULL,
  slug               VARCHAR(100) NOT NULL,
  email              VARCHAR(254) NULL UNIQUE,
  password_hash      VARCHAR(255) NULL,
  home_territory_id  SMALLINT UNSIGNED NOT NULL,
  bio                TEXT NULL,
  website            VARCHAR(500) NULL,
  avatar_url         VARCHAR(500) NULL,
  status             ENUM('pending','active','deleted') NOT NULL DEFAULT 'active',
  created_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  confirmed_at       DATETIME NULL,
  KEY members_territory (home_territory_id, status),
  CONSTRAINT members_territory_fk FOREIGN KEY (home_territory_id) REFERENCES territories (id)
) ENGINE=InnoDB;

CREATE TABLE member_themes (
  member_id  INT UNSIGNED NOT NULL,
  theme_id   SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (member_id, theme_id),
  CONSTRAINT member_themes_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT member_themes_theme_fk FOREIGN KEY (theme_id) REFERENCES themes (id)
) ENGINE=InnoDB;

CREATE TABLE places (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  territory_id  SMALLINT UNSIGNED NOT NULL,
  name          VARCHAR(160) NOT NULL,
  slug          VARCHAR(160) NOT NULL,
  address       VARCHAR(255) NOT NULL DEFAULT '',
  postcode      VARCHAR(10)  NOT NULL DEFAULT '',
  city          VARCHAR(100) NOT NULL DEFAULT '',
  latitude      DECIMAL(9,6) NULL,
  longitude     DECIMAL(9,6) NULL,
  description   TEXT NULL,
  is_visit      BOOLEAN NOT NULL DEFAULT FALSE,   -- a place to visit (lieux)
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY places_territory (territory_id, name),
  CONSTRAINT places_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id)
) ENGINE=InnoDB;

CREATE TABLE structures (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  territory_id  SMALLINT UNSIGNED NOT NULL,
  kind          ENUM('museum','lab','association','company','library','school','other') NOT NULL DEFAULT 'other',
  name          VARCHAR(160) NOT NULL,
  slug          VARCHAR(160) NOT NULL,
  description   TEXT NULL,
  website       VARCHAR(500) NULL,
  logo_url      VARCHAR(500) NULL,
  place_id      INT UNSIGNED NULL,
  created_by    INT UNSIGNED NULL,
  status        ENUM('active','deleted') NOT NULL DEFAULT 'active',
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY structures_territory (territory_id, status, name),
  CONSTRAINT structures_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id),
  CONSTRAINT structures_place_fk FOREIGN KEY (place_id) REFERENCES places (id) ON DELETE SET NULL,
  CONSTRAINT structures_creator_fk FOREIGN KEY (created_by) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE structure_editors (
  structure_id  INT UNSIGNED NOT NULL,
  member_id     INT UNSIGNED NOT NULL,
  PRIMARY KEY (structure_id, member_id),
  KEY structure_editors_member (member_id),
  CONSTRAINT structure_editors_structure_fk FOREIGN KEY (structure_id) REFERENCES structures (id) ON DELETE CASCADE,
  CONSTRAINT structure_editors_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE contributions (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind          ENUM('article','event','annonce','dossier','project') NOT NULL,
  territory_id  SMALLINT UNSIGNED NOT NULL,           -- home territory
  author_id     INT UNSIGNED NULL,                    -- NULL once the author left, anonymised
  structure_id  INT UNSIGNED NULL,                    -- signing structure
  theme_id      SMALLINT UNSIGNED NULL,
  title         VARCHAR(200) NOT NULL,
  slug          VARCHAR(200) NOT NULL,
  summary       VARCHAR(500) NOT NULL DEFAULT '',
  body          MEDIUMTEXT NOT NULL,                  -- Markdown
  image_url     VARCHAR(500) NULL,
  image_alt     VARCHAR(300) NULL,
  status        ENUM('draft','published','unpublished') NOT NULL DEFAULT 'draft',
  views         INT UNSIGNED NOT NULL DEFAULT 0,
  published_at  DATETIME NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY contributions_author (author_id, status, published_at),
  KEY contributions_structure (structure_id, status, published_at),
  KEY contributions_theme (theme_id, status, published_at),
  KEY contributions_published (status, published_at, id),
  CONSTRAINT contributions_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id),
  CONSTRAINT contributions_author_fk FOREIGN KEY (author_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT contributions_structure_fk FOREIGN KEY (structure_id) REFERENCES structures (id) ON DELETE SET NULL,
  CONSTRAINT contributions_theme_fk FOREIGN KEY (theme_id) REFERENCES themes (id)
) ENGINE=InnoDB;

-- Where a published contribution is listed: its home territory plus every
-- territory it is shared to. Denormalised kind and published_at make every
-- territory listing one index range, read in order (keyset pagination).
CREATE TABLE contribution_territories (
  contribution_id  INT UNSIGNED NOT NULL,
  territory_id     SMALLINT UNSIGNED NOT NULL,
  kind             ENUM('article','event','annonce','dossier','project') NOT NULL,
  published_at     DATETIME NOT NULL,
  PRIMARY KEY (contribution_id, territory_id),
  KEY ct_listing (territory_id, kind, published_at, contribution_id),
  KEY ct_all (territory_id, published_at, contribution_id),
  CONSTRAINT ct_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE,
  CONSTRAINT ct_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id)
) ENGINE=InnoDB;

CREATE TABLE contribution_tags (
  contribution_id  INT UNSIGNED NOT NULL,
  tag_id           INT UNSIGNED NOT NULL,
  PRIMARY KEY (contribution_id, tag_id),
  KEY contribution_tags_tag (tag_id, contribution_id),
  CONSTRAINT contribution_tags_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE,
  CONSTRAINT contribution_tags_tag_fk FOREIGN KEY (tag_id) REFERENCES tags (id)
) ENGINE=InnoDB;

CREATE TABLE events (
  contribution_id   INT UNSIGNED NOT NULL PRIMARY KEY,
  place_id          INT UNSIGNED NULL,
  audience          VARCHAR(200) NOT NULL DEFAULT '',
  price             VARCHAR(200) NOT NULL DEFAULT '',
  registration_url  VARCHAR(500) NULL,
  event_status      ENUM('scheduled','cancelled','postponed') NOT NULL DEFAULT 'scheduled',
  attendance_mode   ENUM('offline','online','mixed') NOT NULL DEFAULT 'offline',
  CONSTRAINT events_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE,
  CONSTRAINT events_place_fk FOREIGN KEY (place_id) REFERENCES places (id) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE event_timings (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contribution_id  INT UNSIGNED NOT NULL,
  begins_at        DATETIME NOT NULL,
  ends_at          DATETIME NOT NULL,
  KEY event_timings_event (contribution_id, begins_at),
  KEY event_timings_begins (begins_at),  -- InnoDB appends the id: (begins_at, id)
  CONSTRAINT event_timings_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE annonces (
  contribution_id  INT UNSIGNED NOT NULL PRIMARY KEY,
  annonce_kind     ENUM('call','job','volunteers','other') NOT NULL DEFAULT 'other',
  deadline         DATE NULL,
  CONSTRAINT annonces_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE dossier_items (
  dossier_id       INT UNSIGNED NOT NULL,
  contribution_id  INT UNSIGNED NOT NULL,
  position         SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (dossier_id, contribution_id),
  KEY dossier_items_order (dossier_id, position),
  CONSTRAINT dossier_items_dossier_fk FOREIGN KEY (dossier_id) REFERENCES contributions (id) ON DELETE CASCADE,
  CONSTRAINT dossier_items_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE communities (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  territory_id  SMALLINT UNSIGNED NOT NULL,
  name          VARCHAR(160) NOT NULL,
  slug          VARCHAR(160) NOT NULL,
  description   TEXT NULL,
  theme_id      SMALLINT UNSIGNED NULL,
  created_by    INT UNSIGNED NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY communities_territory (territory_id, name),
  CONSTRAINT communities_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id),
  CONSTRAINT communities_theme_fk FOREIGN KEY (theme_id) REFERENCES themes (id),
  CONSTRAINT communities_creator_fk FOREIGN KEY (created_by) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE community_members (
  community_id  INT UNSIGNED NOT NULL,
  member_id     INT UNSIGNED NOT NULL,
  role          ENUM('member','animator') NOT NULL DEFAULT 'member',
  joined_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (community_id, member_id),
  KEY community_members_member (member_id),
  CONSTRAINT community_members_community_fk FOREIGN KEY (community_id) REFERENCES communities (id) ON DELETE CASCADE,
  CONSTRAINT community_members_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- "À la une": the items a territory team features on its home page, in order.
CREATE TABLE featured (
  territory_id     SMALLINT UNSIGNED NOT NULL,
  contribution_id  INT UNSIGNED NOT NULL,
  position         SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (territory_id, contribution_id),
  KEY featured_order (territory_id, position),
  CONSTRAINT featured_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id),
  CONSTRAINT featured_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE comments (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contribution_id  INT UNSIGNED NOT NULL,
  member_id        INT UNSIGNED NULL,
  body             TEXT NOT NULL,
  status           ENUM('published','unpublished') NOT NULL DEFAULT 'published',
  created_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY comments_contribution (contribution_id, created_at),
  CONSTRAINT comments_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE,
  CONSTRAINT comments_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE likes (
  member_id        INT UNSIGNED NOT NULL,
  contribution_id  INT UNSIGNED NOT NULL,
  created_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (member_id, contribution_id),
  KEY likes_contribution (contribution_id),
  CONSTRAINT likes_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT likes_contribution_fk FOREIGN KEY (contribution_id) REFERENCES contributions (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE follows (
  follower_id    INT UNSIGNED NOT NULL,
  followed_kind  ENUM('member','structure','community','theme','tag','territory') NOT NULL,
  followed_id    INT UNSIGNED NOT NULL,
  created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (follower_id, followed_kind, followed_id),
  KEY follows_followed (followed_kind, followed_id),
  CONSTRAINT follows_follower_fk FOREIGN KEY (follower_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE messages (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sender_id     INT UNSIGNED NULL,
  recipient_id  INT UNSIGNED NOT NULL,
  subject       VARCHAR(200) NOT NULL DEFAULT '',
  body          TEXT NOT NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  read_at       DATETIME NULL,
  KEY messages_recipient (recipient_id, created_at),
  KEY messages_sender (sender_id, created_at),
  CONSTRAINT messages_sender_fk FOREIGN KEY (sender_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT messages_recipient_fk FOREIGN KEY (recipient_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE reports (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reporter_id   INT UNSIGNED NULL,
  territory_id  SMALLINT UNSIGNED NOT NULL,
  target_kind   ENUM('contribution','comment') NOT NULL,
  target_id     INT UNSIGNED NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  status        ENUM('open','dismissed','actioned') NOT NULL DEFAULT 'open',
  handled_by    INT UNSIGNED NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  handled_at    DATETIME NULL,
  KEY reports_queue (territory_id, status, created_at),
  CONSTRAINT reports_reporter_fk FOREIGN KEY (reporter_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT reports_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id),
  CONSTRAINT reports_handler_fk FOREIGN KEY (handled_by) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB;

-- Public statistics: one row per territory and day.
CREATE TABLE visits (
  territory_id  SMALLINT UNSIGNED NOT NULL,
  day           DATE NOT NULL,
  page_views    INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (territory_id, day),
  CONSTRAINT visits_territory_fk FOREIGN KEY (territory_id) REFERENCES territories (id)
) ENGINE=InnoDB;
