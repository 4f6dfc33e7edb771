/*
 * Territory teams: the admin pages of the network and of each territory,
 * roles, moderation after publication (reports, the queue, unpublish and
 * restore with a message to the author), "à la une", the audit log.
 *
 * Roles (member_roles): an editor moderates and edits the territory's
 * home page; an admin also grants roles and reads the audit log.  A role
 * on the network territory covers every territory (page_role).  Every
 * check is made here, on GET and on POST, and every change is written to
 * audit_log in the transaction that makes it.  Mails to authors leave
 * once that transaction is committed: nobody is told of a change that
 * did not happen.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "mail.h"
#include "pages.h"
#include "util.h"
#include "xml.h"

#define FEATURED_MAX	12	/* items "à la une" of a territory */
#define QUEUE_MAX	50	/* reported targets shown, longest waiting first */
#define QUEUE_REPORTS	500	/* their reports */
#define AUDIT_LATEST	10	/* log entries on the dashboard */
#define AUDIT_PAGE	50	/* entries per page of the journal */

#define DENIED		(-1)	/* admin_gate: the page says why, 403 */

/* What a moderation action is about, as read from the database. */
struct target {
	const char	*kind;		/* "contribution" or "comment" */
	long long	 id;
	xmlNodePtr	 row;		/* STMT_ADMIN_CONTRIB or _COMMENT */
};

/* ==================================================================
     Shared steps
     ================================================================== */

/* To the login page, and back to `next` afterwards. */
static int
login_first(struct page *p, const char *next)
{
	struct buf	 b;
	int		 rc;

	buf_init(&b);
	buf_puts(&b, "/connexion?suivant=");
	page_url_encode(&b, next);
	buf_puts(&b, "&message=login-required");
	rc = b.oom ? 500 : page_see_other(p, buf_str(&b));
	buf_free(&b);
	return rc;
}

/* A redirect to `path` saying how it went (?message=). */
static int
see_other_message(struct page *p, const char *path, const char *code)
{
	char	 to[256];

	snprintf(to, sizeof(to), "%s?message=%s", path, code);
	return page_see_other(p, to);
}

/* The message a redirect brought, if it is one of the page's. */
static void
admin_message(struct page *p, const char *const *known)
{
	const struct kval *m = &p->req->in[KEY_MESSAGE];
	size_t	 i;

	if (!m->present)
		return;
	for (i = 0; known[i] != NULL; i++)
		if (strcmp(known[i], m->s) == 0)
			form_message(p, known[i]);
}

static int
admin_begin(struct page *p, const char *type)
{
	if (page_begin(p, type) == -1)
		return 500;
	p->xsl = "admin";
	p->max_age = -1;
	form_token(p);
	return 0;
}

/* The page says the viewer is not on the team; answered 403. */
static int
admin_deny(struct page *p)
{
	xmlSetProp(p->root, X("type"), X("admin-denied"));
	form_message(p, "not-team");
	return DENIED;
}

/*
 * The frame of a page of p->terr's team, for a viewer whose role there
 * is `need` or more: 0 to go on, DENIED (the page is ready, 403), or a
 * status (303 to log in first, 403 for a forged form).
 */
static int
admin_gate(struct page *p, const char *type, enum role need)
{
	char	 here[128];
	int	 rc;

	if (p->viewer_id == 0) {
		snprintf(here, sizeof(here), "/%s/admin/", p->terr->slug);
		return login_first(p, p->req->method == METHOD_GET ||
		    p->req->method == METHOD_HEAD ? p->req->path : here);
	}
	if ((rc = admin_begin(p, type)) != 0)
		return rc;
	if (p->req->method == METHOD_POST && !form_csrf_ok(p))
		return 403;
	if (page_role(p, p->terr->id) < need)
		return admin_deny(p);
	return 0;
}

/* One line of the territory's audit log, inside the caller's transaction. */
static int
audit(struct page *p, unsigned int territory, const char *action,
    const char *kind, long long target, const char *detail)
{
	struct dbarg	 a[] = { DB_INT(territory), DB_INT(p->viewer_id),
	    DB_STR(p->viewer_name), DB_STR(action), DB_STR(kind),
	    DB_INT(target), DB_STR(detail != NULL ? detail : "") };
	int		 rc;

	rc = db_exec(p->app->db, STMT_ADMIN_AUDIT_ADD, a, 7);
	return rc < 0 ? rc : 0;
}

/* The text of a child of a looked-up row ("" when absent): freed by caller. */
static char *
row_text(xmlNodePtr row, const char *name)
{
	xmlNodePtr	 n = row != NULL ? xml_find(row, name) : NULL;
	xmlChar		*v = n != NULL ? xmlNodeGetContent(n) : NULL;
	char		*s = strdup(v != NULL ? (const char *)v : "");

	xmlFree(v);
	return s;
}

/*
 * Tells a member what the team did with what they wrote, and why.  The
 * change is made: a mail that cannot leave is only logged (the note is
 * also on the author's contributions page).
 */
