/*
 * echosciences.fcgi: the public read side of the network.
 *
 * Runs as a FastCGI worker (under spawn-fcgi, nginx, Apache) or, when
 * stdin is not a FastCGI socket, answers one request as a plain CGI.
 * One request, top to bottom: parse and validate (request.c), route
 * (routes.c), the handler loads rows as XML (page-*.c, xml.c, db.c),
 * the document is transformed (render.c) and sent (response.c).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/xsltutils.h>
#include <libxslt/xslt.h>

#include <json-c/json.h>

#include "app.h"
#include "cache.h"
#include "crypto.h"
#include "ical.h"
#include "json.h"
#include "pages.h"
#include "personal.h"
#include "render.h"
#include "response.h"
#include "routes.h"
#include "upload.h"
#include "util.h"
#include "xml.h"

#include <fcgiapp.h>

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif

#define VIEWS_FLUSH_SECONDS 10

static const char *const stylesheets[] = {
	"portal", "territory", "list", "agenda", "item", "member",
	"structure", "structures", "themes", "theme", "tag", "error", "atom",
	"partners", "widget-builder", "widget", "sitemap", "robots",
	"search", "communities", "community", "account", "contribute",
	"structure-edit", "admin", "viewer", "comment",
	NULL
};

static volatile sig_atomic_t stopping;

const struct territory *
app_territory(struct app *a, const char *slug)
{
	size_t	 i;

	for (i = 0; i < a->nterrs; i++)
		if (strcmp(a->terrs[i].slug, slug) == 0)
			return &a->terrs[i];
	return NULL;
}

const struct territory *
app_territory_id(struct app *a, unsigned int id)
{
	size_t	 i;

	for (i = 0; i < a->nterrs; i++)
		if (a->terrs[i].id == id)
			return &a->terrs[i];
	return NULL;
}

static int
territory_row(void *arg, size_t ncols, const struct dbcol *cols,
    char *const *vals, const unsigned long *lens)
{
	struct app	*a = arg;
	struct territory *t;
	size_t		 i;

	(void)lens;
	if (a->nterrs == TERRITORIES_MAX)
		return 1;
	t = &a->terrs[a->nterrs++];
	memset(t, 0, sizeof(*t));
	for (i = 0; i < ncols; i++) {
		if (vals[i] == NULL)
			continue;
		if (strcmp(cols[i].name, "@id") == 0)
			t->id = (unsigned int)strtoul(vals[i], NULL, 10);
		else if (strcmp(cols[i].name, "@slug") == 0)
			snprintf(t->slug, sizeof(t->slug), "%s", vals[i]);
		else if (strcmp(cols[i].name, "name") == 0)
			snprintf(t->name, sizeof(t->name), "%s", vals[i]);
		else if (strcmp(cols[i].name, "@network") == 0)
			t->is_network = strcmp(vals[i], "0") != 0;
	}
	return 0;
}

/* Territories change rarely: kept in the worker, read again each minute. */
int
app_territories_load(struct app *a)
{
	time_t	 now = time(NULL);
	size_t	 before = a->nterrs;
	int	 rc;

	if (a->nterrs > 0 && now - a->terrs_loaded < 60)
		return 0;
	a->nterrs = 0;
	rc = db_query(a->db, STMT_TERRITORIES, NULL, 0, territory_row, a);
	if (rc < 0) {
		/* Keep serving with what we had. */
		a->nterrs = before;
		return before > 0 ? 0 : rc;
	}
	a->terrs_loaded = now;
	return 0;
}

/* Views and visits are counted in memory and written every few seconds. */
static void
views_count(struct app *a, unsigned int id, unsigned int territory)
{
	size_t	 i;

	for (i = 0; i < a->nviews; i++)
		if (a->views[i].id == id && a->views[i].territory == territory) {
			a->views[i].count++;
			return;
		}
	if (a->nviews == VIEWS_MAX)
		return;
	a->views[a->nviews].id = id;
	a->views[a->nviews].territory = territory;
	a->views[a->nviews].count = 1;
	a->nviews++;
}

