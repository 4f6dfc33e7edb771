/*
 * Accounts: sign-up with a confirmation mail, log in and out, forgotten
 * and changed passwords; the member's profile, change of address,
 * personal data (JSON) and deletion.  One account for every territory.
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
#include <time.h>

#include <json-c/json.h>

#include "crypto.h"
#include "form.h"
#include "mail.h"
#include "pages.h"
#include "password.h"
#include "response.h"
#include "upload.h"
#include "util.h"
#include "xml.h"

#define CONFIRM_MINUTES	(48 * 60)
#define RESET_MINUTES	120

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
	if ((rc = page_lookup(p, STMT_MEMBER_BY_EMAIL, a, 1, &n)) > 0) {
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
	if ((rc = page_lookup(p, STMT_TOKEN_PEEK, a, 2, &n)) > 0 &&
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

/* Sends a mail of ours; -1 if it could not leave. */
static int
send_text(struct page *p, const char *to, const char *subject,
    struct buf *text)
{
	struct mail	 m;
	char		 where[512];
	int		 rc;

	m.from = config_str(&p->app->conf, CONF_MAIL_FROM);
	m.to = to;
	m.subject = subject;
	m.text = buf_str(text);
	rc = text->oom ? -1 : mail_send(&m,
	    config_str(&p->app->conf, CONF_MAIL_SPOOL),
	    config_str(&p->app->conf, CONF_MAIL_COMMAND), where,
	    sizeof(where));
	if (rc == -1)
		fprintf(stderr, "echosciences: mail to %s failed\n", to);
	return rc;
}

/* Sends a mail with a link; -1 if it could not leave. */
static int
send_link(struct page *p, const char *to, const char *subject,
    const char *intro, const char *path, const char *token)
{
	struct buf	 text;
	int		 rc;

	buf_init(&text);
	buf_printf(&text, "Bonjour,\n\n%s\n\n%s%s?jeton=%s\n\n"
	    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce "
	    "courriel.\n\n-- \n%s\n", intro,
	    config_str(&p->app->conf, CONF_SITE_URL), path, token,
	    config_str(&p->app->conf, CONF_SITE_NAME));
	rc = send_text(p, to, subject, &text);
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
		    "login-required", "email-sent", "email-changed",
		    "profile-saved", NULL };
		size_t	 i;

		for (i = 0; known[i] != NULL; i++)
			if (strcmp(known[i], p->req->in[KEY_MESSAGE].s) == 0)
				form_message(p, known[i]);
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
	if (!form_csrf_ok(p))
		return 403;
	if (form_throttled(p, "signup:ip", p->env->remote_addr))
		return 429;

	fields = xml_child(p->root, "fields");
	if (r->in[KEY_TERRITORY].present)
		t = app_territory(p->app, r->in[KEY_TERRITORY].s);