static void
notify(struct page *p, xmlNodePtr row, const char *subject,
    const char *what, const char *why)
{
	struct buf	 text;
	struct mail	 m;
	char		 where[512], *to, *title, *url;
	const char	*site = config_str(&p->app->conf, CONF_SITE_URL);

	to = row_text(row, "email");
	title = row_text(row, "title");
	url = (char *)xmlGetProp(row, X("url"));
	if (to == NULL || title == NULL || to[0] == '\0')
		goto done;
	buf_init(&text);
	buf_printf(&text, "Bonjour,\n\n%s\n\n« %s »\n", what, title);
	if (url != NULL)
		buf_printf(&text, "%s%s\n", site, url);
	if (why != NULL && why[0] != '\0')
		buf_printf(&text, "\nLe message de l'équipe de %s :\n\n%s\n",
		    p->terr->name, why);
	buf_printf(&text, "\nVos contributions : %s/compte/contributions\n\n"
	    "-- \n%s\n", site, config_str(&p->app->conf, CONF_SITE_NAME));
	m.from = config_str(&p->app->conf, CONF_MAIL_FROM);
	m.to = to;
	m.subject = subject;
	m.text = buf_str(&text);
	if (text.oom || mail_send(&m, config_str(&p->app->conf, CONF_MAIL_SPOOL),
	    config_str(&p->app->conf, CONF_MAIL_COMMAND), where,
	    sizeof(where)) == -1)
		fprintf(stderr, "echosciences: moderation mail to member of "
		    "%s failed\n", p->terr->slug);
	buf_free(&text);
done:
	free(to);
	free(title);
	xmlFree(url);
}

/* ==================================================================
     /admin/ and /:t/admin/: who is on the teams
     ================================================================== */

/* GET /admin/: every territory, its open reports and its team. */
int
page_network_admin(struct page *p)
{
	const struct territory *net = NULL;
	size_t	 i;
	int	 rc;

	if (p->viewer_id == 0)
		return login_first(p, "/admin/");
	if ((rc = admin_begin(p, "admin-network")) != 0)
		return rc;
	for (i = 0; i < p->app->nterrs; i++)
		if (p->app->terrs[i].is_network)
			net = &p->app->terrs[i];
	if (net == NULL || page_role(p, net->id) == ROLE_NONE) {
		admin_deny(p);
		return form_again(p, 403);
	}
	if ((rc = page_rows(p, STMT_ADMIN_TERRITORIES, NULL, 0,
	    page_section(p, "admin-territories"), "territory")) < 0)
		return page_db_status(rc);
	return 0;
}

/* The dashboard's content: open reports, the team, the latest log. */
static int
dashboard(struct page *p)
{
	struct dbarg	 t[] = { DB_INT(p->terr->id) };
	struct dbarg	 log[] = { DB_INT(p->terr->id), DB_INT(NO_CURSOR),
	    DB_INT(NO_CURSOR), DB_INT(4294967295LL), DB_INT(AUDIT_LATEST) };
	xmlNodePtr	 d = page_section(p, "dashboard");
	int		 admin = page_is_admin(p, p->terr->id), rc;

	xml_attr(d, "role", admin ? "admin" : "editor");
	if ((rc = page_rows(p, STMT_ADMIN_OPEN_REPORTS, t, 1, d, NULL)) < 0 ||
	    (rc = page_rows(p, STMT_ADMIN_TEAM, t, 1, xml_child(d, "team"),
	    "member")) < 0)
		return page_db_status(rc);
	if (admin && (rc = page_rows(p, STMT_ADMIN_AUDIT, log, 5,
	    xml_child(d, "audit"), "entry")) < 0)
		return page_db_status(rc);
	return 0;
}

/* GET /:t/admin/: the territory's dashboard for its team. */
int
page_admin(struct page *p)
{
	static const char *const known[] = { "role-granted", "role-removed",
	    "role-unchanged", NULL };
	int	 rc;

	if ((rc = admin_gate(p, "admin", ROLE_EDITOR)) != 0)
		return rc == DENIED ? form_again(p, 403) : rc;
	admin_message(p, known);
	return dashboard(p);
}

/* The member a role form names, by number or by address: 0 if none. */
static int
role_member(struct page *p, xmlNodePtr fields, long long *member)
{
	const struct kval *id = &p->req->in[KEY_MEMBER];
	const struct kval *mail = &p->req->in[KEY_EMAIL];
	enum key	 k = id->present || !mail->present ? KEY_MEMBER : KEY_EMAIL;
	xmlNodePtr	 n;
	int		 rc;

	*member = 0;
	if (!id->present && !mail->present) {
		if (mail->invalid && !id->invalid)
			form_field(p, fields, KEY_EMAIL, "invalid");
		else
			form_field(p, fields, KEY_MEMBER, id->invalid ?
			    "invalid" : "required");
		return 0;
	}
	if (id->present) {
		struct dbarg a[] = { DB_INT(id->i) };

		rc = page_lookup(p, STMT_ADMIN_MEMBER, a, 1, &n);
	} else {
		struct dbarg a[] = { DB_STR(mail->s) };

		rc = page_lookup(p, STMT_ADMIN_MEMBER_BY_EMAIL, a, 1, &n);
	}
	/* Only active accounts: a pending address may not be its owner's. */
	if (rc > 0 && xml_attr_is(n, "status", "active"))
		*member = xml_attr_ll(n, "id");
	xmlFreeNode(n);
	if (rc < 0)
		return rc;
	form_field(p, fields, k, *member != 0 ? NULL : "unknown-member");
	return 0;
}

/*
 * Sets `member`'s role on the page's territory ("none" removes it), in
 * one transaction with its audit line: 0 with the message to show, or a
 * status (400 with the page's message when it is refused).
 */
