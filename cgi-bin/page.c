/* What every page handler shares: the document frame, lists, filters. */
#include <stdio.h>
#include <string.h>

#include "pages.h"
#include "util.h"
#include "xml.h"

static const char *const langs[LANG__MAX] = { "fr", "en" };
static const char *const fmts[FMT__MAX] =
	{ "html", "xml", "atom", "ics", "json" };

/*
 * The instant a wall-clock time of Paris names, given as if it were UTC
 * (a form's datetime-local, a filter's day at midnight).  The worker runs
 * with TZ=Europe/Paris, so mktime knows whether summer time applies.
 */
time_t
page_paris_time(time_t wall)
{
	struct tm	 tm;

	gmtime_r(&wall, &tm);
	tm.tm_isdst = -1;
	return mktime(&tm);
}

int
page_db_status(int rc)
{
	return rc == DB_GONE ? 503 : 500;
}

int
page_redirect(struct page *p, const char *path)
{
	free(p->location);
	p->location = strdup(path);
	return 301;
}

/*
 * A write transaction.  Its first statement locks the territories' rows,
 * in id order: the counters live there, and foreign keys take shared
 * locks on them, so two members publishing at once would deadlock if
 * each took its locks as its statements came.  Writers queue instead;
 * they are few and short.
 */
int
page_write_begin(struct page *p)
{
	int	 rc;

	if ((rc = db_begin(p->app->db)) != DB_OK)
		return rc;
	if ((rc = db_query(p->app->db, STMT_TERRITORIES_LOCK, NULL, 0, NULL,
	    NULL)) < 0) {
		db_rollback(p->app->db);
		return rc;
	}
	return DB_OK;
}

/* After a POST: go and GET the result (303). */
int
page_see_other(struct page *p, const char *path)
{
	page_redirect(p, path);
	return 303;
}

/* <viewer id url csrf><name/><role territory role network?/>…</viewer> */
void
page_viewer(const struct page *p, xmlNodePtr parent)
{
	const struct app *a = p->app;
	xmlNodePtr	 n, role;
	size_t		 i;

	n = xml_child(parent, "viewer");
	xml_attr_int(n, "id", p->viewer_id);
	xml_attr(n, "url", p->viewer_url);
	xml_attr(n, "csrf", p->viewer_csrf);
	xml_text(n, "name", p->viewer_name);
	/* Where the viewer is on a territory team. */
	for (i = 0; i < a->nterrs; i++) {
		if (p->viewer_roles[i] == ROLE_NONE)
			continue;
		role = xml_child(n, "role");
		xml_attr(role, "territory", a->terrs[i].slug);
		xml_attr(role, "role", p->viewer_roles[i] == ROLE_ADMIN ?
		    "admin" : "editor");
		if (a->terrs[i].is_network)
			xml_attr(role, "network", "1");
	}
}

/*
 * <page version="1" type="…" lang="fr" path="…" base="…" …>
 *   <territory …/>          the territory of the page, if any
 *   <territories>…          every territory, for navigation
 *   <query …/>              the validated filters of the request
 */
int
page_begin(struct page *p, const char *type)
{
	struct app	*a = p->app;
	struct request	*r = p->req;
	xmlNodePtr	 n, ts;
	size_t		 i;
	char		 url[64];

	if ((p->doc = xmlNewDoc(X("1.0"))) == NULL)
		return -1;
	p->root = xmlNewDocNode(p->doc, NULL, X("page"), NULL);
	xmlDocSetRootElement(p->doc, p->root);
	/* The grammar of the document, served under /schema/ (additions only). */
	xml_attr(p->root, "version", "1");
	xml_attr(p->root, "schema", "/schema/page-1.rnc");
	xml_attr(p->root, "type", type);
	xml_attr(p->root, "lang", langs[r->lang]);
	xml_attr(p->root, "format", fmts[r->fmt]);
	xml_attr(p->root, "path", r->path);
	xml_attr(p->root, "base", config_str(&a->conf, CONF_SITE_URL));
	xml_attr(p->root, "site-name", config_str(&a->conf, CONF_SITE_NAME));
	xml_attr(p->root, "licence", config_str(&a->conf, CONF_DATA_LICENCE));
	xml_attr(p->root, "licence-events",
	    config_str(&a->conf, CONF_DATA_LICENCE_EVENTS));
	if (p->terr != NULL) {
		n = xml_child(p->root, "territory");
		xml_attr_int(n, "id", p->terr->id);
		xml_attr(n, "slug", p->terr->slug);
		snprintf(url, sizeof(url), "/%s/", p->terr->slug);
		xml_attr(n, "url", url);
		xmlNodeAddContent(n, X(p->terr->name));
	}
	ts = xml_child(p->root, "territories");
	for (i = 0; i < a->nterrs; i++) {
		if (a->terrs[i].is_network)
			continue;
		n = xml_text(ts, "territory", a->terrs[i].name);
		xml_attr(n, "slug", a->terrs[i].slug);
		snprintf(url, sizeof(url), "/%s/", a->terrs[i].slug);
		xml_attr(n, "url", url);
	}
	if (p->viewer_id != 0)
		page_viewer(p, p->root);
	n = xml_child(p->root, "query");
	/* The filters of the address; form fields (passwords, tokens) never. */
	for (i = 0; i < KEY_EMAIL; i++)
		if (r->in[i].present && i != KEY_LANG)
			xml_attr(n, key_name((enum key)i), r->in[i].s);
	return 0;
}