static void
views_flush(struct app *a, int force)
{
	time_t	 now = time(NULL);
	size_t	 i;

	if (a->nviews == 0 || (!force && now - a->views_flushed <
	    VIEWS_FLUSH_SECONDS && a->nviews < VIEWS_MAX))
		return;
	for (i = 0; i < a->nviews; i++) {
		struct viewcount *v = &a->views[i];

		if (v->id != 0) {
			struct dbarg args[] = { DB_INT(v->count), DB_INT(v->id) };

			db_exec(a->db, STMT_VIEWS_ADD, args, 2);
		} else {
			struct dbarg args[] = { DB_INT(v->territory),
			    DB_INT(v->count) };

			db_exec(a->db, STMT_VISITS_ADD, args, 2);
		}
	}
	a->nviews = 0;
	a->views_flushed = now;
}

/* Expired sessions, tokens and counters go, every ten minutes. */
static void
sweep(struct app *a)
{
	time_t	 now = time(NULL);

	if (now - a->swept < 600)
		return;
	a->swept = now;
	db_exec(a->db, STMT_SESSIONS_EXPIRE, NULL, 0);
	db_exec(a->db, STMT_TOKENS_EXPIRE, NULL, 0);
	db_exec(a->db, STMT_THROTTLE_EXPIRE, NULL, 0);
}

static void
doc_to_buf(xmlDocPtr doc, struct buf *out)
{
	xmlChar	*mem = NULL;
	int	 len = 0;

	/* Not indented: whitespace inside <pre> would change what it says. */
	xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 0);
	if (mem != NULL)
		buf_put(out, mem, (size_t)len);
	xmlFree(mem);
}

/* The last resort when even the error stylesheet fails. */
static void
error_plain(struct response *res, int status)
{
	buf_reset(&res->body);
	buf_printf(&res->body, "<!DOCTYPE html>\n<html lang=\"fr\"><head>"
	    "<meta charset=\"utf-8\"><title>%d %s</title></head><body>"
	    "<h1>Erreur %d</h1><p>Le service est momentanément "
	    "indisponible.</p></body></html>\n", status, status_text(status),
	    status);
	res->ctype = "text/html; charset=utf-8";
}

/* Errors of the JSON API are JSON too. */
static void
error_json(struct response *res, int status, const char *bad_key)
{
	struct json_object *o = json_object_new_object(), *e;

	e = json_object_new_object();
	json_object_object_add(e, "status", json_object_new_int(status));
	json_object_object_add(e, "message",
	    json_object_new_string(status_text(status)));
	if (bad_key != NULL)
		json_object_object_add(e, "parameter",
		    json_object_new_string(bad_key));
	json_object_object_add(o, "error", e);
	buf_reset(&res->body);
	buf_puts(&res->body, json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN));
	buf_putc(&res->body, '\n');
	json_object_put(o);
	res->ctype = "application/json; charset=utf-8";
}

/* An error page; `reason` (or NULL) tells the stylesheet more: see
 * read_body(). */
static void
render_error_reason(struct app *a, struct page *p, struct response *res,
    int status, const char *reason)
{
	res->status = status;
	res->max_age = status == 404 ? 60 : -1;
	res->last_modified = 0;
	buf_reset(&res->body);
	page_error_doc(p, status);
	if (p->doc == NULL) {
		error_plain(res, status);
		return;
	}
	if (reason != NULL)
		xml_attr(p->root, "reason", reason);
	if (p->req->fmt == FMT_JSON) {
		error_json(res, status, p->req->bad_key);
		return;
	}
	if (p->req->fmt == FMT_XML) {
		doc_to_buf(p->doc, &res->body);
		res->ctype = "application/xml; charset=utf-8";
		return;
	}
	if (render_page(a->render, "error", p->doc, &res->body,
	    &res->ctype) == -1)
		error_plain(res, status);
}

static void
render_error(struct app *a, struct page *p, struct response *res, int status)
{
	render_error_reason(a, p, res, status, NULL);
}

/* The host part of the site URL, for iCalendar UIDs. */
static void
site_host(const struct app *a, char *out, size_t sz)
{
	const char	*u = config_str(&a->conf, CONF_SITE_URL), *h;
	size_t		 n;

	h = (h = strstr(u, "://")) != NULL ? h + 3 : u;
	n = strcspn(h, ":/");
	snprintf(out, sz, "%.*s", (int)n, h);
}

