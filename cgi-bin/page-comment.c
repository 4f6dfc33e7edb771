/*
 * Comments: members answer what is published, and one another.
 *
 * Every contribution's page lists its published comments, oldest first,
 * with one level of answers (page_item calls comments_load); a member
 * writes under them (the form is their part of the page, personal.c).
 * Here: writing a comment or an answer, editing and deleting one's own,
 * and a contribution's comment feed.  Hiding a comment is moderation
 * (page-admin.c, page_comment_hide).
 *
 * A comment is Markdown (MD_SUBSET), 5,000 characters at most.  A member
 * writes at most COMMENTS_PER_MINUTE a minute, and not the same text
 * twice in a row.  contributions.comments_count follows every change in
 * the transaction that makes it.  After a change the member is sent back
 * to the page with ?commentaire=<id>: an address of its own, so that no
 * cache shows them the page as it was before.
 */
#include <stdio.h>
#include <string.h>

#include "form.h"
#include "pages.h"
#include "util.h"
#include "xml.h"

#define COMMENT_MAX_CHARS	5000
#define COMMENTS_PER_MINUTE	10
#define COMMENTS_SHOWN		1000	/* on one page, answers included */

/* The comments of contribution `id` under `list`, answers nested under
 * the comment they answer (<replies>).  The number of rows, or a DB_ code. */
int
comments_load(struct page *p, long long id, xmlNodePtr list)
{
	struct dbarg	 a[] = { DB_INT(id), DB_INT(COMMENTS_SHOWN) };
	xmlNodePtr	 c, next, q, r;
	long long	 parent;
	int		 rc;

	if ((rc = page_rows(p, STMT_COMMENTS, a, 2, list, "comment")) <= 0)
		return rc;
	for (c = list->children; c != NULL; c = next) {
		next = c->next;
		if (c->type != XML_ELEMENT_NODE ||
		    (parent = xml_attr_ll(c, "parent")) == 0)
			continue;
		for (q = list->children; q != NULL && q != c; q = q->next)
			if (q->type == XML_ELEMENT_NODE &&
			    xml_attr_ll(q, "id") == parent &&
			    xml_attr_ll(q, "parent") == 0)
				break;
		/* An answer whose comment is not shown stays where it is. */
		if (q == NULL || q == c)
			continue;
		if ((r = xml_find(q, "replies")) == NULL)
			r = xml_child(q, "replies");
		xmlUnlinkNode(c);
		xmlAddChild(r, c);
	}
	return rc;
}

/* The published count of a contribution moves by `delta`: in the
 * caller's transaction. */
int
comment_count(struct page *p, long long contribution, int delta)
{
	struct dbarg	 a[] = { DB_INT(delta), DB_INT(contribution) };
	int		 rc = db_exec(p->app->db, STMT_COMMENT_COUNT, a, 2);

	return rc < 0 ? rc : 0;
}

/* Back to the comment on its contribution's page. */
static int
to_comment(struct page *p, xmlNodePtr row, long long id, const char *anchor)
{
	xmlChar		*url = xmlGetProp(row, X("url"));
	char		 to[400];

	snprintf(to, sizeof(to), "%s?commentaire=%lld#%s",
	    url != NULL ? (const char *)url : "/", id, anchor);
	xmlFree(url);
	return page_see_other(p, to);
}

/* <target id kind url><title/></target>: the contribution commented. */
static void
target_show(struct page *p, xmlNodePtr row, const char *id_attr)
{
	static const char *const attrs[] = { "kind", "url", NULL };
	xmlNodePtr	 t = xml_child(p->root, "target"), n;
	xmlChar		*v;
	size_t		 i;

	xml_attr_int(t, "id", xml_attr_ll(row, id_attr));
	for (i = 0; attrs[i] != NULL; i++)
		if ((v = xmlGetProp(row, X(attrs[i]))) != NULL) {
			xml_attr(t, attrs[i], (const char *)v);
			xmlFree(v);
		}
	if ((n = xml_find(row, "title")) != NULL &&
	    (v = xmlNodeGetContent(n)) != NULL) {
		xml_text(t, "title", (const char *)v);
		xmlFree(v);
	}
}

/*
 * The frame of a comment page on the contribution's home territory: 0,
 * or a status (303 to log in first, 403 for a forged form).
 */
static int
comment_begin(struct page *p, const char *type, xmlNodePtr row,
    const char *here)
{
	if (p->viewer_id == 0)
		return form_login_first(p, here);
	p->terr = app_territory_id(p->app,
	    (unsigned int)xml_attr_ll(row, "territory"));
	if (page_begin(p, type) == -1)
		return 500;
	p->xsl = "comment";
	p->max_age = -1;
	form_token(p);
	if (p->req->method == METHOD_POST && !form_csrf_ok(p))
		return 403;
	return 0;
}

