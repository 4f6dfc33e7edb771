/*
 * A logged-in member's public pages, at the speed of the anonymous ones.
 *
 * A public page differs for a member only in the header's account links,
 * in what they may do with the page's item (edit, report) and with its
 * comments, and in the comment form.  So the page is built (or taken
 * from the page cache) as anyone sees it, and those parts, marked by
 * comments in the HTML, are replaced:
 *
 *   <!--account--> … <!--/account-->   the account links (layout.xsl)
 *   <!--actions c=12 a=3 s=0 t=grenoble-->
 *                                      the item's actions: contribution,
 *                                      author, signing structure, home
 *                                      territory (or s= and t= alone on a
 *                                      structure's page)
 *   <!--comment-form c=12--> … <!--/comment-form-->
 *                                      the comment form (comments.xsl)
 *   <!--comment-actions i=34 m=7-->    a comment's actions: edit and
 *                                      delete for its author (m=), hide
 *                                      for who may edit the item (the
 *                                      page's "actions" mark comes first)
 *
 * The parts are rendered by the same templates (viewer.xsl) and kept per
 * worker: the account links per session, the actions per their links,
 * the comment form and a comment's actions as templates in which the
 * token and the ids are put (a page may have a thousand comments).
 *
 * The session itself is kept here for a few seconds (the page cache's
 * ttl) for GET requests: a logout elsewhere reaches a worker's GETs
 * within that time, while every POST reads the session from the
 * database (and drops it from here).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "pages.h"
#include "personal.h"
#include "render.h"
#include "util.h"
#include "xml.h"

#define SESSIONS	 64	/* sessions kept per worker */
#define ACTIONS		 64	/* action parts kept per worker */

/* What templates hold where the viewer's values go: no real id is this
 * large (ids are 32 bits), and no token has a "." in it. */
#define SENTINEL_ID	 "4294967296"
#define SENTINEL_CSRF	 "csrf.sentinel"

struct psession {
	char		 hash[65];	/* the token's SHA-256, "" if free */
	time_t		 at;
	unsigned int	 id;
	char		 csrf[44];
	char		 name[VIEWER_NAME_SIZE];
	char		 url[160];
	unsigned char	 roles[TERRITORIES_MAX];
	unsigned int	 structs[256];
	size_t		 nstructs;
	char		*nav[LANG__MAX];	/* rendered account links */
};

struct paction {
	char		*key;		/* lang|edit|report */
	char		*html;
	time_t		 at;
};

struct personal {
	int		 ttl;
	struct psession	 sessions[SESSIONS];
	struct paction	 actions[ACTIONS];
	size_t		 next_action;
	char		*form[LANG__MAX];	/* the comment form's template */
	char		*cacts[LANG__MAX][4];	/* a comment's: mine | hide<<1 */
};

struct personal *
personal_new(int ttl)
{
	struct personal	*ps;

	if ((ps = calloc(1, sizeof(*ps))) == NULL)
		return NULL;
	ps->ttl = ttl;
	return ps;
}

static void
session_clear(struct psession *s)
{
	size_t	 i;

	for (i = 0; i < LANG__MAX; i++)
		free(s->nav[i]);
	memset(s, 0, sizeof(*s));
}

void
personal_free(struct personal *ps)
{
	size_t	 i;

	if (ps == NULL)
		return;
	for (i = 0; i < SESSIONS; i++)
		session_clear(&ps->sessions[i]);
	for (i = 0; i < ACTIONS; i++) {
		free(ps->actions[i].key);
		free(ps->actions[i].html);
	}
	for (i = 0; i < LANG__MAX; i++) {
		size_t	 j;

		free(ps->form[i]);
		for (j = 0; j < 4; j++)
			free(ps->cacts[i][j]);
	}
	free(ps);
}

static struct psession *
session_find(struct personal *ps, const char *hash)
{
	size_t	 i;

	for (i = 0; i < SESSIONS; i++)
		if (strcmp(ps->sessions[i].hash, hash) == 0)
			return &ps->sessions[i];
	return NULL;
}

int
personal_get(struct personal *ps, const char *hash, struct page *p)
{
	struct psession	*s;

	if (ps == NULL || ps->ttl <= 0 || (s = session_find(ps, hash)) == NULL)
		return 0;
	if (time(NULL) - s->at >= ps->ttl) {
		session_clear(s);
		return 0;
	}
	p->viewer_id = s->id;
	memcpy(p->viewer_csrf, s->csrf, sizeof(p->viewer_csrf));
	memcpy(p->viewer_name, s->name, sizeof(p->viewer_name));
	memcpy(p->viewer_url, s->url, sizeof(p->viewer_url));
	memcpy(p->viewer_roles, s->roles, sizeof(p->viewer_roles));
	memcpy(p->viewer_structs, s->structs, sizeof(p->viewer_structs));
	p->nviewer_structs = s->nstructs;
	return 1;
}