/* The document in the format asked: XSLT, XML, iCalendar or JSON. */
static int
output(struct app *a, struct page *p, struct response *res)
{
	const char	*base = config_str(&a->conf, CONF_SITE_URL);
	char		 host[256], calname[256];

	/* A handler's own JSON (a download): sent as it made it. */
	if (p->json_out != NULL) {
		const char	*s = json_object_to_json_string_ext(p->json_out,
		    JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);

		res->ctype = "application/json; charset=utf-8";
		res->download = p->download;
		buf_puts(&res->body, s);
		buf_putc(&res->body, '\n');
		return 0;
	}
	switch (p->req->fmt) {
	case FMT_XML:
		if (p->styled_xml)
			return render_page(a->render, p->xsl, p->doc,
			    &res->body, &res->ctype);
		doc_to_buf(p->doc, &res->body);
		res->ctype = "application/xml; charset=utf-8";
		return 0;
	case FMT_ICS:
		site_host(a, host, sizeof(host));
		snprintf(calname, sizeof(calname), "%s%s%s – Agenda",
		    config_str(&a->conf, CONF_SITE_NAME),
		    p->terr != NULL ? " " : "",
		    p->terr != NULL ? p->terr->name : "");
		res->ctype = "text/calendar; charset=utf-8";
		return ical_write(p->doc, base, host, calname, &res->body);
	case FMT_JSON:
		res->ctype = "application/json; charset=utf-8";
		return json_write(p->doc, base, &res->body);
	case FMT_ATOM:
		return render_page(a->render, "atom", p->doc, &res->body,
		    &res->ctype);
	default:
		return render_page(a->render, p->xsl, p->doc, &res->body,
		    &res->ctype);
	}
}

static void
build_key(struct buf *key, const struct request *r, const char *hostterr)
{
	buf_printf(key, "%s|%d|%d|%s?%s", hostterr != NULL ? hostterr : "",
	    (int)r->fmt, (int)r->lang, r->path, r->qs);
}

/* Reads an application/x-www-form-urlencoded body into the request. */
static int
read_form(struct request *req, const struct req_env *env, in_fn in,
    void *inarg, char **body)
{
	long long	 len;
	size_t		 got = 0, n;

	if (env->content_type == NULL || strncasecmp(env->content_type,
	    "application/x-www-form-urlencoded", 33) != 0)
		return 415;
	if (env->content_length == NULL ||
	    int_parse(env->content_length, 0, REQ_MAX_BODY, &len) == -1)
		return env->content_length == NULL ? 411 : 413;
	if ((*body = malloc((size_t)len + 1)) == NULL)
		return 500;
	while (got < (size_t)len &&
	    (n = in(inarg, *body + got, (size_t)len - got)) > 0)
		got += n;
	if (got != (size_t)len)
		return 400;
	(*body)[len] = '\0';
	switch (req_parse_form(req, *body, (size_t)len)) {
	case REQERR_NONE:
		return 0;
	case REQERR_TOO_LARGE:
		return 413;
	default:
		return 400;
	}
}

/*
 * A POST's body: a urlencoded form (read_form), or a multipart one with
 * files (upload.c), whose files are written only for a member logged in
 * (so the viewer is known by now).  Anything else is a 415.  Returns 0
 * or an HTTP status; *reason says which body went wrong, for the page.
 */
static int
read_body(struct app *a, struct page *p, in_fn in, void *inarg,
    char **body, const char **reason)
{
	const struct req_env *env = p->env;
	long long	 len;
	int		 status;

	if (env->content_type == NULL || strncasecmp(env->content_type,
	    "multipart/form-data", 19) != 0)
		status = read_form(p->req, env, in, inarg, body);
	else if (env->content_length == NULL)
		status = 411;
	else if (int_parse(env->content_length, 0, 1LL << 62, &len) == -1)
		status = 400;
	else
		status = upload_read_as(p->req, env->content_type, len, in,
		    inarg, config_str(&a->conf, CONF_MEDIA_DIR),
		    p->viewer_id != 0);
	/* A value refused by its key is said as such (bad-key), not this. */
	*reason = status == 400 && p->req->bad_key == NULL ?
	    "form-incomplete" : status == 413 ? "form-too-large" : NULL;
	return status;
}