/* The text of a comment form: NULL and the field marked when wrong. */
static const char *
comment_text(struct page *p)
{
	const struct kval *t = &p->req->in[KEY_BODY];
	const char	*s;

	if (t->present) {
		for (s = t->s; *s == ' ' || *s == '\n' || *s == '\r' ||
		    *s == '\t'; s++)
			continue;
		if (*s == '\0') {
			form_field(p, form_fields(p), KEY_BODY, "required");
			return NULL;
		}
		if (utf8_chars(t->s, t->len) > COMMENT_MAX_CHARS) {
			form_field(p, form_fields(p), KEY_BODY, "too-long");
			return NULL;
		}
		return t->s;
	}
	form_field(p, form_fields(p), KEY_BODY, t->invalid ?
	    (t->len > 0 ? "too-long" : "invalid") : "required");
	return NULL;
}

/* A comment of the page shown with the form: the one answered, edited… */
static int
comment_show(struct page *p, long long id)
{
	struct dbarg	 a[] = { DB_INT(id) };

	return page_rows(p, STMT_COMMENT_SHOW, a, 1,
	    xml_child(p->root, "comment"), NULL);
}

/* GET and POST /commentaires/nouveau?contribution=ID[&parent=ID]. */
int
page_comment_new(struct page *p)
{
	struct request	*r = p->req;
	struct db	*db = p->app->db;
	xmlNodePtr	 target = NULL, parent = NULL, latest = NULL;
	const char	*text;
	long long	 cid, pid = 0, id;
	char		 here[96];
	int		 rc;

	if (!r->in[KEY_CONTRIBUTION].present)
		return r->in[KEY_CONTRIBUTION].invalid ? 404 : 400;
	cid = r->in[KEY_CONTRIBUTION].i;
	snprintf(here, sizeof(here), "/commentaires/nouveau?contribution=%lld",
	    cid);
	if (r->in[KEY_PARENT].present)
		snprintf(here + strlen(here), sizeof(here) - strlen(here),
		    "%%26parent=%lld", r->in[KEY_PARENT].i);
	{
		struct dbarg a[] = { DB_INT(cid) };

		if ((rc = page_lookup(p, STMT_COMMENT_TARGET, a, 1,
		    &target)) <= 0 || !xml_attr_is(target, "status", "published")) {
			rc = rc < 0 ? page_db_status(rc) : 404;
			goto done;
		}
	}
	/* An answer to an answer joins the same thread: one level. */
	if (r->in[KEY_PARENT].present) {
		struct dbarg a[] = { DB_INT(r->in[KEY_PARENT].i) };

		if ((rc = page_lookup(p, STMT_COMMENT_GET, a, 1,
		    &parent)) <= 0 || xml_attr_ll(parent, "contribution") != cid ||
		    !xml_attr_is(parent, "status", "published")) {
			rc = rc < 0 ? page_db_status(rc) : 404;
			goto done;
		}
		pid = xml_attr_ll(parent, "parent");
		if (pid == 0)
			pid = xml_attr_ll(parent, "id");
	} else if (r->in[KEY_PARENT].invalid) {
		rc = 404;
		goto done;
	}
	if ((rc = comment_begin(p, "comment-new", target, here)) != 0)
		goto done;
	target_show(p, target, "id");
	if (parent != NULL && (rc = comment_show(p,
	    xml_attr_ll(parent, "id"))) < 0) {
		rc = page_db_status(rc);
		goto done;
	}
	if (parent != NULL)
		xml_attr_int(xml_child(p->root, "fields"), "parent",
		    xml_attr_ll(parent, "id"));
	rc = 0;
	if (r->method != METHOD_POST)
		goto done;

	if ((text = comment_text(p)) == NULL) {
		rc = form_again(p, 400);
		goto done;
	}
	{
		struct dbarg a[] = { DB_INT(p->viewer_id), DB_INT(p->viewer_id) };
		xmlNodePtr	 b;
		xmlChar		*last = NULL;
		int		 same;

		if ((rc = page_lookup(p, STMT_COMMENT_LATEST, a, 2,
		    &latest)) < 0) {
			rc = page_db_status(rc);
			goto done;
		}
		if (xml_attr_ll(latest, "minute") >= COMMENTS_PER_MINUTE) {
			form_field(p, form_fields(p), KEY_BODY, "too-fast");
			rc = form_again(p, 429);
			goto done;
		}
		if ((b = xml_find(latest, "body")) != NULL)
			last = xmlNodeGetContent(b);
		same = last != NULL && strcmp((const char *)last, text) == 0;
		xmlFree(last);
		if (same) {
			form_field(p, form_fields(p), KEY_BODY, "duplicate");
			rc = form_again(p, 400);
			goto done;
		}
	}
	if ((rc = db_begin(db)) != DB_OK) {
		rc = page_db_status(rc);
		goto done;
	}
	{
		struct dbarg a[] = { DB_INT(cid), DB_INT(p->viewer_id),
		    pid != 0 ? (struct dbarg)DB_INT(pid) :
		    (struct dbarg)DB_NULL, DB_STR(text) };

		if ((rc = db_exec(db, STMT_COMMENT_ADD, a, 4)) < 0 ||
		    (id = db_last_id(db)) <= 0 ||
		    (rc = comment_count(p, cid, 1)) < 0 ||
		    (rc = db_commit(db)) != DB_OK) {
			db_rollback(db);
			rc = page_db_status(rc < 0 ? rc : DB_ERR);
			goto done;
		}
	}
	snprintf(here, sizeof(here), "commentaire-%lld", id);
	rc = to_comment(p, target, id, here);
done:
	xmlFreeNode(target);
	xmlFreeNode(parent);
	xmlFreeNode(latest);
	return rc;
}

