/*
 * What every form shares: the CSRF check and token, fields shown again
 * with their errors, messages, attempt counters.
 *
 * Every form carries a CSRF token: the session's once logged in, before
 * that the "csrf" cookie's (double submit); and a request from another
 * site (Origin, Sec-Fetch-Site) is refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "crypto.h"
#include "form.h"
#include "response.h"
#include "util.h"
#include "xml.h"

#define THROTTLE_MAX	10	/* attempts per bucket and 15 minutes */

/* The origin of this site as a browser writes it in Origin. */
static int
same_origin(struct page *p, const char *origin)
{
	const char	*site = config_str(&p->app->conf, CONF_SITE_URL);
	const char	*host = p->env->host;
	char		 mine[300];

	if (strcasecmp(origin, site) == 0)
		return 1;
	if (host == NULL)
		return 0;
	snprintf(mine, sizeof(mine), "%s://%s", p->res->secure ? "https" :
	    "http", host);
	return strcasecmp(origin, mine) == 0;
}

/* A POST of a form of ours, from this site, with the right token. */
int
form_csrf_ok(struct page *p)
{
	const struct kval *t = &p->req->in[KEY_CSRF];
	const char	*want;

	if (p->env->origin != NULL && !same_origin(p, p->env->origin))
		return 0;
	if (p->env->fetch_site != NULL &&
	    strcmp(p->env->fetch_site, "same-origin") != 0 &&
	    strcmp(p->env->fetch_site, "none") != 0)
		return 0;
	want = p->viewer_id != 0 ? p->viewer_csrf : p->req->csrf_cookie;
	return t->present && want[0] != '\0' && strlen(want) == 43 &&
	    crypto_equal(t->s, want, 43);
}

/* The token the page's forms carry (a new csrf cookie if needed). */
void
form_token(struct page *p)
{
	char		 tok[TOKEN_SIZE];
	const char	*v;

	if (p->viewer_id != 0)
		v = p->viewer_csrf;
	else if (p->req->csrf_cookie[0] != '\0')
		v = p->req->csrf_cookie;
	else {
		if (crypto_token(tok) == -1)
			return;
		response_cookie(p->res, "csrf", tok, 2 * 3600);
		snprintf(p->req->csrf_cookie, sizeof(p->req->csrf_cookie),
		    "%s", tok);
		v = p->req->csrf_cookie;
	}
	xml_attr(xml_child(p->root, "csrf"), "value", v);
}

/* The form again, with what was wrong, answered with `status`. */
int
form_again(struct page *p, int status)
{
	p->status = status;
	return 0;
}

void
form_message(struct page *p, const char *code)
{
	xml_attr(xml_child(p->root, "message"), "code", code);
}

/* A form field as the page shows it again: its value, and its error. */
void
form_field(struct page *p, xmlNodePtr fields, enum key k, const char *error)
{
	const struct kval *v = &p->req->in[k];
	xmlNodePtr	 f = xml_child(fields, "field");

	xml_attr(f, "name", key_name(k));
	if (k != KEY_PASSWORD && k != KEY_CURRENT && v->s != NULL)
		xml_attr(f, "value", v->s);
	if (error != NULL)
		xml_attr(f, "error", error);
}

/* Is this bucket over its attempts?  Counts this one. */
int
form_throttled(struct page *p, const char *what, const char *who)
{
	char		 bucket[300];
	struct dbarg	 a[1];
	xmlNodePtr	 n;
	int		 over = 0;

	snprintf(bucket, sizeof(bucket), "%s:%s", what, who != NULL ? who : "");
	a[0] = (struct dbarg)DB_STR(bucket);
	if (page_lookup(p, STMT_THROTTLE_GET, a, 1, &n) > 0)
		over = xml_attr_ll(n, "n") >= THROTTLE_MAX;
	xmlFreeNode(n);
	if (!over)
		db_exec(p->app->db, STMT_THROTTLE_HIT, a, 1);
	return over;
}

void
form_throttle_clear(struct page *p, const char *what, const char *who)
{
	char		 bucket[300];
	struct dbarg	 a[1];

	snprintf(bucket, sizeof(bucket), "%s:%s", what, who);
	a[0] = (struct dbarg)DB_STR(bucket);
	db_exec(p->app->db, STMT_THROTTLE_CLEAR, a, 1);
}

/*
 * One row read into a node of its own, outside the page: what a handler
 * needs to decide, never shown.
 */
int
page_lookup(struct page *p, enum stmt st, const struct dbarg *a, size_t n,
    xmlNodePtr *out)
{
	*out = xmlNewNode(NULL, X("row"));
	return *out == NULL ? DB_ERR : page_rows(p, st, a, n, *out, NULL);
}


xmlNodePtr
form_fields(struct page *p)
{
	xmlNodePtr	 f = xml_find(p->root, "fields");

	return f != NULL ? f : xml_child(p->root, "fields");
}

int
form_login_first(struct page *p, const char *path)
{
	char	 to[600];

	snprintf(to, sizeof(to), "/connexion?suivant=%s&message=login-required",
	    path);
	return page_see_other(p, to);
}
