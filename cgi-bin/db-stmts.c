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
	"NULLIF(c.comments_count, 0) AS `@comments`, " \
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
	/* Still listed there: not un-shared since it was featured. */
	" AND EXISTS (SELECT 1 FROM contribution_territories fl"
	" WHERE fl.contribution_id = c.id AND fl.territory_id = f.territory_id)"
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
	" an.annonce_kind AS `annonce-kind`, an.deadline AS deadline,"
	" c.attachment_url AS `attachment/@href`, c.attachment_name AS attachment"
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

/* A territory's structures, by name: territory, kind x2 ('' for all),
 * LIKE pattern x2 ('' for all), cursor id, cursor name x2, cursor id (the
 * last one shown; 0 from the start), limit. */
[STMT_STRUCTURES] =
	"SELECT s.id AS `@id`, s.kind AS `@kind`,"
	" CONCAT('/', t.slug, '/structures/', s.id, '-', s.slug) AS `@url`,"
	" s.name AS name, pl.city AS city, s.updated_at AS updated"
	" FROM structures s JOIN territories t ON t.id = s.territory_id"
	" LEFT JOIN places pl ON pl.id = s.place_id"
	" WHERE s.territory_id = ? AND s.status = 'active'"
	" AND (? = '' OR s.kind = ?) AND (? = '' OR s.name LIKE ?)"
	" AND (? = 0 OR s.name > ? OR (s.name = ? AND s.id > ?))"
	" ORDER BY s.name, s.id LIMIT ?",

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
	" CONCAT('/membres/', m.id, '-', m.slug) AS `@url`, m.display_name AS name,"
	" (SELECT GROUP_CONCAT(r.territory_id, ':', r.role) FROM member_roles r"
	" WHERE r.member_id = m.id) AS roles,"
	" (SELECT GROUP_CONCAT(e.structure_id ORDER BY e.structure_id)"
	" FROM structure_editors e WHERE e.member_id = m.id) AS structures"
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

/*
 * Contributing ("Je contribue", page-contribute.c).  A status change
 * runs inside the caller's transaction: the row is locked first, then
 * contribution_territories and the counters move together.
 */
[STMT_CONTRIB_LOCK] =
	"SELECT status AS `@status` FROM contributions WHERE id = ? FOR UPDATE",

/* The first publication dates it; a later one keeps that date. */
[STMT_CONTRIB_SET_PUBLISHED] =
	"UPDATE contributions SET status = 'published', moderation_note = NULL,"
	" published_at = COALESCE(published_at, UTC_TIMESTAMP()),"
	" updated_at = UTC_TIMESTAMP() WHERE id = ?",

/* note (or NULL), id */
[STMT_CONTRIB_SET_UNPUBLISHED] =
	"UPDATE contributions SET status = 'unpublished', moderation_note = ?,"
	" updated_at = UTC_TIMESTAMP() WHERE id = ?",

/* Where a published contribution is listed: home, then shares.  id x2 */
[STMT_LISTING_ADD] =
	"INSERT IGNORE INTO contribution_territories"
	" (contribution_id, territory_id, kind, published_at)"
	" SELECT c.id, c.territory_id, c.kind, c.published_at FROM contributions c"
	" WHERE c.id = ?"
	" UNION SELECT c.id, s.territory_id, c.kind, c.published_at"
	" FROM contribution_shares s JOIN contributions c ON c.id = s.contribution_id"
	" JOIN territories t ON t.id = s.territory_id AND NOT t.is_network"
	" WHERE s.contribution_id = ?",

[STMT_LISTING_REMOVE] =
	"DELETE FROM contribution_territories WHERE contribution_id = ?",

/* Every territory listing it, and the network: after LISTING_ADD. */
[STMT_LISTING_COUNT_ADD] =
	"UPDATE territories SET contributions_count = contributions_count + 1"
	" WHERE is_network OR id IN (SELECT territory_id"
	" FROM contribution_territories WHERE contribution_id = ?)",

/* The same, before LISTING_REMOVE. */
[STMT_LISTING_COUNT_SUB] =
	"UPDATE territories SET contributions_count = contributions_count - 1"
	" WHERE contributions_count > 0 AND (is_network OR id IN (SELECT territory_id"
	" FROM contribution_territories WHERE contribution_id = ?))",

/* What the edit form starts from, and who may edit it. */
[STMT_CONTRIB_GET] =
	"SELECT c.id AS `@id`, c.kind AS `@kind`, c.status AS `@status`,"
	" c.territory_id AS `@territory`, c.author_id AS `@author`,"
	" c.structure_id AS `@structure`, " ITEM_URL("c", "ht") " AS `@url`,"
	" ht.slug AS `@home`, th.slug AS `@theme`, c.title AS `@title`,"
	" c.summary AS `@summary`, c.body AS `@body`, c.image_url AS `@image`,"
	" c.image_alt AS `@image-alt`, c.attachment_url AS `@attachment`,"
	" c.attachment_name AS `@attachment-name`,"
	" c.moderation_note AS `@note`,"
	" (SELECT GROUP_CONCAT(tg.name ORDER BY tg.name SEPARATOR ', ')"
	" FROM contribution_tags x JOIN tags tg ON tg.id = x.tag_id"
	" WHERE x.contribution_id = c.id) AS `@tags`,"
	" e.place_id AS `@place`, e.audience AS `@audience`, e.price AS `@price`,"
	" e.registration_url AS `@link`, e.event_status AS `@event-status`,"
	" e.attendance_mode AS `@mode`, an.annonce_kind AS `@annonce-kind`,"
	" an.deadline AS `@deadline`"
	" FROM contributions c JOIN territories ht ON ht.id = c.territory_id"
	" LEFT JOIN themes th ON th.id = c.theme_id"
	" LEFT JOIN events e ON e.contribution_id = c.id"
	" LEFT JOIN annonces an ON an.contribution_id = c.id"
	" WHERE c.id = ?",

[STMT_CONTRIB_SHARES] =
	"SELECT t.slug AS `@slug` FROM contribution_shares s"
	" JOIN territories t ON t.id = s.territory_id"
	" WHERE s.contribution_id = ? ORDER BY t.position",

/* A dossier's elements, whatever their status, in order. */
[STMT_CONTRIB_ELEMENTS] =
	"SELECT c.id AS `@id`, c.status AS `@status`, " ITEM_URL("c", "ht")
	" AS `@url`, c.title AS `.` FROM dossier_items d"
	" JOIN contributions c ON c.id = d.contribution_id"
	" JOIN territories ht ON ht.id = c.territory_id"
	" WHERE d.dossier_id = ? ORDER BY d.position",

[STMT_CONTRIB_BRIEF] =
	"SELECT c.id AS `@id`, c.kind AS `@kind`, c.status AS `@status`, "
	ITEM_URL("c", "ht") " AS `@url`, c.title AS `.` FROM contributions c"
	" JOIN territories ht ON ht.id = c.territory_id WHERE c.id = ?",

/* The structures a member may sign with, and the one already signing:
 * structure (or 0), member. */
[STMT_VIEWER_STRUCTURES] =
	"SELECT s.id AS `@id`, s.name AS name FROM structures s"
	" WHERE s.status = 'active' AND (s.id = ? OR s.id IN"
	" (SELECT e.structure_id FROM structure_editors e WHERE e.member_id = ?))"
	" ORDER BY s.name, s.id",

[STMT_PLACE_GET] =
	"SELECT id AS `@id`, territory_id AS `@territory` FROM places WHERE id = ?",

