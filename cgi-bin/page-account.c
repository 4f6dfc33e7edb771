/*
 * Accounts: sign-up with a confirmation mail, log in and out, forgotten
 * and changed passwords.  One account for every territory.
 *
 * Every form carries a CSRF token: the session's once logged in, before
 * that the "csrf" cookie's (double submit); and a request from another
 * site (Origin, Sec-Fetch-Site) is refused.  Tokens of sessions and
 * mails are 256 random bits of which only the SHA-256 is stored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "crypto.h"
#include "mail.h"
#include "pages.h"
#include "password.h"
#include "response.h"
#include "util.h"
#include "xml.h"

#define THROTTLE_MAX	10	/* attempts per bucket and 15 minutes */
#define CONFIRM_MINUTES	(48 * 60)
#define RESET_MINUTES	120
#define LOGIN_FIRST	"/connexion?suivant=/compte&message=login-required"

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
static int
csrf_ok(struct page *p)
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
static void
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
static int
again(struct page *p, int status)
{
	p->status = status;
	return 0;
}

static void
message(struct page *p, const char *code)
{
	xml_attr(xml_child(p->root, "message"), "code", code);
}

/* A form field as the page shows it again: its value, and its error. */
static void
field(struct page *p, xmlNodePtr fields, enum key k, const char *error)
{
	const struct kval *v = &p->req->in[k];
	xmlNodePtr	 f = xml_child(fields, "field");

	xml_attr(f, "name", key_name(k));
	if (k != KEY_PASSWORD && k != KEY_CURRENT && v->s != NULL)
		xml_attr(f, "value", v->s);
	if (error != NULL)
		xml_attr(f, "error", error);
}

static int	 lookup(struct page *, enum stmt, const struct dbarg *, size_t,
		    xmlNodePtr *);

/* Is this bucket over its attempts?  Counts this one. */
static int
throttled(struct page *p, const char *what, const char *who)
{
	char		 bucket[300];
	struct dbarg	 a[1];
	xmlNodePtr	 n;
	int		 over = 0;

	snprintf(bucket, sizeof(bucket), "%s:%s", what, who != NULL ? who : "");
	a[0] = (struct dbarg)DB_STR(bucket);
	if (lookup(p, STMT_THROTTLE_GET, a, 1, &n) > 0)
		over = xml_attr_ll(n, "n") >= THROTTLE_MAX;
	xmlFreeNode(n);
	if (!over)
		db_exec(p->app->db, STMT_THROTTLE_HIT, a, 1);
	return over;
}

static void
throttle_clear(struct page *p, const char *what, const char *who)
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
static int
lookup(struct page *p, enum stmt st, const struct dbarg *a, size_t n,
    xmlNodePtr *out)
{
	*out = xmlNewNode(NULL, X("row"));
	return *out == NULL ? DB_ERR : page_rows(p, st, a, n, *out, NULL);
}

struct account {
	long long	 id;		/* 0: no such account */
	int		 active;
	char		 hash[PASSWORD_HASH_SIZE];
};

/* The account of an address, if there is one. */
static int
account_by_email(struct page *p, const char *email, struct account *acc)
{
	struct dbarg	 a[] = { DB_STR(email) };
	xmlNodePtr	 n;
	xmlChar		*v;
	int		 rc;

	memset(acc, 0, sizeof(*acc));
	if ((rc = lookup(p, STMT_MEMBER_BY_EMAIL, a, 1, &n)) > 0) {
		acc->id = xml_attr_ll(n, "id");
		v = xmlGetProp(n, X("status"));
		acc->active = v != NULL && strcmp((const char *)v, "active") == 0;
		xmlFree(v);
		if ((v = xmlNodeGetContent(n)) != NULL)
			snprintf(acc->hash, sizeof(acc->hash), "%s",
			    (const char *)v);
		xmlFree(v);
	}
	xmlFreeNode(n);
	return rc;
}

