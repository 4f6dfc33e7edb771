/*
 * All SQL of the program, `?` placeholders only.  Column aliases shape
 * the XML built from the rows (see dbxml.c): `@id` is an attribute of
 * the row element, `author/name` a child of a child, `~body` Markdown
 * rendered to XHTML.  Times are UTC; FROM_UNIXTIME relies on the
 * session time zone being +00:00 (set at connect).
 */
#include "db-stmts.h"

/* The URL path of a contribution: always under its home territory. */
#define ITEM_URL(c, t) \
	"CONCAT('/', " t ".slug, '/', ELT(" c ".kind + 0, 'articles', " \
	"'evenements', 'annonces', 'dossiers', 'projets'), '/', " c ".id, " \
	"'-', " c ".slug)"

/* What every listing shows of a contribution. */
#define ITEM_COLS \
	"c.id AS `@id`, c.kind AS `@kind`, " ITEM_URL("c", "ht") " AS `@url`, " \
	"c.title AS title, c.summary AS summary, " \
	"c.published_at AS published, c.updated_at AS updated, " \
	"c.image_url AS `image/@src`, c.image_alt AS `image/@alt`, " \
	"ht.slug AS `territory/@slug`, ht.name AS territory, " \
	"a.id AS `author/@id`, a.kind AS `author/@kind`, " \
	"CONCAT('/membres/', a.id, '-', a.slug) AS `author/@url`, " \
	"a.display_name AS `author/name`, " \
	"s.id AS `structure/@id`, " \
	"CONCAT('/', st.slug, '/structures/', s.id, '-', s.slug) AS `structure/@url`, " \
	"s.name AS `structure/name`, " \
	"th.slug AS `theme/@slug`, th.name_en AS `theme/@en`, th.name_fr AS theme"

#define ITEM_JOINS \
	" JOIN territories ht ON ht.id = c.territory_id" \
	" LEFT JOIN members a ON a.id = c.author_id" \
	" LEFT JOIN structures s ON s.id = c.structure_id" \
	" LEFT JOIN territories st ON st.id = s.territory_id" \
	" LEFT JOIN themes th ON th.id = c.theme_id"

/* The next timing of an event, for listings that are not the agenda. */
#define NEXT_TIMING \
	", (SELECT MIN(x.begins_at) FROM event_timings x" \
	" WHERE x.contribution_id = c.id AND x.ends_at >= UTC_TIMESTAMP())" \
	" AS `timing/@begins`"

/* Theme, tag and structure filters (6 arguments): 0 means none. */
#define FILTERS \
	" AND (? = 0 OR c.theme_id = ?)" \
	" AND (? = 0 OR EXISTS (SELECT 1 FROM contribution_tags f" \
	" WHERE f.contribution_id = c.id AND f.tag_id = ?))" \
	" AND (? = 0 OR c.structure_id = ?)"

/* Keyset pagination, newest first: (published_at, id) below the cursor. */
#define BEFORE(col, id) \
	" AND (" col " < FROM_UNIXTIME(?) OR (" col " = FROM_UNIXTIME(?)" \
	" AND " id " < ?))"

/* What partners need of an event: its place, status, registration. */
#define EVENT_COLS \
	", e.event_status AS `event-status`, e.attendance_mode AS `attendance-mode`," \
	" e.audience AS audience, e.price AS price," \
	" e.registration_url AS registration," \
	" pl.id AS `place/@id`, pl.latitude AS `place/@latitude`," \
	" pl.longitude AS `place/@longitude`, pl.name AS `place/name`," \
	" pl.address AS `place/address`, pl.postcode AS `place/postcode`," \
	" pl.city AS `place/city`"

#define TIMING_COLS \
	", et.id AS `timing/@id`, et.begins_at AS `timing/@begins`," \
	" et.ends_at AS `timing/@ends`" EVENT_COLS