static int
role_change(struct page *p, long long member, const char *role,
    const char **msg)
{
	struct db	*db = p->app->db;
	struct dbarg	 t[] = { DB_INT(p->terr->id) };
	struct dbarg	 mt[] = { DB_INT(member), DB_INT(p->terr->id) };
	xmlNodePtr	 n;
	char		 was[16] = "";
	xmlChar		*v;
	int		 rc, admins = 0;

	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	/* One change to a team at a time: the last admin stays the last. */
	if ((rc = db_exec(db, STMT_ADMIN_TERRITORY_LOCK, t, 1)) < 0)
		goto fail;
	rc = page_lookup(p, STMT_ADMIN_ROLE_OF, mt, 2, &n);
	if (rc > 0 && (v = xmlGetProp(n, X("role"))) != NULL) {
		snprintf(was, sizeof(was), "%s", (const char *)v);
		xmlFree(v);
	}
	xmlFreeNode(n);
	if (rc < 0)
		goto fail;
	if (strcmp(was, role) == 0 || (was[0] == '\0' &&
	    strcmp(role, "none") == 0)) {
		db_rollback(db);
		*msg = "role-unchanged";
		return 0;
	}
	/* An admin leaving the post hands it over first. */
	if (member == p->viewer_id && strcmp(was, "admin") == 0 &&
	    !page_is_network_admin(p)) {
		rc = page_lookup(p, STMT_ADMIN_ADMINS_COUNT, t, 1, &n);
		admins = rc > 0 ? (int)xml_attr_ll(n, "n") : 0;
		xmlFreeNode(n);
		if (rc < 0)
			goto fail;
		if (admins <= 1) {
			db_rollback(db);
			form_message(p, "last-admin");
			return 400;
		}
	}
	if (strcmp(role, "none") == 0) {
		if ((rc = db_exec(db, STMT_ADMIN_ROLE_DELETE, mt, 2)) < 0 ||
		    (rc = audit(p, p->terr->id, "role-remove", "member", member,
		    was)) < 0)
			goto fail;
		*msg = "role-removed";
	} else {
		struct dbarg a[] = { DB_INT(member), DB_INT(p->terr->id),
		    DB_STR(role), DB_INT(p->viewer_id) };

		if ((rc = db_exec(db, STMT_ADMIN_ROLE_SET, a, 4)) < 0 ||
		    (rc = audit(p, p->terr->id, "role-grant", "member", member,
		    role)) < 0)
			goto fail;
		*msg = "role-granted";
	}
	if ((rc = db_commit(db)) != DB_OK)
		goto fail;
	return 0;
fail:
	db_rollback(db);
	return page_db_status(rc);
}

/* POST /:t/admin/roles: grant (role=editor|admin) or remove (role=none). */
int
page_admin_roles(struct page *p)
{
	const struct kval *role = &p->req->in[KEY_ROLE];
	const char	*msg = NULL;
	xmlNodePtr	 fields;
	long long	 member;
	char		 back[128];
	int		 rc;

	if ((rc = admin_gate(p, "admin", ROLE_ADMIN)) != 0)
		return rc == DENIED ? form_again(p, 403) : rc;
	fields = form_fields(p);
	if ((rc = role_member(p, fields, &member)) < 0)
		return page_db_status(rc);
	form_field(p, fields, KEY_ROLE, role->present ? NULL :
	    role->invalid ? "invalid" : "required");
	rc = member == 0 || !role->present ? 400 :
	    role_change(p, member, role->s, &msg);
	if (rc == 0) {
		snprintf(back, sizeof(back), "/%s/admin/", p->terr->slug);
		return see_other_message(p, back, msg);
	}
	if (rc != 400)
		return rc;
	if ((rc = dashboard(p)) != 0)
		return rc;
	return form_again(p, 400);
}

/* GET /:t/admin/journal: the territory's audit log, newest first. */
int
page_audit(struct page *p)
{
	xmlNodePtr	 list;
	long long	 ct, cid;
	int		 rc, rows;

	if ((rc = admin_gate(p, "admin-audit", ROLE_ADMIN)) != 0)
		return rc == DENIED ? form_again(p, 403) : rc;
	page_cursor_before(p, &ct, &cid);
	list = page_section(p, "audit");
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_INT(ct), DB_INT(ct),
		    DB_INT(cid), DB_INT(AUDIT_PAGE + 1) };

		if ((rows = page_rows(p, STMT_ADMIN_AUDIT, a, 5, list,
		    "entry")) < 0)
			return page_db_status(rows);
	}
	page_paginate(p, list, rows, AUDIT_PAGE, "avant", "@id");
	return 0;
}

/* ==================================================================
     /signaler: any member reports a contribution or a comment
     ================================================================== */

/*
 * The published contribution or comment the request names, into
 * tg->row: 1 if there is one, 0 if not, or a DB_ code.
 */
static int
report_target(struct page *p, struct target *tg)
{
	const struct request *r = p->req;
	int	 rc;

	tg->row = NULL;
	if (r->in[KEY_CONTRIBUTION].present) {
		struct dbarg a[] = { DB_INT(r->in[KEY_CONTRIBUTION].i) };

		tg->kind = "contribution";
		tg->id = r->in[KEY_CONTRIBUTION].i;
		rc = page_lookup(p, STMT_ADMIN_CONTRIB, a, 1, &tg->row);
		if (rc > 0 && !xml_attr_is(tg->row, "status", "published"))
			rc = 0;
	} else {
		struct dbarg a[] = { DB_INT(r->in[KEY_COMMENT].i) };

		tg->kind = "comment";
		tg->id = r->in[KEY_COMMENT].i;
		rc = page_lookup(p, STMT_ADMIN_COMMENT, a, 1, &tg->row);
		if (rc > 0 && (!xml_attr_is(tg->row, "status", "published") ||
		    !xml_attr_is(tg->row, "contribution-status", "published")))
			rc = 0;
	}
	return rc;
}

/* <target kind id url><title/><excerpt/></target>: what is reported. */
static void
report_show(struct page *p, const struct target *tg)
{
	xmlNodePtr	 n = xml_child(p->root, "target");
	xmlChar		*url = xmlGetProp(tg->row, X("url"));
	char		*title = row_text(tg->row, "title");
	char		*excerpt = row_text(tg->row, "excerpt");

	xml_attr(n, "kind", tg->kind);
	xml_attr_int(n, "id", tg->id);
	if (url != NULL)
		xml_attr(n, "url", (const char *)url);
	if (title != NULL)
		xml_text(n, "title", title);
	if (excerpt != NULL && excerpt[0] != '\0')
		xml_text(n, "excerpt", excerpt);
	xmlFree(url);
	free(title);
	free(excerpt);
}

