/* Listings: contributions of one kind, the agenda, themes, tags, structures. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pages.h"
#include "xml.h"


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
		from = page_paris_time(r->in[KEY_FROM].t);
	/* Ongoing events are shown if they began less than a day ago: a
	 * bound on what the index scan reads (see STMT_AGENDA). */
	if (from < time(NULL) - 86400)
		from = time(NULL) - 86400;
	if (r->in[KEY_TO].present)
		to = page_paris_time(r->in[KEY_TO].t + 86400);
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

/* The structures' directory: a page is a phone screen or two; feeds and
 * the API have every structure (their JSON has no "next"). */
#define DIRECTORY_LIMIT	50
#define DIRECTORY_ALL	10000

/* "%words%" for LIKE: the words trimmed, and % _ \ as themselves. */
static void
directory_like(const char *q, struct buf *b)
{
	size_t	 n;

	while (*q == ' ' || *q == '\t')
		q++;
	for (n = strlen(q); n > 0 && (q[n - 1] == ' ' || q[n - 1] == '\t');)
		n--;
	if (n == 0)
		return;
	buf_putc(b, '%');
	for (; n > 0; n--, q++) {
		if (*q == '%' || *q == '_' || *q == '\\')
			buf_putc(b, '\\');
		buf_putc(b, *q);
	}
	buf_putc(b, '%');
}

/* "key=value&" into a URL's query, the value percent-encoded. */
static void
directory_arg(struct buf *b, const char *key, const char *v)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *s = (const unsigned char *)v;

	buf_printf(b, "%s=", key);
	for (; *s != '\0'; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '-' || *s == '.' ||
		    *s == '_' || *s == '~')
			buf_putc(b, (char)*s);
		else
			buf_printf(b, "%%%c%c", hex[*s >> 4], hex[*s & 15]);
	buf_putc(b, '&');
}

/* The next page, after the last structure shown, with the same filters. */
static void
directory_next(struct page *p, xmlNodePtr dir, xmlNodePtr last)
{
	struct request	*r = p->req;
	struct buf	 href;
	long long	 id = xml_attr_ll(last, "id");

	buf_init(&href);
	buf_printf(&href, "%s?", r->path);
	if (r->in[KEY_STRUCT_KIND].present)
		directory_arg(&href, "type_structure", r->in[KEY_STRUCT_KIND].s);
	if (r->in[KEY_QUERY].present)
		directory_arg(&href, "q", r->in[KEY_QUERY].s);
	if (r->in[KEY_LIMIT].present)
		directory_arg(&href, "limite", r->in[KEY_LIMIT].s);
	buf_printf(&href, "suite=%lld", id);
	if (!href.oom)
		xml_attr(xml_child(dir, "next"), "href", buf_str(&href));
	buf_free(&href);
}

/*
 * A territory's structures by name, filtered by kind (type_structure, a
 * form key: the active one goes into <directory kind>) and by words of
 * their name (q), with how many there are of each kind; a page follows
 * another by keyset: ?suite=<the id of the last one shown>.
 */
int
page_structures(struct page *p)
{
	struct request	*r = p->req;
	const char	*kind = "", *like, *aname = "";
	struct buf	 pat;
	xmlNodePtr	 list, dir, cur = NULL, n, last;
	long long	 after = 0, total = 0;
	int		 limit, rows, rc = 0;

	if (page_begin(p, "structures") == -1)
		return 500;
	p->xsl = "structures";
	if (r->in[KEY_STRUCT_KIND].invalid) {
		r->bad_key = "type_structure";
		return 400;
	}
	if (r->in[KEY_STRUCT_KIND].present)
		kind = r->in[KEY_STRUCT_KIND].s;
	if (r->fmt == FMT_JSON)
		limit = DIRECTORY_ALL;
	else
		limit = r->in[KEY_LIMIT].present ? (int)r->in[KEY_LIMIT].i :
		    DIRECTORY_LIMIT;
	buf_init(&pat);
	if (r->in[KEY_QUERY].present)
		directory_like(r->in[KEY_QUERY].s, &pat);
	like = buf_str(&pat);
	if (pat.oom) {
		rc = 500;
		goto out;
	}

	/* The cursor: a structure of this territory, by its name. */
	if (r->in[KEY_AFTER_STRUCT].present) {
		struct dbarg a[] = { DB_INT(r->in[KEY_AFTER_STRUCT].i),
		    DB_INT(p->terr->id) };

		if ((rows = page_lookup(p, STMT_SE_CURSOR, a, 2, &cur)) <= 0) {
			if (rows == 0)
				r->bad_key = "suite";
			rc = rows < 0 ? page_db_status(rows) : 400;
			goto out;
		}
		after = r->in[KEY_AFTER_STRUCT].i;
		if ((n = xml_find(cur, "name")) != NULL && n->children != NULL &&
		    n->children->content != NULL)
			aname = (const char *)n->children->content;
	}

	list = page_section(p, "structures");
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_STR(kind),
		    DB_STR(kind), DB_STR(like), DB_STR(like), DB_INT(after),
		    DB_STR(aname), DB_STR(aname), DB_INT(after),
		    DB_INT(limit + 1) };

		rows = page_rows(p, STMT_STRUCTURES, a, 10, list, "structure");
	}
	if (rows < 0) {
		rc = page_db_status(rows);
		goto out;
	}
	dir = page_section(p, "directory");
	if (kind[0] != '\0')
		xml_attr(dir, "kind", kind);
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_STR(like),
		    DB_STR(like) };

		if ((rc = page_rows(p, STMT_SE_KIND_COUNTS, a, 3, dir,
		    "count")) < 0) {
			rc = page_db_status(rc);
			goto out;
		}
		rc = 0;
	}
	for (n = dir->children; n != NULL; n = n->next)
		total += xml_attr_ll(n, "n");
	xml_attr_int(dir, "total", total);
	if (rows > limit && (last = xmlGetLastChild(list)) != NULL) {
		xmlUnlinkNode(last);
		xmlFreeNode(last);
		if ((last = xmlGetLastChild(list)) != NULL)
			directory_next(p, dir, last);
	}
	if (r->in[KEY_MESSAGE].present &&
	    strcmp(r->in[KEY_MESSAGE].s, "structure-deleted") == 0)
		xml_attr(xml_child(p->root, "message"), "code",
		    "structure-deleted");
out:
	xmlFreeNode(cur);
	buf_free(&pat);
	return rc;
}