void
personal_put(struct personal *ps, const char *hash, const struct page *p)
{
	struct psession	*s, *oldest = NULL;
	size_t		 i;

	if (ps == NULL || ps->ttl <= 0 || p->viewer_id == 0)
		return;
	if ((s = session_find(ps, hash)) == NULL) {
		for (i = 0; i < SESSIONS; i++)
			if (oldest == NULL || ps->sessions[i].at < oldest->at)
				oldest = &ps->sessions[i];
		s = oldest;
	}
	session_clear(s);
	snprintf(s->hash, sizeof(s->hash), "%s", hash);
	s->at = time(NULL);
	s->id = p->viewer_id;
	memcpy(s->csrf, p->viewer_csrf, sizeof(s->csrf));
	memcpy(s->name, p->viewer_name, sizeof(s->name));
	memcpy(s->url, p->viewer_url, sizeof(s->url));
	memcpy(s->roles, p->viewer_roles, sizeof(s->roles));
	memcpy(s->structs, p->viewer_structs, sizeof(s->structs));
	s->nstructs = p->nviewer_structs;
}

void
personal_forget(struct personal *ps, const char *hash)
{
	struct psession	*s;

	if (ps != NULL && (s = session_find(ps, hash)) != NULL)
		session_clear(s);
}

/* <page type="viewer" lang="…" …>, as page_begin would start it. */
static xmlDocPtr
small_doc(const struct page *p, xmlNodePtr *root)
{
	xmlDocPtr	 doc;

	if ((doc = xmlNewDoc(X("1.0"))) == NULL)
		return NULL;
	*root = xmlNewDocNode(doc, NULL, X("page"), NULL);
	xmlDocSetRootElement(doc, *root);
	xml_attr(*root, "type", "viewer");
	xml_attr(*root, "lang", p->req->lang == LANG_EN ? "en" : "fr");
	xml_attr(*root, "path", p->req->path);
	return doc;
}

static char *
render_part(struct app *a, xmlDocPtr doc)
{
	struct buf	 out;
	const char	*ctype;
	char		*s = NULL;

	buf_init(&out);
	if (render_page(a->render, "viewer", doc, &out, &ctype) == 0 &&
	    !out.oom) {
		const char	*h = buf_str(&out);

		/* The doctype comes with layout.xsl's output: not for a part. */
		if (strncmp(h, "<!DOCTYPE", 9) == 0 && strchr(h, '>') != NULL)
			h = strchr(h, '>') + 1;
		h += strspn(h, "\r\n");
		s = strdup(h);
	}
	buf_free(&out);
	xmlFreeDoc(doc);
	return s;
}

/* The account links of the viewer, as layout.xsl's account-nav makes them. */
static const char *
nav_part(struct app *a, struct page *p, const char *hash)
{
	struct psession	*s = NULL;
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	char		*html;

	if (a->personal != NULL && a->personal->ttl > 0 &&
	    (s = session_find(a->personal, hash)) != NULL &&
	    s->nav[p->req->lang] != NULL)
		return s->nav[p->req->lang];
	if ((doc = small_doc(p, &root)) == NULL)
		return NULL;
	page_viewer(p, root);
	if ((html = render_part(a, doc)) == NULL)
		return NULL;
	if (s != NULL) {
		s->nav[p->req->lang] = html;
		return html;
	}
	/* Not kept (no session cache): freed with the page. */
	free(p->personal_tmp);
	p->personal_tmp = html;
	return html;
}

/* "c=12 a=3 s=0 t=grenoble": the values of a marker. */
static long long
marker_int(const char *m, size_t n, const char *name)
{
	char		 key[5];
	const char	*v;
	long long	 x = 0;

	snprintf(key, sizeof(key), " %s=", name);
	if ((v = memmem(m, n, key, strlen(key))) == NULL)
		return 0;
	for (v += strlen(key); v < m + n && *v >= '0' && *v <= '9'; v++)
		x = x * 10 + (*v - '0');
	return x;
}