/* Has the viewer an open report on the target?  1, 0 or a DB_ code. */
static int
report_open(struct page *p, const struct target *tg)
{
	struct dbarg	 a[] = { DB_STR(tg->kind), DB_INT(tg->id),
	    DB_INT(p->viewer_id) };
	xmlNodePtr	 n;
	int		 rc;

	rc = page_lookup(p, STMT_ADMIN_REPORT_OPEN, a, 3, &n);
	xmlFreeNode(n);
	return rc;
}

static int
report_form(struct page *p, struct target *tg)
{
	struct request	*r = p->req;
	const struct kval *why = &r->in[KEY_REASON];
	char		 back[128];
	int		 rc;

	if (r->method == METHOD_POST && !form_csrf_ok(p))
		return 403;
	if ((rc = report_open(p, tg)) < 0)
		return page_db_status(rc);
	if (rc > 0) {
		form_message(p, r->in[KEY_MESSAGE].present &&
		    strcmp(r->in[KEY_MESSAGE].s, "reported") == 0 &&
		    r->method != METHOD_POST ? "reported" : "already-reported");
		return 0;
	}
	if (r->method != METHOD_POST)
		return 0;
	if (!why->present) {
		form_field(p, form_fields(p), KEY_REASON,
		    why->invalid ? "invalid" : "required");
		return form_again(p, 400);
	}
	if (form_throttled(p, "report:member", p->viewer_url))
		return 429;
	{
		struct dbarg a[] = { DB_INT(p->viewer_id),
		    DB_INT(xml_attr_ll(tg->row, "territory")), DB_STR(tg->kind),
		    DB_INT(tg->id), DB_STR(why->s) };

		if ((rc = db_exec(p->app->db, STMT_ADMIN_REPORT_ADD, a, 5)) < 0)
			return page_db_status(rc);
	}
	/* Reported at the same moment from another tab: said once. */
	if (rc == 0) {
		form_message(p, "already-reported");
		return 0;
	}
	snprintf(back, sizeof(back), "/signaler?%s=%lld&message=reported",
	    strcmp(tg->kind, "comment") == 0 ? "commentaire" : "contribution",
	    tg->id);
	return page_see_other(p, back);
}

/* GET and POST /signaler?contribution=ID (or commentaire=ID). */
int
page_report(struct page *p)
{
	struct request	*r = p->req;
	struct target	 tg;
	char		 here[64];
	int		 rc;

	if (!r->in[KEY_CONTRIBUTION].present && !r->in[KEY_COMMENT].present)
		return r->in[KEY_CONTRIBUTION].invalid ||
		    r->in[KEY_COMMENT].invalid ? 404 : 400;
	if (p->viewer_id == 0) {
		snprintf(here, sizeof(here), "/signaler?%s=%lld",
		    r->in[KEY_CONTRIBUTION].present ? "contribution" :
		    "commentaire", r->in[KEY_CONTRIBUTION].present ?
		    r->in[KEY_CONTRIBUTION].i : r->in[KEY_COMMENT].i);
		return login_first(p, here);
	}
	if ((rc = report_target(p, &tg)) <= 0) {
		xmlFreeNode(tg.row);
		return rc < 0 ? page_db_status(rc) : 404;
	}
	/* The page of the target's home territory. */
	p->terr = app_territory_id(p->app,
	    (unsigned int)xml_attr_ll(tg.row, "territory"));
	if ((rc = admin_begin(p, "report")) == 0) {
		/* The target is part of the address: the page's links (its
		 * twin, the other language) keep it. */
		xml_attr_int(xml_find(p->root, "query"), strcmp(tg.kind,
		    "comment") == 0 ? "commentaire" : "contribution", tg.id);
		report_show(p, &tg);
		rc = report_form(p, &tg);
	}
	xmlFreeNode(tg.row);
	return rc;
}

/* ==================================================================
     /:t/admin/moderation: the queue and what the team does with it
     ================================================================== */

/* The open reports under the target each is about. */
static int
queue_reports(struct page *p, xmlNodePtr queue)
{
	struct dbarg	 a[] = { DB_INT(p->terr->id), DB_INT(QUEUE_REPORTS) };
	xmlNodePtr	 all, rep, next, tgt;
	xmlChar		*kind, *id;
	int		 rc;

	if ((all = xmlNewNode(NULL, X("reports"))) == NULL)
		return DB_ERR;
	if ((rc = page_rows(p, STMT_ADMIN_QUEUE_REPORTS, a, 2, all,
	    "report")) < 0) {
		xmlFreeNode(all);
		return rc;
	}
	for (rep = all->children; rep != NULL; rep = next) {
		next = rep->next;
		kind = xmlGetProp(rep, X("kind"));
		id = xmlGetProp(rep, X("target"));
		for (tgt = queue->children; tgt != NULL; tgt = tgt->next)
			if (tgt->type == XML_ELEMENT_NODE && kind != NULL &&
			    id != NULL && strcmp((const char *)tgt->name,
			    "target") == 0 &&
			    xml_attr_is(tgt, "kind", (const char *)kind) &&
			    xml_attr_is(tgt, "id", (const char *)id))
				break;
		if (tgt != NULL) {
			xmlUnlinkNode(rep);
			xmlUnsetProp(rep, X("kind"));
			xmlUnsetProp(rep, X("target"));
			xmlAddChild(tgt, rep);
		}
		xmlFree(kind);
		xmlFree(id);
	}
	xmlFreeNode(all);	/* reports of targets beyond the first ones */
	return 0;
}

