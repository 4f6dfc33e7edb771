/* Listings: contributions of one kind, the agenda, themes, tags, structures. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pages.h"
#include "xml.h"


/* Local midnight (Europe/Paris) of a date given as midnight UTC. */
static time_t
local_midnight(time_t utc_midnight)
{
	struct tm	 tm;

	gmtime_r(&utc_midnight, &tm);
	tm.tm_isdst = -1;
	return mktime(&tm);
}


/* Feeds and the API want bodies, tags, timings: the feed statements. */
static int
wants_feed(const struct page *p)
{
	return p->req->fmt == FMT_ATOM || p->req->fmt == FMT_JSON;
}

/* Listing rows of one contribution kind in a territory, paginated. */
static int
list_kind(struct page *p, xmlNodePtr list, const char *kind,
    const struct filter *f)
{
	long long	 ct, cid;
	int		 limit = page_limit(p), rows;

	page_cursor_before(p, &ct, &cid);
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_STR(kind),
		    FILTER_ARGS(f), DB_INT(ct), DB_INT(ct), DB_INT(cid),
		    DB_INT(limit + 1) };

		rows = page_rows(p, wants_feed(p) ? STMT_LIST_FEED : STMT_LIST,
		    a, 12, list, "item");
	}
	if (rows < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "avant", "@id");
	return 0;
}

/* Every kind, for theme and tag pages. */
static int
list_all(struct page *p, xmlNodePtr list, const struct filter *f)
{
	long long	 ct, cid;
	int		 limit = page_limit(p), rows;

	page_cursor_before(p, &ct, &cid);
	{
		struct dbarg a[] = { DB_INT(p->terr->id), FILTER_ARGS(f),
		    DB_INT(ct), DB_INT(ct), DB_INT(cid), DB_INT(limit + 1) };

		rows = page_rows(p, STMT_TERR_ALL_FEED, a, 11, list, "item");
	}
	if (rows < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "avant", "@id");
	return 0;
}


int
page_list(struct page *p)
{
	struct filter	 f;
	xmlNodePtr	 list;
	int		 rc;

	if (page_begin(p, p->widget ? "widget" : "list") == -1)
		return 500;
	p->xsl = p->widget ? "widget" : "list";
	xml_attr(p->root, "kind", p->kind);
	if ((rc = page_filters(p, &f)) != 0)
		return rc;
	if ((rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);
	list = page_section(p, "list");
	xml_attr(list, "kind", p->kind);
	return list_kind(p, list, p->kind, &f);
}

/*
 * The agenda: upcoming timings soonest first, filtered by theme, tag,
 * structure and date range (du, au), or past ones latest first (passes=1).
 */
int
page_agenda(struct page *p)
{
	struct request	*r = p->req;
	struct filter	 f;
	long long	 from = 0, to = NO_CURSOR, ct = 0, cid = 0;
	int		 limit = page_limit(p), rows, rc;
	xmlNodePtr	 list;

	if (page_begin(p, p->widget ? "widget" : "agenda") == -1)
		return 500;
	p->xsl = p->widget ? "widget" : "agenda";
	xml_attr(p->root, "kind", "event");
	if ((rc = page_filters(p, &f)) != 0)
		return rc;
	if ((rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return page_db_status(rc);
	list = page_section(p, "list");
	xml_attr(list, "kind", "event");

	if (r->in[KEY_PAST].present && r->in[KEY_PAST].i == 1) {
		xml_attr(list, "past", "1");
		page_cursor_before(p, &ct, &cid);
		{
			struct dbarg a[] = { DB_INT(p->terr->id),
			    FILTER_ARGS(&f), DB_INT(ct), DB_INT(ct),
			    DB_INT(cid), DB_INT(limit + 1) };

			rows = page_rows(p, STMT_AGENDA_PAST, a, 11, list,
			    "item");
		}
		if (rows < 0)
			return page_db_status(rows);
		page_paginate(p, list, rows, limit, "avant", "timing");
		return 0;
	}

	if (r->in[KEY_FROM].present)
		from = local_midnight(r->in[KEY_FROM].t);
	/* Ongoing events are shown if they began less than a day ago: a
	 * bound on what the index scan reads (see STMT_AGENDA). */
	if (from < time(NULL) - 86400)
		from = time(NULL) - 86400;
	if (r->in[KEY_TO].present)
		to = local_midnight(r->in[KEY_TO].t + 86400);
	if (from > NO_CURSOR || to > NO_CURSOR) {
		r->bad_key = from > NO_CURSOR ? "du" : "au";
		return 400;
	}
	if (to <= from) {
		r->bad_key = "au";
		return 400;
	}
	if (r->in[KEY_AFTER].present) {
		ct = r->in[KEY_AFTER].i;
		cid = r->in[KEY_AFTER].i2;
	}
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_INT(from),
		    DB_INT(to), FILTER_ARGS(&f), DB_INT(ct), DB_INT(ct),
		    DB_INT(cid), DB_INT(limit + 1) };

		rows = page_rows(p, STMT_AGENDA, a, 13, list, "item");
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

/* A theme or tag page: the named thing, then its contributions. */
static int
page_named(struct page *p, const char *type, enum stmt s)
{
	struct dbarg	 a[] = { DB_STR(p->slug) };
	struct filter	 f = { 0, 0, 0 };
	xmlNodePtr	 n;
	int		 rc;

	if (page_begin(p, type) == -1)
		return 500;
	p->xsl = type;
	n = page_section(p, type);
	if ((rc = page_rows(p, s, a, 1, n, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if (strcmp(type, "theme") == 0)
		f.theme = xml_attr_ll(n, "id");
	else
		f.tag = xml_attr_ll(n, "id");
	return list_all(p, page_section(p, "list"), &f);
}

int
page_theme(struct page *p)
{
	return page_named(p, "theme", STMT_THEME_BY_SLUG);
}

int
page_tag(struct page *p)
{
	return page_named(p, "tag", STMT_TAG_BY_SLUG);
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