static void
marker_str(const char *m, size_t n, const char *name, char *out, size_t sz)
{
	char		 key[5];
	const char	*v, *e;
	size_t		 len;

	out[0] = '\0';
	snprintf(key, sizeof(key), " %s=", name);
	if ((v = memmem(m, n, key, strlen(key))) == NULL)
		return;
	v += strlen(key);
	for (e = v; e < m + n && *e != ' '; e++)
		continue;
	len = (size_t)(e - v);
	if (len >= sz)
		return;
	memcpy(out, v, len);
	out[len] = '\0';
}

/* May the viewer edit the item of an "actions" marker (its author, an
 * editor of its structure, its territory's team)? */
static int
marker_may_edit(struct app *a, struct page *p, const char *m, size_t n)
{
	const struct territory *t;
	long long	 c = marker_int(m, n, "c"), author = marker_int(m, n, "a");
	long long	 st = marker_int(m, n, "s");
	char		 slug[48];

	marker_str(m, n, "t", slug, sizeof(slug));
	t = app_territory(a, slug);
	return (c > 0 && author == p->viewer_id) ||
	    (st > 0 && page_edits_structure(p, (unsigned int)st)) ||
	    (t != NULL && page_is_editor(p, t->id));
}

/* The actions part for a marker's item; "" when there is nothing to do. */
static const char *
actions_part(struct app *a, struct page *p, const char *m, size_t n,
    int may_edit)
{
	struct personal	*ps = a->personal;
	long long	 c = marker_int(m, n, "c");
	long long	 st = marker_int(m, n, "s");
	char		 edit[80], report[80], key[200];
	xmlDocPtr	 doc;
	xmlNodePtr	 root, va;
	size_t		 i;
	char		*html;

	edit[0] = report[0] = '\0';
	if (may_edit && c > 0)
		snprintf(edit, sizeof(edit), "/contributions/%lld/modifier", c);
	else if (may_edit && st > 0)
		snprintf(edit, sizeof(edit), "/structures/%lld/modifier", st);
	if (c > 0)
		snprintf(report, sizeof(report), "/signaler?contribution=%lld",
		    c);
	if (edit[0] == '\0' && report[0] == '\0')
		return "";
	snprintf(key, sizeof(key), "%d|%s|%s", (int)p->req->lang, edit, report);
	for (i = 0; ps != NULL && i < ACTIONS; i++)
		if (ps->actions[i].key != NULL &&
		    strcmp(ps->actions[i].key, key) == 0)
			return ps->actions[i].html;
	if ((doc = small_doc(p, &root)) == NULL)
		return NULL;
	va = xml_child(root, "viewer-actions");
	if (edit[0] != '\0')
		xml_attr(va, "edit", edit);
	if (report[0] != '\0')
		xml_attr(va, "report", report);
	if ((html = render_part(a, doc)) == NULL)
		return NULL;
	if (ps != NULL) {
		struct paction	*slot = &ps->actions[ps->next_action++ % ACTIONS];

		free(slot->key);
		free(slot->html);
		slot->key = strdup(key);
		slot->html = html;
		if (slot->key == NULL) {
			free(slot->html);
			slot->html = NULL;
			return NULL;
		}
		return html;
	}
	free(p->personal_tmp2);
	p->personal_tmp2 = html;
	return html;
}

/*
 * A part rendered once per language (and variant) with sentinels where
 * the viewer's values go: kept in *slot, or in *tmp (freed with the page)
 * when there is no cache.  NULL if it could not be rendered.
 */
static const char *
template_part(struct app *a, struct page *p, char **slot, char **tmp,
    xmlDocPtr doc)
{
	char	*html;

	if (slot != NULL && *slot != NULL) {
		xmlFreeDoc(doc);
		return *slot;
	}
	if ((html = render_part(a, doc)) == NULL)
		return NULL;
	if (slot != NULL)
		return *slot = html;
	free(*tmp);
	return *tmp = html;
}

/* The comment form, for the contribution of a "comment-form" marker. */
static const char *
comment_form_tpl(struct app *a, struct page *p)
{
	struct personal	*ps = a->personal;
	xmlDocPtr	 doc;
	xmlNodePtr	 root, v;

	if (ps != NULL && ps->form[p->req->lang] != NULL)
		return ps->form[p->req->lang];
	if ((doc = small_doc(p, &root)) == NULL)
		return NULL;
	v = xml_child(root, "viewer");
	xml_attr(v, "csrf", SENTINEL_CSRF);
	xml_attr(xml_child(root, "comment-form"), "contribution", SENTINEL_ID);
	return template_part(a, p, ps != NULL ? &ps->form[p->req->lang] : NULL,
	    &p->personal_tmp2, doc);
}