/* territory, name, slug, address, postcode, city, latitude, longitude */
[STMT_PLACE_ADD] =
	"INSERT INTO places (territory_id, name, slug, address, postcode, city,"
	" latitude, longitude, created_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",

/* kind, territory, author, structure, theme, title, slug, summary, body,
 * image, alt, attachment, its name */
[STMT_CONTRIB_INSERT] =
	"INSERT INTO contributions (kind, territory_id, author_id, structure_id,"
	" theme_id, title, slug, summary, body, image_url, image_alt,"
	" attachment_url, attachment_name, status, created_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', UTC_TIMESTAMP(),"
	" UTC_TIMESTAMP())",

/* territory, structure, theme, title, slug, summary, body, image, alt,
 * attachment, its name, id */
[STMT_CONTRIB_UPDATE] =
	"UPDATE contributions SET territory_id = ?, structure_id = ?, theme_id = ?,"
	" title = ?, slug = ?, summary = ?, body = ?, image_url = ?, image_alt = ?,"
	" attachment_url = ?, attachment_name = ?, updated_at = UTC_TIMESTAMP()"
	" WHERE id = ?",

/* Tags are made on the fly: slug, name. */
[STMT_TAG_ADD] =
	"INSERT IGNORE INTO tags (slug, name) VALUES (?, ?)",

[STMT_CONTRIB_TAGS_CLEAR] =
	"DELETE FROM contribution_tags WHERE contribution_id = ?",

/* contribution, tag slug */
[STMT_CONTRIB_TAG_ADD] =
	"INSERT IGNORE INTO contribution_tags (contribution_id, tag_id)"
	" SELECT ?, id FROM tags WHERE slug = ?",

[STMT_SHARES_CLEAR] =
	"DELETE FROM contribution_shares WHERE contribution_id = ?",

[STMT_SHARE_ADD] =
	"INSERT IGNORE INTO contribution_shares (contribution_id, territory_id)"
	" VALUES (?, ?)",

/* contribution, place, audience, price, registration, status, mode */
[STMT_EVENT_SAVE] =
	"INSERT INTO events (contribution_id, place_id, audience, price,"
	" registration_url, event_status, attendance_mode)"
	" VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
	" place_id = VALUES(place_id), audience = VALUES(audience),"
	" price = VALUES(price), registration_url = VALUES(registration_url),"
	" event_status = VALUES(event_status),"
	" attendance_mode = VALUES(attendance_mode)",

/* Timings keep their ids (the UIDs of calendars) when they change. */
[STMT_TIMING_IDS] =
	"SELECT id AS `@id` FROM event_timings WHERE contribution_id = ?"
	" ORDER BY begins_at, id",

/* begins, ends (UTC "YYYY-MM-DD HH:MM:SS"), id, contribution */
[STMT_TIMING_SET] =
	"UPDATE event_timings SET begins_at = ?, ends_at = ?"
	" WHERE id = ? AND contribution_id = ?",

/* contribution, begins, ends */
[STMT_TIMING_ADD] =
	"INSERT INTO event_timings (contribution_id, begins_at, ends_at)"
	" VALUES (?, ?, ?)",

[STMT_TIMING_DELETE] =
	"DELETE FROM event_timings WHERE id = ? AND contribution_id = ?",

/* contribution, kind, deadline (or NULL) */
[STMT_ANNONCE_SAVE] =
	"INSERT INTO annonces (contribution_id, annonce_kind, deadline)"
	" VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE"
	" annonce_kind = VALUES(annonce_kind), deadline = VALUES(deadline)",

[STMT_DOSSIER_CLEAR] =
	"DELETE FROM dossier_items WHERE dossier_id = ?",

/* dossier, element, position */
[STMT_DOSSIER_ADD] =
	"INSERT INTO dossier_items (dossier_id, contribution_id, position)"
	" VALUES (?, ?, ?)",

/* member, url, mime, bytes, name */
[STMT_MEDIA_ADD] =
	"INSERT INTO media (member_id, url, mime, bytes, name, created_at)"
	" VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP())",

[STMT_MEDIA_DELETE] =
	"DELETE FROM media WHERE url = ?",

[STMT_CONTRIB_DELETE] =
	"DELETE FROM contributions WHERE id = ?",

/* A member's own contributions, every status, newest change first:
 * author, cursor x3, limit. */
[STMT_MY_CONTRIBUTIONS] =
	"SELECT c.id AS `@id`, c.kind AS `@kind`, c.status AS `@status`, "
	ITEM_URL("c", "ht") " AS `@url`, UNIX_TIMESTAMP(c.updated_at) AS `@sort`,"
	" c.title AS title, ht.slug AS `territory/@slug`, ht.name AS territory,"
	" c.moderation_note AS `moderation-note`, c.published_at AS published,"
	" c.updated_at AS updated"
	" FROM contributions c FORCE INDEX (contributions_author_updated)"
	" JOIN territories ht ON ht.id = c.territory_id"
	" WHERE c.author_id = ?" BEFORE("c.updated_at", "c.id")
	" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?",

/* ---- Structures run by members (page-structure-edit.c; the directory
 * and the structure page: page-list.c, page-profile.c) ---- */

/* How many structures of each kind the directory has: territory, LIKE
 * pattern x2 ('' for all). */
[STMT_SE_KIND_COUNTS] =
	"SELECT s.kind AS `@kind`, COUNT(*) AS `@n` FROM structures s"
	" WHERE s.territory_id = ? AND s.status = 'active'"
	" AND (? = '' OR s.name LIKE ?) GROUP BY s.kind ORDER BY s.kind",

/* The directory's cursor: the name of the last structure shown. */
[STMT_SE_CURSOR] =
	"SELECT name FROM structures WHERE id = ? AND territory_id = ?",

[STMT_SE_EDITORS] =
	"SELECT m.id AS `@id`, CONCAT('/membres/', m.id, '-', m.slug) AS `@url`,"
	" m.display_name AS name FROM structure_editors e"
	" JOIN members m ON m.id = e.member_id"
	" WHERE e.structure_id = ? AND m.status = 'active'"
	" ORDER BY m.display_name, m.id",

/* structure, member */
[STMT_SE_IS_EDITOR] =
	"SELECT structure_id AS `@id` FROM structure_editors"
	" WHERE structure_id = ? AND member_id = ?",

[STMT_SE_HOME] =
	"SELECT t.slug AS `@slug` FROM members m"
	" JOIN territories t ON t.id = m.home_territory_id WHERE m.id = ?",

/* A structure as its form shows it: Markdown as written. */
[STMT_SE_GET] =
	"SELECT s.id AS `@id`, s.kind AS `@kind`, s.territory_id AS `@tid`,"
	" t.slug AS `@territory`,"
	" CONCAT('/', t.slug, '/structures/', s.id, '-', s.slug) AS `@url`,"
	" s.place_id AS `@place`, s.name AS name, s.description AS description,"
	" s.website AS website, s.logo_url AS logo, pl.address AS address,"
	" pl.postcode AS postcode, pl.city AS city, pl.latitude AS latitude,"
	" pl.longitude AS longitude"
	" FROM structures s JOIN territories t ON t.id = s.territory_id"
	" LEFT JOIN places pl ON pl.id = s.place_id"
	" WHERE s.id = ? AND s.status = 'active'",

/* In a transaction: changes of one structure wait for each other. */
[STMT_SE_LOCK] =
	"SELECT id AS `@id` FROM structures WHERE id = ? AND status = 'active'"
	" FOR UPDATE",

/* territory, kind, name, slug, description, website, logo, place, member */
[STMT_SE_CREATE] =
	"INSERT INTO structures (territory_id, kind, name, slug, description,"
	" website, logo_url, place_id, created_by, created_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",