/*
 * The comment of /commentaires/:id/… for its author: 0 with *row, or a
 * status (404: none, or not published; 403: someone else's, the page
 * says so).
 */
static int
own_comment(struct page *p, const char *type, const char *verb,
    xmlNodePtr *row)
{
	struct dbarg	 a[] = { DB_INT(p->id) };
	char		 here[64];
	int		 rc;

	*row = NULL;
	if ((rc = page_lookup(p, STMT_COMMENT_GET, a, 1, row)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if (!xml_attr_is(*row, "status", "published") ||
	    !xml_attr_is(*row, "contribution-status", "published"))
		return 404;
	snprintf(here, sizeof(here), "/commentaires/%lld/%s", p->id, verb);
	if ((rc = comment_begin(p, type, *row, here)) != 0)
		return rc;
	target_show(p, *row, "contribution");
	if ((rc = comment_show(p, p->id)) < 0)
		return page_db_status(rc);
	if (xml_attr_ll(*row, "member") != (long long)p->viewer_id) {
		form_message(p, "not-yours");
		p->status = 403;
		return -1;
	}
	return 0;
}

/* GET and POST /commentaires/:id/modifier: the author changes the text. */
int
page_comment_edit(struct page *p)
{
	struct request	*r = p->req;
	xmlNodePtr	 row = NULL;
	const char	*text;
	char		 anchor[40];
	int		 rc;

	if ((rc = own_comment(p, "comment-edit", "modifier", &row)) != 0) {
		xmlFreeNode(row);
		return rc == -1 ? 0 : rc;
	}
	if (r->method != METHOD_POST) {
		/* The form starts from the stored text. */
		xmlNodePtr	 b = xml_find(row, "body");
		xmlChar		*v = b != NULL ? xmlNodeGetContent(b) : NULL;
		xmlNodePtr	 f = xml_child(form_fields(p), "field");

		xml_attr(f, "name", key_name(KEY_BODY));
		xml_attr(f, "value", v != NULL ? (const char *)v : "");
		xmlFree(v);
		xmlFreeNode(row);
		return 0;
	}
	if ((text = comment_text(p)) == NULL) {
		xmlFreeNode(row);
		return form_again(p, 400);
	}
	{
		struct dbarg a[] = { DB_STR(text), DB_INT(p->id),
		    DB_INT(p->viewer_id) };

		if ((rc = db_exec(p->app->db, STMT_COMMENT_EDIT, a, 3)) < 0) {
			xmlFreeNode(row);
			return page_db_status(rc);
		}
	}
	snprintf(anchor, sizeof(anchor), "commentaire-%lld", p->id);
	rc = to_comment(p, row, p->id, anchor);
	xmlFreeNode(row);
	return rc;
}

/*
 * GET and POST /commentaires/:id/supprimer: the author deletes it.  With
 * answers under it, it stays as "deleted" (no text, no author) so that
 * they keep their place; an answer's going may leave such a place-holder
 * empty, and then it goes too.
 */
int
page_comment_delete(struct page *p)
{
	struct db	*db = p->app->db;
	xmlNodePtr	 row = NULL;
	struct dbarg	 id[] = { DB_INT(p->id) };
	struct dbarg	 parent[1];
	int		 rc;

	if ((rc = own_comment(p, "comment-delete", "supprimer", &row)) != 0) {
		xmlFreeNode(row);
		return rc == -1 ? 0 : rc;
	}
	if (p->req->method != METHOD_POST) {
		xmlFreeNode(row);
		return 0;
	}
	parent[0] = (struct dbarg)DB_INT(xml_attr_ll(row, "parent"));
	if ((rc = db_begin(db)) != DB_OK) {
		xmlFreeNode(row);
		return page_db_status(rc);
	}
	if ((rc = db_exec(db, xml_attr_ll(row, "replies") > 0 ?
	    STMT_COMMENT_BLANK : STMT_COMMENT_DELETE, id, 1)) < 0 ||
	    (rc = comment_count(p, xml_attr_ll(row, "contribution"), -1)) < 0 ||
	    (parent[0].i != 0 &&
	    (rc = db_exec(db, STMT_COMMENT_DROP_EMPTY, parent, 1)) < 0) ||
	    (rc = db_commit(db)) != DB_OK) {
		db_rollback(db);
		xmlFreeNode(row);
		return page_db_status(rc < 0 ? rc : DB_ERR);
	}
	rc = to_comment(p, row, p->id, "commentaires");
	xmlFreeNode(row);
	return rc;
}

/*
 * GET and POST /commentaires/:id/masquer: hidden (action=masquer), or
 * shown again (action=retablir), by those who may edit its contribution
 * (its author, the signing structure's editors, its territory's team),
 * with an optional message to its author; moderation (page-admin.c) does
 * it and logs it.
 */
int
page_comment_hide(struct page *p)
{
	struct request	*r = p->req;
	struct dbarg	 a[] = { DB_INT(p->id) };
	xmlNodePtr	 row = NULL;
	const char	*act, *why;
	long long	 author, structure;
	char		 here[64];
	int		 rc, unpublish;

	if ((rc = page_lookup(p, STMT_COMMENT_GET, a, 1, &row)) <= 0 ||
	    xml_attr_is(row, "status", "deleted") ||
	    !xml_attr_is(row, "contribution-status", "published")) {
		xmlFreeNode(row);
		return rc < 0 ? page_db_status(rc) : 404;
	}
	snprintf(here, sizeof(here), "/commentaires/%lld/masquer", p->id);
	if ((rc = comment_begin(p, "comment-hide", row, here)) != 0)
		goto done;
	target_show(p, row, "contribution");
	if ((rc = comment_show(p, p->id)) < 0) {
		rc = page_db_status(rc);
		goto done;
	}
	author = xml_attr_ll(row, "author");
	structure = xml_attr_ll(row, "structure");
	if (!((author != 0 && author == (long long)p->viewer_id) ||
	    (structure != 0 && page_edits_structure(p,
	    (unsigned int)structure)) || page_is_editor(p, p->terr->id))) {
		form_message(p, "not-allowed");
		rc = form_again(p, 403);
		goto done;
	}
	rc = 0;
	if (r->method != METHOD_POST)
		goto done;
	act = r->in[KEY_ACTION].present ? r->in[KEY_ACTION].s : "";
	if (strcmp(act, "masquer") != 0 && strcmp(act, "retablir") != 0) {
		form_message(p, "bad-action");
		rc = form_again(p, 400);
		goto done;
	}
	unpublish = strcmp(act, "masquer") == 0;
	if (r->in[KEY_REASON].invalid) {
		form_field(p, form_fields(p), KEY_REASON, "invalid");
		rc = form_again(p, 400);
		goto done;
	}
	why = r->in[KEY_REASON].present ? r->in[KEY_REASON].s : "";
	if ((rc = admin_comment_status(p, p->id, unpublish, why)) != 0) {
		rc = rc >= 500 ? rc : form_again(p, rc);
		goto done;
	}
	rc = to_comment(p, row, p->id, "commentaires");
done:
	xmlFreeNode(row);
	return rc;
}

/*
 * /<t>/<section>/<id>-<slug>/commentaires.atom (and .xml): the published
 * comments of a contribution, newest first.
 */
int
page_comments_feed(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->id), DB_STR(p->kind) };
	struct dbarg	 f[] = { DB_INT(p->id), DB_INT(FEED_LIMIT) };
	xmlNodePtr	 item;
	int		 rc;

	if (page_begin(p, "comments") == -1)
		return 500;
	item = page_section(p, "item");
	if ((rc = page_rows(p, STMT_ITEM, a, 2, item, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if ((rc = page_canonical_at(p, item, "/commentaires")) != 0)
		return rc;
	/* The comments' page is the contribution's. */
	if (p->req->fmt == FMT_HTML) {
		xmlChar	*url = xmlGetProp(item, X("url"));
		char	 to[400];

		snprintf(to, sizeof(to), "%s#commentaires",
		    url != NULL ? (const char *)url : "/");
		xmlFree(url);
		return page_redirect(p, to);
	}
	if ((rc = page_rows(p, STMT_COMMENTS_FEED, f, 2,
	    page_section(p, "comments"), "comment")) < 0)
		return page_db_status(rc);
	return 0;
}