/* The member a live, unused token of this purpose was mailed to; 0 if none. */
static int
token_member(struct page *p, const char *hex, const char *purpose,
    long long *member)
{
	struct dbarg	 a[] = { DB_STR(hex), DB_STR(purpose) };
	xmlNodePtr	 n;
	int		 rc;

	*member = 0;
	if ((rc = lookup(p, STMT_TOKEN_PEEK, a, 2, &n)) > 0 &&
	    xml_find(n, "used") == NULL)
		*member = xml_attr_ll(n, "id");
	xmlFreeNode(n);
	return rc < 0 ? rc : 0;
}

/* A new session for a member: a fresh token, whatever came before. */
static int
session_open(struct page *p, long long member)
{
	char		 tok[TOKEN_SIZE], csrf[TOKEN_SIZE], hex[65];
	long long	 days = config_int(&p->app->conf, CONF_SESSION_DAYS);
	int		 rc;

	if (crypto_token(tok) == -1 || crypto_token(csrf) == -1)
		return 500;
	crypto_token_hash_hex(tok, hex);
	{
		struct dbarg a[] = { DB_STR(hex), DB_INT(member), DB_STR(csrf),
		    DB_INT(days) };

		if ((rc = db_exec(p->app->db, STMT_SESSION_NEW, a, 4)) < 0)
			return page_db_status(rc);
	}
	/* The old session, if any, ends: no fixation. */
	if (p->req->session_cookie[0] != '\0') {
		struct dbarg a[1];

		crypto_token_hash_hex(p->req->session_cookie, hex);
		a[0] = (struct dbarg)DB_STR(hex);
		db_exec(p->app->db, STMT_SESSION_DELETE, a, 1);
	}
	response_cookie(p->res, "session", tok, days * 86400);
	return 0;
}

/* Sends a mail with a link; -1 if it could not leave. */
static int
send_link(struct page *p, const char *to, const char *subject,
    const char *intro, const char *path, const char *token)
{
	struct buf	 text;
	struct mail	 m;
	char		 where[512];
	int		 rc;

	buf_init(&text);
	buf_printf(&text, "Bonjour,\n\n%s\n\n%s%s?jeton=%s\n\n"
	    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce "
	    "courriel.\n\n-- \n%s\n", intro,
	    config_str(&p->app->conf, CONF_SITE_URL), path, token,
	    config_str(&p->app->conf, CONF_SITE_NAME));
	m.from = config_str(&p->app->conf, CONF_MAIL_FROM);
	m.to = to;
	m.subject = subject;
	m.text = buf_str(&text);
	rc = text.oom ? -1 : mail_send(&m,
	    config_str(&p->app->conf, CONF_MAIL_SPOOL),
	    config_str(&p->app->conf, CONF_MAIL_COMMAND), where,
	    sizeof(where));
	if (rc == -1)
		fprintf(stderr, "echosciences: mail to %s failed\n", to);
	buf_free(&text);
	return rc;
}

static int
form_page(struct page *p, const char *type)
{
	if (page_begin(p, type) == -1)
		return 500;
	p->xsl = "account";
	p->max_age = -1;
	form_token(p);
	/* Where a redirect said how it went (?message=…), among known codes. */
	if (p->req->in[KEY_MESSAGE].present) {
		static const char *const known[] = { "logged-out",
		    "logged-out-everywhere", "reset-done", "confirmed",
		    "login-required", NULL };
		size_t	 i;

		for (i = 0; known[i] != NULL; i++)
			if (strcmp(known[i], p->req->in[KEY_MESSAGE].s) == 0)
				message(p, known[i]);
	}
	return 0;
}