/* territory, kind, name, slug, description, website, logo, place, id */
[STMT_SE_UPDATE] =
	"UPDATE structures SET territory_id = ?, kind = ?, name = ?, slug = ?,"
	" description = ?, website = ?, logo_url = ?, place_id = ?,"
	" updated_at = UTC_TIMESTAMP() WHERE id = ?",

[STMT_SE_DELETE] =
	"UPDATE structures SET status = 'deleted', logo_url = NULL,"
	" updated_at = UTC_TIMESTAMP() WHERE id = ?",

/* What a deleted structure signed stays, signed by nobody. */
[STMT_SE_UNSIGN] =
	"UPDATE contributions SET structure_id = NULL WHERE structure_id = ?",

[STMT_SE_EDITORS_CLEAR] =
	"DELETE FROM structure_editors WHERE structure_id = ?",

/* structure, member */
[STMT_SE_EDITOR_ADD] =
	"INSERT IGNORE INTO structure_editors (structure_id, member_id)"
	" VALUES (?, ?)",

/* member, structure: the editors, and whether the member is one. */
[STMT_SE_EDITOR_COUNT] =
	"SELECT COUNT(*) AS `@n`, COALESCE(SUM(member_id = ?), 0) AS `@has`"
	" FROM structure_editors WHERE structure_id = ?",

/* structure, member */
[STMT_SE_EDITOR_REMOVE] =
	"DELETE FROM structure_editors WHERE structure_id = ? AND member_id = ?",

[STMT_SE_MEMBER_BY_EMAIL] =
	"SELECT id AS `@id` FROM members WHERE email = ? AND status = 'active'",

/* territory, name, slug, address, postcode, city, latitude and longitude
 * in millionths (NULL: none). */
[STMT_SE_PLACE_NEW] =
	"INSERT INTO places (territory_id, name, slug, address, postcode, city,"
	" latitude, longitude, created_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ? * 0.000001, ? * 0.000001, UTC_TIMESTAMP(),"
	" UTC_TIMESTAMP())",

/* The same, then the place's id. */
[STMT_SE_PLACE_UPDATE] =
	"UPDATE places SET territory_id = ?, name = ?, slug = ?, address = ?,"
	" postcode = ?, city = ?, latitude = ? * 0.000001,"
	" longitude = ? * 0.000001, updated_at = UTC_TIMESTAMP() WHERE id = ?",

/* place, place, structure, place: what else uses a structure's place
 * (events, other structures, the places to visit). */
[STMT_SE_PLACE_SHARED] =
	"SELECT (SELECT COUNT(*) FROM events e WHERE e.place_id = ?)"
	" + (SELECT COUNT(*) FROM structures s WHERE s.place_id = ?"
	" AND s.id <> ?)"
	" + (SELECT COUNT(*) FROM places x WHERE x.id = ? AND x.is_visit)"
	" AS `@n`",

[STMT_SE_PLACE_DELETE] =
	"DELETE FROM places WHERE id = ?",

/* member, url, mime, bytes, name */
[STMT_SE_MEDIA_ADD] =
	"INSERT INTO media (member_id, url, mime, bytes, name)"
	" VALUES (?, ?, ?, ?, ?)",

[STMT_SE_MEDIA_DELETE] =
	"DELETE FROM media WHERE url = ?",

/* Territory teams, moderation, "à la une" (page-admin.c) and the command
 * line (echo-admin.c). */
#define MEMBER_URL(m) "CONCAT('/membres/', " m ".id, '-', " m ".slug)"

/* Every territory (the network first): open reports, the team as a list. */
[STMT_ADMIN_TERRITORIES] =
	"SELECT t.id AS `@id`, t.slug AS `@slug`, t.is_network AS `@network`,"
	" IF(t.is_network, '/admin/', CONCAT('/', t.slug, '/admin/')) AS `@url`,"
	" (SELECT COUNT(*) FROM reports r WHERE r.territory_id = t.id"
	" AND r.status = 'open') AS `@reports`, t.name AS name,"
	" (SELECT GROUP_CONCAT(CONCAT('id=', m.id, CHAR(31), 'url=/membres/',"
	" m.id, '-', m.slug, CHAR(31), 'role=', mr.role, CHAR(31), '.=',"
	" m.display_name) ORDER BY mr.role = 'admin' DESC, m.display_name, m.id"
	" SEPARATOR '\x1e') FROM member_roles mr JOIN members m"
	" ON m.id = mr.member_id AND m.status = 'active'"
	" WHERE mr.territory_id = t.id) AS `+team/member`"
	" FROM territories t ORDER BY t.is_network DESC, t.position",

[STMT_ADMIN_TEAM] =
	"SELECT m.id AS `@id`, " MEMBER_URL("m") " AS `@url`, mr.role AS `@role`,"
	" m.display_name AS name, mr.granted_at AS granted"
	" FROM member_roles mr JOIN members m ON m.id = mr.member_id"
	" WHERE mr.territory_id = ? AND m.status = 'active'"
	" ORDER BY mr.role = 'admin' DESC, m.display_name, m.id",

[STMT_ADMIN_OPEN_REPORTS] =
	"SELECT COUNT(*) AS `@open` FROM reports"
	" WHERE territory_id = ? AND status = 'open'",

/* A territory's log, newest first: territory, cursor x3, limit.  The
 * target is named by what it is today (a member, a contribution, the
 * contribution of a comment). */
[STMT_ADMIN_AUDIT] =
	"SELECT l.id AS `@id`, UNIX_TIMESTAMP(l.created_at) AS `@sort`,"
	" l.action AS `@action`, l.created_at AS created,"
	" a.id AS `actor/@id`, " MEMBER_URL("a") " AS `actor/@url`,"
	" l.actor_name AS actor, l.target_kind AS `target/@kind`,"
	" l.target_id AS `target/@id`,"
	" COALESCE(" MEMBER_URL("tm") ", " ITEM_URL("tc", "tt") ") AS `target/@url`,"
	" COALESCE(tm.display_name, tc.title) AS target, l.detail AS detail"
	" FROM audit_log l LEFT JOIN members a ON a.id = l.actor_id"
	" LEFT JOIN members tm ON l.target_kind = 'member' AND tm.id = l.target_id"
	" LEFT JOIN comments tcm ON l.target_kind = 'comment'"
	" AND tcm.id = l.target_id"
	" LEFT JOIN contributions tc ON tc.id = CASE l.target_kind"
	" WHEN 'contribution' THEN l.target_id"
	" WHEN 'comment' THEN tcm.contribution_id END"
	" LEFT JOIN territories tt ON tt.id = tc.territory_id"
	" WHERE l.territory_id = ?" BEFORE("l.created_at", "l.id")
	" ORDER BY l.created_at DESC, l.id DESC LIMIT ?",

/* territory, actor (or NULL), actor's name, action, target kind, id, detail */
[STMT_ADMIN_AUDIT_ADD] =
	"INSERT INTO audit_log (territory_id, actor_id, actor_name, action,"
	" target_kind, target_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",

/* The queue: what has open reports, the longest waiting first; the
 * contribution (of a comment, for a comment) and its author.  territory,
 * limit. */