/* A comment's actions for its author (mine) or who may hide it. */
static const char *
comment_actions_tpl(struct app *a, struct page *p, int mine, int hide)
{
	struct personal	*ps = a->personal;
	int		 v = mine | hide << 1;
	xmlDocPtr	 doc;
	xmlNodePtr	 root, ca;

	if (ps != NULL && ps->cacts[p->req->lang][v] != NULL)
		return ps->cacts[p->req->lang][v];
	if ((doc = small_doc(p, &root)) == NULL)
		return NULL;
	ca = xml_child(root, "comment-actions");
	xml_attr(ca, "id", SENTINEL_ID);
	xml_attr(ca, "mine", mine ? "1" : "0");
	xml_attr(ca, "moderate", hide ? "1" : "0");
	return template_part(a, p, ps != NULL ? &ps->cacts[p->req->lang][v] :
	    NULL, &p->personal_tmp2, doc);
}

/* `tpl` into `out`, with each `from[i]` replaced by `to[i]`. */
static void
put_filled(struct buf *out, const char *tpl, const char *const *from,
    const char *const *to, size_t n)
{
	const char	*next, *hit;
	size_t		 i, which;

	for (;;) {
		next = NULL;
		which = 0;
		for (i = 0; i < n; i++)
			if ((hit = strstr(tpl, from[i])) != NULL &&
			    (next == NULL || hit < next)) {
				next = hit;
				which = i;
			}
		if (next == NULL)
			break;
		buf_put(out, tpl, (size_t)(next - tpl));
		buf_puts(out, to[which]);
		tpl = next + strlen(from[which]);
	}
	buf_puts(out, tpl);
}

#define ACCOUNT_OPEN	"<!--account-->"
#define ACCOUNT_CLOSE	"<!--/account-->"
#define ACTIONS_OPEN	"<!--actions "
#define FORM_OPEN	"<!--comment-form "
#define FORM_CLOSE	"<!--/comment-form-->"
#define COMMENT_OPEN	"<!--comment-actions "

/* Is the comment from `o` to `c` ("-->") the marker `m`, or (`prefix`)
 * does it start with it? */
static int
marker_is(const char *o, const char *c, const char *m, int prefix)
{
	size_t	 n = strlen(m), len = (size_t)(c + 3 - o);

	return (prefix ? len > n : len == n) && memcmp(o, m, n) == 0;
}

/*
 * The next comment of the page's own markup from *pp: returns its "<!--"
 * and sets *cend to its "-->", or NULL.  Tags are stepped over whole,
 * quoted values and all, and so is the text of <script> and <style>:
 * libxml2's HTML serializer leaves "<!--…-->" raw inside attribute values
 * (for server-side includes), so a title or an alt text could hold a
 * forged marker, and the viewer's part put in there would end the
 * attribute and let the rest of the text be markup.
 */
static const char *
next_comment(const char **pp, const char *end, const char **cend)
{
	const char	*p = *pp, *q, *name, *c;
	size_t		 nlen;
	int		 closing;
	char		 quote;

	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if (end - p >= 7 && memcmp(p, "<!--", 4) == 0) {
			if ((c = memmem(p + 4, (size_t)(end - p - 4), "-->",
			    3)) == NULL)
				return NULL;
			*cend = c;
			*pp = c + 3;
			return p;
		}
		q = p + 1;
		if ((closing = q < end && *q == '/'))
			q++;
		name = q;
		while (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' &&
		    *q <= 'Z') || (*q >= '0' && *q <= '9')))
			q++;
		nlen = (size_t)(q - name);
		if (nlen == 0 && (closing || q == end || (*q != '!' &&
		    *q != '?'))) {
			p++;		/* not a tag */
			continue;
		}
		/* To the end of the tag (a doctype's too). */
		while (q < end && *q != '>') {
			if (*q == '"' || *q == '\'') {
				quote = *q++;
				q = memchr(q, quote, (size_t)(end - q));
				if (q == NULL)
					return NULL;
			}
			q++;
		}
		if (q == end)
			return NULL;
		p = q + 1;
		if (closing || !((nlen == 6 && strncasecmp(name, "script", 6) ==
		    0) || (nlen == 5 && strncasecmp(name, "style", 5) == 0)))
			continue;
		/* Raw text, to its end tag. */
		while ((p = memchr(p, '<', (size_t)(end - p))) != NULL &&
		    !((size_t)(end - p) > nlen + 2 && p[1] == '/' &&
		    strncasecmp(p + 2, name, nlen) == 0))
			p++;
		if (p == NULL)
			return NULL;
	}
	return NULL;
}