/* "3:editor,1:admin": territory ids and roles. */
static void
viewer_roles(struct page *p, const char *s)
{
	const struct territory *t;
	unsigned long	 id;
	char		*end;

	while (*s != '\0') {
		id = strtoul(s, &end, 10);
		if (*end != ':')
			return;
		s = end + 1;
		if ((t = app_territory_id(p->app, (unsigned int)id)) != NULL)
			p->viewer_roles[t - p->app->terrs] =
			    strncmp(s, "admin", 5) == 0 ? ROLE_ADMIN :
			    ROLE_EDITOR;
		s += strcspn(s, ",");
		if (*s == ',')
			s++;
	}
}

/* "4,17": the structures the viewer is an editor of. */
static void
viewer_structs(struct page *p, const char *s)
{
	char	*end;

	while (*s != '\0' && p->nviewer_structs <
	    sizeof(p->viewer_structs) / sizeof(p->viewer_structs[0])) {
		p->viewer_structs[p->nviewer_structs++] =
		    (unsigned int)strtoul(s, &end, 10);
		if (*end != ',')
			return;
		s = end + 1;
	}
}

static int
viewer_row(void *arg, size_t ncols, const struct dbcol *cols,
    char *const *vals, const unsigned long *lens)
{
	struct page	*p = arg;
	size_t		 i;

	(void)lens;
	for (i = 0; i < ncols; i++) {
		if (vals[i] == NULL)
			continue;
		if (strcmp(cols[i].name, "@id") == 0)
			p->viewer_id = (unsigned int)strtoul(vals[i], NULL, 10);
		else if (strcmp(cols[i].name, "@csrf") == 0)
			snprintf(p->viewer_csrf, sizeof(p->viewer_csrf), "%s",
			    vals[i]);
		else if (strcmp(cols[i].name, "@url") == 0)
			snprintf(p->viewer_url, sizeof(p->viewer_url), "%s",
			    vals[i]);
		else if (strcmp(cols[i].name, "name") == 0)
			snprintf(p->viewer_name, sizeof(p->viewer_name), "%s",
			    vals[i]);
		else if (strcmp(cols[i].name, "roles") == 0)
			viewer_roles(p, vals[i]);
		else if (strcmp(cols[i].name, "structures") == 0)
			viewer_structs(p, vals[i]);
	}
	return 0;
}

/*
 * The member whose session the cookie names, if it is still open: for a
 * GET, as this worker saw it less than the cache's ttl ago; for a POST,
 * always as the database says.
 */
static int
viewer_load(struct app *a, struct page *p, const char *hex)
{
	int		 rc;

	if (p->req->method != METHOD_POST &&
	    personal_get(a->personal, hex, p))
		return 0;
	{
		struct dbarg args[] = { DB_STR(hex) };

		rc = db_query(a->db, STMT_SESSION_GET, args, 1, viewer_row, p);
	}
	if (rc < 0)
		return page_db_status(rc);
	if (p->req->method != METHOD_POST)
		personal_put(a->personal, hex, p);
	return 0;
}