[STMT_ADMIN_QUEUE] =
	"SELECT q.target_kind AS `@kind`, q.target_id AS `@id`,"
	" q.n AS `@reports`, q.first AS since,"
	" c.id AS `contribution/@id`, c.kind AS `contribution/@kind`,"
	" c.status AS `contribution/@status`,"
	" " ITEM_URL("c", "ht") " AS `contribution/@url`,"
	" c.title AS `contribution/title`, c.summary AS `contribution/summary`,"
	" cm.status AS `comment/@status`, LEFT(cm.body, 400) AS `comment/excerpt`,"
	" a.id AS `author/@id`, " MEMBER_URL("a") " AS `author/@url`,"
	" a.display_name AS `author/name`"
	" FROM (SELECT target_kind, target_id, COUNT(*) AS n,"
	" MIN(created_at) AS first FROM reports"
	" WHERE territory_id = ? AND status = 'open'"
	" GROUP BY target_kind, target_id"
	" ORDER BY first, target_kind, target_id LIMIT ?) q"
	" LEFT JOIN comments cm ON q.target_kind = 'comment'"
	" AND cm.id = q.target_id"
	" LEFT JOIN contributions c ON c.id = IF(q.target_kind = 'comment',"
	" cm.contribution_id, q.target_id)"
	" LEFT JOIN territories ht ON ht.id = c.territory_id"
	" LEFT JOIN members a ON a.id = IF(q.target_kind = 'comment',"
	" cm.member_id, c.author_id)"
	" ORDER BY q.first, q.target_kind, q.target_id",

/* The open reports themselves, oldest first: territory, limit. */
[STMT_ADMIN_QUEUE_REPORTS] =
	"SELECT r.id AS `@id`, r.target_kind AS `@kind`, r.target_id AS `@target`,"
	" r.created_at AS created, m.id AS `reporter/@id`,"
	" " MEMBER_URL("m") " AS `reporter/@url`, m.display_name AS `reporter/name`,"
	" r.reason AS reason"
	" FROM reports r LEFT JOIN members m ON m.id = r.reporter_id"
	" WHERE r.territory_id = ? AND r.status = 'open'"
	" ORDER BY r.created_at, r.id LIMIT ?",

/* Contributions of the territory unpublished by its team (with a note). */
[STMT_ADMIN_UNPUBLISHED] =
	"SELECT c.id AS `@id`, c.kind AS `@kind`, c.title AS title,"
	" c.moderation_note AS note, c.updated_at AS updated,"
	" a.id AS `author/@id`, " MEMBER_URL("a") " AS `author/@url`,"
	" a.display_name AS `author/name`"
	" FROM contributions c LEFT JOIN members a ON a.id = c.author_id"
	" WHERE c.status = 'unpublished' AND c.territory_id = ?"
	" AND c.moderation_note <> ''"
	" ORDER BY c.updated_at DESC, c.id DESC LIMIT 50",

[STMT_ADMIN_COMMENTS_UNPUBLISHED] =
	"SELECT cm.id AS `@id`, LEFT(cm.body, 400) AS excerpt,"
	" cm.updated_at AS updated, c.id AS `contribution/@id`,"
	" " ITEM_URL("c", "ht") " AS `contribution/@url`,"
	" c.title AS `contribution/title`,"
	" a.id AS `author/@id`, " MEMBER_URL("a") " AS `author/@url`,"
	" a.display_name AS `author/name`"
	" FROM comments cm JOIN contributions c ON c.id = cm.contribution_id"
	" JOIN territories ht ON ht.id = c.territory_id"
	" LEFT JOIN members a ON a.id = cm.member_id"
	" WHERE cm.status = 'unpublished' AND c.territory_id = ?"
	" ORDER BY cm.updated_at DESC, cm.id DESC LIMIT 50",

/* A contribution as moderation sees it, whatever its status; the
 * author's address while the account is active. */
[STMT_ADMIN_CONTRIB] =
	"SELECT c.id AS `@id`, c.kind AS `@kind`, c.status AS `@status`,"
	" c.territory_id AS `@territory`, " ITEM_URL("c", "ht") " AS `@url`,"
	" c.title AS title, c.moderation_note AS note,"
	" IF(a.status = 'active', a.email, NULL) AS email"
	" FROM contributions c JOIN territories ht ON ht.id = c.territory_id"
	" LEFT JOIN members a ON a.id = c.author_id WHERE c.id = ?",

[STMT_ADMIN_COMMENT] =
	"SELECT cm.id AS `@id`, cm.status AS `@status`,"
	" c.id AS `@contribution`, c.status AS `@contribution-status`,"
	" c.territory_id AS `@territory`, " ITEM_URL("c", "ht") " AS `@url`,"
	" c.title AS title, LEFT(cm.body, 400) AS excerpt,"
	" IF(m.status = 'active', m.email, NULL) AS email"
	" FROM comments cm JOIN contributions c ON c.id = cm.contribution_id"
	" JOIN territories ht ON ht.id = c.territory_id"
	" LEFT JOIN members m ON m.id = cm.member_id WHERE cm.id = ?",

/* new status, comment, expected status: 0 rows if someone was first */
[STMT_ADMIN_COMMENT_STATUS] =
	"UPDATE comments SET status = ?, updated_at = UTC_TIMESTAMP()"
	" WHERE id = ? AND status = ?",

[STMT_ADMIN_NOTE_CLEAR] =
	"UPDATE contributions SET moderation_note = NULL WHERE id = ?",

/* status (actioned, dismissed), handler, target kind, target id */
[STMT_ADMIN_REPORTS_CLOSE] =
	"UPDATE reports SET status = ?, handled_by = ?,"
	" handled_at = UTC_TIMESTAMP()"
	" WHERE target_kind = ? AND target_id = ? AND status = 'open'",

/* target kind, target id, reporter */
[STMT_ADMIN_REPORT_OPEN] =
	"SELECT id AS `@id` FROM reports WHERE target_kind = ?"
	" AND target_id = ? AND reporter_id = ? AND status = 'open'",

/* reporter, territory, target kind, target id, reason.  One open report
 * per member and target (unique key of 007): a second changes no row. */
[STMT_ADMIN_REPORT_ADD] =
	"INSERT INTO reports (reporter_id, territory_id, target_kind, target_id,"
	" reason) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id",

[STMT_ADMIN_MEMBER] =
	"SELECT m.id AS `@id`, " MEMBER_URL("m") " AS `@url`,"
	" m.status AS `@status`, m.display_name AS name"
	" FROM members m WHERE m.id = ?",

[STMT_ADMIN_MEMBER_BY_EMAIL] =
	"SELECT m.id AS `@id`, " MEMBER_URL("m") " AS `@url`,"
	" m.status AS `@status`, m.display_name AS name"
	" FROM members m WHERE m.email = ?",

/* member, territory */
[STMT_ADMIN_ROLE_OF] =
	"SELECT role AS `@role` FROM member_roles"
	" WHERE member_id = ? AND territory_id = ?",

[STMT_ADMIN_ADMINS_COUNT] =
	"SELECT COUNT(*) AS `@n` FROM member_roles"
	" WHERE territory_id = ? AND role = 'admin'",

/* Changes to a territory's team or home page hold its row: one at a time. */
[STMT_ADMIN_TERRITORY_LOCK] =
	"SELECT id AS `@id` FROM territories WHERE id = ? FOR UPDATE",

[STMT_ADMIN_CONTRIB_LOCK] =
	"SELECT status AS `@status` FROM contributions WHERE id = ? FOR UPDATE",

/* member, territory, role, granted by (or NULL) */
[STMT_ADMIN_ROLE_SET] =
	"INSERT INTO member_roles (member_id, territory_id, role, granted_by)"
	" VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE role = VALUES(role),"
	" granted_by = VALUES(granted_by), granted_at = UTC_TIMESTAMP()",

[STMT_ADMIN_ROLE_DELETE] =
	"DELETE FROM member_roles WHERE member_id = ? AND territory_id = ?",