/* GET and POST /inscription. */
int
page_signup(struct page *p)
{
	struct request	*r = p->req;
	const struct territory *t = NULL;
	const char	*why = NULL;
	xmlNodePtr	 fields;
	char		 slug[101], tok[TOKEN_SIZE], hex[65], hash[PASSWORD_HASH_SIZE];
	struct account	 known;
	int		 bad = 0, rc;
	long long	 id;

	if (form_page(p, "signup") != 0)
		return 500;
	if (p->viewer_id != 0)
		return page_see_other(p, "/compte");
	if (r->method != METHOD_POST)
		return 0;
	if (!csrf_ok(p))
		return 403;
	if (throttled(p, "signup:ip", p->env->remote_addr))
		return 429;

	fields = xml_child(p->root, "fields");
	if (r->in[KEY_TERRITORY].present)
		t = app_territory(p->app, r->in[KEY_TERRITORY].s);
#define CHECK(k, err) do {						\
	const char *e_ = (err);						\
	field(p, fields, (k), e_);					\
	bad |= e_ != NULL;						\
} while (0)
	CHECK(KEY_KIND, r->in[KEY_KIND].present ? NULL : "required");
	CHECK(KEY_NAME, r->in[KEY_NAME].present ? NULL :
	    r->in[KEY_NAME].invalid ? "invalid" : "required");
	CHECK(KEY_EMAIL, r->in[KEY_EMAIL].present ? NULL :
	    r->in[KEY_EMAIL].invalid ? "invalid" : "required");
	if (!r->in[KEY_PASSWORD].present)
		CHECK(KEY_PASSWORD, r->in[KEY_PASSWORD].invalid ? "too-long" :
		    "required");
	else if (!password_acceptable(r->in[KEY_PASSWORD].s,
	    r->in[KEY_EMAIL].present ? r->in[KEY_EMAIL].s : "", &why))
		CHECK(KEY_PASSWORD, why);
	else
		CHECK(KEY_PASSWORD, NULL);
	CHECK(KEY_TERRITORY, t != NULL && !t->is_network ? NULL : "required");
#undef CHECK
	if (bad)
		return again(p, 400);

	/* An address already known gets no second account, and no hint. */
	if ((rc = account_by_email(p, r->in[KEY_EMAIL].s, &known)) < 0)
		return page_db_status(rc);
	if (known.id != 0) {
		xmlSetProp(p->root, X("type"), X("message"));
		message(p, "signup-sent");
		return 0;
	}
	if (slugify(r->in[KEY_NAME].s, slug, 80) == 0)
		snprintf(slug, sizeof(slug), "membre");
	if (password_hash(r->in[KEY_PASSWORD].s, hash, sizeof(hash)) == -1 ||
	    crypto_token(tok) == -1)
		return 500;
	crypto_token_hash_hex(tok, hex);

	/* The member, the token and the mail: all, or nothing stored. */
	if ((rc = db_begin(p->app->db)) != DB_OK)
		return page_db_status(rc);
	{
		struct dbarg a[] = { DB_STR(r->in[KEY_KIND].s),
		    DB_STR(r->in[KEY_NAME].s), DB_STR(slug),
		    DB_STR(r->in[KEY_EMAIL].s), DB_STR(hash), DB_INT(t->id) };

		if ((rc = db_exec(p->app->db, STMT_MEMBER_CREATE, a, 6)) < 0)
			goto fail;
	}
	id = db_last_id(p->app->db);
	{
		struct dbarg a[] = { DB_STR(hex), DB_INT(id), DB_STR("confirm"),
		    DB_INT(CONFIRM_MINUTES) };

		if ((rc = db_exec(p->app->db, STMT_TOKEN_NEW, a, 4)) < 0)
			goto fail;
	}
	if (send_link(p, r->in[KEY_EMAIL].s,
	    "Confirmez votre adresse — Échosciences",
	    "Pour activer votre compte Échosciences, ouvrez ce lien "
	    "(valable 48 heures) :", "/confirmation", tok) == -1) {
		rc = 503;
		goto fail;
	}
	if ((rc = db_commit(p->app->db)) != DB_OK)
		goto fail;
	xmlSetProp(p->root, X("type"), X("message"));
	message(p, "signup-sent");
	return 0;
fail:
	db_rollback(p->app->db);
	return rc == 503 ? 503 : page_db_status(rc);
}