/* Pages anyone may read: a member sees them with their own parts in. */
static int
route_public(const struct route *r)
{
	static const page_fn fns[] = { page_portal, page_territory,
	    page_list, page_agenda, page_item, page_member, page_structures,
	    page_structure, page_themes, page_theme, page_tag, page_search,
	    page_communities, page_community, page_partners,
	    page_widget_builder };
	size_t	 i;

	for (i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
		if (r->fn == fns[i])
			return 1;
	return 0;
}

/* The viewer's part of the page, kept aside while it is built for anyone. */
struct viewer_save {
	unsigned int	 id;
	unsigned char	 roles[TERRITORIES_MAX];
	size_t		 nstructs;
};

static void
viewer_hide(struct page *p, struct viewer_save *v)
{
	v->id = p->viewer_id;
	memcpy(v->roles, p->viewer_roles, sizeof(v->roles));
	v->nstructs = p->nviewer_structs;
	p->viewer_id = 0;
	memset(p->viewer_roles, 0, sizeof(p->viewer_roles));
	p->nviewer_structs = 0;
}

static void
viewer_show(struct page *p, const struct viewer_save *v)
{
	p->viewer_id = v->id;
	memcpy(p->viewer_roles, v->roles, sizeof(v->roles));
	p->nviewer_structs = v->nstructs;
}

/* The anonymous page made the viewer's; 500 if that failed. */
static void
personalise(struct app *a, struct page *p, struct response *res,
    const char *hex)
{
	struct buf	 out;
	uint64_t	 h;

	buf_init(&out);
	h = hash_fnv1a(res->etag, strlen(res->etag), HASH_FNV_SEED);
	if (!res->marks.found)
		personal_marks(&res->body, &res->marks);
	if (personal_splice(a, p, hex, &res->body, &res->marks, &out,
	    &h) == -1) {
		buf_free(&out);
		fprintf(stderr, "echosciences: personal parts failed for %s\n",
		    p->req->path);
		render_error(a, p, res, 500);
		return;
	}
	buf_free(&res->body);
	res->body = out;
	snprintf(res->etag, sizeof(res->etag), "\"%016llx\"",
	    (unsigned long long)h);
}

/* Handles one request; the response is written through `out`. */
static void
serve(struct app *a, const struct req_env *env, out_fn out, void *outarg,
    in_fn in, void *inarg)
{
	struct request	 req;
	struct page	 p;
	struct response	 res;
	const struct route *route = NULL;
	struct buf	 key, path;
	char		*body = NULL;
	enum req_error	 perr;
	const char	*hostterr, *reason = NULL;
	int		 status = 0, cacheable, hit = 0, widget = 0;
	int		 personal = 0;
	struct viewer_save saved;
	char		 hex[65] = "";
	enum route_rc	 rrc = ROUTE_NOT_FOUND;

	response_init(&res);
	buf_init(&key);
	buf_init(&path);
	memset(&p, 0, sizeof(p));
	p.app = a;
	p.req = &req;
	p.env = env;
	p.max_age = 60;
	p.res = &res;

	perr = req_parse(&req, env);
	res.head = req.method == METHOD_HEAD;
	res.secure = env->https != NULL && strcmp(env->https, "on") == 0;
	res.lang = req.lang == LANG_EN ? "en" : "fr";
	if (req.lang_from_query &&
	    strcmp(req.lang_cookie, req.lang == LANG_EN ? "en" : "fr") != 0)
		res.set_lang = req.lang == LANG_EN ? "en" : "fr";
	if (app_territories_load(a) < 0) {
		render_error(a, &p, &res, 503);
		goto send;
	}
	if (perr != REQERR_NONE) {
		render_error(a, &p, &res, perr == REQERR_TOO_LARGE ? 414 :
		    perr == REQERR_NOT_FOUND ? 404 : 400);
		goto send;
	}

	hostterr = config_host_territory(&a->conf, env->host);
	/* A territory's own host name: its paths come without the prefix. */
	if (hostterr != NULL) {
		buf_printf(&path, "/%s%s", hostterr, req.path);
		rrc = route_match(&p, buf_str(&path), &route);
	}
	if (rrc == ROUTE_NOT_FOUND)
		rrc = route_match(&p, req.path, &route);
	if (rrc == ROUTE_FOUND && (route->fn == page_api ||
	    route->fn == page_api_territories))
		req.fmt = FMT_JSON;
	widget = rrc == ROUTE_FOUND && route->fn == page_widget;
	/* Feeds, calendars and the API are polled: five minutes. */
	p.max_age = req.fmt == FMT_HTML || req.fmt == FMT_XML ? 60 : 300;

	/* Who is logged in, then a form's body: its files need a member. */
	if (req.session_cookie[0] != '\0') {
		crypto_token_hash_hex(req.session_cookie, hex);
		if ((status = viewer_load(a, &p, hex)) != 0) {
			render_error(a, &p, &res, status);
			goto send;
		}
	}
	if (req.method == METHOD_POST && rrc == ROUTE_FOUND &&
	    (status = read_body(a, &p, in, inarg, &body, &reason)) != 0) {
		render_error_reason(a, &p, &res, status, reason);
		goto send;
	}
	/* Pages for one visitor are neither cached here nor elsewhere. */
	res.private_ = req.session_cookie[0] != '\0' || req.method == METHOD_POST;
	cacheable = rrc == ROUTE_FOUND && !res.private_;
	/* A member reading a public page: built (or cached) for anyone,
	 * then their parts are put in (personal.c). */
	if (p.viewer_id != 0 && rrc == ROUTE_FOUND && req.fmt == FMT_HTML &&
	    req.method != METHOD_POST && route_public(route)) {
		viewer_hide(&p, &saved);
		personal = 1;
		cacheable = 1;
	}
	if (cacheable) {
		build_key(&key, &req, hostterr);
		if (!key.oom && cache_get(a->cache, buf_str(&key), &res)) {
			hit = 1;
			goto send;
		}
	}

	switch (rrc) {
	case ROUTE_NOT_FOUND:
		status = 404;
		break;
	case ROUTE_METHOD:
		res.allow = "GET, HEAD";
		status = 405;
		break;
	case ROUTE_ADD_SLASH:
		buf_reset(&path);
		buf_printf(&path, "%s/%s%s", req.path, req.qs[0] ? "?" : "",
		    req.qs);
		status = page_redirect(&p, buf_str(&path));
		break;
	case ROUTE_FOUND:
		status = route->fn(&p);
		break;
	}

	if (status == 301 || status == 303) {
		res.status = status;
		res.location = p.location;
		res.max_age = 3600;
		res.ctype = "text/plain; charset=utf-8";
		goto send;
	}
	if (status >= 500)
		fprintf(stderr, "echosciences: %d for %s: %s\n", status, req.path,
		    db_error(a->db));
	if (status != 0) {
		render_error(a, &p, &res, status);
		goto send;
	}

	res.max_age = p.max_age;
	res.last_modified = p.last_modified;
	if (p.status != 0) {
		/* A form shown again with its errors: not a page to keep. */
		res.status = p.status;
		cacheable = 0;
	}
	/* The newest change of what the page shows (a feed's <updated>). */
	if (p.last_modified > 0)
		xml_attr_time(p.root, "updated", p.last_modified);
	if (output(a, &p, &res) == -1) {
		fprintf(stderr, "echosciences: %s output failed for %s\n",
		    fmt_suffix(req.fmt), req.path);
		render_error(a, &p, &res, 500);
		goto send;
	}
	if (res.body.oom) {
		render_error(a, &p, &res, 500);
		goto send;
	}
	response_etag(&res);
	/* A public page: where a member's parts go, found once and kept. */
	if (rrc == ROUTE_FOUND && req.fmt == FMT_HTML && route_public(route))
		personal_marks(&res.body, &res.marks);
	/* Forms carry a visitor's token: never kept for others. */
	if (cacheable && !key.oom && res.max_age >= 0 && res.ncookies == 0)
		cache_put(a->cache, buf_str(&key), &res);

send:
	if (personal) {
		viewer_show(&p, &saved);
		if (res.status == 200)
			personalise(a, &p, &res, hex);
	}
	/* After a POST the session may have changed (logout, password…). */
	if (req.method == METHOD_POST && req.session_cookie[0] != '\0')
		personal_forget(a->personal, hex);
	/* Open data: feeds, calendars, twins and the API, from any origin. */
	res.cors = req.fmt != FMT_HTML;
	if (widget) {
		res.frameable = 1;
		res.set_lang = NULL;	/* a widget sends no cookie */
	}
	if (res.status == 200 && response_not_modified(&res,
	    env->if_none_match, env->if_modified_since))
		res.status = 304;
	response_send(&res, out, outarg);

	/* Count what was read, cached or not. */
	if (res.status == 200 || res.status == 304) {
		if (p.view_id != 0 || (hit && route != NULL &&
		    route->fn == page_item && p.id > 0))
			views_count(a, p.view_id != 0 ? p.view_id :
			    (unsigned int)p.id, 0);
		if (req.fmt == FMT_HTML)
			views_count(a, 0, p.terr != NULL ? p.terr->id : 1);
	}
	if (p.doc != NULL)
		xmlFreeDoc(p.doc);
	if (p.json_out != NULL)
		json_object_put(p.json_out);
	free(p.personal_tmp);
	free(p.personal_tmp2);
	free(p.location);
	buf_free(&key);
	buf_free(&path);
	response_free(&res);
	/* Files of a form that were not kept go, whatever happened. */
	upload_cleanup(&req);
	req_free(&req);
	free(body);
}

static size_t
in_fcgi(void *arg, char *s, size_t n)
{
	int	 got = FCGX_GetStr(s, (int)(n > 65536 ? 65536 : n),
	    (FCGX_Stream *)arg);

	return got > 0 ? (size_t)got : 0;
}

static size_t
in_stdin(void *arg, char *s, size_t n)
{
	(void)arg;
	return fread(s, 1, n, stdin);
}

static void
out_fcgi(void *arg, const char *s, size_t n)
{
	FCGX_PutStr(s, (int)n, (FCGX_Stream *)arg);
}

static void
out_stdout(void *arg, const char *s, size_t n)
{
	(void)arg;
	fwrite(s, 1, n, stdout);
}

static const char *
env_fcgi(void *arg, const char *name)
{
	return FCGX_GetParam(name, (FCGX_ParamArray)arg);
}

static const char *
env_process(void *arg, const char *name)
{
	(void)arg;
	return getenv(name);
}

static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
	FCGX_ShutdownPending();
}