/* echo-admin roles: plain columns, read in order. */
[STMT_ADMIN_ROLES_ALL] =
	"SELECT t.slug, mr.role, COALESCE(m.email, ''), m.display_name, m.status"
	" FROM member_roles mr JOIN members m ON m.id = mr.member_id"
	" JOIN territories t ON t.id = mr.territory_id"
	" ORDER BY t.is_network DESC, t.position, mr.role = 'admin' DESC,"
	" m.display_name, m.id",

[STMT_ADMIN_TERRITORY_BY_SLUG] =
	"SELECT id, is_network, name FROM territories WHERE slug = ?",

/* "À la une" as its editors see it: every status, in order. */
[STMT_ADMIN_FEATURED] =
	"SELECT STRAIGHT_JOIN " ITEM_COLS NEXT_TIMING ","
	" f.position AS `@position`, c.status AS `@status` FROM featured f"
	" JOIN contributions c ON c.id = f.contribution_id" ITEM_JOINS
	" WHERE f.territory_id = ? ORDER BY f.position, f.contribution_id",

/* territory, contribution */
[STMT_ADMIN_FEATURE_AT] =
	"SELECT position AS `@position` FROM featured"
	" WHERE territory_id = ? AND contribution_id = ?",

/* contribution, territory: published and listed there */
[STMT_ADMIN_FEATURE_LISTED] =
	"SELECT c.id AS `@id`, c.title AS title FROM contribution_territories ct"
	" JOIN contributions c ON c.id = ct.contribution_id"
	" WHERE ct.contribution_id = ? AND ct.territory_id = ?"
	" AND c.status = 'published'",

/* territory, contribution, territory, most: last, while there is room */
[STMT_ADMIN_FEATURE_ADD] =
	"INSERT INTO featured (territory_id, contribution_id, position)"
	" SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM featured"
	" WHERE territory_id = ? HAVING COUNT(*) < ?",

[STMT_ADMIN_FEATURE_REMOVE] =
	"DELETE FROM featured WHERE territory_id = ? AND contribution_id = ?",

/* territory, position: the neighbour before, or after */
[STMT_ADMIN_FEATURE_ABOVE] =
	"SELECT contribution_id AS `@id`, position AS `@position` FROM featured"
	" WHERE territory_id = ? AND position < ?"
	" ORDER BY position DESC, contribution_id DESC LIMIT 1",

[STMT_ADMIN_FEATURE_BELOW] =
	"SELECT contribution_id AS `@id`, position AS `@position` FROM featured"
	" WHERE territory_id = ? AND position > ?"
	" ORDER BY position, contribution_id LIMIT 1",

/* position, territory, contribution */
[STMT_ADMIN_FEATURE_MOVE] =
	"UPDATE featured SET position = ?"
	" WHERE territory_id = ? AND contribution_id = ?",

/* Positions 1, 2, 3… in the current order: territory x2. */
[STMT_ADMIN_FEATURE_RENUMBER] =
	"UPDATE featured f JOIN (SELECT contribution_id, ROW_NUMBER() OVER"
	" (ORDER BY position, contribution_id) AS n FROM featured"
	" WHERE territory_id = ?) x ON x.contribution_id = f.contribution_id"
	" SET f.position = x.n WHERE f.territory_id = ?",

/*
 * The member's own account (page-account.c): profile, change of e-mail,
 * personal data, deletion.  Members are counted where they live
 * (members_count of their home territory and of the network) once
 * their address is confirmed, until they leave.
 */
[STMT_AC_PROFILE] =
	"SELECT m.id AS `@id`, CONCAT('/membres/', m.id, '-', m.slug) AS `@url`,"
	" m.kind AS `@kind`, m.display_name AS name, m.avatar_url AS `avatar/@src`,"
	" t.slug AS `territory/@slug`, t.name AS territory, m.created_at AS created"
	" FROM members m JOIN territories t ON t.id = m.home_territory_id"
	" WHERE m.id = ?",

/* What the profile form starts from, as written (Markdown). */
[STMT_AC_PROFILE_GET] =
	"SELECT m.home_territory_id AS `@territory`, t.slug AS `@slug`,"
	" m.avatar_url AS `@avatar`, m.display_name AS name, m.bio AS bio,"
	" m.website AS website"
	" FROM members m JOIN territories t ON t.id = m.home_territory_id"
	" WHERE m.id = ?",

/* A member's interests. */
[STMT_AC_THEMES] =
	"SELECT th.slug AS `@slug`, th.name_en AS `@en`, th.name_fr AS `.`"
	" FROM member_themes x JOIN themes th ON th.id = x.theme_id"
	" WHERE x.member_id = ? ORDER BY th.position",

/* name, slug, bio, website, home territory, member */
[STMT_AC_PROFILE_SAVE] =
	"UPDATE members SET display_name = ?, slug = ?, bio = ?, website = ?,"
	" home_territory_id = ?, updated_at = UTC_TIMESTAMP() WHERE id = ?",

/* url (or NULL), member */
[STMT_AC_AVATAR_SET] =
	"UPDATE members SET avatar_url = ?, updated_at = UTC_TIMESTAMP()"
	" WHERE id = ?",

[STMT_AC_THEMES_CLEAR] =
	"DELETE FROM member_themes WHERE member_id = ?",

/* member, theme slug */
[STMT_AC_THEME_ADD] =
	"INSERT IGNORE INTO member_themes (member_id, theme_id)"
	" SELECT ?, id FROM themes WHERE slug = ?",

[STMT_AC_TERRITORY_IN] =
	"UPDATE territories SET members_count = members_count + 1 WHERE id = ?",

[STMT_AC_TERRITORY_OUT] =
	"UPDATE territories SET members_count = members_count - 1"
	" WHERE id = ? AND members_count > 0",

/* A member arrives (confirmed) or leaves: home territory and network. */
[STMT_AC_COUNT_IN] =
	"UPDATE territories SET members_count = members_count + 1"
	" WHERE is_network"
	" OR id = (SELECT home_territory_id FROM members WHERE id = ?)",

[STMT_AC_COUNT_OUT] =
	"UPDATE territories SET members_count = members_count - 1"
	" WHERE members_count > 0 AND (is_network"
	" OR id = (SELECT home_territory_id FROM members WHERE id = ?))",

/* member, url, mime, bytes, name */
[STMT_AC_MEDIA_ADD] =
	"INSERT INTO media (member_id, url, mime, bytes, name, created_at)"
	" VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP())",

[STMT_AC_MEDIA_DELETE] =
	"DELETE FROM media WHERE url = ?",

/* hash, member, new address, minutes */
[STMT_AC_EMAIL_TOKEN_NEW] =
	"INSERT INTO member_tokens (token_hash, member_id, purpose, new_email,"
	" expires_at) VALUES (UNHEX(?), ?, 'email', ?,"
	" UTC_TIMESTAMP() + INTERVAL ? MINUTE)",

/* A new request replaces the links of the earlier ones. */
[STMT_AC_EMAIL_TOKENS_DROP] =
	"DELETE FROM member_tokens WHERE member_id = ? AND purpose = 'email'"
	" AND used_at IS NULL",

[STMT_AC_EMAIL_TOKEN_PEEK] =
	"SELECT member_id AS `@id`, new_email AS email, used_at AS used"
	" FROM member_tokens WHERE token_hash = UNHEX(?) AND purpose = 'email'"
	" AND expires_at > UTC_TIMESTAMP()",

/* address, member */
[STMT_AC_EMAIL_SET] =
	"UPDATE members SET email = ?, updated_at = UTC_TIMESTAMP()"
	" WHERE id = ? AND status = 'active'",