static int
queue_load(struct page *p)
{
	struct dbarg	 t[] = { DB_INT(p->terr->id) };
	struct dbarg	 q[] = { DB_INT(p->terr->id), DB_INT(QUEUE_MAX) };
	xmlNodePtr	 queue = page_section(p, "queue");
	int		 rc;

	if ((rc = page_rows(p, STMT_ADMIN_OPEN_REPORTS, t, 1, queue,
	    NULL)) < 0 ||
	    (rc = page_rows(p, STMT_ADMIN_QUEUE, q, 2, queue, "target")) < 0 ||
	    (rc = queue_reports(p, queue)) < 0 ||
	    (rc = page_rows(p, STMT_ADMIN_UNPUBLISHED, t, 1,
	    page_section(p, "unpublished"), "contribution")) < 0 ||
	    (rc = page_rows(p, STMT_ADMIN_COMMENTS_UNPUBLISHED, t, 1,
	    page_section(p, "hidden-comments"), "comment")) < 0)
		return page_db_status(rc);
	return 0;
}

/*
 * The target of a moderation form, read in the transaction (a
 * contribution is locked first): 0, or a status (404: no such thing,
 * without a message; 403: another territory's).
 */
static int
target_id(struct page *p, struct target *tg, int comment, long long id)
{
	struct dbarg	 a[1];
	xmlNodePtr	 n;
	int		 rc;

	tg->row = NULL;
	tg->kind = comment ? "comment" : "contribution";
	tg->id = id;
	a[0] = (struct dbarg)DB_INT(id);
	if (!comment) {
		rc = page_lookup(p, STMT_ADMIN_CONTRIB_LOCK, a, 1, &n);
		xmlFreeNode(n);
		if (rc < 0)
			return page_db_status(rc);
	}
	rc = page_lookup(p, comment ? STMT_ADMIN_COMMENT : STMT_ADMIN_CONTRIB,
	    a, 1, &tg->row);
	if (rc <= 0) {
		xmlFreeNode(tg->row);
		tg->row = NULL;
		return rc < 0 ? page_db_status(rc) : 404;
	}
	/* A team acts on what belongs to its territory: its home. */
	if (xml_attr_ll(tg->row, "territory") != p->terr->id) {
		form_message(p, "other-territory");
		return 403;
	}
	return 0;
}

/* The target the request names (KEY_CONTRIBUTION or KEY_COMMENT). */
static int
target_get(struct page *p, struct target *tg, int comment)
{
	const struct kval *k = &p->req->in[comment ? KEY_COMMENT :
	    KEY_CONTRIBUTION];

	tg->row = NULL;
	if (!k->present) {
		form_message(p, "no-target");
		return 400;
	}
	return target_id(p, tg, comment, k->i);
}

/* The message of a moderation form: required (`need`) or optional. */
static int
moderation_reason(struct page *p, int need, const char **why)
{
	const struct kval *m = &p->req->in[KEY_REASON];

	*why = m->present ? m->s : "";
	if (m->present || (!need && !m->invalid))
		return 0;
	form_field(p, form_fields(p), KEY_REASON,
	    m->invalid ? "invalid" : "required");
	return 400;
}

/* Every open report on the target is closed as `how` by the viewer. */
static int
reports_close(struct page *p, const struct target *tg, const char *how)
{
	struct dbarg	 a[] = { DB_STR(how), DB_INT(p->viewer_id),
	    DB_STR(tg->kind), DB_INT(tg->id) };

	return db_exec(p->app->db, STMT_ADMIN_REPORTS_CLOSE, a, 4);
}

/*
 * "depublier" and "restaurer": the contribution changes status (the
 * contribute helpers keep its listings and counters), the reports on it
 * are actioned, the log says why, and then the author is told.
 */
static int
moderate_contribution(struct page *p, int unpublish, const char **msg)
{
	struct db	*db = p->app->db;
	struct target	 tg;
	const char	*why;
	int		 rc;

	if ((rc = moderation_reason(p, unpublish, &why)) != 0)
		return rc;
	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	if ((rc = target_get(p, &tg, 0)) != 0) {
		if (rc == 404)
			form_message(p, "not-found");
		goto refused;
	}
	if (unpublish && !xml_attr_is(tg.row, "status", "published")) {
		form_message(p, "not-published");
		rc = 400;
		goto refused;
	}
	/* Restored: only what a team took down (it left a note). */
	if (!unpublish && (!xml_attr_is(tg.row, "status", "unpublished") ||
	    xml_find(tg.row, "note") == NULL)) {
		form_message(p, "not-unpublished");
		rc = 400;
		goto refused;
	}
	if (unpublish) {
		if ((rc = contrib_unpublish(p, tg.id, why)) != 0 ||
		    (rc = reports_close(p, &tg, "actioned")) < 0)
			goto fail;
	} else {
		struct dbarg a[] = { DB_INT(tg.id) };

		if ((rc = contrib_publish(p, tg.id)) != 0 ||
		    (rc = db_exec(db, STMT_ADMIN_NOTE_CLEAR, a, 1)) < 0)
			goto fail;
	}
	if ((rc = audit(p, p->terr->id, unpublish ? "unpublish" : "restore",
	    "contribution", tg.id, why)) < 0 ||
	    (rc = db_commit(db)) != DB_OK)
		goto fail;
	if (unpublish)
		notify(p, tg.row, "Votre contribution a été dépubliée — "
		    "Échosciences", "L'équipe du territoire a dépublié votre "
		    "contribution :", why);
	else
		notify(p, tg.row, "Votre contribution est de nouveau publiée — "
		    "Échosciences", "L'équipe du territoire a publié de nouveau "
		    "votre contribution :", why);
	xmlFreeNode(tg.row);
	*msg = unpublish ? "unpublished" : "restored";
	return 0;
fail:
	db_rollback(db);
	xmlFreeNode(tg.row);
	return page_db_status(rc);
refused:
	db_rollback(db);
	xmlFreeNode(tg.row);
	return rc;
}