/* GET /confirmation?jeton=: the address is confirmed, the member in. */
int
page_confirm(struct page *p)
{
	const struct kval *t = &p->req->in[KEY_TOKEN];
	char		 hex[65];
	long long	 member;
	int		 rc;

	if (form_page(p, "message") != 0)
		return 500;
	if (!t->present) {
		message(p, "bad-token");
		return again(p, 400);
	}
	crypto_token_hash_hex(t->s, hex);
	if ((rc = token_member(p, hex, "confirm", &member)) < 0)
		return page_db_status(rc);
	{
		struct dbarg a[] = { DB_STR(hex), DB_STR("confirm") };

		/* Used once: only the first UPDATE finds it unused. */
		if (member == 0 ||
		    (rc = db_exec(p->app->db, STMT_TOKEN_USE, a, 2)) <= 0) {
			if (member != 0 && rc < 0)
				return page_db_status(rc);
			message(p, "bad-token");
			return again(p, 400);
		}
	}
	{
		struct dbarg a[] = { DB_INT(member) };

		if ((rc = db_exec(p->app->db, STMT_MEMBER_ACTIVATE, a, 1)) < 0)
			return page_db_status(rc);
	}
	if ((rc = session_open(p, member)) != 0)
		return rc;
	return page_see_other(p, "/compte?message=confirmed");
}

/* GET and POST /connexion. */
int
page_login(struct page *p)
{
	struct request	*r = p->req;
	struct account	 acc;
	xmlNodePtr	 fields;
	int		 rc, ok;

	if (form_page(p, "login") != 0)
		return 500;
	if (r->in[KEY_NEXT].present)
		xml_text(p->root, "next", r->in[KEY_NEXT].s);
	if (r->method != METHOD_POST) {
		if (p->viewer_id != 0)
			return page_see_other(p, "/compte");
		return 0;
	}
	if (!csrf_ok(p))
		return 403;
	fields = xml_child(p->root, "fields");
	field(p, fields, KEY_EMAIL, r->in[KEY_EMAIL].present ? NULL :
	    "required");
	if (!r->in[KEY_EMAIL].present || !r->in[KEY_PASSWORD].present) {
		message(p, "login-failed");
		return again(p, 400);
	}
	if (throttled(p, "login:ip", p->env->remote_addr) ||
	    throttled(p, "login:mail", r->in[KEY_EMAIL].s))
		return 429;
	if ((rc = account_by_email(p, r->in[KEY_EMAIL].s, &acc)) < 0)
		return page_db_status(rc);
	/* The same work whether the address exists or not: no timing tells
	 * who has an account. */
	if (acc.hash[0] != '\0')
		ok = password_verify(r->in[KEY_PASSWORD].s, acc.hash);
	else {
		char	 waste[PASSWORD_HASH_SIZE];

		ok = 0;
		(void)password_hash(r->in[KEY_PASSWORD].s, waste, sizeof(waste));
	}
	if (!ok || acc.id == 0) {
		message(p, "login-failed");
		return again(p, 400);
	}
	if (!acc.active) {
		message(p, "not-confirmed");
		return again(p, 400);
	}
	/* A stored hash of an older cost is replaced now that we can. */
	if (password_needs_rehash(acc.hash) && password_hash(
	    r->in[KEY_PASSWORD].s, acc.hash, sizeof(acc.hash)) == 0) {
		struct dbarg a[] = { DB_STR(acc.hash), DB_INT(acc.id) };

		db_exec(p->app->db, STMT_MEMBER_PASSWORD, a, 2);
	}
	throttle_clear(p, "login:mail", r->in[KEY_EMAIL].s);
	if ((rc = session_open(p, acc.id)) != 0)
		return rc;
	return page_see_other(p, r->in[KEY_NEXT].present ?
	    r->in[KEY_NEXT].s : "/compte");
}