static int
app_init(struct app *a)
{
	char		 err[512];
	const char	*conf = getenv("ECHO_CONF");

	memset(a, 0, sizeof(*a));
	if (conf == NULL && access(SYSCONFDIR "/echosciences.conf", R_OK) == 0)
		conf = SYSCONFDIR "/echosciences.conf";
	if (config_load(&a->conf, conf, err, sizeof(err)) == -1) {
		fprintf(stderr, "echosciences: %s\n", err);
		return -1;
	}
	if ((a->db = db_new(&a->conf)) == NULL ||
	    (a->cache = cache_new((int)config_int(&a->conf, CONF_CACHE_TTL),
	    (size_t)config_int(&a->conf, CONF_CACHE_SIZE))) == NULL ||
	    (a->personal = personal_new((int)config_int(&a->conf,
	    CONF_CACHE_TTL))) == NULL) {
		fprintf(stderr, "echosciences: out of memory\n");
		return -1;
	}
	a->render = render_new(config_str(&a->conf, CONF_XSL_DIR),
	    (int)config_int(&a->conf, CONF_XSL_RELOAD), err, sizeof(err));
	if (a->render == NULL ||
	    render_check(a->render, stylesheets, err, sizeof(err)) == -1) {
		fprintf(stderr, "echosciences: %s\n", err);
		return -1;
	}
	a->views_flushed = time(NULL);
	return 0;
}