/*
 * Comment `id` hidden or shown again by
 * the team of p->terr, or by the editors of its contribution: in one
 * transaction its status, its contribution's count of comments, the
 * reports on it (actioned, when hidden) and a line in the territory's
 * log; then its author is told.  0, or a status with the page's message
 * set (400: it already was so; 404: no such comment).
 */
int
admin_comment_status(struct page *p, long long id, int unpublish,
    const char *why)
{
	struct db	*db = p->app->db;
	struct target	 tg;
	int		 rc;

	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	if ((rc = target_id(p, &tg, 1, id)) != 0) {
		if (rc == 404)
			form_message(p, "not-found");
		goto refused;
	}
	{
		struct dbarg a[] = {
		    DB_STR(unpublish ? "unpublished" : "published"),
		    DB_INT(tg.id),
		    DB_STR(unpublish ? "published" : "unpublished") };

		/* No row changed: it already was so (someone was first). */
		if ((rc = db_exec(db, STMT_ADMIN_COMMENT_STATUS, a, 3)) < 0)
			goto fail;
		if (rc == 0) {
			form_message(p, unpublish ? "not-published" :
			    "not-unpublished");
			rc = 400;
			goto refused;
		}
	}
	if ((rc = comment_count(p, xml_attr_ll(tg.row, "contribution"),
	    unpublish ? -1 : 1)) < 0 ||
	    (unpublish && (rc = reports_close(p, &tg, "actioned")) < 0) ||
	    (rc = audit(p, p->terr->id, unpublish ? "comment-unpublish" :
	    "comment-restore", "comment", tg.id, why)) < 0 ||
	    (rc = db_commit(db)) != DB_OK)
		goto fail;
	notify(p, tg.row, unpublish ? "Votre commentaire a été masqué — "
	    "Échosciences" : "Votre commentaire est de nouveau visible — "
	    "Échosciences", unpublish ? "Votre commentaire a été masqué "
	    "par la modération, sur :" : "Votre commentaire est de nouveau "
	    "visible, sur :", why);
	xmlFreeNode(tg.row);
	return 0;
fail:
	db_rollback(db);
	xmlFreeNode(tg.row);
	return page_db_status(rc);
refused:
	db_rollback(db);
	xmlFreeNode(tg.row);
	return rc;
}

/* "depublier-commentaire" and "restaurer-commentaire". */
static int
moderate_comment(struct page *p, int unpublish, const char **msg)
{
	const char	*why;
	int		 rc;

	if (!p->req->in[KEY_COMMENT].present) {
		form_message(p, "no-target");
		return 400;
	}
	if ((rc = moderation_reason(p, unpublish, &why)) != 0 ||
	    (rc = admin_comment_status(p, p->req->in[KEY_COMMENT].i,
	    unpublish, why)) != 0)
		return rc;
	*msg = unpublish ? "comment-unpublished" : "comment-restored";
	return 0;
}

/*
 * "classer": the reports on a contribution or a comment are dismissed,
 * it stays as it is.  A target deleted since can be cleared too.
 */
static int
moderate_dismiss(struct page *p, const char **msg)
{
	struct db	*db = p->app->db;
	struct target	 tg;
	const char	*why;
	int		 rc, comment = !p->req->in[KEY_CONTRIBUTION].present &&
			    p->req->in[KEY_COMMENT].present;

	if ((rc = moderation_reason(p, 0, &why)) != 0)
		return rc;
	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	/* A target deleted since: its reports can still be cleared, this
	 * territory's only, as nothing says whose it was any more. */
	if ((rc = target_get(p, &tg, comment)) != 0 && rc != 404)
		goto refused;
	if (tg.row == NULL) {
		struct dbarg a[] = { DB_STR("dismissed"), DB_INT(p->viewer_id),
		    DB_STR(tg.kind), DB_INT(tg.id), DB_INT(p->terr->id) };

		rc = db_exec(db, STMT_ADMIN_REPORTS_CLOSE_HERE, a, 5);
	} else
		rc = reports_close(p, &tg, "dismissed");
	if (rc < 0)
		goto fail;
	if (rc == 0) {
		form_message(p, "no-open-report");
		rc = 400;
		goto refused;
	}
	if ((rc = audit(p, p->terr->id, "dismiss", tg.kind, tg.id, why)) < 0 ||
	    (rc = db_commit(db)) != DB_OK)
		goto fail;
	xmlFreeNode(tg.row);
	*msg = "dismissed";
	return 0;
fail:
	db_rollback(db);
	xmlFreeNode(tg.row);
	return page_db_status(rc);
refused:
	db_rollback(db);
	xmlFreeNode(tg.row);
	return rc;
}