/* From the comment opened at `o`, the end of the region its closing
 * marker ends (that marker's "-->"); NULL if it never comes. */
static const char *
region_end(const char **scan, const char *end, const char *close)
{
	const char	*o2, *c2;

	while ((o2 = next_comment(scan, end, &c2)) != NULL &&
	    !marker_is(o2, c2, close, 0))
		continue;
	return o2 == NULL ? NULL : c2 + 3;
}

/* Finds the marks of a page made for anyone (see next_comment). */
void
personal_marks(const struct buf *in, struct marks *mk)
{
	const char	*s = in->data, *end = in->data + in->len, *scan = s;
	const char	*o, *c, *e;
	int		 account = 0, rc = 0;

	marks_free(mk);
	mk->found = 1;
	if (s == NULL)
		return;
	while (rc == 0 && (o = next_comment(&scan, end, &c)) != NULL) {
		if (!account && marker_is(o, c, ACCOUNT_OPEN, 0)) {
			/* The account links run to the closing marker. */
			if ((e = region_end(&scan, end, ACCOUNT_CLOSE)) == NULL)
				return;
			account = 1;
			rc = marks_add(mk, MARK_ACCOUNT, (size_t)(o - s),
			    (size_t)(e - o));
		} else if (marker_is(o, c, FORM_OPEN, 1)) {
			if ((e = region_end(&scan, end, FORM_CLOSE)) == NULL)
				return;
			rc = marks_add(mk, MARK_COMMENT_FORM, (size_t)(o - s),
			    (size_t)(e - o));
		} else if (marker_is(o, c, ACTIONS_OPEN, 1))
			rc = marks_add(mk, MARK_ACTIONS, (size_t)(o - s),
			    (size_t)(c + 3 - o));
		else if (marker_is(o, c, COMMENT_OPEN, 1))
			rc = marks_add(mk, MARK_COMMENT, (size_t)(o - s),
			    (size_t)(c + 3 - o));
	}
}

/*
 * The anonymous page `in`, whose marks are `mk`, with the viewer's parts
 * in: written to `out`, the parts hashed into *etag (the page's own ETag
 * is the anonymous one's hash and theirs: no need to read the whole page
 * again).  -1 if a part could not be rendered.
 */
int
personal_splice(struct app *a, struct page *p, const char *hash,
    const struct buf *in, const struct marks *mk, struct buf *out,
    uint64_t *etag)
{
	const char	*part, *o;
	char		 id[24];
	size_t		 i, at = 0, start, n;
	int		 may_edit = 0, mine;

	for (i = 0; i < mk->n; i++) {
		if (mk->m[i].off < at || mk->m[i].off + mk->m[i].len > in->len)
			return -1;
		o = in->data + mk->m[i].off;
		n = mk->m[i].len - 3;	/* without its "-->" */
		buf_put(out, in->data + at, mk->m[i].off - at);
		at = mk->m[i].off + mk->m[i].len;
		start = out->len;
		switch (mk->m[i].kind) {
		case MARK_ACCOUNT:
			if ((part = nav_part(a, p, hash)) == NULL)
				return -1;
			buf_puts(out, part);
			break;
		case MARK_ACTIONS:
			may_edit = marker_may_edit(a, p, o, n);
			if ((part = actions_part(a, p, o, n, may_edit)) == NULL)
				return -1;
			buf_puts(out, part);
			break;
		case MARK_COMMENT_FORM: {
			const char *from[] = { SENTINEL_ID, SENTINEL_CSRF };
			const char *to[] = { id, p->viewer_csrf };

			if ((part = comment_form_tpl(a, p)) == NULL)
				return -1;
			snprintf(id, sizeof(id), "%lld", marker_int(o, n, "c"));
			put_filled(out, part, from, to, 2);
			break;
		}
		case MARK_COMMENT: {
			const char *from[] = { SENTINEL_ID };
			const char *to[] = { id };

			mine = marker_int(o, n, "m") == p->viewer_id;
			if (!mine && !may_edit)
				break;
			if ((part = comment_actions_tpl(a, p, mine,
			    may_edit)) == NULL)
				return -1;
			snprintf(id, sizeof(id), "%lld", marker_int(o, n, "i"));
			put_filled(out, part, from, to, 1);
			break;
		}
		}
		/* The part, and which mark it stands for ("" counts too). */
		*etag = hash_fnv1a(out->data != NULL ? out->data + start : "",
		    out->len - start, *etag ^ (uint64_t)(mk->m[i].kind + 1));
	}
	buf_put(out, in->data + at, in->len - at);
	return out->oom ? -1 : 0;
}