#define CHECK(k, err) do {						\
	const char *e_ = (err);						\
	form_field(p, fields, (k), e_);					\
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
		return form_again(p, 400);

	/* An address already known gets no second account, and no hint. */
	if ((rc = account_by_email(p, r->in[KEY_EMAIL].s, &known)) < 0)
		return page_db_status(rc);
	if (known.id != 0) {
		xmlSetProp(p->root, X("type"), X("message"));
		form_message(p, "signup-sent");
		return 0;
	}
	if (slugify(r->in[KEY_NAME].s, slug, 80) == 0)
		snprintf(slug, sizeof(slug), "membre");
	if (password_hash(r->in[KEY_PASSWORD].s, hash, sizeof(hash)) == -1 ||
	    crypto_token(tok) == -1)
		return 500;
	crypto_token_hash_hex(tok, hex);

	/* The member, the token and the mail: all, or nothing stored. */
	if ((rc = page_write_begin(p)) != DB_OK)
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
	form_message(p, "signup-sent");
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
		form_message(p, "bad-token");
		return form_again(p, 400);
	}
	crypto_token_hash_hex(t->s, hex);
	if ((rc = token_member(p, hex, "confirm", &member)) < 0)
		return page_db_status(rc);
	if (member == 0) {
		form_message(p, "bad-token");
		return form_again(p, 400);
	}
	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	{
		struct dbarg a[] = { DB_STR(hex), DB_STR("confirm") };

		/* Used once: only the first UPDATE finds it unused. */
		if ((rc = db_exec(p->app->db, STMT_TOKEN_USE, a, 2)) <= 0) {
			db_rollback(p->app->db);
			if (rc < 0)
				return page_db_status(rc);
			form_message(p, "bad-token");
			return form_again(p, 400);
		}
	}
	{
		struct dbarg a[] = { DB_INT(member) };

		/* A confirmed member counts, at home and in the network. */
		if ((rc = db_exec(p->app->db, STMT_MEMBER_ACTIVATE, a, 1)) < 0 ||
		    (rc > 0 && (rc = db_exec(p->app->db, STMT_AC_COUNT_IN, a,
		    1)) < 0) || (rc = db_commit(p->app->db)) != DB_OK) {
			db_rollback(p->app->db);
			return page_db_status(rc);
		}
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
	if (!form_csrf_ok(p))
		return 403;
	fields = xml_child(p->root, "fields");
	form_field(p, fields, KEY_EMAIL, r->in[KEY_EMAIL].present ? NULL :
	    "required");
	if (!r->in[KEY_EMAIL].present || !r->in[KEY_PASSWORD].present) {
		form_message(p, "login-failed");
		return form_again(p, 400);
	}
	if (form_throttled(p, "login:ip", p->env->remote_addr) ||
	    form_throttled(p, "login:mail", r->in[KEY_EMAIL].s))
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
		form_message(p, "login-failed");
		return form_again(p, 400);
	}
	if (!acc.active) {
		form_message(p, "not-confirmed");
		return form_again(p, 400);
	}
	/* A stored hash of an older cost is replaced now that we can. */
	if (password_needs_rehash(acc.hash) && password_hash(
	    r->in[KEY_PASSWORD].s, acc.hash, sizeof(acc.hash)) == 0) {
		struct dbarg a[] = { DB_STR(acc.hash), DB_INT(acc.id) };

		db_exec(p->app->db, STMT_MEMBER_PASSWORD, a, 2);
	}
	form_throttle_clear(p, "login:mail", r->in[KEY_EMAIL].s);
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
	if (!form_csrf_ok(p))
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
	if (!form_csrf_ok(p))
		return 403;
	if (!r->in[KEY_EMAIL].present) {
		form_field(p, xml_child(p->root, "fields"), KEY_EMAIL,
		    r->in[KEY_EMAIL].invalid ? "invalid" : "required");
		return form_again(p, 400);
	}
	if (form_throttled(p, "reset:ip", p->env->remote_addr) ||
	    form_throttled(p, "reset:mail", r->in[KEY_EMAIL].s))
		return 429;
	if ((rc = account_by_email(p, r->in[KEY_EMAIL].s, &acc)) < 0)
		return page_db_status(rc);
	xmlSetProp(p->root, X("type"), X("message"));
	form_message(p, "reset-sent");
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
		form_message(p, "bad-token");
		return form_again(p, 400);
	}
	xml_text(p->root, "token", t->s);
	crypto_token_hash_hex(t->s, hex);
	/* A used token is as dead as an expired one. */
	if ((rc = token_member(p, hex, "reset", &member)) < 0)
		return page_db_status(rc);
	if (member == 0) {
		xmlSetProp(p->root, X("type"), X("message"));
		form_message(p, "bad-token");
		return form_again(p, 400);
	}
	if (r->method != METHOD_POST)
		return 0;
	if (!form_csrf_ok(p))
		return 403;
	if (!r->in[KEY_PASSWORD].present ||
	    !password_acceptable(r->in[KEY_PASSWORD].s, "", &why)) {
		form_field(p, xml_child(p->root, "fields"), KEY_PASSWORD,
		    why != NULL ? why : "required");
		return form_again(p, 400);
	}
	if (password_hash(r->in[KEY_PASSWORD].s, hash, sizeof(hash)) == -1)
		return 500;
	{
		struct dbarg use[] = { DB_STR(hex), DB_STR("reset") };
		struct dbarg pw[] = { DB_STR(hash), DB_INT(member) };
		struct dbarg all[] = { DB_INT(member) };

		if ((rc = page_write_begin(p)) != DB_OK)
			return page_db_status(rc);
		if ((rc = db_exec(p->app->db, STMT_TOKEN_USE, use, 2)) <= 0 ||
		    (rc = db_exec(p->app->db, STMT_MEMBER_PASSWORD, pw, 2)) < 0 ||
		    (rc = db_exec(p->app->db, STMT_SESSIONS_DELETE_MEMBER, all,
		    1)) < 0 || (rc = db_commit(p->app->db)) != DB_OK) {
			db_rollback(p->app->db);
			if (rc == 0) {
				xmlSetProp(p->root, X("type"), X("message"));
				form_message(p, "bad-token");
				return form_again(p, 400);
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
		return form_login_first(p, "/compte");
	if (form_page(p, "account") != 0)
		return 500;
	if ((rc = page_rows(p, STMT_ACCOUNT, a, 1, page_section(p, "member"),
	    NULL)) < 0)
		return page_db_status(rc);
	return 0;
}

/*
 * Is `pw` the viewer's password?  1 or 0, or a db_rc below zero.  The
 * same work when there is no password to compare with.
 */
static int
viewer_password(struct page *p, const struct kval *pw)
{
	struct dbarg	 a[] = { DB_INT(p->viewer_id) };
	char		 hash[PASSWORD_HASH_SIZE];
	xmlNodePtr	 n;
	xmlChar		*v;
	int		 rc;

	rc = page_lookup(p, STMT_MEMBER_HASH, a, 1, &n);
	v = n != NULL ? xmlNodeGetContent(n) : NULL;
	snprintf(hash, sizeof(hash), "%s", v != NULL ? (const char *)v : "");
	xmlFree(v);
	xmlFreeNode(n);
	if (rc < 0)
		return rc;
	if (!pw->present)
		return 0;
	if (hash[0] == '\0') {
		(void)password_hash(pw->s, hash, sizeof(hash));
		return 0;
	}
	return password_verify(pw->s, hash);
}

/* The viewer's <member> on an account page. */
static int
account_member(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->viewer_id) };
	int		 rc;

	rc = page_rows(p, STMT_ACCOUNT, a, 1, page_section(p, "member"), NULL);
	return rc < 0 ? page_db_status(rc) : 0;
}

/* POST /compte/mot-de-passe: the current password, then the new one. */
int
page_account_password(struct page *p)
{
	struct request	*r = p->req;
	const char	*why = NULL;
	char		 hash[PASSWORD_HASH_SIZE];
	xmlNodePtr	 fields;
	int		 rc, ok;

	if (p->viewer_id == 0)
		return form_login_first(p, "/compte");
	if (form_page(p, "account") != 0)
		return 500;
	if (r->method != METHOD_POST)
		return 405;
	if (!form_csrf_ok(p))
		return 403;
	if ((rc = account_member(p)) != 0)
		return rc;
	if (form_throttled(p, "password:member", p->viewer_url))
		return 429;
	if ((ok = viewer_password(p, &r->in[KEY_CURRENT])) < 0)
		return page_db_status(ok);
	fields = xml_child(p->root, "fields");
	form_field(p, fields, KEY_CURRENT, ok ? NULL : "wrong-password");
	if (!r->in[KEY_PASSWORD].present ||
	    !password_acceptable(r->in[KEY_PASSWORD].s, "", &why)) {
		form_field(p, fields, KEY_PASSWORD, why != NULL ? why : "required");
		return form_again(p, 400);
	}
	if (!ok)
		return form_again(p, 400);
	if (password_hash(r->in[KEY_PASSWORD].s, hash, sizeof(hash)) == -1)
		return 500;
	{
		struct dbarg pw[] = { DB_STR(hash), DB_INT(p->viewer_id) };

		if ((rc = db_exec(p->app->db, STMT_MEMBER_PASSWORD, pw, 2)) < 0)
			return page_db_status(rc);
	}
	form_message(p, "password-changed");
	return 0;
}

/* ==================================================================
 * The member's own account: profile, change of address, personal data,
 * deletion.
 * ================================================================== */