enum role
page_role(const struct page *p, unsigned int territory_id)
{
	const struct app *a = p->app;
	enum role	 best = ROLE_NONE;
	size_t		 i;

	if (p->viewer_id == 0)
		return ROLE_NONE;
	for (i = 0; i < a->nterrs; i++)
		if ((a->terrs[i].id == territory_id || a->terrs[i].is_network) &&
		    p->viewer_roles[i] > best)
			best = (enum role)p->viewer_roles[i];
	return best;
}

int
page_is_editor(const struct page *p, unsigned int territory_id)
{
	return page_role(p, territory_id) >= ROLE_EDITOR;
}

int
page_is_admin(const struct page *p, unsigned int territory_id)
{
	return page_role(p, territory_id) >= ROLE_ADMIN;
}

int
page_is_network_admin(const struct page *p)
{
	size_t	 i;

	for (i = 0; i < p->app->nterrs; i++)
		if (p->app->terrs[i].is_network)
			return p->viewer_id != 0 &&
			    p->viewer_roles[i] == ROLE_ADMIN;
	return 0;
}

int
page_edits_structure(const struct page *p, unsigned int structure_id)
{
	size_t	 i;

	for (i = 0; i < p->nviewer_structs; i++)
		if (p->viewer_structs[i] == structure_id)
			return 1;
	return 0;
}

/* The error page's document: <page type="error" status="404">. */
void
page_error_doc(struct page *p, int status)
{
	if (p->doc != NULL) {
		xmlFreeDoc(p->doc);
		p->doc = NULL;
	}
	if (page_begin(p, "error") == -1)
		return;
	xml_attr_int(p->root, "status", status);
	if (p->req->bad_key != NULL)
		xml_attr(p->root, "bad-key", p->req->bad_key);
}

xmlNodePtr
page_section(struct page *p, const char *name)
{
	return xml_child(p->root, name);
}

/* Rows into the page; a database error becomes the handler's status. */
int
page_rows(struct page *p, enum stmt s, const struct dbarg *args, size_t n,
    xmlNodePtr parent, const char *row)
{
	return xml_rows(p->app->db, s, args, n, parent, row,
	    &p->last_modified);
}

/* A query value in a URL: unreserved characters as they are. */
void
page_url_encode(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)s;

	for (; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
		    *p == '_' || *p == '~')
			buf_putc(b, (char)*p);
		else {
			buf_putc(b, '%');
			buf_putc(b, hex[*p >> 4]);
			buf_putc(b, hex[*p & 15]);
		}
	}
}

/*
 * Lists ask for one row more than they show: if it came, it is removed
 * and a <next href="…"/> points at the page after, by keyset cursor.
 */
void
page_paginate(struct page *p, xmlNodePtr list, int rows, int limit,
    const char *key, const char *idattr)
{
	xmlNodePtr	 last, shown = NULL, n;
	xmlChar		*sort, *id;
	struct request	*r = p->req;
	struct buf	 href;
	size_t		 i;

	if (rows <= limit)
		return;
	last = xmlGetLastChild(list);
	for (n = last->prev; n != NULL && n->type != XML_ELEMENT_NODE;
	    n = n->prev)
		;
	shown = n;
	xmlUnlinkNode(last);
	xmlFreeNode(last);
	if (shown == NULL)
		return;
	sort = xmlGetProp(shown, X("sort"));
	id = idattr[0] == '@' ? xmlGetProp(shown, X(idattr + 1)) : NULL;
	if (id == NULL && idattr[0] != '@') {
		/* timing/@id */
		for (n = shown->children; n != NULL; n = n->next)
			if (n->type == XML_ELEMENT_NODE &&
			    strcmp((const char *)n->name, "timing") == 0)
				id = xmlGetProp(n, X("id"));
	}
	if (sort != NULL && id != NULL) {
		buf_init(&href);
		buf_printf(&href, "%s?", r->path);
		for (i = 0; i < KEY_EMAIL; i++)
			if (r->in[i].present && i != KEY_BEFORE &&
			    i != KEY_AFTER && i != KEY_LANG) {
				buf_printf(&href, "%s=", key_name((enum key)i));
				page_url_encode(&href, r->in[i].s);
				buf_putc(&href, '&');
			}
		buf_printf(&href, "%s=%s.%s", key, (const char *)sort,
		    (const char *)id);
		n = xml_child(list, "next");
		xml_attr(n, "href", buf_str(&href));
		buf_free(&href);
	}
	xmlFree(sort);
	xmlFree(id);
}