static void
app_free(struct app *a)
{
	views_flush(a, 1);
	render_free(a->render);
	cache_free(a->cache);
	personal_free(a->personal);
	db_free(a->db);
	config_free(&a->conf);
}

int
main(void)
{
	struct app	 app;
	struct req_env	 env;
	FCGX_Request	 rq;
	struct sigaction sa;

	/* Dates are shown, and agenda days cut, in French time. */
	setenv("TZ", "Europe/Paris", 1);
	tzset();
	render_global_init();
	if (app_init(&app) == -1)
		return 1;

	if (FCGX_IsCGI()) {
		req_env_read(&env, env_process, NULL);
		serve(&app, &env, out_stdout, NULL, in_stdin, NULL);
		fflush(stdout);
		app_free(&app);
		xsltCleanupGlobals();
		xmlCleanupParser();
		return 0;
	}

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);

	if (FCGX_Init() != 0 || FCGX_InitRequest(&rq, 0, 0) != 0) {
		fprintf(stderr, "echosciences: FastCGI init failed\n");
		return 1;
	}
	while (!stopping && FCGX_Accept_r(&rq) >= 0) {
		req_env_read(&env, env_fcgi, rq.envp);
		serve(&app, &env, out_fcgi, rq.out, in_fcgi, rq.in);
		FCGX_Finish_r(&rq);
		/* Chores after the answer is gone: nobody waits for them. */
		views_flush(&app, 0);
		sweep(&app);
	}
	FCGX_Free(&rq, 1);
	app_free(&app);
	xsltCleanupGlobals();
	xmlCleanupParser();
	return 0;
}