/* POST /deconnexion, and /compte/deconnexion-partout. */
static int
logout(struct page *p, int everywhere)
{
	char		 hex[65];
	int		 rc;

	if (p->req->method != METHOD_POST)
		return 405;
	if (!csrf_ok(p))
		return 403;
	if (everywhere && p->viewer_id != 0) {
		struct dbarg a[] = { DB_INT(p->viewer_id) };

		if ((rc = db_exec(p->app->db, STMT_SESSIONS_DELETE_MEMBER, a,
		    1)) < 0)
			return page_db_status(rc);
	} else if (p->req->session_cookie[0] != '\0') {
		struct dbarg a[1];

		crypto_token_hash_hex(p->req->session_cookie, hex);
		a[0] = (struct dbarg)DB_STR(hex);
		if ((rc = db_exec(p->app->db, STMT_SESSION_DELETE, a, 1)) < 0)
			return page_db_status(rc);
	}
	response_cookie(p->res, "session", "", 0);
	return page_see_other(p, everywhere ?
	    "/connexion?message=logged-out-everywhere" :
	    "/connexion?message=logged-out");
}

int
page_logout(struct page *p)
{
	return logout(p, 0);
}

int
page_logout_all(struct page *p)
{
	return logout(p, 1);
}

/* GET and POST /mot-de-passe-oublie: the same answer for every address. */
int
page_forgot(struct page *p)
{
	struct request	*r = p->req;
	struct account	 acc;
	char		 tok[TOKEN_SIZE], hex[65];
	int		 rc;

	if (form_page(p, "forgot") != 0)
		return 500;
	if (r->method != METHOD_POST)
		return 0;
	if (!csrf_ok(p))
		return 403;
	if (!r->in[KEY_EMAIL].present) {
		field(p, xml_child(p->root, "fields"), KEY_EMAIL,
		    r->in[KEY_EMAIL].invalid ? "invalid" : "required");
		return again(p, 400);
	}
	if (throttled(p, "reset:ip", p->env->remote_addr) ||
	    throttled(p, "reset:mail", r->in[KEY_EMAIL].s))
		return 429;
	if ((rc = account_by_email(p, r->in[KEY_EMAIL].s, &acc)) < 0)
		return page_db_status(rc);
	xmlSetProp(p->root, X("type"), X("message"));
	message(p, "reset-sent");
	if (acc.id == 0 || !acc.active)
		return 0;
	if (crypto_token(tok) == -1)
		return 500;
	crypto_token_hash_hex(tok, hex);
	{
		struct dbarg a[] = { DB_STR(hex), DB_INT(acc.id), DB_STR("reset"),
		    DB_INT(RESET_MINUTES) };

		if ((rc = db_exec(p->app->db, STMT_TOKEN_NEW, a, 4)) < 0)
			return page_db_status(rc);
	}
	if (send_link(p, r->in[KEY_EMAIL].s,
	    "Nouveau mot de passe — Échosciences",
	    "Pour choisir un nouveau mot de passe, ouvrez ce lien "
	    "(valable deux heures) :", "/mot-de-passe", tok) == -1)
		return 503;
	return 0;
}