#define BIO_MAX_CHARS	5000	/* a profile's presentation, in characters */
#define EMAIL_MINUTES	(48 * 60)

/* <field name value/> with a value of ours, not the request's. */
static xmlNodePtr
field_set(xmlNodePtr fields, const char *name, const char *value)
{
	xmlNodePtr	 f = xml_child(fields, "field");

	xml_attr(f, "name", name);
	if (value != NULL)
		xml_attr(f, "value", value);
	return f;
}

/* The text of child `name` of a looked-up row, as a field. */
static void
field_from(xmlNodePtr fields, const char *field, xmlNodePtr row,
    const char *name)
{
	xmlNodePtr	 n = xml_find(row, name);
	xmlChar		*v = n != NULL ? xmlNodeGetContent(n) : NULL;

	field_set(fields, field, (const char *)v);
	xmlFree(v);
}

/* A copy of attribute `name` of a node into `out`. */
static void
attr_copy(xmlNodePtr n, const char *name, char *out, size_t sz)
{
	xmlChar	*v = xmlGetProp(n, X(name));

	snprintf(out, sz, "%s", v != NULL ? (const char *)v : "");
	xmlFree(v);
}

/* Is `slug` one of the themes of the page (<themes><theme slug>)? */
static int
theme_known(xmlNodePtr themes, const char *slug)
{
	xmlNodePtr	 n;
	xmlChar		*v;
	int		 found = 0;

	for (n = themes->children; n != NULL && !found; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		v = xmlGetProp(n, X("slug"));
		found = v != NULL && strcmp((const char *)v, slug) == 0;
		xmlFree(v);
	}
	return found;
}

/* The profile as saved, as the form's fields. */
static int
profile_fields(struct page *p, xmlNodePtr cur)
{
	struct dbarg	 a[] = { DB_INT(p->viewer_id) };
	xmlNodePtr	 fields = xml_child(p->root, "fields"), themes, n;
	xmlChar		*v;
	int		 rc;

	field_from(fields, "nom", cur, "name");
	field_from(fields, "texte", cur, "bio");
	field_from(fields, "site", cur, "website");
	v = xmlGetProp(cur, X("slug"));
	field_set(fields, "territoire", (const char *)v);
	xmlFree(v);
	if ((themes = xmlNewNode(NULL, X("themes"))) == NULL)
		return 500;
	rc = page_rows(p, STMT_AC_THEMES, a, 1, themes, "theme");
	for (n = themes->children; rc > 0 && n != NULL; n = n->next) {
		v = xmlGetProp(n, X("slug"));
		field_set(fields, "interets", (const char *)v);
		xmlFree(v);
	}
	xmlFreeNode(themes);
	return rc < 0 ? page_db_status(rc) : 0;
}

/* What is wrong with the display name, or NULL. */
static const char *
name_error(const struct kval *v)
{
	size_t	 n;

	if (v->present)
		return NULL;
	if (!v->invalid)
		return "required";
	n = utf8_chars(v->s, v->len);
	return n < 2 ? "too-short" : n > 100 ? "too-long" : "invalid";
}

/* The presentation: Markdown of BIO_MAX_CHARS characters at most. */
static const char *
bio_error(const struct kval *v)
{
	if (!v->present && !v->invalid)
		return NULL;
	if (utf8_chars(v->s, v->len) > BIO_MAX_CHARS)
		return "too-long";
	return v->invalid ? "invalid" : NULL;
}

/* Every interest sent names a theme: NULL, or what is wrong. */
static const char *
interests_error(struct page *p, xmlNodePtr themes)
{
	const struct kval *v;
	size_t		 i, n = req_count(p->req, KEY_INTERESTS);

	for (i = 0; i < n; i++) {
		v = req_nth(p->req, KEY_INTERESTS, i);
		if (v->invalid || (v->present && !theme_known(themes, v->s)))
			return "invalid";
	}
	return NULL;
}

/* The avatar sent: NULL, or why it was refused. */
/*
 * The profile form sent back with its errors: 1 if there were some.
 * The interests come back one field each, the error on a field of its
 * own so that the summary names it once.
 */
static int
profile_check(struct page *p, xmlNodePtr themes,
    const struct territory **terr)
{
	struct request	*r = p->req;
	xmlNodePtr	 fields = xml_child(p->root, "fields");
	const struct kval *v;
	const char	*e;
	size_t		 i, n;
	int		 bad = 0;

#define CHECK(k, err) do {						\
	e = (err);							\
	form_field(p, fields, (k), e);					\
	bad |= e != NULL;						\
} while (0)
	CHECK(KEY_NAME, name_error(&r->in[KEY_NAME]));
	CHECK(KEY_BODY, bio_error(&r->in[KEY_BODY]));
	CHECK(KEY_WEBSITE, r->in[KEY_WEBSITE].invalid ? "invalid" : NULL);
	*terr = r->in[KEY_TERRITORY].present ?
	    app_territory(p->app, r->in[KEY_TERRITORY].s) : NULL;
	if (*terr != NULL && (*terr)->is_network)
		*terr = NULL;
	CHECK(KEY_TERRITORY, *terr != NULL ? NULL : "required");
#undef CHECK
	if ((e = interests_error(p, themes)) != NULL) {
		xml_attr(field_set(fields, "interets", NULL), "error", e);
		bad = 1;
	}
	n = req_count(r, KEY_INTERESTS);
	for (i = 0; i < n; i++)
		if ((v = req_nth(r, KEY_INTERESTS, i))->present)
			field_set(fields, "interets", v->s);
	if ((e = upload_error_code(r, KEY_IMAGE)) != NULL) {
		xml_attr(field_set(fields, "image", NULL), "error", e);
		bad = 1;
	}
	return bad;
}

/*
 * The profile's changes in one transaction: the row, the counters of
 * the territories left and joined, the interests, the avatar and its
 * media row.  `avatar` is the new one's URL ("" for none), `old` the
 * one it replaces or that goes ("" to keep it).
 */