/* GET and POST /:t/admin/moderation. */
int
page_moderation(struct page *p)
{
	static const char *const known[] = { "unpublished", "restored",
	    "dismissed", "comment-unpublished", "comment-restored", NULL };
	const struct kval *act = &p->req->in[KEY_ACTION];
	const char	*msg = NULL, *a;
	xmlNodePtr	 fields;
	char		 back[128];
	int		 rc, status;

	if ((rc = admin_gate(p, "moderation", ROLE_EDITOR)) != 0)
		return rc == DENIED ? form_again(p, 403) : rc;
	if (p->req->method != METHOD_POST) {
		admin_message(p, known);
		return queue_load(p);
	}
	/* Which form was sent, so that its errors show beside it. */
	fields = form_fields(p);
	a = act->present ? act->s : "";
	xml_attr(fields, "action", a);
	if (p->req->in[KEY_CONTRIBUTION].present)
		xml_attr_int(fields, "contribution",
		    p->req->in[KEY_CONTRIBUTION].i);
	if (p->req->in[KEY_COMMENT].present)
		xml_attr_int(fields, "commentaire", p->req->in[KEY_COMMENT].i);

	if (strcmp(a, "depublier") == 0)
		rc = moderate_contribution(p, 1, &msg);
	else if (strcmp(a, "restaurer") == 0)
		rc = moderate_contribution(p, 0, &msg);
	else if (strcmp(a, "depublier-commentaire") == 0)
		rc = moderate_comment(p, 1, &msg);
	else if (strcmp(a, "restaurer-commentaire") == 0)
		rc = moderate_comment(p, 0, &msg);
	else if (strcmp(a, "classer") == 0)
		rc = moderate_dismiss(p, &msg);
	else {
		form_message(p, "bad-action");
		rc = 400;
	}
	if (rc == 0) {
		snprintf(back, sizeof(back), "/%s/admin/moderation",
		    p->terr->slug);
		return see_other_message(p, back, msg);
	}
	if (rc >= 500)
		return rc;
	/* The queue again, with what went wrong. */
	status = rc;
	if ((rc = queue_load(p)) != 0)
		return rc;
	return form_again(p, status);
}

/* ==================================================================
     /:t/admin/une: the featured items of the territory's home page
     ================================================================== */

static int
featured_load(struct page *p)
{
	struct dbarg	 t[] = { DB_INT(p->terr->id) };
	xmlNodePtr	 f = page_section(p, "featured");
	int		 rc;

	xml_attr_int(f, "max", FEATURED_MAX);
	if ((rc = page_rows(p, STMT_ADMIN_FEATURED, t, 1, f, "item")) < 0)
		return page_db_status(rc);
	return 0;
}

/*
 * The id in the address of one of our contributions, as a browser shows
 * it: http(s)://host[/territory]/<section>/<id>[-slug][.format][?…].
 * 0 if it is not one.
 */
static long long
link_id(const char *url)
{
	static const char *const sections[] = { "articles", "evenements",
	    "annonces", "dossiers", "projets", NULL };
	const char	*s, *last, *sec;
	char		 path[512], num[16];
	size_t		 n, d, i;
	long long	 id;

	if ((s = strstr(url, "://")) == NULL ||
	    (s = strchr(s + 3, '/')) == NULL)
		return 0;
	n = strcspn(s, "?#");
	if (n >= sizeof(path))
		return 0;
	memcpy(path, s, n);
	path[n] = '\0';
	if ((last = strrchr(path, '/')) == NULL || last == path)
		return 0;
	for (sec = last - 1; sec > path && *sec != '/'; sec--)
		continue;
	sec++;
	for (i = 0; sections[i] != NULL; i++)
		if (strlen(sections[i]) == (size_t)(last - sec) &&
		    strncmp(sections[i], sec, (size_t)(last - sec)) == 0)
			break;
	if (sections[i] == NULL)
		return 0;
	last++;
	for (d = 0; last[d] >= '0' && last[d] <= '9'; d++)
		continue;
	if (d == 0 || d >= sizeof(num) || (last[d] != '\0' && last[d] != '-' &&
	    last[d] != '.'))
		return 0;
	memcpy(num, last, d);
	num[d] = '\0';
	return int_parse(num, 1, 4294967295LL, &id) == 0 ? id : 0;
}

/* The contribution the add form names, by number or by address. */
static long long
featured_asked(struct page *p)
{
	const struct kval *id = &p->req->in[KEY_CONTRIBUTION];
	const struct kval *url = &p->req->in[KEY_LINK];
	xmlNodePtr	 fields = form_fields(p);
	long long	 got;

	if (id->present)
		return id->i;
	if (url->present && (got = link_id(url->s)) != 0)
		return got;
	if (url->present || url->invalid)
		form_field(p, fields, KEY_LINK, "invalid");
	else
		form_field(p, fields, KEY_CONTRIBUTION, id->invalid ?
		    "invalid" : "required");
	return 0;
}

/* Adds a published contribution listed in the territory, last. */
static int
featured_add(struct page *p, long long id, const char **msg)
{
	struct db	*db = p->app->db;
	struct dbarg	 at[] = { DB_INT(p->terr->id), DB_INT(id) };
	struct dbarg	 listed[] = { DB_INT(id), DB_INT(p->terr->id) };
	struct dbarg	 add[] = { DB_INT(p->terr->id), DB_INT(id),
	    DB_INT(p->terr->id), DB_INT(FEATURED_MAX) };
	xmlNodePtr	 n;
	int		 rc;

	if ((rc = page_lookup(p, STMT_ADMIN_FEATURE_AT, at, 2, &n)) > 0) {
		xmlFreeNode(n);
		form_message(p, "already-featured");
		return 400;
	}
	xmlFreeNode(n);
	if (rc < 0)
		return page_db_status(rc);
	rc = page_lookup(p, STMT_ADMIN_FEATURE_LISTED, listed, 2, &n);
	xmlFreeNode(n);
	if (rc <= 0) {
		if (rc < 0)
			return page_db_status(rc);
		form_message(p, "not-listed");
		return 400;
	}
	/* No row: the twelve places are taken. */
	if ((rc = db_exec(db, STMT_ADMIN_FEATURE_ADD, add, 4)) <= 0) {
		if (rc < 0)
			return page_db_status(rc);
		form_message(p, "featured-full");
		return 400;
	}
	if ((rc = audit(p, p->terr->id, "feature-add", "contribution", id,
	    "")) < 0)
		return page_db_status(rc);
	*msg = "added";
	return 0;
}