/* member, the hash of the session to keep ('' for none) */
[STMT_AC_SESSIONS_OTHERS_DELETE] =
	"DELETE FROM sessions WHERE member_id = ? AND token_hash <> UNHEX(?)",

/* What deleting the account would touch: member x2. */
[STMT_AC_DELETE_COUNTS] =
	"SELECT COUNT(*) AS `@contributions`,"
	" COALESCE(SUM(c.status = 'published'), 0) AS `@published`,"
	" COALESCE(SUM(c.status = 'draft'), 0) AS `@drafts`,"
	" (SELECT COUNT(*) FROM comments x WHERE x.member_id = ?) AS `@comments`"
	" FROM contributions c WHERE c.author_id = ?",

/* The structures that would be left without an editor. */
[STMT_AC_SOLE_STRUCTURES] =
	"SELECT s.id AS `@id`,"
	" CONCAT('/', t.slug, '/structures/', s.id, '-', s.slug) AS `@url`,"
	" s.name AS name FROM structure_editors e"
	" JOIN structures s ON s.id = e.structure_id AND s.status = 'active'"
	" JOIN territories t ON t.id = s.territory_id"
	" WHERE e.member_id = ? AND NOT EXISTS (SELECT 1 FROM structure_editors o"
	" WHERE o.structure_id = e.structure_id AND o.member_id <> e.member_id)"
	" ORDER BY s.name, s.id",

[STMT_AC_PUBLISHED] =
	"SELECT id AS `@id` FROM contributions"
	" WHERE author_id = ? AND status = 'published' ORDER BY id",

/*
 * The files a leaving member's account takes with it: their uploads,
 * avatar and contributions' files, less what stays in use (by
 * contributions that are kept, structures, other members).  member x4,
 * member, 1 when every contribution of theirs goes (0: only drafts),
 * member.
 */
[STMT_AC_FILES] =
	"SELECT DISTINCT x.url AS `@url` FROM ("
	" SELECT url FROM media WHERE member_id = ?"
	" UNION SELECT avatar_url FROM members WHERE id = ?"
	" UNION SELECT image_url FROM contributions WHERE author_id = ?"
	" UNION SELECT attachment_url FROM contributions WHERE author_id = ?) x"
	" WHERE x.url LIKE '/media/%'"
	" AND NOT EXISTS (SELECT 1 FROM contributions c"
	" WHERE (c.image_url = x.url OR c.attachment_url = x.url)"
	" AND NOT (c.author_id <=> ? AND (? OR c.status = 'draft')))"
	" AND NOT EXISTS (SELECT 1 FROM structures s WHERE s.logo_url = x.url)"
	" AND NOT EXISTS (SELECT 1 FROM members o WHERE o.avatar_url = x.url"
	" AND o.id <> ?)",

/* Reports on what goes: the member's contributions, their comments and
 * the comments under those contributions.  member x3 */
[STMT_AC_REPORTS_DROP] =
	"DELETE FROM reports WHERE (target_kind = 'contribution'"
	" AND target_id IN (SELECT id FROM contributions WHERE author_id = ?))"
	" OR (target_kind = 'comment' AND target_id IN (SELECT id FROM comments"
	" WHERE member_id = ?)) OR (target_kind = 'comment' AND target_id IN"
	" (SELECT x.id FROM comments x JOIN contributions c"
	" ON c.id = x.contribution_id WHERE c.author_id = ?))",

/* The member's comments go (member x3): the counts of the contributions
 * they were under drop, those that others answered stay as deleted
 * comments without text or author (the answers keep their place), and
 * the others go (with the member's own answers under them). */
[STMT_AC_COMMENTS_UNCOUNT] =
	"UPDATE contributions c JOIN (SELECT contribution_id, COUNT(*) AS n"
	" FROM comments WHERE member_id = ? AND status = 'published'"
	" GROUP BY contribution_id) x ON x.contribution_id = c.id"
	" SET c.comments_count = GREATEST(CAST(c.comments_count AS SIGNED) - x.n, 0)",
[STMT_AC_COMMENTS_BLANK] =
	"UPDATE comments cm JOIN (SELECT DISTINCT parent_id AS id FROM comments"
	" WHERE parent_id IS NOT NULL AND member_id IS NOT NULL"
	" AND member_id <> ?) r ON r.id = cm.id"
	" SET cm.status = 'deleted', cm.body = '', cm.member_id = NULL,"
	" cm.updated_at = UTC_TIMESTAMP() WHERE cm.member_id = ?",
[STMT_AC_COMMENTS_DELETE] =
	"DELETE FROM comments WHERE member_id = ?",

/* Never published: nobody saw them, they leave with the member. */
[STMT_AC_DRAFTS_DELETE] =
	"DELETE FROM contributions WHERE author_id = ? AND status = 'draft'",

[STMT_AC_CONTRIBS_DELETE] =
	"DELETE FROM contributions WHERE author_id = ?",

[STMT_AC_FOLLOWERS_DROP] =
	"DELETE FROM follows WHERE followed_kind = 'member' AND followed_id = ?",

/* Sessions, tokens, roles, interests, structure editors, likes, follows
 * and received messages go with it (ON DELETE CASCADE); what is kept
 * loses its author (SET NULL). */
[STMT_AC_MEMBER_DELETE] =
	"DELETE FROM members WHERE id = ?",

/*
 * The personal data export, as JSON (page-account.c json_rows): plain
 * aliases, "a.b" nests an object; dates are UTC.  Each takes the member.
 */
[STMT_AC_X_ACCOUNT] =
	"SELECT m.id AS `account.id`, m.kind AS `account.kind`,"
	" m.display_name AS `account.name`, m.email AS `account.email`,"
	" m.status AS `account.status`,"
	" CONCAT('/membres/', m.id, '-', m.slug) AS `account.profile_url`,"
	" t.slug AS `account.home_territory.slug`,"
	" t.name AS `account.home_territory.name`,"
	" m.created_at AS `account.created_at`,"
	" m.confirmed_at AS `account.confirmed_at`,"
	" m.updated_at AS `account.updated_at`,"
	" m.bio AS `profile.bio_markdown`, m.website AS `profile.website`,"
	" m.avatar_url AS `profile.avatar_url`"
	" FROM members m JOIN territories t ON t.id = m.home_territory_id"
	" WHERE m.id = ?",

[STMT_AC_X_INTERESTS] =
	"SELECT th.slug AS slug, th.name_fr AS name_fr, th.name_en AS name_en"
	" FROM member_themes x JOIN themes th ON th.id = x.theme_id"
	" WHERE x.member_id = ? ORDER BY th.position",

[STMT_AC_X_ROLES] =
	"SELECT t.slug AS territory, r.role AS role, r.granted_at AS granted_at"
	" FROM member_roles r JOIN territories t ON t.id = r.territory_id"
	" WHERE r.member_id = ? ORDER BY t.position",

[STMT_AC_X_STRUCTURES] =
	"SELECT s.id AS id, s.name AS name, s.kind AS kind, t.slug AS territory,"
	" CONCAT('/', t.slug, '/structures/', s.id, '-', s.slug) AS url"
	" FROM structure_editors e JOIN structures s ON s.id = e.structure_id"
	" JOIN territories t ON t.id = s.territory_id"
	" WHERE e.member_id = ? AND s.status = 'active' ORDER BY s.name, s.id",