static int
profile_save(struct page *p, const struct territory *t, long long from,
    const char *avatar, const char *old)
{
	struct request	*r = p->req;
	struct db	*db = p->app->db;
	struct dbarg	 me[] = { DB_INT(p->viewer_id) };
	const struct upload *u;
	const struct kval *v;
	char		 slug[101];
	size_t		 i, n;
	int		 rc;

	if (slugify(r->in[KEY_NAME].s, slug, 80) == 0)
		snprintf(slug, sizeof(slug), "membre");
	{
		struct dbarg a[] = { DB_STR(r->in[KEY_NAME].s), DB_STR(slug),
		    r->in[KEY_BODY].present ? (struct dbarg)DB_STR(
		    r->in[KEY_BODY].s) : (struct dbarg)DB_NULL,
		    r->in[KEY_WEBSITE].present ? (struct dbarg)DB_STR(
		    r->in[KEY_WEBSITE].s) : (struct dbarg)DB_NULL,
		    DB_INT(t->id), DB_INT(p->viewer_id) };

		if ((rc = db_exec(db, STMT_AC_PROFILE_SAVE, a, 6)) < 0)
			return rc;
	}
	if (from != t->id) {
		struct dbarg out[] = { DB_INT(from) }, in[] = { DB_INT(t->id) };

		if ((rc = db_exec(db, STMT_AC_TERRITORY_OUT, out, 1)) < 0 ||
		    (rc = db_exec(db, STMT_AC_TERRITORY_IN, in, 1)) < 0)
			return rc;
	}
	if ((rc = db_exec(db, STMT_AC_THEMES_CLEAR, me, 1)) < 0)
		return rc;
	n = req_count(r, KEY_INTERESTS);
	for (i = 0; i < n; i++) {
		struct dbarg a[2];

		if (!(v = req_nth(r, KEY_INTERESTS, i))->present)
			continue;
		a[0] = (struct dbarg)DB_INT(p->viewer_id);
		a[1] = (struct dbarg)DB_STR(v->s);
		if ((rc = db_exec(db, STMT_AC_THEME_ADD, a, 2)) < 0)
			return rc;
	}
	if (avatar[0] != '\0' || old[0] != '\0') {
		struct dbarg a[] = { avatar[0] != '\0' ?
		    (struct dbarg)DB_STR(avatar) : (struct dbarg)DB_NULL,
		    DB_INT(p->viewer_id) };

		if ((rc = db_exec(db, STMT_AC_AVATAR_SET, a, 2)) < 0)
			return rc;
	}
	if (avatar[0] != '\0' && (u = upload_get(r, KEY_IMAGE)) != NULL) {
		struct dbarg a[] = { DB_INT(p->viewer_id), DB_STR(avatar),
		    DB_STR(u->mime), DB_INT(u->size), DB_STR(u->name) };

		if ((rc = db_exec(db, STMT_AC_MEDIA_ADD, a, 5)) < 0)
			return rc;
	}
	if (old[0] != '\0') {
		struct dbarg a[] = { DB_STR(old) };

		if ((rc = db_exec(db, STMT_AC_MEDIA_DELETE, a, 1)) < 0)
			return rc;
	}
	return 0;
}

/* GET and POST /compte/profil. */
int
page_profile_edit(struct page *p)
{
	struct request	*r = p->req;
	struct dbarg	 me[] = { DB_INT(p->viewer_id) };
	const char	*media = config_str(&p->app->conf, CONF_MEDIA_DIR), *kept;
	const struct territory *t;
	xmlNodePtr	 themes, cur;
	char		 avatar[64] = "", old[512] = "";
	long long	 from;
	int		 rc;

	if (p->viewer_id == 0)
		return form_login_first(p, "/compte/profil");
	if (form_page(p, "profile-edit") != 0)
		return 500;
	themes = page_section(p, "themes");
	if ((rc = page_rows(p, STMT_AC_PROFILE, me, 1, page_section(p,
	    "member"), NULL)) < 0 || (rc = page_rows(p, STMT_THEMES, NULL, 0,
	    themes, "theme")) < 0)
		return page_db_status(rc);
	if ((rc = page_lookup(p, STMT_AC_PROFILE_GET, me, 1, &cur)) <= 0) {
		xmlFreeNode(cur);
		return rc < 0 ? page_db_status(rc) : 404;
	}
	if (r->method != METHOD_POST) {
		rc = profile_fields(p, cur);
		xmlFreeNode(cur);
		return rc;
	}
	from = xml_attr_ll(cur, "territory");
	attr_copy(cur, "avatar", old, sizeof(old));
	xmlFreeNode(cur);
	if (!form_csrf_ok(p))
		return 403;
	if (profile_check(p, themes, &t))
		return form_again(p, 400);

	/* A new avatar replaces the old; "sans_image" only removes it. */
	if (r->in[KEY_IMAGE].present) {
		if ((kept = upload_keep(r, KEY_IMAGE, media)) == NULL)
			return 500;
		snprintf(avatar, sizeof(avatar), "%s", kept);
	} else if (!r->in[KEY_NO_IMAGE].present || r->in[KEY_NO_IMAGE].i == 0)
		old[0] = '\0';
	if ((rc = page_write_begin(p)) != DB_OK ||
	    (rc = profile_save(p, t, from, avatar, old)) != 0 ||
	    (rc = db_commit(p->app->db)) != DB_OK) {
		db_rollback(p->app->db);
		if (avatar[0] != '\0')
			media_remove(media, avatar);
		return page_db_status(rc);
	}
	/* The file goes once nothing names it any more. */
	if (old[0] != '\0')
		media_remove(media, old);
	return page_see_other(p, "/compte/profil?message=profile-saved");
}

/* The mails of a change of address: a link to the new address (or,
 * when an account has it already, a word saying so), a notice to the
 * old one.  -1 if one could not leave. */