/* Resolves one filter slug to its id into `*id`; 404 if it names nothing. */
static int
filter_resolve(struct page *p, enum key k, enum stmt s, const char *name,
    long long *id)
{
	struct dbarg	 a[1];
	xmlNodePtr	 f;
	int		 rc;

	*id = 0;
	if (!p->req->in[k].present)
		return 0;
	a[0] = k == KEY_STRUCTURE ? (struct dbarg)DB_INT(p->req->in[k].i) :
	    (struct dbarg)DB_STR(p->req->in[k].s);
	f = page_section(p, name);
	if ((rc = page_rows(p, s, a, 1, f, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	*id = xml_attr_ll(f, "id");
	return 0;
}

/* ?theme=, ?tag= and ?structure= as ids. */
int
page_filters(struct page *p, struct filter *f)
{
	int	 rc;

	if ((rc = filter_resolve(p, KEY_THEME, STMT_THEME_BY_SLUG,
	    "theme-filter", &f->theme)) != 0 ||
	    (rc = filter_resolve(p, KEY_TAG, STMT_TAG_BY_SLUG, "tag-filter",
	    &f->tag)) != 0 ||
	    (rc = filter_resolve(p, KEY_STRUCTURE, STMT_STRUCTURE,
	    "structure-filter", &f->structure)) != 0)
		return rc;
	return 0;
}

/* The "avant" cursor (epoch.id of the last item shown), or the start. */
void
page_cursor_before(struct page *p, long long *t, long long *id)
{
	const struct kval *k = &p->req->in[KEY_BEFORE];

	*t = k->present && k->i < NO_CURSOR ? k->i : NO_CURSOR;
	*id = k->present ? k->i2 : 4294967295LL;
}

/*
 * The contributions of the page's member, structure or community (p->id),
 * newest first, by a statement taking id, cursor x3 and limit.
 */
int
page_items_of(struct page *p, enum stmt s, xmlNodePtr list)
{
	long long	 ct, cid;
	int		 limit = page_limit(p), rows;

	page_cursor_before(p, &ct, &cid);
	{
		struct dbarg a[] = { DB_INT(p->id), DB_INT(ct), DB_INT(ct),
		    DB_INT(cid), DB_INT(limit + 1) };

		rows = page_rows(p, s, a, 5, list, "item");
	}
	if (rows < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "avant", "@id");
	return 0;
}

/* How many items a list shows, by format (and ?limite= for the API). */
int
page_limit(const struct page *p)
{
	const struct request *r = p->req;

	if (p->widget)
		return r->in[KEY_COUNT].present ? (int)r->in[KEY_COUNT].i : 5;
	switch (r->fmt) {
	case FMT_ATOM:
		return FEED_LIMIT;
	case FMT_ICS:
		return ICS_LIMIT;
	case FMT_JSON:
		return r->in[KEY_LIMIT].present ? (int)r->in[KEY_LIMIT].i :
		    LIST_LIMIT;
	default:
		return LIST_LIMIT;
	}
}

/* An item asked for by another address than its own: send it there. */
int
page_canonical(struct page *p, xmlNodePtr item)
{
	return page_canonical_at(p, item, "");
}

/* The same for an address under the item's: its URL, then `tail`. */
int
page_canonical_at(struct page *p, xmlNodePtr item, const char *tail)
{
	xmlChar	*url;
	char	 want[512], with[520];
	int	 rc = 0;

	if ((url = xmlGetProp(item, X("url"))) == NULL)
		return 0;
	snprintf(want, sizeof(want), "%s%s", (const char *)url, tail);
	xmlFree(url);
	if (strcmp(want, p->req->path) == 0)
		return 0;
	if (p->req->fmt == FMT_HTML)
		rc = page_redirect(p, want);
	else {
		/* The twin of a non-canonical address: redirect with suffix. */
		snprintf(with, sizeof(with), "%s.%s", want,
		    fmt_suffix(p->req->fmt));
		rc = page_redirect(p, with);
	}
	return rc;
}
