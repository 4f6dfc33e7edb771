/* Listings: contributions of one kind, the agenda, themes, tags, structures. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pages.h"
#include "xml.h"

#define NO_CURSOR 2147483647LL

/* Local midnight (Europe/Paris) of a date given as midnight UTC. */
static time_t
local_midnight(time_t utc_midnight)
{
	struct tm	 tm;

	gmtime_r(&utc_midnight, &tm);
	tm.tm_isdst = -1;
	return mktime(&tm);
}

/* The "avant" cursor, or the start of the list. */
static void
cursor_before(struct page *p, long long *t, long long *id)
{
	const struct kval *k = &p->req->in[KEY_BEFORE];

	*t = k->present && k->i < NO_CURSOR ? k->i : NO_CURSOR;
	*id = k->present ? k->i2 : 4294967295LL;
}

/*
 * Listing rows of one contribution kind in a territory, optionally for
 * a theme or a tag; `limit` rows shown and paginated.
 */
static int
list_kind(struct page *p, xmlNodePtr list, const char *kind,
    long long theme, long long tag)
{
	long long	 ct, cid;
	int		 limit = p->req->fmt == FMT_ATOM ? FEED_LIMIT : LIST_LIMIT;
	int		 rows;

	cursor_before(p, &ct, &cid);
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_STR(kind),
		    DB_INT(theme), DB_INT(theme), DB_INT(tag), DB_INT(tag),
		    DB_INT(ct), DB_INT(ct), DB_INT(cid), DB_INT(limit + 1) };

		rows = page_rows(p, p->req->fmt == FMT_ATOM ? STMT_LIST_FEED :
		    STMT_LIST, a, 10, list, "item");
	}
	if (rows < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "avant", "@id");
	return 0;
}

/* Every kind, for theme and tag pages. */
static int
list_all(struct page *p, xmlNodePtr list, long long theme, long long tag)
{
	long long	 ct, cid;
	int		 limit = p->req->fmt == FMT_ATOM ? FEED_LIMIT : LIST_LIMIT;
	int		 rows;

	cursor_before(p, &ct, &cid);
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_INT(theme),
		    DB_INT(theme), DB_INT(tag), DB_INT(tag), DB_INT(ct),
		    DB_INT(ct), DB_INT(cid), DB_INT(limit + 1) };

		rows = page_rows(p, STMT_TERR_ALL_FEED, a, 9, list, "item");
	}
	if (rows < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "avant", "@id");
	return 0;
}

int
page_list(struct page *p)
{
	long long	 theme, tag;
	xmlNodePtr	 list;
	int		 rc;

	if (page_begin(p, "list") == -1)
		return 500;
	p->xsl = "list";
	xml_attr(p->root, "kind", p->kind);
	if ((rc = page_filters(p, &theme, &tag)) != 0)
		return rc;
	if ((rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);
	list = page_section(p, "list");
	xml_attr(list, "kind", p->kind);
	if (p->req->fmt == FMT_ATOM)
		p->max_age = 300;
	return list_kind(p, list, p->kind, theme, tag);
}

/*
 * The agenda: upcoming timings soonest first, filtered by theme, tag
 * and date range (du, au), or past ones latest first (passes=1).
 */
int
page_agenda(struct page *p)
{
	struct request	*r = p->req;
	long long	 theme, tag, from = 0, to = NO_CURSOR, ct = 0, cid = 0;
	int		 limit = r->fmt == FMT_ATOM ? FEED_LIMIT : LIST_LIMIT;
	int		 rows, rc;
	xmlNodePtr	 list;

	if (page_begin(p, "agenda") == -1)
		return 500;
	p->xsl = "agenda";
	xml_attr(p->root, "kind", "event");
	if ((rc = page_filters(p, &theme, &tag)) != 0)
		return rc;
	if ((rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);
	list = page_section(p, "list");
	xml_attr(list, "kind", "event");
	if (r->fmt == FMT_ATOM)
		p->max_age = 300;

	if (r->in[KEY_PAST].present && r->in[KEY_PAST].i == 1) {
		xml_attr(list, "past", "1");
		cursor_before(p, &ct, &cid);
		{
			struct dbarg a[] = { DB_INT(p->terr->id), DB_INT(theme),
			    DB_INT(theme), DB_INT(tag), DB_INT(tag), DB_INT(ct),
			    DB_INT(ct), DB_INT(cid), DB_INT(limit + 1) };

			rows = page_rows(p, STMT_AGENDA_PAST, a, 9, list,
			    "item");
		}
		if (rows < 0)
			return page_db_status(rows);
		page_paginate(p, list, rows, limit, "avant", "timing");
		return 0;
	}

	if (r->in[KEY_FROM].present)
		from = local_midnight(r->in[KEY_FROM].t);
	if (r->in[KEY_TO].present)
		to = local_midnight(r->in[KEY_TO].t + 86400);
	if (from > NO_CURSOR || to > NO_CURSOR)
		return 400;
	if (to <= from) {
		p->req->bad_key = "au";
		return 400;
	}
	if (r->in[KEY_AFTER].present) {
		ct = r->in[KEY_AFTER].i;
		cid = r->in[KEY_AFTER].i2;
	}
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_INT(from),
		    DB_INT(to), DB_INT(theme), DB_INT(theme), DB_INT(tag),
		    DB_INT(tag), DB_INT(ct), DB_INT(ct), DB_INT(cid),
		    DB_INT(limit + 1) };

		rows = page_rows(p, STMT_AGENDA, a, 11, list, "item");
	}
	if (rows < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "apres", "timing");
	return 0;
}

int
page_themes(struct page *p)
{
	int	 rc;

	if (page_begin(p, "themes") == -1)
		return 500;
	p->xsl = "themes";
	if ((rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);
	return 0;
}

int
page_theme(struct page *p)
{
	struct dbarg	 a[] = { DB_STR(p->slug) };
	xmlNodePtr	 th;
	xmlChar		*id;
	long long	 theme;
	int		 rc;

	if (page_begin(p, "theme") == -1)
		return 500;
	p->xsl = "theme";
	th = page_section(p, "theme");
	if ((rc = page_rows(p, STMT_THEME_BY_SLUG, a, 1, th, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	id = xmlGetProp(th, X("id"));
	theme = id != NULL ? atoll((const char *)id) : 0;
	xmlFree(id);
	if (p->req->fmt == FMT_ATOM)
		p->max_age = 300;
	return list_all(p, page_section(p, "list"), theme, 0);
}

int
page_tag(struct page *p)
{
	struct dbarg	 a[] = { DB_STR(p->slug) };
	xmlNodePtr	 tg;
	xmlChar		*id;
	long long	 tag;
	int		 rc;

	if (page_begin(p, "tag") == -1)
		return 500;
	p->xsl = "tag";
	tg = page_section(p, "tag");
	if ((rc = page_rows(p, STMT_TAG_BY_SLUG, a, 1, tg, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	id = xmlGetProp(tg, X("id"));
	tag = id != NULL ? atoll((const char *)id) : 0;
	xmlFree(id);
	if (p->req->fmt == FMT_ATOM)
		p->max_age = 300;
	return list_all(p, page_section(p, "list"), 0, tag);
}

int
page_structures(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->terr->id) };
	int		 rc;

	if (page_begin(p, "structures") == -1)
		return 500;
	p->xsl = "structures";
	if ((rc = page_rows(p, STMT_STRUCTURES, a, 1,
	    page_section(p, "structures"), "structure")) < 0)
		return page_db_status(rc);
	return 0;
}