static int
email_mails(struct page *p, const char *old, const char *to, int taken,
    const char *token)
{
	const char	*site = config_str(&p->app->conf, CONF_SITE_URL);
	const char	*name = config_str(&p->app->conf, CONF_SITE_NAME);
	struct buf	 text;
	int		 rc;

	if (!taken)
		rc = send_link(p, to, "Confirmez votre nouvelle adresse — "
		    "Échosciences", "Pour que cette adresse devienne celle de "
		    "votre compte Échosciences, ouvrez ce lien (valable 48 "
		    "heures) :", "/compte/courriel/confirmation", token);
	else {
		buf_init(&text);
		buf_printf(&text, "Bonjour,\n\nQuelqu'un a demandé que cette "
		    "adresse devienne celle d'un compte Échosciences, mais un "
		    "autre compte l'utilise déjà : une adresse ne sert qu'à un "
		    "compte, rien n'a changé.\n\nSi ce compte est le vôtre, "
		    "connectez-vous avec cette adresse, ou demandez un nouveau "
		    "mot de passe :\n\n%s/mot-de-passe-oublie\n\nSinon, "
		    "ignorez ce courriel.\n\n-- \n%s\n", site, name);
		rc = send_text(p, to, "Confirmez votre nouvelle adresse — "
		    "Échosciences", &text);
		buf_free(&text);
	}
	if (rc == -1)
		return -1;
	buf_init(&text);
	buf_printf(&text, "Bonjour,\n\nUn changement d'adresse électronique a "
	    "été demandé pour votre compte Échosciences, vers :\n\n%s\n\n"
	    "Votre adresse ne changera que lorsque le lien envoyé à cette "
	    "nouvelle adresse sera ouvert.\n\nSi vous n'êtes pas à l'origine "
	    "de cette demande, changez votre mot de passe et fermez vos "
	    "sessions :\n\n%s/compte\n\n-- \n%s\n", to, site, name);
	rc = send_text(p, old, "Changement d'adresse demandé — Échosciences",
	    &text);
	buf_free(&text);
	return rc;
}

/*
 * POST /compte/courriel: the current password and the new address.  The
 * answer is the same whether the address has an account or not; the
 * address changes only when the mailed link is opened.
 */
int
page_account_email(struct page *p)
{
	struct request	*r = p->req;
	const struct kval *to = &r->in[KEY_EMAIL];
	struct account	 known;
	xmlNodePtr	 fields, n;
	xmlChar		*old = NULL;
	char		 tok[TOKEN_SIZE], hex[65];
	const char	*e;
	int		 rc, ok;

	if (p->viewer_id == 0)
		return form_login_first(p, "/compte");
	if (form_page(p, "account") != 0)
		return 500;
	if (r->method != METHOD_POST)
		return 405;
	if (!form_csrf_ok(p))
		return 403;
	if ((rc = account_member(p)) != 0)
		return rc;
	if (form_throttled(p, "email:member", p->viewer_url))
		return 429;
	if ((ok = viewer_password(p, &r->in[KEY_CURRENT])) < 0)
		return page_db_status(ok);
	if ((n = xml_find(p->root, "member")) == NULL ||
	    (n = xml_find(n, "email")) == NULL)
		return 500;
	old = xmlNodeGetContent(n);
	fields = xml_child(p->root, "fields");
	e = to->present ? (old != NULL && strcasecmp(to->s,
	    (const char *)old) == 0 ? "same" : NULL) :
	    to->invalid ? "invalid" : "required";
	form_field(p, fields, KEY_EMAIL, e);
	form_field(p, fields, KEY_CURRENT, ok ? NULL :
	    r->in[KEY_CURRENT].present ? "wrong-password" : "required");
	if (e != NULL || !ok || old == NULL) {
		xmlFree(old);
		return form_again(p, 400);
	}
	if ((rc = account_by_email(p, to->s, &known)) < 0 ||
	    crypto_token(tok) == -1) {
		xmlFree(old);
		return rc < 0 ? page_db_status(rc) : 500;
	}
	crypto_token_hash_hex(tok, hex);
	if ((rc = page_write_begin(p)) != DB_OK) {
		xmlFree(old);
		return page_db_status(rc);
	}
	{
		struct dbarg me[] = { DB_INT(p->viewer_id) };
		struct dbarg a[] = { DB_STR(hex), DB_INT(p->viewer_id),
		    DB_STR(to->s), DB_INT(EMAIL_MINUTES) };

		/* One link at a time: the newest request. */
		if ((rc = db_exec(p->app->db, STMT_AC_EMAIL_TOKENS_DROP, me,
		    1)) < 0 || (known.id == 0 && (rc = db_exec(p->app->db,
		    STMT_AC_EMAIL_TOKEN_NEW, a, 4)) < 0))
			goto fail;
	}
	if (email_mails(p, (const char *)old, to->s, known.id != 0,
	    tok) == -1) {
		rc = 503;
		goto fail;
	}
	if ((rc = db_commit(p->app->db)) != DB_OK)
		goto fail;
	xmlFree(old);
	return page_see_other(p, "/compte?message=email-sent");
fail:
	db_rollback(p->app->db);
	xmlFree(old);
	return rc == 503 ? 503 : page_db_status(rc);
}

/*
 * GET /compte/courriel/confirmation?jeton=: the new address becomes the
 * account's, unless another account took it meanwhile.  Every other
 * session of the member closes (the one opening the link, if it is
 * theirs, stays): whoever was logged in elsewhere logs in again with the
 * new address.
 */