[STMT_AC_X_CONTRIBS] =
	"SELECT c.id AS id, c.kind AS kind, c.status AS status, "
	ITEM_URL("c", "ht") " AS url, ht.slug AS territory, c.title AS title,"
	" c.slug AS slug, c.summary AS summary, c.body AS body_markdown,"
	" c.image_url AS image_url, c.image_alt AS image_alt,"
	" c.attachment_url AS attachment_url, c.attachment_name AS attachment_name,"
	" th.slug AS theme, s.id AS `structure.id`, s.name AS `structure.name`,"
	" c.views AS views, c.moderation_note AS moderation_note,"
	" c.published_at AS published_at, c.created_at AS created_at,"
	" c.updated_at AS updated_at,"
	" e.event_status AS `event.status`,"
	" e.attendance_mode AS `event.attendance_mode`,"
	" e.audience AS `event.audience`, e.price AS `event.price`,"
	" e.registration_url AS `event.registration_url`,"
	" pl.id AS `event.place.id`, pl.name AS `event.place.name`,"
	" pl.address AS `event.place.address`,"
	" pl.postcode AS `event.place.postcode`, pl.city AS `event.place.city`,"
	" pl.latitude AS `event.place.latitude`,"
	" pl.longitude AS `event.place.longitude`,"
	" an.annonce_kind AS `annonce.kind`, an.deadline AS `annonce.deadline`"
	" FROM contributions c JOIN territories ht ON ht.id = c.territory_id"
	" LEFT JOIN themes th ON th.id = c.theme_id"
	" LEFT JOIN structures s ON s.id = c.structure_id"
	" LEFT JOIN events e ON e.contribution_id = c.id"
	" LEFT JOIN places pl ON pl.id = e.place_id"
	" LEFT JOIN annonces an ON an.contribution_id = c.id"
	" WHERE c.author_id = ? ORDER BY c.id",

[STMT_AC_X_TAGS] =
	"SELECT xt.contribution_id AS contribution_id, tg.slug AS slug,"
	" tg.name AS name FROM contribution_tags xt"
	" JOIN contributions c ON c.id = xt.contribution_id"
	" JOIN tags tg ON tg.id = xt.tag_id"
	" WHERE c.author_id = ? ORDER BY xt.contribution_id, tg.name",

[STMT_AC_X_SHARES] =
	"SELECT s.contribution_id AS contribution_id, t.slug AS territory"
	" FROM contribution_shares s JOIN contributions c ON c.id = s.contribution_id"
	" JOIN territories t ON t.id = s.territory_id"
	" WHERE c.author_id = ? ORDER BY s.contribution_id, t.position",

[STMT_AC_X_TIMINGS] =
	"SELECT et.contribution_id AS contribution_id, et.begins_at AS begins_at,"
	" et.ends_at AS ends_at FROM event_timings et"
	" JOIN contributions c ON c.id = et.contribution_id"
	" WHERE c.author_id = ? ORDER BY et.contribution_id, et.begins_at, et.id",

[STMT_AC_X_ITEMS] =
	"SELECT d.dossier_id AS dossier_id, d.contribution_id AS contribution_id,"
	" x.title AS title, d.position AS position FROM dossier_items d"
	" JOIN contributions c ON c.id = d.dossier_id"
	" JOIN contributions x ON x.id = d.contribution_id"
	" WHERE c.author_id = ? ORDER BY d.dossier_id, d.position",

[STMT_AC_X_COMMENTS] =
	"SELECT x.id AS id, x.contribution_id AS contribution_id,"
	" c.title AS contribution_title, x.parent_id AS reply_to,"
	" x.body AS body, x.status AS status,"
	" x.created_at AS created_at, x.updated_at AS updated_at,"
	" x.edited_at AS edited_at"
	" FROM comments x JOIN contributions c ON c.id = x.contribution_id"
	" WHERE x.member_id = ? ORDER BY x.id",

[STMT_AC_X_LIKES] =
	"SELECT l.contribution_id AS contribution_id,"
	" c.title AS contribution_title, l.created_at AS created_at"
	" FROM likes l JOIN contributions c ON c.id = l.contribution_id"
	" WHERE l.member_id = ? ORDER BY l.created_at, l.contribution_id",

[STMT_AC_X_FOLLOWS] =
	"SELECT followed_kind AS kind, followed_id AS id, created_at AS created_at"
	" FROM follows WHERE follower_id = ? ORDER BY created_at",

[STMT_AC_X_SENT] =
	"SELECT ms.id AS id, ms.recipient_id AS `recipient.id`,"
	" r.display_name AS `recipient.name`, ms.subject AS subject,"
	" ms.body AS body, ms.created_at AS created_at, ms.read_at AS read_at"
	" FROM messages ms JOIN members r ON r.id = ms.recipient_id"
	" WHERE ms.sender_id = ? ORDER BY ms.id",

[STMT_AC_X_RECEIVED] =
	"SELECT ms.id AS id, ms.sender_id AS `sender.id`,"
	" sd.display_name AS `sender.name`, ms.subject AS subject,"
	" ms.body AS body, ms.created_at AS created_at, ms.read_at AS read_at"
	" FROM messages ms LEFT JOIN members sd ON sd.id = ms.sender_id"
	" WHERE ms.recipient_id = ? ORDER BY ms.id",

[STMT_AC_X_REPORTS] =
	"SELECT r.id AS id, t.slug AS territory, r.target_kind AS target_kind,"
	" r.target_id AS target_id, r.reason AS reason, r.status AS status,"
	" r.created_at AS created_at, r.handled_at AS handled_at"
	" FROM reports r JOIN territories t ON t.id = r.territory_id"
	" WHERE r.reporter_id = ? ORDER BY r.id",

[STMT_AC_X_MEDIA] =
	"SELECT url AS url, mime AS mime, bytes AS bytes, name AS name,"
	" created_at AS created_at FROM media WHERE member_id = ? ORDER BY id",

/* Dates only: a session's token is never shown, not even hashed. */
[STMT_AC_X_SESSIONS] =
	"SELECT created_at AS created_at, expires_at AS expires_at"
	" FROM sessions WHERE member_id = ? ORDER BY created_at, id",

/* The links mailed to the member (confirmation, reset, change of
 * address): what for and when, never the token. */
[STMT_AC_X_LINKS] =
	"SELECT purpose AS purpose, new_email AS new_email,"
	" created_at AS created_at, expires_at AS expires_at, used_at AS used_at"
	" FROM member_tokens WHERE member_id = ? ORDER BY created_at",

[STMT_AC_X_COMMUNITIES] =
	"SELECT cm.id AS id, cm.name AS name, t.slug AS territory, x.role AS role,"
	" x.joined_at AS joined_at FROM community_members x"
	" JOIN communities cm ON cm.id = x.community_id"
	" JOIN territories t ON t.id = cm.territory_id"
	" WHERE x.member_id = ? ORDER BY x.joined_at, cm.id",

[STMT_AC_X_AUDIT] =
	"SELECT t.slug AS territory, a.action AS action,"
	" a.target_kind AS target_kind, a.target_id AS target_id,"
	" a.detail AS detail, a.created_at AS created_at"
	" FROM audit_log a JOIN territories t ON t.id = a.territory_id"
	" WHERE a.actor_id = ? ORDER BY a.id",

/* The first statement of every write transaction (page_write_begin). */
[STMT_TERRITORIES_LOCK] =
	"SELECT id FROM territories ORDER BY id FOR UPDATE",

/* The places of a territory for the event form: by city, then name. */
[STMT_PLACES_BY_CITY] =
	"SELECT p.id AS `@id`, p.latitude AS `@latitude`, p.longitude AS `@longitude`,"
	" p.is_visit AS `@visit`, p.name AS name, p.address AS address,"
	" p.postcode AS postcode, p.city AS city, p.updated_at AS updated"
	" FROM places p WHERE p.territory_id = ?"
	" ORDER BY p.city = '', p.city, p.name, p.id",

