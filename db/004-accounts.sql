-- Accounts: sessions, single-use e-mail tokens, and attempt counters.
-- Tokens are 256-bit random values; only their SHA-256 is stored, so a
-- copy of the database opens no session and confirms no address.

CREATE TABLE sessions (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash  BINARY(32) NOT NULL UNIQUE,
  member_id   INT UNSIGNED NOT NULL,
  csrf        CHAR(43) NOT NULL,            -- the forms' token, tied to the session
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at  DATETIME NOT NULL,
  KEY sessions_member (member_id),
  KEY sessions_expiry (expires_at),
  CONSTRAINT sessions_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE member_tokens (
  token_hash  BINARY(32) NOT NULL PRIMARY KEY,
  member_id   INT UNSIGNED NOT NULL,
  purpose     ENUM('confirm','reset','email') NOT NULL,
  new_email   VARCHAR(254) NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at  DATETIME NOT NULL,
  used_at     DATETIME NULL,
  KEY member_tokens_member (member_id, purpose),
  CONSTRAINT member_tokens_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Login, sign-up and reset attempts per address and per account, in
-- fixed windows: "login:ip:192.0.2.1", "login:mail:a@b.example".
CREATE TABLE throttle (
  bucket        VARCHAR(300) NOT NULL PRIMARY KEY,
  window_start  DATETIME NOT NULL,
  attempts      INT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;