int
page_email_confirm(struct page *p)
{
	const struct kval *t = &p->req->in[KEY_TOKEN];
	struct account	 known;
	char		 hex[65], keep[65] = "", email[MAIL_ADDRESS_MAX + 1] = "";
	xmlNodePtr	 n;
	xmlChar		*v;
	long long	 member = 0;
	int		 rc;

	if (form_page(p, "message") != 0)
		return 500;
	if (!t->present) {
		form_message(p, "bad-token");
		return form_again(p, 400);
	}
	crypto_token_hash_hex(t->s, hex);
	{
		struct dbarg a[] = { DB_STR(hex) };

		rc = page_lookup(p, STMT_AC_EMAIL_TOKEN_PEEK, a, 1, &n);
	}
	if (rc > 0 && xml_find(n, "used") == NULL &&
	    xml_find(n, "email") != NULL) {
		member = xml_attr_ll(n, "id");
		v = xmlNodeGetContent(xml_find(n, "email"));
		snprintf(email, sizeof(email), "%s",
		    v != NULL ? (const char *)v : "");
		xmlFree(v);
	}
	xmlFreeNode(n);
	if (rc < 0)
		return page_db_status(rc);
	if (member == 0 || email[0] == '\0') {
		form_message(p, "bad-token");
		return form_again(p, 400);
	}
	if ((rc = account_by_email(p, email, &known)) < 0)
		return page_db_status(rc);
	if (p->viewer_id == member && p->req->session_cookie[0] != '\0')
		crypto_token_hash_hex(p->req->session_cookie, keep);
	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	{
		struct dbarg use[] = { DB_STR(hex), DB_STR("email") };
		struct dbarg set[] = { DB_STR(email), DB_INT(member) };
		struct dbarg others[] = { DB_INT(member), DB_STR(keep) };

		/* Used once; spent even when the address is taken. */
		if ((rc = db_exec(p->app->db, STMT_TOKEN_USE, use, 2)) <= 0) {
			db_rollback(p->app->db);
			if (rc < 0)
				return page_db_status(rc);
			form_message(p, "bad-token");
			return form_again(p, 400);
		}
		if (known.id != 0 && known.id != member) {
			if ((rc = db_commit(p->app->db)) != DB_OK) {
				db_rollback(p->app->db);
				return page_db_status(rc);
			}
			form_message(p, "email-taken");
			return form_again(p, 400);
		}
		if ((rc = db_exec(p->app->db, STMT_AC_EMAIL_SET, set, 2)) < 0 ||
		    (rc = db_exec(p->app->db, STMT_AC_SESSIONS_OTHERS_DELETE,
		    others, 2)) < 0 || (rc = db_commit(p->app->db)) != DB_OK) {
			db_rollback(p->app->db);
			return page_db_status(rc);
		}
	}
	return page_see_other(p, keep[0] != '\0' ?
	    "/compte?message=email-changed" :
	    "/connexion?message=email-changed");
}

/* ---- Personal data, as JSON ---- */

/* Rows as JSON objects, appended to `list`. */
struct jrows {
	struct json_object *list;
	const char	*site;		/* makes local "…url" values absolute */
	int		 prune;		/* drop nested objects with no value */
	int		 oom;
};

/* A column's value as JSON: numbers, UTC times, text; NULL for null. */
static struct json_object *
json_value(const struct jrows *jr, const struct dbcol *c, const char *v,
    unsigned long len)
{
	char	 t[32], *abs;
	size_t	 n = strlen(c->name);
	struct json_object *o;

	if (v == NULL)
		return NULL;
	switch (c->type) {
	case DBCOL_NUMBER:
		if (strchr(v, '.') != NULL)
			return json_object_new_double_s(strtod(v, NULL), v);
		return json_object_new_int64(strtoll(v, NULL, 10));
	case DBCOL_DATETIME:
		snprintf(t, sizeof(t), "%.10sT%.8sZ", v,
		    len >= 19 ? v + 11 : "00:00:00");
		return json_object_new_string(t);
	default:
		break;
	}
	/* Our own addresses, as anybody can follow them. */
	if (n >= 3 && strcmp(c->name + n - 3, "url") == 0 && v[0] == '/' &&
	    v[1] != '/' && asprintf(&abs, "%s%s", jr->site, v) != -1) {
		o = json_object_new_string(abs);
		free(abs);
		return o;
	}
	return json_object_new_string_len(v, (int)len);
}

/* Drops the objects of a row that hold nothing: an article's "event".
 * 1 if `o` holds some value. */
static int
json_prune(struct json_object *o)
{
	const char	*drop[16];
	size_t		 n = 0, i;
	int		 some = 0;

	json_object_object_foreach(o, jk, jv) {
		if (jv != NULL && json_object_is_type(jv, json_type_object) &&
		    !json_prune(jv)) {
			if (n < sizeof(drop) / sizeof(drop[0]))
				drop[n++] = jk;
		} else if (jv != NULL)
			some = 1;
	}
	for (i = 0; i < n; i++)
		json_object_object_del(o, drop[i]);
	return some;
}

/* One row: "a.b" in a column's alias nests objects. */
static int
json_row(void *arg, size_t ncols, const struct dbcol *cols,
    char *const *vals, const unsigned long *lens)
{
	struct jrows	*jr = arg;
	struct json_object *row, *o, *sub;
	const char	*name, *dot;
	char		 key[64];
	size_t		 i;

	if ((row = json_object_new_object()) == NULL) {
		jr->oom = 1;
		return 1;
	}
	for (i = 0; i < ncols; i++) {
		o = row;
		for (name = cols[i].name; (dot = strchr(name, '.')) != NULL;
		    name = dot + 1) {
			snprintf(key, sizeof(key), "%.*s", (int)(dot - name),
			    name);
			if (!json_object_object_get_ex(o, key, &sub)) {
				sub = json_object_new_object();
				json_object_object_add(o, key, sub);
			}
			o = sub;
		}
		json_object_object_add(o, name,
		    json_value(jr, &cols[i], vals[i], lens[i]));
	}
	if (jr->prune)
		json_prune(row);
	json_object_array_add(jr->list, row);
	return 0;
}

/* The export being built; the first failure stops it. */
struct export {
	struct page	*p;
	struct json_object *root;
	int		 rc;		/* 0, or a db_rc */
};

/* The viewer's rows of a statement, as a list (NULL after a failure). */
static struct json_object *
export_rows(struct export *x, enum stmt s, int prune)
{
	struct dbarg	 a[] = { DB_INT(x->p->viewer_id) };
	struct jrows	 jr;
	int		 rc;

	if (x->rc != 0)
		return NULL;
	jr.list = json_object_new_array();
	jr.site = config_str(&x->p->app->conf, CONF_SITE_URL);
	jr.prune = prune;
	jr.oom = jr.list == NULL;
	if (!jr.oom && (rc = db_query(x->p->app->db, s, a, 1, json_row,
	    &jr)) < 0)
		x->rc = rc;
	else if (jr.oom)
		x->rc = DB_ERR;
	if (x->rc != 0) {
		json_object_put(jr.list);
		return NULL;
	}
	return jr.list;
}

/* A list of the viewer's rows under `key` of `in`. */
static void
export_list(struct export *x, struct json_object *in, const char *key,
    enum stmt s)
{
	struct json_object *l;

	if ((l = export_rows(x, s, 1)) != NULL)
		json_object_object_add(in, key, l);
}

/*
 * Rows of `s` given to the contributions they name (field `by`), as a
 * list `key` of the contribution (or of its object `in`: an event's
 * timings); with `only`, that field's value instead of the row.
 */