#define TIMING_JOINS \
	" JOIN events e ON e.contribution_id = c.id" \
	" LEFT JOIN places pl ON pl.id = e.place_id"

/* Tags and (for events) all timings, as lists (see `+` in xml.h). */
#define TAGS_COL \
	", (SELECT GROUP_CONCAT(CONCAT('slug=', tg.slug, CHAR(31), '.=', tg.name)" \
	" ORDER BY tg.name SEPARATOR '\x1e') FROM contribution_tags xt" \
	" JOIN tags tg ON tg.id = xt.tag_id WHERE xt.contribution_id = c.id)" \
	" AS `+tags/tag`"

#define TIMINGS_COL \
	", (SELECT GROUP_CONCAT(CONCAT('id=', xe.id, CHAR(31), 'begins=', xe.begins_at," \
	" CHAR(31), 'ends=', xe.ends_at) ORDER BY xe.begins_at SEPARATOR '\x1e')" \
	" FROM event_timings xe WHERE xe.contribution_id = c.id) AS `+timings/timing`"

/* Feeds: bodies, tags, and the event details of events. */
#define FEED_COLS ", c.body AS `~body`, c.created_at AS created" TAGS_COL \
	TIMINGS_COL EVENT_COLS
#define FEED_JOINS \
	" LEFT JOIN events e ON e.contribution_id = c.id" \
	" LEFT JOIN places pl ON pl.id = e.place_id"