/* Removes an item, or moves it one place up (-1) or down (+1). */
static int
featured_change(struct page *p, long long id, int move, const char **msg)
{
	struct db	*db = p->app->db;
	struct dbarg	 at[] = { DB_INT(p->terr->id), DB_INT(id) };
	struct dbarg	 t2[] = { DB_INT(p->terr->id), DB_INT(p->terr->id) };
	xmlNodePtr	 n;
	long long	 pos, other, opos;
	char		 detail[64];
	int		 rc;

	/* Positions 1, 2, 3…: a gap or a tie left by anyone is undone. */
	if ((rc = db_exec(db, STMT_ADMIN_FEATURE_RENUMBER, t2, 2)) < 0)
		return page_db_status(rc);
	rc = page_lookup(p, STMT_ADMIN_FEATURE_AT, at, 2, &n);
	pos = rc > 0 ? xml_attr_ll(n, "position") : 0;
	xmlFreeNode(n);
	if (rc <= 0) {
		if (rc < 0)
			return page_db_status(rc);
		form_message(p, "not-featured");
		return 400;
	}
	if (move == 0) {
		if ((rc = db_exec(db, STMT_ADMIN_FEATURE_REMOVE, at, 2)) < 0 ||
		    (rc = db_exec(db, STMT_ADMIN_FEATURE_RENUMBER, t2, 2)) < 0 ||
		    (rc = audit(p, p->terr->id, "feature-remove",
		    "contribution", id, "")) < 0)
			return page_db_status(rc);
		*msg = "removed";
		return 0;
	}
	{
		struct dbarg a[] = { DB_INT(p->terr->id), DB_INT(pos) };

		rc = page_lookup(p, move < 0 ? STMT_ADMIN_FEATURE_ABOVE :
		    STMT_ADMIN_FEATURE_BELOW, a, 2, &n);
	}
	other = rc > 0 ? xml_attr_ll(n, "id") : 0;
	opos = rc > 0 ? xml_attr_ll(n, "position") : 0;
	xmlFreeNode(n);
	if (rc < 0)
		return page_db_status(rc);
	if (other == 0) {		/* already first, or last */
		*msg = "moved";
		return 0;
	}
	{
		struct dbarg mine[] = { DB_INT(opos), DB_INT(p->terr->id),
		    DB_INT(id) };
		struct dbarg theirs[] = { DB_INT(pos), DB_INT(p->terr->id),
		    DB_INT(other) };

		snprintf(detail, sizeof(detail), "%lld → %lld", pos, opos);
		if ((rc = db_exec(db, STMT_ADMIN_FEATURE_MOVE, mine, 3)) < 0 ||
		    (rc = db_exec(db, STMT_ADMIN_FEATURE_MOVE, theirs, 3)) < 0 ||
		    (rc = audit(p, p->terr->id, "feature-move", "contribution",
		    id, detail)) < 0)
			return page_db_status(rc);
	}
	*msg = "moved";
	return 0;
}

/* One change of "à la une" in a transaction: 0, or a status. */
static int
featured_post(struct page *p, const char **msg)
{
	struct db	*db = p->app->db;
	struct dbarg	 t[] = { DB_INT(p->terr->id) };
	const struct kval *act = &p->req->in[KEY_ACTION];
	const char	*a = act->present ? act->s : "";
	long long	 id;
	int		 rc, move;

	if (strcmp(a, "ajouter") == 0) {
		if ((id = featured_asked(p)) == 0)
			return 400;
		move = 2;
	} else if (strcmp(a, "retirer") == 0 || strcmp(a, "monter") == 0 ||
	    strcmp(a, "descendre") == 0) {
		if (!p->req->in[KEY_CONTRIBUTION].present) {
			form_message(p, "no-target");
			return 400;
		}
		id = p->req->in[KEY_CONTRIBUTION].i;
		move = a[0] == 'r' ? 0 : a[0] == 'm' ? -1 : 1;
	} else {
		form_message(p, "bad-action");
		return 400;
	}
	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	/* One change to the territory's page at a time. */
	if ((rc = db_exec(db, STMT_ADMIN_TERRITORY_LOCK, t, 1)) < 0) {
		db_rollback(db);
		return page_db_status(rc);
	}
	rc = move == 2 ? featured_add(p, id, msg) :
	    featured_change(p, id, move, msg);
	if (rc == 0 && (rc = db_commit(db)) != DB_OK)
		rc = page_db_status(rc);
	if (rc != 0)
		db_rollback(db);
	return rc;
}

/* GET and POST /:t/admin/une. */
int
page_featured_edit(struct page *p)
{
	static const char *const known[] = { "added", "removed", "moved",
	    NULL };
	const char	*msg = NULL;
	char		 back[128];
	int		 rc, status;

	if ((rc = admin_gate(p, "featured-edit", ROLE_EDITOR)) != 0)
		return rc == DENIED ? form_again(p, 403) : rc;
	if (p->req->method != METHOD_POST) {
		admin_message(p, known);
		return featured_load(p);
	}
	xml_attr(form_fields(p), "action",
	    p->req->in[KEY_ACTION].present ? p->req->in[KEY_ACTION].s : "");
	if ((rc = featured_post(p, &msg)) == 0) {
		snprintf(back, sizeof(back), "/%s/admin/une", p->terr->slug);
		return see_other_message(p, back, msg);
	}
	if (rc >= 500)
		return rc;
	status = rc;
	if ((rc = featured_load(p)) != 0)
		return rc;
	return form_again(p, status);
}