static void
export_attach(struct export *x, struct json_object *byid, enum stmt s,
    const char *by, const char *in, const char *key, const char *only)
{
	struct json_object *rows, *r, *id, *c, *list, *val;
	size_t		 i, n;

	if ((rows = export_rows(x, s, 1)) == NULL)
		return;
	n = json_object_array_length(rows);
	for (i = 0; i < n; i++) {
		r = json_object_array_get_idx(rows, i);
		if (!json_object_object_get_ex(r, by, &id) ||
		    !json_object_object_get_ex(byid, json_object_get_string(id),
		    &c) || (in != NULL && !json_object_object_get_ex(c, in, &c)))
			continue;
		if (!json_object_object_get_ex(c, key, &list)) {
			list = json_object_new_array();
			json_object_object_add(c, key, list);
		}
		if (only != NULL) {
			val = json_object_object_get_ex(r, only, &val) ? val :
			    NULL;
			json_object_array_add(list, json_object_get(val));
		} else {
			json_object_object_del(r, by);
			json_object_array_add(list, json_object_get(r));
		}
	}
	json_object_put(rows);
}

/* The contributions, every status, with their tags, shares, timings
 * and a dossier's elements. */
static void
export_contributions(struct export *x)
{
	struct json_object *list, *byid, *c, *id;
	size_t		 i, n;

	if ((list = export_rows(x, STMT_AC_X_CONTRIBS, 1)) == NULL)
		return;
	json_object_object_add(x->root, "contributions", list);
	if ((byid = json_object_new_object()) == NULL) {
		x->rc = DB_ERR;
		return;
	}
	n = json_object_array_length(list);
	for (i = 0; i < n; i++) {
		c = json_object_array_get_idx(list, i);
		json_object_object_add(c, "tags", json_object_new_array());
		json_object_object_add(c, "shared_to", json_object_new_array());
		if (json_object_object_get_ex(c, "id", &id))
			json_object_object_add(byid, json_object_get_string(id),
			    json_object_get(c));
	}
	export_attach(x, byid, STMT_AC_X_TAGS, "contribution_id", NULL, "tags",
	    NULL);
	export_attach(x, byid, STMT_AC_X_SHARES, "contribution_id", NULL,
	    "shared_to", "territory");
	export_attach(x, byid, STMT_AC_X_TIMINGS, "contribution_id", "event",
	    "timings", NULL);
	export_attach(x, byid, STMT_AC_X_ITEMS, "dossier_id", NULL, "items",
	    NULL);
	json_object_put(byid);
}

/* GET /compte/donnees.json: everything about the member. */
static int
export_json(struct page *p)
{
	struct export	 x;
	struct json_object *acc, *row, *profile;
	char		 now[32];
	time_t		 t = time(NULL);
	struct tm	 tm;

	memset(&x, 0, sizeof(x));
	x.p = p;
	if ((x.root = json_object_new_object()) == NULL)
		return 500;
	gmtime_r(&t, &tm);
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	json_object_object_add(x.root, "format",
	    json_object_new_string("echosciences-personal-data/1"));
	json_object_object_add(x.root, "site",
	    json_object_new_string(config_str(&p->app->conf, CONF_SITE_URL)));
	json_object_object_add(x.root, "exported_at",
	    json_object_new_string(now));
	/* The account's one row: "account" and "profile". */
	if ((acc = export_rows(&x, STMT_AC_X_ACCOUNT, 0)) != NULL) {
		if ((row = json_object_array_get_idx(acc, 0)) == NULL)
			x.rc = DB_ERR;
		else {
			json_object_object_foreach(row, rk, rv)
				json_object_object_add(x.root, rk,
				    json_object_get(rv));
		}
		json_object_put(acc);
	}
	if (x.rc == 0 && json_object_object_get_ex(x.root, "profile",
	    &profile))
		export_list(&x, profile, "interests", STMT_AC_X_INTERESTS);
	export_list(&x, x.root, "roles", STMT_AC_X_ROLES);
	export_list(&x, x.root, "structures_edited", STMT_AC_X_STRUCTURES);
	export_list(&x, x.root, "communities", STMT_AC_X_COMMUNITIES);
	export_contributions(&x);
	export_list(&x, x.root, "comments", STMT_AC_X_COMMENTS);
	export_list(&x, x.root, "likes", STMT_AC_X_LIKES);
	export_list(&x, x.root, "follows", STMT_AC_X_FOLLOWS);
	export_list(&x, x.root, "messages_sent", STMT_AC_X_SENT);
	export_list(&x, x.root, "messages_received", STMT_AC_X_RECEIVED);
	export_list(&x, x.root, "reports_made", STMT_AC_X_REPORTS);
	export_list(&x, x.root, "moderation_actions", STMT_AC_X_AUDIT);
	export_list(&x, x.root, "media", STMT_AC_X_MEDIA);
	export_list(&x, x.root, "sessions", STMT_AC_X_SESSIONS);
	export_list(&x, x.root, "mailed_links", STMT_AC_X_LINKS);
	if (x.rc != 0) {
		json_object_put(x.root);
		return page_db_status(x.rc);
	}
	p->json_out = x.root;
	p->download = "echosciences-donnees.json";
	return 0;
}

/* GET /compte/donnees (what the export holds) and /compte/donnees.json. */
int
page_account_export(struct page *p)
{
	if (p->viewer_id == 0)
		return form_login_first(p, "/compte/donnees");
	if (form_page(p, "data-export") != 0)
		return 500;
	if (p->req->fmt == FMT_JSON)
		return export_json(p);
	return account_member(p);
}

/* ---- Deletion ---- */

/*
 * Everything of the member in the database, in the caller's
 * transaction; the files to remove afterwards go into `files`.  With
 * `everything`, the member's contributions go too (the published ones
 * leave their listings and counters first); otherwise they stay without
 * an author, but drafts, never published, go.
 */