/* GET and POST /mot-de-passe?jeton=: a new password from a mail's link. */
int
page_reset(struct page *p)
{
	struct request	*r = p->req;
	const struct kval *t = &r->in[KEY_TOKEN];
	const char	*why = NULL;
	char		 hex[65], hash[PASSWORD_HASH_SIZE];
	long long	 member;
	int		 rc;

	if (form_page(p, "reset") != 0)
		return 500;
	if (!t->present) {
		xmlSetProp(p->root, X("type"), X("message"));
		message(p, "bad-token");
		return again(p, 400);
	}
	xml_text(p->root, "token", t->s);
	crypto_token_hash_hex(t->s, hex);
	/* A used token is as dead as an expired one. */
	if ((rc = token_member(p, hex, "reset", &member)) < 0)
		return page_db_status(rc);
	if (member == 0) {
		xmlSetProp(p->root, X("type"), X("message"));
		message(p, "bad-token");
		return again(p, 400);
	}
	if (r->method != METHOD_POST)
		return 0;
	if (!csrf_ok(p))
		return 403;
	if (!r->in[KEY_PASSWORD].present ||
	    !password_acceptable(r->in[KEY_PASSWORD].s, "", &why)) {
		field(p, xml_child(p->root, "fields"), KEY_PASSWORD,
		    why != NULL ? why : "required");
		return again(p, 400);
	}
	if (password_hash(r->in[KEY_PASSWORD].s, hash, sizeof(hash)) == -1)
		return 500;
	{
		struct dbarg use[] = { DB_STR(hex), DB_STR("reset") };
		struct dbarg pw[] = { DB_STR(hash), DB_INT(member) };
		struct dbarg all[] = { DB_INT(member) };

		if ((rc = db_begin(p->app->db)) != DB_OK)
			return page_db_status(rc);
		if ((rc = db_exec(p->app->db, STMT_TOKEN_USE, use, 2)) <= 0 ||
		    (rc = db_exec(p->app->db, STMT_MEMBER_PASSWORD, pw, 2)) < 0 ||
		    (rc = db_exec(p->app->db, STMT_SESSIONS_DELETE_MEMBER, all,
		    1)) < 0 || (rc = db_commit(p->app->db)) != DB_OK) {
			db_rollback(p->app->db);
			if (rc == 0) {
				xmlSetProp(p->root, X("type"), X("message"));
				message(p, "bad-token");
				return again(p, 400);
			}
			return page_db_status(rc);
		}
	}
	return page_see_other(p, "/connexion?message=reset-done");
}

/* GET /compte: who is logged in; its forms. */
int
page_account(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->viewer_id) };
	int		 rc;

	if (p->viewer_id == 0)
		return page_see_other(p, LOGIN_FIRST);
	if (form_page(p, "account") != 0)
		return 500;
	if ((rc = page_rows(p, STMT_ACCOUNT, a, 1, page_section(p, "member"),
	    NULL)) < 0)
		return page_db_status(rc);
	return 0;
}

/* POST /compte/mot-de-passe: the current password, then the new one. */
int
page_account_password(struct page *p)
{
	struct request	*r = p->req;
	struct dbarg	 a[] = { DB_INT(p->viewer_id) };
	const char	*why = NULL;
	char		 hash[PASSWORD_HASH_SIZE];
	xmlNodePtr	 n, fields;
	xmlChar		*v;
	int		 rc, ok;

	if (p->viewer_id == 0)
		return page_see_other(p, LOGIN_FIRST);
	if (form_page(p, "account") != 0)
		return 500;
	if (r->method != METHOD_POST)
		return 405;
	if (!csrf_ok(p))
		return 403;
	if ((rc = page_rows(p, STMT_ACCOUNT, a, 1, page_section(p, "member"),
	    NULL)) < 0)
		return page_db_status(rc);
	rc = lookup(p, STMT_MEMBER_HASH, a, 1, &n);
	v = n != NULL ? xmlNodeGetContent(n) : NULL;
	snprintf(hash, sizeof(hash), "%s", v != NULL ? (const char *)v : "");
	xmlFree(v);
	xmlFreeNode(n);
	if (rc < 0)
		return page_db_status(rc);
	fields = xml_child(p->root, "fields");
	if (throttled(p, "password:member", p->viewer_url))
		return 429;
	ok = r->in[KEY_CURRENT].present &&
	    password_verify(r->in[KEY_CURRENT].s, hash);
	field(p, fields, KEY_CURRENT, ok ? NULL : "wrong-password");
	if (!r->in[KEY_PASSWORD].present ||
	    !password_acceptable(r->in[KEY_PASSWORD].s, "", &why)) {
		field(p, fields, KEY_PASSWORD, why != NULL ? why : "required");
		return again(p, 400);
	}
	if (!ok)
		return again(p, 400);
	if (password_hash(r->in[KEY_PASSWORD].s, hash, sizeof(hash)) == -1)
		return 500;
	{
		struct dbarg pw[] = { DB_STR(hash), DB_INT(p->viewer_id) };

		if ((rc = db_exec(p->app->db, STMT_MEMBER_PASSWORD, pw, 2)) < 0)
			return page_db_status(rc);
	}
	message(p, "password-changed");
	return 0;
}