const char *const db_stmts[STMT__MAX] = {
[STMT_TERRITORIES] =
	"SELECT id AS `@id`, slug AS `@slug`, is_network AS `@network`,"
	" CONCAT('/', slug, '/') AS `@url`, name, tagline,"
	" members_count AS `@members`, contributions_count AS `@contributions`,"
	" latitude AS `@latitude`, longitude AS `@longitude`, updated_at AS updated"
	" FROM territories ORDER BY position",

[STMT_NET_TERRITORIES] =
	"SELECT id AS `@id`, slug AS `@slug`, CONCAT('/', slug, '/') AS `@url`,"
	" name, tagline, members_count AS `@members`,"
	" contributions_count AS `@contributions`, latitude AS `@latitude`,"
	" longitude AS `@longitude`, updated_at AS updated"
	" FROM territories WHERE NOT is_network ORDER BY position",

[STMT_THEMES] =
	"SELECT id AS `@id`, slug AS `@slug`, name_en AS `@en`, name_fr AS name"
	" FROM themes ORDER BY position",

[STMT_THEME_BY_SLUG] =
	"SELECT id AS `@id`, slug AS `@slug`, name_en AS `@en`, name_fr AS name"
	" FROM themes WHERE slug = ?",

[STMT_TAG_BY_SLUG] =
	"SELECT id AS `@id`, slug AS `@slug`, name FROM tags WHERE slug = ?",

[STMT_NET_STATS] =
	"SELECT (SELECT COUNT(*) FROM territories WHERE NOT is_network)"
	" AS `@territories`, members_count AS `@members`,"
	" contributions_count AS `@contributions`,"
	" (SELECT COALESCE(SUM(page_views), 0) FROM visits"
	" WHERE day >= UTC_DATE() - INTERVAL 30 DAY) AS `@visits`"
	" FROM territories WHERE is_network LIMIT 1",

[STMT_NET_LATEST] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING
	" FROM contributions c FORCE INDEX (contributions_published)" ITEM_JOINS
	" WHERE c.status = 'published' AND c.kind IN ('article', 'annonce',"
	" 'dossier', 'project')"
	" ORDER BY c.published_at DESC, c.id DESC LIMIT ?",

[STMT_NET_UPCOMING] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS TIMING_COLS
	" FROM event_timings et FORCE INDEX (event_timings_begins)"
	" JOIN contributions c ON c.id = et.contribution_id" TIMING_JOINS ITEM_JOINS
	" WHERE et.begins_at >= UTC_TIMESTAMP() - INTERVAL 1 DAY"
	" AND et.ends_at >= UTC_TIMESTAMP() AND c.status = 'published'"
	" ORDER BY et.begins_at, et.id LIMIT ?",

[STMT_FEATURED] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING " FROM featured f"
	" JOIN contributions c ON c.id = f.contribution_id" ITEM_JOINS
	" WHERE f.territory_id = ? AND c.status = 'published'"
	" ORDER BY f.position",

/* A territory's listing of one kind: territory, kind, theme x2, tag x2,
 * cursor time x2, cursor id, limit. */
[STMT_LIST] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ", UNIX_TIMESTAMP(ct.published_at)"
	" AS `@sort` FROM contribution_territories ct FORCE INDEX (ct_listing)"
	" JOIN contributions c ON c.id = ct.contribution_id" ITEM_JOINS
	" WHERE ct.territory_id = ? AND ct.kind = ? AND c.status = 'published'"
	FILTERS BEFORE("ct.published_at", "ct.contribution_id")
	" ORDER BY ct.published_at DESC, ct.contribution_id DESC LIMIT ?",

/* The same with the bodies, for feeds. */
[STMT_LIST_FEED] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ", UNIX_TIMESTAMP(ct.published_at)"
	" AS `@sort`" FEED_COLS
	" FROM contribution_territories ct FORCE INDEX (ct_listing)"
	" JOIN contributions c ON c.id = ct.contribution_id" ITEM_JOINS FEED_JOINS
	" WHERE ct.territory_id = ? AND ct.kind = ? AND c.status = 'published'"
	FILTERS BEFORE("ct.published_at", "ct.contribution_id")
	" ORDER BY ct.published_at DESC, ct.contribution_id DESC LIMIT ?",

/* Every kind in a territory: territory, theme x2, tag x2, cursor x3, limit. */
[STMT_TERR_ALL_FEED] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ", UNIX_TIMESTAMP(ct.published_at)"
	" AS `@sort`" FEED_COLS
	" FROM contribution_territories ct FORCE INDEX (ct_all)"
	" JOIN contributions c ON c.id = ct.contribution_id" ITEM_JOINS FEED_JOINS
	" WHERE ct.territory_id = ? AND c.status = 'published'"
	FILTERS BEFORE("ct.published_at", "ct.contribution_id")
	" ORDER BY ct.published_at DESC, ct.contribution_id DESC LIMIT ?",

[STMT_NET_ALL_FEED] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ", UNIX_TIMESTAMP(c.published_at)"
	" AS `@sort`" FEED_COLS
	" FROM contributions c FORCE INDEX (contributions_published)" ITEM_JOINS FEED_JOINS
	" WHERE c.status = 'published'"
	FILTERS BEFORE("c.published_at", "c.id")
	" ORDER BY c.published_at DESC, c.id DESC LIMIT ?",

/* The agenda: each timing is an entry, soonest first.  territory,
 * from (at most a day ago: what began yesterday may still run), to, theme x2, tag x2, cursor time x2, cursor id, limit. */
[STMT_AGENDA] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS TIMING_COLS TAGS_COL ", c.created_at AS created,"
	" UNIX_TIMESTAMP(et.begins_at) AS `@sort`"
	" FROM event_timings et FORCE INDEX (event_timings_begins)"
	" JOIN contribution_territories ct FORCE INDEX (PRIMARY)"
	" ON ct.contribution_id = et.contribution_id"
	" AND ct.territory_id = ?"
	" JOIN contributions c ON c.id = et.contribution_id" TIMING_JOINS ITEM_JOINS
	" WHERE et.begins_at >= FROM_UNIXTIME(?)"
	" AND et.ends_at >= UTC_TIMESTAMP() AND et.begins_at < FROM_UNIXTIME(?)"
	" AND c.status = 'published'" FILTERS
	" AND (et.begins_at > FROM_UNIXTIME(?) OR (et.begins_at = FROM_UNIXTIME(?)"
	" AND et.id > ?))"
	" ORDER BY et.begins_at, et.id LIMIT ?",

/* Past events, latest first: territory, theme x2, tag x2, cursor x3, limit. */
[STMT_AGENDA_PAST] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS TIMING_COLS TAGS_COL ", c.created_at AS created,"
	" UNIX_TIMESTAMP(et.begins_at) AS `@sort`"
	" FROM event_timings et FORCE INDEX (event_timings_begins)"
	" JOIN contribution_territories ct FORCE INDEX (PRIMARY)"
	" ON ct.contribution_id = et.contribution_id"
	" AND ct.territory_id = ?"
	" JOIN contributions c ON c.id = et.contribution_id" TIMING_JOINS ITEM_JOINS
	" WHERE et.ends_at < UTC_TIMESTAMP() AND c.status = 'published'" FILTERS
	BEFORE("et.begins_at", "et.id")
	" ORDER BY et.begins_at DESC, et.id DESC LIMIT ?",

[STMT_ITEM] =
	"SELECT " ITEM_COLS ", c.views AS views, c.body AS `~body`,"
	" c.created_at AS created,"
	" e.event_status AS `event-status`, e.attendance_mode AS `attendance-mode`,"
	" e.audience AS audience, e.price AS price,"
	" e.registration_url AS registration,"
	" pl.id AS `place/@id`, pl.latitude AS `place/@latitude`,"
	" pl.longitude AS `place/@longitude`, pl.name AS `place/name`,"
	" pl.address AS `place/address`, pl.postcode AS `place/postcode`,"
	" pl.city AS `place/city`,"
	" an.annonce_kind AS `annonce-kind`, an.deadline AS deadline"
	" FROM contributions c" ITEM_JOINS
	" LEFT JOIN events e ON e.contribution_id = c.id"
	" LEFT JOIN places pl ON pl.id = e.place_id"
	" LEFT JOIN annonces an ON an.contribution_id = c.id"
	" WHERE c.id = ? AND c.kind = ? AND c.status = 'published'",

[STMT_ITEM_TAGS] =
	"SELECT t.slug AS `@slug`, t.name AS `.` FROM contribution_tags ct"
	" JOIN tags t ON t.id = ct.tag_id WHERE ct.contribution_id = ?"
	" ORDER BY t.name",

[STMT_ITEM_TERRITORIES] =
	"SELECT t.slug AS `@slug`, CONCAT('/', t.slug, '/') AS `@url`, t.name AS `.`"
	" FROM contribution_territories ct JOIN territories t ON t.id = ct.territory_id"
	" WHERE ct.contribution_id = ? ORDER BY t.position",

[STMT_EVENT_TIMINGS] =
	"SELECT id AS `@id`, begins_at AS `@begins`, ends_at AS `@ends`"
	" FROM event_timings WHERE contribution_id = ? ORDER BY begins_at",

[STMT_DOSSIER_ITEMS] =
	"SELECT " ITEM_COLS NEXT_TIMING " FROM dossier_items d"
	" JOIN contributions c ON c.id = d.contribution_id" ITEM_JOINS
	" WHERE d.dossier_id = ? AND c.status = 'published' ORDER BY d.position",

[STMT_MEMBER] =
	"SELECT m.id AS `@id`, m.kind AS `@kind`,"
	" CONCAT('/membres/', m.id, '-', m.slug) AS `@url`, m.slug AS `@slug`,"
	" m.display_name AS name, m.bio AS `~bio`, m.website AS website,"
	" m.avatar_url AS `avatar/@src`, t.slug AS `territory/@slug`,"
	" t.name AS territory, m.created_at AS created, m.updated_at AS updated,"
	" (SELECT COUNT(*) FROM contributions x WHERE x.author_id = m.id"
	" AND x.status = 'published') AS `@contributions`"
	" FROM members m JOIN territories t ON t.id = m.home_territory_id"
	" WHERE m.id = ? AND m.status = 'active'",

/* author, cursor x3, limit */
[STMT_MEMBER_ITEMS] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ", UNIX_TIMESTAMP(c.published_at) AS `@sort`"
	" FROM contributions c FORCE INDEX (contributions_author)" ITEM_JOINS
	" WHERE c.author_id = ? AND c.status = 'published'"
	BEFORE("c.published_at", "c.id")
	" ORDER BY c.published_at DESC, c.id DESC LIMIT ?",

[STMT_STRUCTURE] =
	"SELECT s.id AS `@id`, s.kind AS `@kind`,"
	" CONCAT('/', t.slug, '/structures/', s.id, '-', s.slug) AS `@url`,"
	" s.slug AS `@slug`, s.name AS name, s.description AS `~description`,"
	" s.website AS website, s.logo_url AS `logo/@src`,"
	" t.slug AS `territory/@slug`, t.name AS territory,"
	" pl.name AS `place/name`, pl.address AS `place/address`,"
	" pl.postcode AS `place/postcode`, pl.city AS `place/city`,"
	" pl.latitude AS `place/@latitude`, pl.longitude AS `place/@longitude`,"
	" s.updated_at AS updated"
	" FROM structures s JOIN territories t ON t.id = s.territory_id"
	" LEFT JOIN places pl ON pl.id = s.place_id"
	" WHERE s.id = ? AND s.status = 'active'",

/* structure, cursor x3, limit */
[STMT_STRUCTURE_ITEMS] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ", UNIX_TIMESTAMP(c.published_at) AS `@sort`"
	" FROM contributions c FORCE INDEX (contributions_structure)" ITEM_JOINS
	" WHERE c.structure_id = ? AND c.status = 'published'"
	BEFORE("c.published_at", "c.id")
	" ORDER BY c.published_at DESC, c.id DESC LIMIT ?",

/* A territory's structures, by name: territory only. */
[STMT_STRUCTURES] =
	"SELECT s.id AS `@id`, s.kind AS `@kind`,"
	" CONCAT('/', t.slug, '/structures/', s.id, '-', s.slug) AS `@url`,"
	" s.name AS name, pl.city AS city, s.updated_at AS updated"
	" FROM structures s JOIN territories t ON t.id = s.territory_id"
	" LEFT JOIN places pl ON pl.id = s.place_id"
	" WHERE s.territory_id = ? AND s.status = 'active' ORDER BY s.name, s.id",

[STMT_THEME_COUNTS] =
	"SELECT th.id AS `@id`, th.slug AS `@slug`, th.name_en AS `@en`,"
	" th.name_fr AS name FROM themes th ORDER BY th.position",

/* Real addresses for the partners' documentation, from one territory. */
[STMT_EXAMPLES] =
	"SELECT t.slug AS `territory/@slug`, t.name AS `territory/@name`,"
	" (SELECT CONCAT('/', t.slug, '/evenements/', c.id, '-', c.slug)"
	" FROM event_timings et JOIN contributions c ON c.id = et.contribution_id"
	" WHERE c.territory_id = t.id AND c.status = 'published'"
	" AND et.begins_at >= UTC_TIMESTAMP() ORDER BY et.begins_at LIMIT 1)"
	" AS `event/@url`,"
	" (SELECT CONCAT('/', t.slug, '/articles/', c.id, '-', c.slug)"
	" FROM contributions c FORCE INDEX (contributions_published)"
	" WHERE c.status = 'published' AND c.territory_id = t.id"
	" AND c.kind = 'article' ORDER BY c.published_at DESC LIMIT 1)"
	" AS `article/@url`,"
	" (SELECT slug FROM themes ORDER BY position LIMIT 1) AS `theme/@slug`,"
	" (SELECT name_fr FROM themes ORDER BY position LIMIT 1) AS `theme/@name`,"
	" (SELECT tg.slug FROM tags tg JOIN contribution_tags x ON x.tag_id = tg.id"
	" ORDER BY tg.id LIMIT 1) AS `tag/@slug`,"
	" (SELECT tg.name FROM tags tg JOIN contribution_tags x ON x.tag_id = tg.id"
	" ORDER BY tg.id LIMIT 1) AS `tag/@name`,"
	" (SELECT s.id FROM structures s JOIN contributions c"
	" ON c.structure_id = s.id AND c.status = 'published'"
	" WHERE s.territory_id = t.id AND s.status = 'active' ORDER BY s.id LIMIT 1)"
	" AS `structure/@id`,"
	" (SELECT CONCAT('/', t.slug, '/structures/', s.id, '-', s.slug)"
	" FROM structures s JOIN contributions c"
	" ON c.structure_id = s.id AND c.status = 'published'"
	" WHERE s.territory_id = t.id AND s.status = 'active' ORDER BY s.id LIMIT 1)"
	" AS `structure/@url`,"
	" (SELECT CONCAT('/membres/', m.id, '-', m.slug) FROM members m"
	" JOIN contributions c ON c.author_id = m.id AND c.status = 'published'"
	" WHERE m.home_territory_id = t.id AND m.status = 'active'"
	" ORDER BY m.id LIMIT 1) AS `member/@url`"
	", (SELECT CONCAT('/', t.slug, '/dossiers/', c.id, '-', c.slug)"
	" FROM contributions c JOIN dossier_items d ON d.dossier_id = c.id"
	" WHERE c.territory_id = t.id AND c.kind = 'dossier'"
	" AND c.status = 'published' ORDER BY c.id LIMIT 1) AS `dossier/@url`,"
	" (SELECT CONCAT('/', t.slug, '/communautes/', cm.id, '-', cm.slug)"
	" FROM communities cm WHERE cm.territory_id = t.id ORDER BY cm.id LIMIT 1)"
	" AS `community/@url`"
	" FROM territories t WHERE t.id = ?",

/* A territory's sitemap: its own contributions (not those shared to it). */
[STMT_SITEMAP] =
	"SELECT STRAIGHT_JOIN c.id AS `@id`, " ITEM_URL("c", "ht") " AS `@url`,"
	" c.updated_at AS updated"
	" FROM contribution_territories ct FORCE INDEX (ct_all)"
	" JOIN contributions c ON c.id = ct.contribution_id"
	" JOIN territories ht ON ht.id = c.territory_id"
	" WHERE ct.territory_id = ? AND c.territory_id = ct.territory_id"
	" AND c.status = 'published'"
	" ORDER BY ct.published_at DESC, ct.contribution_id DESC LIMIT ?",

[STMT_PLACES] =
	"SELECT p.id AS `@id`, p.latitude AS `@latitude`, p.longitude AS `@longitude`,"
	" p.is_visit AS `@visit`, p.name AS name, p.address AS address,"
	" p.postcode AS postcode, p.city AS city, p.updated_at AS updated"
	" FROM places p WHERE p.territory_id = ? ORDER BY p.name, p.id",

/* Search in a territory: the boolean expression (see search_terms),
 * cursor x3, limit; newest first. */
[STMT_SEARCH] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ","
	" UNIX_TIMESTAMP(ct.published_at) AS `@sort`" FEED_COLS
	" FROM contributions c"
	" JOIN contribution_territories ct FORCE INDEX (PRIMARY)"
	" ON ct.contribution_id = c.id AND ct.territory_id = ?"
	ITEM_JOINS FEED_JOINS
	" WHERE MATCH (c.title, c.summary) AGAINST (? IN BOOLEAN MODE)"
	" AND c.status = 'published'" BEFORE("ct.published_at", "c.id")
	" ORDER BY ct.published_at DESC, c.id DESC LIMIT ?",

[STMT_SEARCH_NET] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ","
	" UNIX_TIMESTAMP(c.published_at) AS `@sort`" FEED_COLS
	" FROM contributions c" ITEM_JOINS FEED_JOINS
	" WHERE MATCH (c.title, c.summary) AGAINST (? IN BOOLEAN MODE)"
	" AND c.status = 'published'" BEFORE("c.published_at", "c.id")
	" ORDER BY c.published_at DESC, c.id DESC LIMIT ?",

#define COMMUNITY_COLS \
	"cm.id AS `@id`," \
	" CONCAT('/', t.slug, '/communautes/', cm.id, '-', cm.slug) AS `@url`," \
	" (SELECT COUNT(*) FROM community_members x JOIN members xm" \
	" ON xm.id = x.member_id AND xm.status = 'active'" \
	" WHERE x.community_id = cm.id)" \
	" AS `@members`, cm.name AS name, cm.description AS `~description`," \
	" th.slug AS `theme/@slug`, th.name_en AS `theme/@en`, th.name_fr AS theme," \
	" cm.created_at AS created, cm.updated_at AS updated" \
	" FROM communities cm JOIN territories t ON t.id = cm.territory_id" \
	" LEFT JOIN themes th ON th.id = cm.theme_id"

[STMT_COMMUNITIES] =
	"SELECT " COMMUNITY_COLS " WHERE cm.territory_id = ? ORDER BY cm.name, cm.id",

[STMT_COMMUNITY] =
	"SELECT " COMMUNITY_COLS " WHERE cm.id = ?",

[STMT_COMMUNITY_MEMBERS] =
	"SELECT m.id AS `@id`, CONCAT('/membres/', m.id, '-', m.slug) AS `@url`,"
	" m.kind AS `@kind`, x.role AS `@role`, m.display_name AS name"
	" FROM community_members x JOIN members m ON m.id = x.member_id"
	" WHERE x.community_id = ? AND m.status = 'active'"
	" ORDER BY x.role = 'animator' DESC, m.display_name LIMIT 50",

/* What the members of a community published: community, cursor x3, limit. */
[STMT_COMMUNITY_ITEMS] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ","
	" UNIX_TIMESTAMP(c.published_at) AS `@sort`" FEED_COLS
	" FROM community_members x"
	" JOIN contributions c FORCE INDEX (contributions_author)"
	" ON c.author_id = x.member_id AND c.status = 'published'"
	ITEM_JOINS FEED_JOINS
	" WHERE x.community_id = ?" BEFORE("c.published_at", "c.id")
	" ORDER BY c.published_at DESC, c.id DESC LIMIT ?",

/* Accounts.  Tokens travel as hex of their SHA-256: UNHEX(?). */
[STMT_SESSION_GET] =
	"SELECT s.csrf AS `@csrf`, m.id AS `@id`,"
	" CONCAT('/membres/', m.id, '-', m.slug) AS `@url`, m.display_name AS name"
	" FROM sessions s JOIN members m ON m.id = s.member_id"
	" WHERE s.token_hash = UNHEX(?) AND s.expires_at > UTC_TIMESTAMP()"
	" AND m.status = 'active'",

[STMT_SESSION_NEW] =
	"INSERT INTO sessions (token_hash, member_id, csrf, expires_at)"
	" VALUES (UNHEX(?), ?, ?, UTC_TIMESTAMP() + INTERVAL ? DAY)",

[STMT_SESSION_DELETE] =
	"DELETE FROM sessions WHERE token_hash = UNHEX(?)",

[STMT_SESSIONS_DELETE_MEMBER] =
	"DELETE FROM sessions WHERE member_id = ?",

[STMT_MEMBER_BY_EMAIL] =
	"SELECT id AS `@id`, status AS `@status`, password_hash AS hash"
	" FROM members WHERE email = ?",

[STMT_MEMBER_CREATE] =
	"INSERT INTO members (kind, display_name, slug, email, password_hash,"
	" home_territory_id, status) VALUES (?, ?, ?, ?, ?, ?, 'pending')",

[STMT_MEMBER_PASSWORD] =
	"UPDATE members SET password_hash = ?, updated_at = UTC_TIMESTAMP()"
	" WHERE id = ?",

[STMT_MEMBER_ACTIVATE] =
	"UPDATE members SET status = 'active', confirmed_at = UTC_TIMESTAMP(),"
	" updated_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'pending'",

[STMT_MEMBER_HASH] =
	"SELECT password_hash AS hash FROM members WHERE id = ?",

[STMT_ACCOUNT] =
	"SELECT m.id AS `@id`, CONCAT('/membres/', m.id, '-', m.slug) AS `@url`,"
	" m.kind AS `@kind`, m.display_name AS name, m.email AS email,"
	" t.slug AS `territory/@slug`, t.name AS territory, m.created_at AS created"
	" FROM members m JOIN territories t ON t.id = m.home_territory_id"
	" WHERE m.id = ?",

/* hash, member, purpose, minutes */
[STMT_TOKEN_NEW] =
	"INSERT INTO member_tokens (token_hash, member_id, purpose, expires_at)"
	" VALUES (UNHEX(?), ?, ?, UTC_TIMESTAMP() + INTERVAL ? MINUTE)",

/* Single use: only the first UPDATE of a valid token changes a row. */
[STMT_TOKEN_USE] =
	"UPDATE member_tokens SET used_at = UTC_TIMESTAMP()"
	" WHERE token_hash = UNHEX(?) AND purpose = ? AND used_at IS NULL"
	" AND expires_at > UTC_TIMESTAMP()",

[STMT_TOKEN_PEEK] =
	"SELECT member_id AS `@id`, used_at AS used FROM member_tokens"
	" WHERE token_hash = UNHEX(?) AND purpose = ?"
	" AND expires_at > UTC_TIMESTAMP()",

/* Fixed windows of 15 minutes per bucket. */
[STMT_THROTTLE_HIT] =
	"INSERT INTO throttle (bucket, window_start, attempts)"
	" VALUES (?, UTC_TIMESTAMP(), 1) ON DUPLICATE KEY UPDATE"
	" attempts = IF(window_start < UTC_TIMESTAMP() - INTERVAL 15 MINUTE,"
	" 1, attempts + 1),"
	" window_start = IF(window_start < UTC_TIMESTAMP() - INTERVAL 15 MINUTE,"
	" UTC_TIMESTAMP(), window_start)",

[STMT_THROTTLE_GET] =
	"SELECT attempts AS `@n` FROM throttle WHERE bucket = ?"
	" AND window_start >= UTC_TIMESTAMP() - INTERVAL 15 MINUTE",

[STMT_THROTTLE_CLEAR] =
	"DELETE FROM throttle WHERE bucket = ?",

/* Housekeeping, a thousand rows at a time. */
[STMT_SESSIONS_EXPIRE] =
	"DELETE FROM sessions WHERE expires_at < UTC_TIMESTAMP() LIMIT 1000",

[STMT_TOKENS_EXPIRE] =
	"DELETE FROM member_tokens WHERE expires_at < UTC_TIMESTAMP()"
	" - INTERVAL 1 DAY LIMIT 1000",

[STMT_THROTTLE_EXPIRE] =
	"DELETE FROM throttle WHERE window_start < UTC_TIMESTAMP()"
	" - INTERVAL 1 HOUR LIMIT 1000",

[STMT_VIEWS_ADD] =
	"UPDATE contributions SET views = views + ? WHERE id = ?",

[STMT_VISITS_ADD] =
	"INSERT INTO visits (territory_id, day, page_views) VALUES (?, UTC_DATE(), ?)"
	" ON DUPLICATE KEY UPDATE page_views = page_views + VALUES(page_views)",
};