static int
account_erase(struct page *p, int everything, xmlNodePtr files)
{
	struct db	*db = p->app->db;
	long long	 id = p->viewer_id;
	struct dbarg	 me[] = { DB_INT(id) };
	xmlNodePtr	 pub, n;
	xmlChar		*url;
	int		 rc;

	{
		struct dbarg a[] = { DB_INT(id), DB_INT(id), DB_INT(id),
		    DB_INT(id), DB_INT(id), DB_INT(everything), DB_INT(id) };

		if ((rc = page_rows(p, STMT_AC_FILES, a, 7, files, "file")) < 0)
			return rc;
	}
	if (everything) {
		struct dbarg a3[] = { DB_INT(id), DB_INT(id), DB_INT(id) };
		struct dbarg a2[] = { DB_INT(id), DB_INT(id) };

		if ((pub = xmlNewNode(NULL, X("published"))) == NULL)
			return DB_ERR;
		rc = page_rows(p, STMT_AC_PUBLISHED, me, 1, pub, "c");
		for (n = pub->children; rc >= 0 && n != NULL; n = n->next)
			rc = contrib_unpublish(p, xml_attr_ll(n, "id"), NULL);
		xmlFreeNode(pub);
		if (rc < 0 ||
		    (rc = db_exec(db, STMT_AC_REPORTS_DROP, a3, 3)) < 0 ||
		    (rc = db_exec(db, STMT_AC_COMMENTS_UNCOUNT, me, 1)) < 0 ||
		    (rc = db_exec(db, STMT_AC_COMMENTS_BLANK, a2, 2)) < 0 ||
		    (rc = db_exec(db, STMT_AC_COMMENTS_DELETE, me, 1)) < 0 ||
		    (rc = db_exec(db, STMT_AC_CONTRIBS_DELETE, me, 1)) < 0)
			return rc;
	} else if ((rc = db_exec(db, STMT_AC_DRAFTS_DELETE, me, 1)) < 0)
		return rc;
	for (n = files->children; n != NULL; n = n->next) {
		struct dbarg a[1];

		if ((url = xmlGetProp(n, X("url"))) == NULL)
			continue;
		a[0] = (struct dbarg)DB_STR((const char *)url);
		rc = db_exec(db, STMT_AC_MEDIA_DELETE, a, 1);
		xmlFree(url);
		if (rc < 0)
			return rc;
	}
	if ((rc = db_exec(db, STMT_AC_FOLLOWERS_DROP, me, 1)) < 0 ||
	    (rc = db_exec(db, STMT_AC_COUNT_OUT, me, 1)) < 0 ||
	    (rc = db_exec(db, STMT_AC_MEMBER_DELETE, me, 1)) < 0)
		return rc;
	return 0;
}

/* The page after: nobody is logged in any more. */
static int
account_gone(struct page *p)
{
	xmlFreeDoc(p->doc);
	p->doc = NULL;
	p->root = NULL;
	p->viewer_id = 0;
	p->viewer_csrf[0] = p->viewer_name[0] = p->viewer_url[0] = '\0';
	memset(p->viewer_roles, 0, sizeof(p->viewer_roles));
	p->nviewer_structs = 0;
	response_cookie(p->res, "session", "", 0);
	if (page_begin(p, "message") == -1)
		return 500;
	p->xsl = "account";
	p->max_age = -1;
	form_message(p, "account-deleted");
	return 0;
}

/*
 * GET and POST /compte/suppression: what deleting the account does, then
 * the password, the choice for the contributions and a confirmation.
 * The database changes in one transaction; files go after it.
 */
int
page_account_delete(struct page *p)
{
	struct request	*r = p->req;
	struct dbarg	 me[] = { DB_INT(p->viewer_id) };
	struct dbarg	 me2[] = { DB_INT(p->viewer_id), DB_INT(p->viewer_id) };
	const char	*media = config_str(&p->app->conf, CONF_MEDIA_DIR);
	xmlNodePtr	 fields, files, n;
	xmlChar		*url;
	int		 rc, ok, bad;

	if (p->viewer_id == 0)
		return form_login_first(p, "/compte/suppression");
	if (form_page(p, "account-delete") != 0)
		return 500;
	if ((rc = account_member(p)) != 0)
		return rc;
	if ((rc = page_rows(p, STMT_AC_DELETE_COUNTS, me2, 2, page_section(p,
	    "counts"), NULL)) < 0 || (rc = page_rows(p,
	    STMT_AC_SOLE_STRUCTURES, me, 1, page_section(p, "structures"),
	    "structure")) < 0)
		return page_db_status(rc);
	if (r->method != METHOD_POST)
		return 0;
	if (!form_csrf_ok(p))
		return 403;
	if (form_throttled(p, "delete:member", p->viewer_url))
		return 429;
	if ((ok = viewer_password(p, &r->in[KEY_CURRENT])) < 0)
		return page_db_status(ok);
	fields = xml_child(p->root, "fields");
	form_field(p, fields, KEY_CURRENT, ok ? NULL :
	    r->in[KEY_CURRENT].present ? "wrong-password" : "required");
	form_field(p, fields, KEY_KEEP, r->in[KEY_KEEP].present ? NULL :
	    r->in[KEY_KEEP].invalid ? "invalid" : "required");
	form_field(p, fields, KEY_CONFIRM, r->in[KEY_CONFIRM].present &&
	    r->in[KEY_CONFIRM].i == 1 ? NULL : "required");
	bad = !ok || !r->in[KEY_KEEP].present || !r->in[KEY_CONFIRM].present ||
	    r->in[KEY_CONFIRM].i != 1;
	if (bad)
		return form_again(p, 400);

	if ((files = xmlNewNode(NULL, X("files"))) == NULL)
		return 500;
	if ((rc = page_write_begin(p)) != DB_OK ||
	    (rc = account_erase(p, strcmp(r->in[KEY_KEEP].s, "supprimer") == 0,
	    files)) != 0 || (rc = db_commit(p->app->db)) != DB_OK) {
		db_rollback(p->app->db);
		xmlFreeNode(files);
		return page_db_status(rc);
	}
	for (n = files->children; n != NULL; n = n->next)
		if ((url = xmlGetProp(n, X("url"))) != NULL) {
			if (media_remove(media, (const char *)url) == -1)
				fprintf(stderr, "echosciences: cannot remove "
				    "%s\n", (const char *)url);
			xmlFree(url);
		}
	xmlFreeNode(files);
	return account_gone(p);
}