/*
 * Review of the write path.  The reports of a target deleted since, on
 * one territory: status, handler, target kind, target id, territory.
 */
[STMT_ADMIN_REPORTS_CLOSE_HERE] =
	"UPDATE reports SET status = ?, handled_by = ?,"
	" handled_at = UTC_TIMESTAMP()"
	" WHERE target_kind = ? AND target_id = ? AND territory_id = ?"
	" AND status = 'open'",

/* A contribution deleted: the reports on it and on its comments go too
 * (they would stay in the queue, pointing at nothing). */
[STMT_CONTRIB_REPORTS_DROP] =
	"DELETE FROM reports WHERE (target_kind = 'contribution' AND target_id = ?)"
	" OR (target_kind = 'comment' AND target_id IN (SELECT x.id FROM comments x"
	" WHERE x.contribution_id = ?))",

/*
 * Comments (page-comment.c).  A contribution's comments, oldest first:
 * the published ones, and those hidden or deleted that still have a
 * published answer (shown as a place-holder, without text or author).
 */
[STMT_COMMENTS] =
	"SELECT cm.id AS `@id`, cm.parent_id AS `@parent`, cm.status AS `@status`,"
	" IF(cm.status = 'published', cm.body, NULL) AS `^body`,"
	" cm.created_at AS published, cm.edited_at AS edited,"
	" cm.updated_at AS updated,"
	" IF(cm.status = 'published', a.id, NULL) AS `author/@id`,"
	" IF(cm.status = 'published', CONCAT('/membres/', a.id, '-', a.slug), NULL)"
	" AS `author/@url`,"
	" IF(cm.status = 'published', a.avatar_url, NULL) AS `author/avatar/@src`,"
	" IF(cm.status = 'published', a.display_name, NULL) AS `author/name`"
	" FROM comments cm LEFT JOIN members a ON a.id = cm.member_id"
	" WHERE cm.contribution_id = ? AND (cm.status = 'published' OR EXISTS"
	" (SELECT 1 FROM comments r WHERE r.parent_id = cm.id"
	" AND r.status = 'published'))"
	" ORDER BY cm.created_at, cm.id LIMIT ?",

/* The same, newest first, with their contribution: a comment feed. */
[STMT_COMMENTS_FEED] =
	"SELECT cm.id AS `@id`, cm.parent_id AS `@parent`,"
	" cm.body AS `^body`, cm.created_at AS published, cm.updated_at AS updated,"
	" cm.edited_at AS edited,"
	" a.id AS `author/@id`, CONCAT('/membres/', a.id, '-', a.slug)"
	" AS `author/@url`, a.display_name AS `author/name`"
	" FROM comments cm LEFT JOIN members a ON a.id = cm.member_id"
	" WHERE cm.contribution_id = ? AND cm.status = 'published'"
	" ORDER BY cm.created_at DESC, cm.id DESC LIMIT ?",

/* A contribution one may comment: published, its kind, where it lives. */
[STMT_COMMENT_TARGET] =
	"SELECT c.id AS `@id`, c.kind AS `@kind`, c.status AS `@status`,"
	" c.territory_id AS `@territory`, ht.slug AS `@tslug`,"
	" " ITEM_URL("c", "ht") " AS `@url`, c.author_id AS `@author`,"
	" c.structure_id AS `@structure`, c.title AS title"
	" FROM contributions c JOIN territories ht ON ht.id = c.territory_id"
	" WHERE c.id = ?",

/* One comment, with what decides who may do what with it. */
[STMT_COMMENT_GET] =
	"SELECT cm.id AS `@id`, cm.contribution_id AS `@contribution`,"
	" cm.parent_id AS `@parent`, cm.member_id AS `@member`,"
	" cm.status AS `@status`, cm.body AS body, cm.created_at AS published,"
	" cm.edited_at AS edited,"
	" (SELECT COUNT(*) FROM comments r WHERE r.parent_id = cm.id) AS `@replies`,"
	" c.kind AS `@kind`, c.status AS `@contribution-status`,"
	" c.territory_id AS `@territory`, ht.slug AS `@tslug`,"
	" " ITEM_URL("c", "ht") " AS `@url`, c.author_id AS `@author`,"
	" c.structure_id AS `@structure`, c.title AS title,"
	" a.display_name AS `author/name`,"
	" CONCAT('/membres/', a.id, '-', a.slug) AS `author/@url`,"
	" IF(a.status = 'active', a.email, NULL) AS email"
	" FROM comments cm JOIN contributions c ON c.id = cm.contribution_id"
	" JOIN territories ht ON ht.id = c.territory_id"
	" LEFT JOIN members a ON a.id = cm.member_id WHERE cm.id = ?",

/* One comment as its pages show it (never its author's address). */
[STMT_COMMENT_SHOW] =
	"SELECT cm.id AS `@id`, cm.parent_id AS `@parent`, cm.status AS `@status`,"
	" (SELECT COUNT(*) FROM comments r WHERE r.parent_id = cm.id) AS `@replies`,"
	" cm.body AS `^body`, cm.created_at AS published, cm.edited_at AS edited,"
	" a.id AS `author/@id`, CONCAT('/membres/', a.id, '-', a.slug)"
	" AS `author/@url`, a.avatar_url AS `author/avatar/@src`,"
	" a.display_name AS `author/name`"
	" FROM comments cm LEFT JOIN members a ON a.id = cm.member_id"
	" WHERE cm.id = ? AND cm.status <> 'deleted'",

/* contribution, member, parent (or NULL), Markdown */
[STMT_COMMENT_ADD] =
	"INSERT INTO comments (contribution_id, member_id, parent_id, body,"
	" status, created_at, updated_at)"
	" VALUES (?, ?, ?, ?, 'published', UTC_TIMESTAMP(), UTC_TIMESTAMP())",

/* The member's latest comment (a duplicate is refused), and how many
 * they wrote in the last minute.  member x2 */
[STMT_COMMENT_LATEST] =
	"SELECT (SELECT body FROM comments WHERE member_id = ?"
	" ORDER BY created_at DESC, id DESC LIMIT 1) AS body,"
	" (SELECT COUNT(*) FROM comments WHERE member_id = ?"
	" AND created_at >= UTC_TIMESTAMP() - INTERVAL 1 MINUTE) AS `@minute`",

/* text, comment, its author */
[STMT_COMMENT_EDIT] =
	"UPDATE comments SET body = ?, edited_at = UTC_TIMESTAMP(),"
	" updated_at = UTC_TIMESTAMP()"
	" WHERE id = ? AND member_id = ? AND status = 'published'",

/* Deleted with answers under it: stays, without text nor author. */
[STMT_COMMENT_BLANK] =
	"UPDATE comments SET status = 'deleted', body = '', member_id = NULL,"
	" updated_at = UTC_TIMESTAMP() WHERE id = ?",

[STMT_COMMENT_DELETE] =
	"DELETE FROM comments WHERE id = ?",

/* A place-holder left with no answer under it goes too. */
[STMT_COMMENT_DROP_EMPTY] =
	"DELETE p FROM comments p LEFT JOIN comments r ON r.parent_id = p.id"
	" WHERE p.id = ? AND p.status = 'deleted' AND r.id IS NULL",

/* difference (+1 or -1), contribution */
[STMT_COMMENT_COUNT] =
	"UPDATE contributions SET comments_count ="
	" GREATEST(CAST(comments_count AS SIGNED) + ?, 0) WHERE id = ?",
};
