/*
 * "Je contribue": members write articles, events, annonces and dossiers,
 * preview them, keep them as drafts, publish, unpublish and delete them.
 *
 * One form serves a new contribution and an existing one.  A POST is
 * checked whole, CSRF first, then every field; a form with errors comes
 * back (400) with every value typed and a code per field.  A save writes
 * everything (the row, its kind's rows, tags, shares, a new place, the
 * listing and the counters) in one transaction.  Uploaded files move to
 * their final name just before it and are removed again if it fails;
 * the files they replace are removed once it is committed.
 *
 * Who may edit, unpublish or delete: the author, the editors of the
 * signing structure, the team of the home territory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "markdown.h"
#include "pages.h"
#include "upload.h"
#include "util.h"
#include "xml.h"

#define TAGS_MAX	10
#define TAG_CHARS	60
#define TIMINGS_MAX	40	/* timing rows a form may send */
#define TIMINGS_SHOWN	3	/* rows the form offers, at least */
#define ELEMENTS_MAX	20	/* elements of a dossier */
#define ELEMENTS_SHOWN	8
#define MY_LIMIT	50	/* a page of the member's own contributions */

/* ==================================================================
 * Publishing, shared with moderation (pages.h)
 * ================================================================== */

/* The status of a contribution ("" if there is none), its row locked
 * until the caller's transaction ends. */
static int
status_lock(struct page *p, long long id, char *status, size_t sz)
{
	struct dbarg	 a[] = { DB_INT(id) };
	xmlNodePtr	 n;
	xmlChar		*v = NULL;
	int		 rc;

	status[0] = '\0';
	if ((rc = page_lookup(p, STMT_CONTRIB_LOCK, a, 1, &n)) > 0 &&
	    (v = xmlGetProp(n, X("status"))) != NULL)
		snprintf(status, sz, "%s", (const char *)v);
	xmlFree(v);
	xmlFreeNode(n);
	return rc < 0 ? rc : 0;
}

/* Lists a published contribution on its home and shared territories,
 * and counts it there and on the network. */
static int
listing_add(struct page *p, long long id)
{
	struct dbarg	 two[] = { DB_INT(id), DB_INT(id) };
	struct dbarg	 one[] = { DB_INT(id) };
	int		 rc;

	if ((rc = db_exec(p->app->db, STMT_LISTING_ADD, two, 2)) < 0 ||
	    (rc = db_exec(p->app->db, STMT_LISTING_COUNT_ADD, one, 1)) < 0)
		return rc;
	return 0;
}

/* The reverse: the counts first, while the rows still say where. */
static int
listing_remove(struct page *p, long long id)
{
	struct dbarg	 one[] = { DB_INT(id) };
	int		 rc;

	if ((rc = db_exec(p->app->db, STMT_LISTING_COUNT_SUB, one, 1)) < 0 ||
	    (rc = db_exec(p->app->db, STMT_LISTING_REMOVE, one, 1)) < 0)
		return rc;
	return 0;
}

int
contrib_publish(struct page *p, long long id)
{
	struct dbarg	 a[] = { DB_INT(id) };
	char		 st[16];
	int		 rc;

	if ((rc = status_lock(p, id, st, sizeof(st))) < 0)
		return rc;
	if (st[0] == '\0')
		return DB_ERR;
	if (strcmp(st, "published") == 0)
		return 0;
	if ((rc = db_exec(p->app->db, STMT_CONTRIB_SET_PUBLISHED, a, 1)) < 0)
		return rc;
	return listing_add(p, id);
}

int
contrib_unpublish(struct page *p, long long id, const char *note)
{
	struct dbarg	 a[] = { DB_NULL, DB_INT(id) };
	char		 st[16];
	int		 rc;

	if ((rc = status_lock(p, id, st, sizeof(st))) < 0)
		return rc;
	if (st[0] == '\0')
		return DB_ERR;
	if (strcmp(st, "published") != 0)
		return 0;
	if (note != NULL)
		a[0] = (struct dbarg)DB_STR(note);
	if ((rc = listing_remove(p, id)) < 0 ||
	    (rc = db_exec(p->app->db, STMT_CONTRIB_SET_UNPUBLISHED, a, 2)) < 0)
		return rc;
	return 0;
}

/* ==================================================================
 * What every page here shares
 * ================================================================== */

/* The path segment of a kind's form: /contribuer/<segment>. */
static const char *
kind_segment(const char *kind)
{
	if (strcmp(kind, "event") == 0)
		return "evenement";
	return kind;
}

static int
may_edit(const struct page *p, long long author, long long structure,
    long long territory)
{
	if (p->viewer_id == 0)
		return 0;
	return (author != 0 && author == (long long)p->viewer_id) ||
	    (structure != 0 && page_edits_structure(p,
	    (unsigned int)structure)) ||
	    page_is_editor(p, (unsigned int)territory);
}

/* A page of ours: private, with the form token, and what a redirect
 * said (?message=) when it is one of ours. */
static int
contrib_begin(struct page *p, const char *type)
{
	static const char *const known[] = { "draft-saved", "unpublished",
	    "deleted", "published", NULL };
	const struct kval *m = &p->req->in[KEY_MESSAGE];
	size_t		 i;

	if (page_begin(p, type) == -1)
		return 500;
	p->xsl = "contribute";
	p->max_age = -1;
	form_token(p);
	for (i = 0; m->present && known[i] != NULL; i++)
		if (strcmp(known[i], m->s) == 0)
			form_message(p, known[i]);
	return 0;
}

/* <field name value error/>, from a value of our own. */
static void
field_put(xmlNodePtr fields, const char *name, const char *value,
    const char *error)
{
	xmlNodePtr	 f = xml_child(fields, "field");

	xml_attr(f, "name", name);
	if (value != NULL && value[0] != '\0')
		xml_attr(f, "value", value);
	if (error != NULL)
		xml_attr(f, "error", error);
}

/* A stored column (an attribute of the row) as a field. */
static void
stored_field(xmlNodePtr fields, xmlNodePtr row, const char *attr, enum key k)
{
	xmlChar	*v = xmlGetProp(row, X(attr));

	if (v != NULL)
		field_put(fields, key_name(k), (const char *)v, NULL);
	xmlFree(v);
}

/* DECIMAL(9,6) from millionths. */
static void
decimal_format(long long v, char out[32])
{
	long long	 a = v < 0 ? -v : v;

	snprintf(out, 32, "%s%lld.%06lld", v < 0 ? "-" : "", a / 1000000,
	    a % 1000000);
}

/* ==================================================================
 * A contribution as stored
 * ================================================================== */

struct stored {
	xmlNodePtr	 row;		/* STMT_CONTRIB_GET; NULL: a new one */
	long long	 id;
	char		 kind[12];
	char		 status[16];
	long long	 territory;	/* home */
	long long	 author;
	long long	 structure;
	int		 moderated;	/* offline by the team, with a note */
	xmlChar		*image;		/* URLs of its files, or NULL */
	xmlChar		*attachment;
};

static void
stored_free(struct stored *s)
{
	xmlFreeNode(s->row);
	xmlFree(s->image);
	xmlFree(s->attachment);
	memset(s, 0, sizeof(*s));
}

/* Loads p->id: 0, 404, or the status of a database error. */
static int
stored_load(struct page *p, struct stored *s)
{
	struct dbarg	 a[] = { DB_INT(p->id) };
	xmlChar		*v;
	int		 rc;

	memset(s, 0, sizeof(*s));
	if ((rc = page_lookup(p, STMT_CONTRIB_GET, a, 1, &s->row)) <= 0) {
		xmlFreeNode(s->row);
		s->row = NULL;
		return rc < 0 ? page_db_status(rc) : 404;
	}
	s->id = p->id;
	s->territory = xml_attr_ll(s->row, "territory");
	s->author = xml_attr_ll(s->row, "author");
	s->structure = xml_attr_ll(s->row, "structure");
	if ((v = xmlGetProp(s->row, X("kind"))) != NULL)
		snprintf(s->kind, sizeof(s->kind), "%s", (const char *)v);
	xmlFree(v);
	if ((v = xmlGetProp(s->row, X("status"))) != NULL)
		snprintf(s->status, sizeof(s->status), "%s", (const char *)v);
	xmlFree(v);
	if ((v = xmlGetProp(s->row, X("note"))) != NULL)
		s->moderated = strcmp(s->status, "unpublished") == 0;
	xmlFree(v);
	s->image = xmlGetProp(s->row, X("image"));
	s->attachment = xmlGetProp(s->row, X("attachment"));
	return 0;
}

/* Loads p->id and checks the viewer may change it: 0 or a status. */
static int
stored_editable(struct page *p, struct stored *s, const char *back)
{
	int	 rc;

	if (p->viewer_id == 0)
		return form_login_first(p, back);
	if ((rc = stored_load(p, s)) != 0)
		return rc;
	if (!may_edit(p, s->author, s->structure, s->territory))
		return 403;
	return 0;
}

/* ==================================================================
 * The form: checks
 * ================================================================== */

struct timing {
	time_t	 begins;
	time_t	 ends;
};

struct form {
	struct page	*p;
	const char	*kind;
	xmlNodePtr	 fields;
	xmlNodePtr	 timings_el;	/* <timings> rows (events) */
	xmlNodePtr	 elements_el;	/* <elements> rows (dossiers) */
	int		 bad;
	const struct territory *home;
	const struct territory *shares[TERRITORIES_MAX];
	size_t		 nshares;
	long long	 theme;
	long long	 structure;
	char		 tags[TAGS_MAX][TAG_CHARS * 4 + 1];
	char		 tag_slugs[TAGS_MAX][TAG_CHARS + 1];
	size_t		 ntags;
	struct timing	 timings[TIMINGS_MAX];
	size_t		 ntimings;
	long long	 place;		/* an existing place */
	int		 new_place;	/* or one made from the fields */
	long long	 elements[ELEMENTS_MAX];
	size_t		 nelements;
	int		 image;		/* a new image, valid */
	int		 no_image;	/* the stored one goes */
	int		 attachment;	/* a new PDF, valid */
	int		 file_sent;	/* to be chosen again if refused */
};

/* What is wrong with a text field: "required", "too-long"… or NULL. */
static const char *
text_error(const struct kval *v, size_t min, size_t max, int required)
{
	size_t	 n;

	if (v->present)
		return NULL;
	if (!v->invalid)
		return required ? "required" : NULL;
	n = utf8_chars(v->s, v->len);
	return n > max ? "too-long" : n < min ? "too-short" : "invalid";
}

/* The field as typed, with its error. */
static void
check(struct form *f, enum key k, const char *error)
{
	form_field(f->p, f->fields, k, error);
	f->bad |= error != NULL;
}

/* A value of a closed list (soft key): "required" or "invalid". */
static const char *
choice_error(const struct kval *v, int required)
{
	if (v->present)
		return NULL;
	return v->invalid ? "invalid" : required ? "required" : NULL;
}

static void
check_home(struct form *f)
{
	const struct kval *v = &f->p->req->in[KEY_TERRITORY];
	const struct territory *t = NULL;
	const char	*e = NULL;

	if (!v->present)
		e = "required";
	else if ((t = app_territory(f->p->app, v->s)) == NULL ||
	    t->is_network)
		e = "unknown";
	check(f, KEY_TERRITORY, e);
	f->home = e == NULL ? t : NULL;
}

/* Other territories (checkboxes); the home one among them is no share. */
static void
check_shares(struct form *f)
{
	struct request	*r = f->p->req;
	const struct kval *v;
	const struct territory *t = NULL;
	size_t		 i, j, n = req_count(r, KEY_SHARE);
	int		 bad = 0;

	for (i = 0; i < n; i++) {
		v = req_nth(r, KEY_SHARE, i);
		if (v->invalid || (v->present &&
		    ((t = app_territory(f->p->app, v->s)) == NULL ||
		    t->is_network))) {
			bad = 1;
			continue;
		}
		if (!v->present)
			continue;
		field_put(f->fields, key_name(KEY_SHARE), v->s, NULL);
		if (f->home != NULL && t == f->home)
			continue;
		for (j = 0; j < f->nshares && f->shares[j] != t; j++)
			;
		if (j == f->nshares && f->nshares < TERRITORIES_MAX)
			f->shares[f->nshares++] = t;
	}
	if (bad) {
		field_put(f->fields, key_name(KEY_SHARE), NULL, "unknown");
		f->bad = 1;
	}
}

static int
check_theme(struct form *f)
{
	const struct kval *v = &f->p->req->in[KEY_THEME];
	struct dbarg	 a[1];
	xmlNodePtr	 n;
	int		 rc;

	if (!v->present) {
		check(f, KEY_THEME, "required");
		return 0;
	}
	a[0] = (struct dbarg)DB_STR(v->s);
	rc = page_lookup(f->p, STMT_THEME_BY_SLUG, a, 1, &n);
	f->theme = rc > 0 ? xml_attr_ll(n, "id") : 0;
	xmlFreeNode(n);
	if (rc < 0)
		return rc;
	check(f, KEY_THEME, f->theme == 0 ? "unknown" : NULL);
	return 0;
}

/* "a, b, c": each one line of 60 characters at most, normalised to a
 * slug, the same slug once, ten at most. */
static void
check_tags(struct form *f)
{
	const struct kval *v = &f->p->req->in[KEY_TAGS];
	const char	*e = NULL, *s, *end, *comma;
	char		 name[TAG_CHARS * 4 + 1], slug[TAG_CHARS + 1];
	size_t		 n, i;

	if (!v->present) {
		check(f, KEY_TAGS, text_error(v, 1, 300, 0));
		return;
	}
	for (s = v->s; *s != '\0' && e == NULL;
	    s = *comma != '\0' ? comma + 1 : comma) {
		comma = s + strcspn(s, ",");
		while (s < comma && (*s == ' ' || *s == '\t'))
			s++;
		for (end = comma; end > s && (end[-1] == ' ' ||
		    end[-1] == '\t'); end--)
			;
		if ((n = (size_t)(end - s)) == 0)
			continue;
		if (n >= sizeof(name) || utf8_chars(s, n) > TAG_CHARS) {
			e = "tag-too-long";
			break;
		}
		memcpy(name, s, n);
		name[n] = '\0';
		if (slugify(name, slug, sizeof(slug)) == 0) {
			e = "tag-invalid";
			break;
		}
		for (i = 0; i < f->ntags; i++)
			if (strcmp(f->tag_slugs[i], slug) == 0)
				break;
		if (i < f->ntags)
			continue;
		if (f->ntags == TAGS_MAX) {
			e = "too-many";
			break;
		}
		memcpy(f->tags[f->ntags], name, n + 1);
		memcpy(f->tag_slugs[f->ntags], slug, strlen(slug) + 1);
		f->ntags++;
	}
	check(f, KEY_TAGS, e);
}

/* A structure signs only if the viewer edits it, or it already did. */
static void
check_structure(struct form *f, const struct stored *s)
{
	const struct kval *v = &f->p->req->in[KEY_STRUCTURE];

	f->structure = v->present ? v->i : 0;
	check(f, KEY_STRUCTURE, f->structure == 0 ||
	    f->structure == s->structure ||
	    page_edits_structure(f->p, (unsigned int)f->structure) ? NULL :
	    "not-yours");
}

/* A file field: sent and valid, refused, or absent. */
static int
check_file(struct form *f, enum key k)
{
	const struct kval *v = &f->p->req->in[k];
	const struct upload *u = upload_get(f->p->req, k);

	if (u != NULL || v->present || v->invalid)
		f->file_sent = 1;
	if (v->invalid) {
		field_put(f->fields, key_name(k), NULL,
		    upload_error_code(f->p->req, k));
		f->bad = 1;
		return 0;
	}
	return v->present && u != NULL;
}

/* A new image, the stored one kept or removed; alt text when there is
 * one. */
static void
check_image(struct form *f, const struct stored *s)
{
	const struct kval *no = &f->p->req->in[KEY_NO_IMAGE];

	f->image = check_file(f, KEY_IMAGE);
	f->no_image = no->present && no->i == 1;
	if (f->no_image)
		field_put(f->fields, key_name(KEY_NO_IMAGE), "1", NULL);
	check(f, KEY_IMAGE_ALT, text_error(&f->p->req->in[KEY_IMAGE_ALT], 1,
	    300, f->image || (s->image != NULL && !f->no_image)));
}

/* Timing rows: both ends or neither, a date each, the end after the
 * beginning; one complete at least.  Rows come back as typed. */
static void
check_timings(struct form *f)
{
	struct request	*r = f->p->req;
	const struct kval *b, *e;
	struct timing	 t;
	const char	*err;
	xmlNodePtr	 row;
	size_t		 i, j, n;
	int		 rowbad = 0;

	n = req_count(r, KEY_BEGINS);
	if (req_count(r, KEY_ENDS) > n)
		n = req_count(r, KEY_ENDS);
	for (i = 0; i < n; i++) {
		b = req_nth(r, KEY_BEGINS, i);
		e = req_nth(r, KEY_ENDS, i);
		if ((b == NULL || (!b->present && !b->invalid)) &&
		    (e == NULL || (!e->present && !e->invalid)))
			continue;
		err = NULL;
		if ((b != NULL && b->invalid) || (e != NULL && e->invalid))
			err = "invalid";
		else if (b == NULL || e == NULL || !b->present || !e->present)
			err = "incomplete";
		else {
			t.begins = page_paris_time(b->t);
			t.ends = page_paris_time(e->t);
			if (t.ends <= t.begins)
				err = "end-before-begin";
			else if (f->ntimings == TIMINGS_MAX)
				err = "too-many";
		}
		row = xml_child(f->timings_el, "timing");
		if (b != NULL && b->s != NULL && b->len > 0)
			xml_attr(row, "begins", b->s);
		if (e != NULL && e->s != NULL && e->len > 0)
			xml_attr(row, "ends", e->s);
		if (err != NULL) {
			xml_attr(row, "error", err);
			rowbad = 1;
			continue;
		}
		/* In order of beginning: stored rows are matched that way. */
		for (j = f->ntimings; j > 0 && f->timings[j - 1].begins >
		    t.begins; j--)
			f->timings[j] = f->timings[j - 1];
		f->timings[j] = t;
		f->ntimings++;
	}
	if (f->ntimings == 0 && !rowbad)
		xml_attr(f->timings_el, "error", "required");
	f->bad |= rowbad || f->ntimings == 0;
}

/* An existing place of the home territory, or a new one from its
 * fields; an event on site needs one. */
static int
check_place(struct form *f, const char *mode)
{
	struct request	*r = f->p->req;
	const struct kval *id = &r->in[KEY_PLACE];
	const struct kval *lat = &r->in[KEY_LATITUDE];
	const struct kval *lon = &r->in[KEY_LONGITUDE];
	struct dbarg	 a[1];
	xmlNodePtr	 n;
	const char	*e = NULL;
	int		 rc;

	f->new_place = r->in[KEY_PLACE_NAME].present ||
	    r->in[KEY_PLACE_NAME].invalid || r->in[KEY_ADDRESS].present ||
	    r->in[KEY_POSTCODE].present || r->in[KEY_CITY].present ||
	    lat->present || lat->invalid || lon->present || lon->invalid;
	if (f->new_place) {
		check(f, KEY_PLACE_NAME, text_error(&r->in[KEY_PLACE_NAME], 2,
		    160, 1));
		check(f, KEY_ADDRESS, text_error(&r->in[KEY_ADDRESS], 1, 255,
		    0));
		check(f, KEY_POSTCODE, choice_error(&r->in[KEY_POSTCODE], 0));
		check(f, KEY_CITY, text_error(&r->in[KEY_CITY], 1, 100, 1));
		check(f, KEY_LATITUDE, lat->invalid ? "invalid" :
		    !lat->present && lon->present ? "incomplete" : NULL);
		check(f, KEY_LONGITUDE, lon->invalid ? "invalid" :
		    !lon->present && lat->present ? "incomplete" : NULL);
		check(f, KEY_PLACE, id->present || id->invalid ? "both" : NULL);
		return 0;
	}
	if (id->invalid)
		e = "unknown";
	else if (!id->present)
		e = strcmp(mode, "online") == 0 ? NULL : "required";
	else {
		a[0] = (struct dbarg)DB_INT(id->i);
		if ((rc = page_lookup(f->p, STMT_PLACE_GET, a, 1, &n)) < 0) {
			xmlFreeNode(n);
			return rc;
		}
		if (rc == 0)
			e = "unknown";
		else if (f->home != NULL &&
		    xml_attr_ll(n, "territory") != f->home->id)
			e = "other-territory";
		xmlFreeNode(n);
		f->place = id->i;
	}
	check(f, KEY_PLACE, e);
	return 0;
}

static int
check_event(struct form *f)
{
	struct request	*r = f->p->req;
	const struct kval *mode = &r->in[KEY_MODE];

	check_timings(f);
	check(f, KEY_EVENT_STATUS, choice_error(&r->in[KEY_EVENT_STATUS], 0));
	check(f, KEY_MODE, choice_error(mode, 0));
	check(f, KEY_AUDIENCE, text_error(&r->in[KEY_AUDIENCE], 1, 200, 0));
	check(f, KEY_PRICE, text_error(&r->in[KEY_PRICE], 1, 200, 0));
	check(f, KEY_LINK, choice_error(&r->in[KEY_LINK], 0));
	return check_place(f, mode->present ? mode->s : "offline");
}

/* Elements of a dossier, in order: published contributions, once each,
 * not the dossier itself. */
static int
check_elements(struct form *f, const struct stored *s)
{
	struct request	*r = f->p->req;
	const struct kval *v;
	struct dbarg	 a[1];
	xmlNodePtr	 row, n;
	xmlChar		*st, *title, *url;
	const char	*e;
	size_t		 i, j, count = req_count(r, KEY_ITEMS);
	int		 rc;

	for (i = 0; i < count; i++) {
		v = req_nth(r, KEY_ITEMS, i);
		if (!v->present && !v->invalid)
			continue;
		row = xml_child(f->elements_el, "element");
		xml_attr(row, "value", v->s);
		if (v->invalid) {
			xml_attr(row, "error", "invalid");
			f->bad = 1;
			continue;
		}
		a[0] = (struct dbarg)DB_INT(v->i);
		rc = page_lookup(f->p, STMT_CONTRIB_BRIEF, a, 1, &n);
		if (rc < 0) {
			xmlFreeNode(n);
			return rc;
		}
		st = xmlGetProp(n, X("status"));
		e = NULL;
		if (rc == 0 || st == NULL ||
		    strcmp((const char *)st, "published") != 0)
			e = "unknown";
		else if (v->i == s->id)
			e = "self";
		else {
			for (j = 0; j < f->nelements &&
			    f->elements[j] != v->i; j++)
				;
			if (j < f->nelements)
				e = "duplicate";
			else if (f->nelements == ELEMENTS_MAX)
				e = "too-many";
		}
		if (rc > 0 && e == NULL) {
			xml_attr_int(row, "id", v->i);
			if ((url = xmlGetProp(n, X("url"))) != NULL)
				xml_attr(row, "url", (const char *)url);
			xmlFree(url);
			if ((title = xmlNodeGetContent(n)) != NULL)
				xmlNodeAddContent(row, title);
			xmlFree(title);
			f->elements[f->nelements++] = v->i;
		}
		xmlFree(st);
		xmlFreeNode(n);
		if (e != NULL) {
			xml_attr(row, "error", e);
			f->bad = 1;
		}
	}
	return 0;
}

/* Every field of the form; f->bad when one is wrong.  0 or a db_rc. */
static int
form_check(struct form *f, const struct stored *s)
{
	struct request	*r = f->p->req;
	int		 rc;

	check(f, KEY_TITLE, text_error(&r->in[KEY_TITLE], 1, 200, 1));
	check(f, KEY_SUMMARY, text_error(&r->in[KEY_SUMMARY], 1, 500, 0));
	check(f, KEY_BODY, text_error(&r->in[KEY_BODY], 1, 50000, 1));
	check_home(f);
	check_shares(f);
	if ((rc = check_theme(f)) < 0)
		return rc;
	check_tags(f);
	check_structure(f, s);
	check_image(f, s);
	if (strcmp(f->kind, "article") == 0)
		f->attachment = check_file(f, KEY_ATTACHMENT);
	if (strcmp(f->kind, "event") == 0 && (rc = check_event(f)) < 0)
		return rc;
	if (strcmp(f->kind, "annonce") == 0) {
		check(f, KEY_ANNONCE_KIND,
		    choice_error(&r->in[KEY_ANNONCE_KIND], 1));
		check(f, KEY_DEADLINE, choice_error(&r->in[KEY_DEADLINE], 0));
	}
	if (strcmp(f->kind, "dossier") == 0 &&
	    (rc = check_elements(f, s)) < 0)
		return rc;
	return 0;
}

/* ==================================================================
 * The form: what it shows
 * ================================================================== */

/* The stored values, for the form of an existing contribution. */
static int
form_from_stored(struct form *f, const struct stored *s)
{
	static const struct { const char *attr; enum key k; } cols[] = {
		{ "title", KEY_TITLE }, { "summary", KEY_SUMMARY },
		{ "body", KEY_BODY }, { "home", KEY_TERRITORY },
		{ "theme", KEY_THEME }, { "tags", KEY_TAGS },
		{ "structure", KEY_STRUCTURE }, { "image-alt", KEY_IMAGE_ALT },
		{ "place", KEY_PLACE }, { "audience", KEY_AUDIENCE },
		{ "price", KEY_PRICE }, { "link", KEY_LINK },
		{ "event-status", KEY_EVENT_STATUS }, { "mode", KEY_MODE },
		{ "annonce-kind", KEY_ANNONCE_KIND },
		{ "deadline", KEY_DEADLINE },
	};
	struct dbarg	 a[] = { DB_INT(s->id) };
	xmlNodePtr	 list, n;
	xmlChar		*v, *w;
	size_t		 i;
	int		 rc = 0;

	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		stored_field(f->fields, s->row, cols[i].attr, cols[i].k);
	if ((list = xmlNewNode(NULL, X("shares"))) == NULL)
		return DB_ERR;
	if ((rc = page_rows(f->p, STMT_CONTRIB_SHARES, a, 1, list, "t")) < 0)
		goto out;
	for (n = list->children; n != NULL; n = n->next)
		if ((v = xmlGetProp(n, X("slug"))) != NULL) {
			field_put(f->fields, key_name(KEY_SHARE),
			    (const char *)v, NULL);
			xmlFree(v);
		}
	/* Timings as the form writes them: Paris wall-clock, to the minute. */
	if (f->timings_el != NULL && (rc = page_rows(f->p,
	    STMT_EVENT_TIMINGS, a, 1, f->timings_el, "timing")) < 0)
		goto out;
	for (n = f->timings_el != NULL ? f->timings_el->children : NULL;
	    n != NULL; n = n->next) {
		v = xmlGetProp(n, X("begins"));
		w = xmlGetProp(n, X("ends"));
		xmlUnsetProp(n, X("id"));
		if (v != NULL && xmlStrlen(v) >= 16) {
			v[16] = '\0';
			xmlSetProp(n, X("begins"), v);
		}
		if (w != NULL && xmlStrlen(w) >= 16) {
			w[16] = '\0';
			xmlSetProp(n, X("ends"), w);
		}
		xmlFree(v);
		xmlFree(w);
	}
	if (f->elements_el != NULL && (rc = page_rows(f->p,
	    STMT_CONTRIB_ELEMENTS, a, 1, f->elements_el, "element")) < 0)
		goto out;
	for (n = f->elements_el != NULL ? f->elements_el->children : NULL;
	    n != NULL; n = n->next)
		if ((v = xmlGetProp(n, X("id"))) != NULL) {
			xmlSetProp(n, X("value"), v);
			xmlFree(v);
		}
	rc = 0;
out:
	xmlFreeNode(list);
	return rc;
}

/* Blank rows after those filled, numbered: n="1"… */
static void
rows_number(xmlNodePtr parent, const char *name, size_t shown, size_t max)
{
	xmlNodePtr	 n;
	size_t		 i = 0, total;

	for (n = parent->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			xml_attr_int(n, "n", (long long)++i);
	total = i + (i < shown ? shown - i : 2);
	if (total > max)
		total = max;
	while (i < total)
		xml_attr_int(xml_child(parent, name), "n", (long long)++i);
}

/*
 * What the form needs besides the fields: where it posts, the stored
 * contribution's state and files, the themes, the structures the viewer
 * may sign with, the places of the home territory.
 */
static int
form_context(struct form *f, const struct stored *s, long long home)
{
	struct page	*p = f->p;
	xmlNodePtr	 form = xml_child(p->root, "form"), n;
	xmlChar		*v;
	char		 action[64];
	int		 rc;

	xml_attr(form, "kind", f->kind);
	if (s->row != NULL) {
		snprintf(action, sizeof(action), "/contributions/%lld/modifier",
		    s->id);
		xml_attr_int(form, "id", s->id);
		xml_attr(form, "status", s->status);
		if ((v = xmlGetProp(s->row, X("url"))) != NULL)
			xml_attr(form, "url", (const char *)v);
		xmlFree(v);
		if (s->moderated &&
		    (v = xmlGetProp(s->row, X("note"))) != NULL) {
			xml_text(form, "moderation-note", (const char *)v);
			xmlFree(v);
		}
		if (s->image != NULL) {
			n = xml_child(form, "image");
			xml_attr(n, "src", (const char *)s->image);
			if ((v = xmlGetProp(s->row, X("image-alt"))) != NULL)
				xml_attr(n, "alt", (const char *)v);
			xmlFree(v);
		}
		if (s->attachment != NULL) {
			v = xmlGetProp(s->row, X("attachment-name"));
			n = xml_text(form, "attachment", v != NULL ?
			    (const char *)v : "");
			xml_attr(n, "href", (const char *)s->attachment);
			xmlFree(v);
		}
	} else
		snprintf(action, sizeof(action), "/contribuer/%s",
		    kind_segment(f->kind));
	xml_attr(form, "action", action);
	if (f->file_sent)
		xml_attr(form, "file-again", "1");

	if ((rc = page_rows(p, STMT_THEMES, NULL, 0,
	    page_section(p, "themes"), "theme")) < 0)
		return rc;
	{
		struct dbarg a[] = { DB_INT(s->structure),
		    DB_INT(p->viewer_id) };

		if ((rc = page_rows(p, STMT_VIEWER_STRUCTURES, a, 2,
		    page_section(p, "structures"), "structure")) < 0)
			return rc;
	}
	if (strcmp(f->kind, "event") == 0) {
		struct dbarg a[] = { DB_INT(home) };

		if ((rc = page_rows(p, STMT_PLACES_BY_CITY, a, 1,
		    page_section(p, "places"), "place")) < 0)
			return rc;
		rows_number(f->timings_el, "timing", TIMINGS_SHOWN,
		    TIMINGS_MAX);
	}
	if (strcmp(f->kind, "dossier") == 0)
		rows_number(f->elements_el, "element", ELEMENTS_SHOWN,
		    ELEMENTS_MAX);
	return 0;
}

/* The viewer's home territory: where a new contribution starts. */
static int
viewer_home(struct page *p, long long *id, char *slug, size_t sz)
{
	struct dbarg	 a[] = { DB_INT(p->viewer_id) };
	const struct territory *t;
	xmlNodePtr	 n, c;
	xmlChar		*v = NULL;
	int		 rc;

	*id = 0;
	slug[0] = '\0';
	if ((rc = page_lookup(p, STMT_ACCOUNT, a, 1, &n)) > 0 &&
	    (c = xml_find(n, "territory")) != NULL &&
	    (v = xmlGetProp(c, X("slug"))) != NULL &&
	    (t = app_territory(p->app, (const char *)v)) != NULL) {
		*id = t->id;
		snprintf(slug, sz, "%s", t->slug);
	}
	xmlFree(v);
	xmlFreeNode(n);
	return rc < 0 ? rc : 0;
}

/* <preview>: the title, the summary and the body as the page will
 * show them. */
static void
form_preview(struct form *f)
{
	struct request	*r = f->p->req;
	xmlNodePtr	 pv = xml_child(f->p->root, "preview");

	if (r->in[KEY_TITLE].present)
		xml_text(pv, "title", r->in[KEY_TITLE].s);
	if (r->in[KEY_SUMMARY].present)
		xml_text(pv, "summary", r->in[KEY_SUMMARY].s);
	if (r->in[KEY_BODY].present)
		markdown_to_xml(xml_child(pv, "body"), r->in[KEY_BODY].s,
		    r->in[KEY_BODY].len);
}

/* ==================================================================
 * Saving
 * ================================================================== */

/* A file of the request moved to its final name, recorded in `media`. */
static int
file_keep(struct form *f, enum key k, const char **url)
{
	struct page	*p = f->p;
	const struct upload *u = upload_get(p->req, k);
	int		 rc;

	if ((*url = upload_keep(p->req, k,
	    config_str(&p->app->conf, CONF_MEDIA_DIR))) == NULL || u == NULL)
		return DB_ERR;
	{
		struct dbarg a[] = { DB_INT(p->viewer_id), DB_STR(*url),
		    DB_STR(u->mime), DB_INT(u->size), DB_STR(u->name) };

		if ((rc = db_exec(p->app->db, STMT_MEDIA_ADD, a, 5)) < 0)
			return rc;
	}
	return 0;
}

static int
media_forget(struct page *p, const xmlChar *url)
{
	struct dbarg	 a[1];

	if (url == NULL)
		return 0;
	a[0] = (struct dbarg)DB_STR((const char *)url);
	return db_exec(p->app->db, STMT_MEDIA_DELETE, a, 1) < 0 ? DB_ERR : 0;
}

static int
save_place(struct form *f, long long *place)
{
	struct request	*r = f->p->req;
	char		 slug[161], lat[32], lon[32];
	struct dbarg	 a[8];
	int		 rc;

	if (!f->new_place) {
		*place = f->place;
		return 0;
	}
	if (slugify(r->in[KEY_PLACE_NAME].s, slug, sizeof(slug)) == 0)
		snprintf(slug, sizeof(slug), "lieu");
	a[0] = (struct dbarg)DB_INT(f->home->id);
	a[1] = (struct dbarg)DB_STR(r->in[KEY_PLACE_NAME].s);
	a[2] = (struct dbarg)DB_STR(slug);
	a[3] = (struct dbarg)DB_STR(r->in[KEY_ADDRESS].present ?
	    r->in[KEY_ADDRESS].s : "");
	a[4] = (struct dbarg)DB_STR(r->in[KEY_POSTCODE].present ?
	    r->in[KEY_POSTCODE].s : "");
	a[5] = (struct dbarg)DB_STR(r->in[KEY_CITY].s);
	a[6] = (struct dbarg)DB_NULL;
	a[7] = (struct dbarg)DB_NULL;
	if (r->in[KEY_LATITUDE].present && r->in[KEY_LONGITUDE].present) {
		decimal_format(r->in[KEY_LATITUDE].i, lat);
		decimal_format(r->in[KEY_LONGITUDE].i, lon);
		a[6] = (struct dbarg)DB_STR(lat);
		a[7] = (struct dbarg)DB_STR(lon);
	}
	if ((rc = db_exec(f->p->app->db, STMT_PLACE_ADD, a, 8)) < 0)
		return rc;
	*place = db_last_id(f->p->app->db);
	return 0;
}

/* Stored timings keep their ids, matched in order of beginning. */
static int
save_timings(struct form *f, long long id)
{
	struct page	*p = f->p;
	struct dbarg	 a[] = { DB_INT(id) };
	xmlNodePtr	 old, n;
	char		 b[20], e[20];
	size_t		 i;
	int		 rc;

	if ((old = xmlNewNode(NULL, X("timings"))) == NULL)
		return DB_ERR;
	if ((rc = page_rows(p, STMT_TIMING_IDS, a, 1, old, "t")) < 0)
		goto out;
	n = old->children;
	for (i = 0; i < f->ntimings; i++) {
		sqltime_format(f->timings[i].begins, b);
		sqltime_format(f->timings[i].ends, e);
		if (n != NULL) {
			struct dbarg s[] = { DB_STR(b), DB_STR(e),
			    DB_INT(xml_attr_ll(n, "id")), DB_INT(id) };

			rc = db_exec(p->app->db, STMT_TIMING_SET, s, 4);
			n = n->next;
		} else {
			struct dbarg s[] = { DB_INT(id), DB_STR(b), DB_STR(e) };

			rc = db_exec(p->app->db, STMT_TIMING_ADD, s, 3);
		}
		if (rc < 0)
			goto out;
	}
	for (; n != NULL; n = n->next) {
		struct dbarg s[] = { DB_INT(xml_attr_ll(n, "id")), DB_INT(id) };

		if ((rc = db_exec(p->app->db, STMT_TIMING_DELETE, s, 2)) < 0)
			goto out;
	}
	rc = 0;
out:
	xmlFreeNode(old);
	return rc;
}

static const char *
opt(const struct kval *v, const char *otherwise)
{
	return v->present ? v->s : otherwise;
}

/* What belongs to the kind: events, annonces, dossiers. */
static int
save_kind(struct form *f, long long id)
{
	struct request	*r = f->p->req;
	struct db	*db = f->p->app->db;
	long long	 place = 0;
	size_t		 i;
	int		 rc;

	if (strcmp(f->kind, "event") == 0) {
		struct dbarg a[7];

		if ((rc = save_place(f, &place)) < 0)
			return rc;
		a[0] = (struct dbarg)DB_INT(id);
		a[1] = place != 0 ? (struct dbarg)DB_INT(place) :
		    (struct dbarg)DB_NULL;
		a[2] = (struct dbarg)DB_STR(opt(&r->in[KEY_AUDIENCE], ""));
		a[3] = (struct dbarg)DB_STR(opt(&r->in[KEY_PRICE], ""));
		a[4] = r->in[KEY_LINK].present ?
		    (struct dbarg)DB_STR(r->in[KEY_LINK].s) :
		    (struct dbarg)DB_NULL;
		a[5] = (struct dbarg)DB_STR(opt(&r->in[KEY_EVENT_STATUS],
		    "scheduled"));
		a[6] = (struct dbarg)DB_STR(opt(&r->in[KEY_MODE], "offline"));
		if ((rc = db_exec(db, STMT_EVENT_SAVE, a, 7)) < 0)
			return rc;
		return save_timings(f, id);
	}
	if (strcmp(f->kind, "annonce") == 0) {
		struct dbarg a[] = { DB_INT(id),
		    DB_STR(r->in[KEY_ANNONCE_KIND].s), DB_NULL };

		if (r->in[KEY_DEADLINE].present)
			a[2] = (struct dbarg)DB_STR(r->in[KEY_DEADLINE].s);
		return db_exec(db, STMT_ANNONCE_SAVE, a, 3) < 0 ? DB_ERR : 0;
	}
	if (strcmp(f->kind, "dossier") == 0) {
		struct dbarg a[] = { DB_INT(id) };

		if ((rc = db_exec(db, STMT_DOSSIER_CLEAR, a, 1)) < 0)
			return rc;
		for (i = 0; i < f->nelements; i++) {
			struct dbarg d[] = { DB_INT(id),
			    DB_INT(f->elements[i]), DB_INT(i + 1) };

			if ((rc = db_exec(db, STMT_DOSSIER_ADD, d, 3)) < 0)
				return rc;
		}
	}
	return 0;
}

/*
 * The tags of the form that do not exist yet, made before the
 * contribution's transaction and outside it: members publishing at the
 * same time with the same tags would otherwise lock each other (a
 * deadlock), and a tag left by a form that failed afterwards is
 * harmless.
 */
static int
tags_create(struct form *f)
{
	struct db	*db = f->p->app->db;
	size_t		 i;
	int		 rc;

	for (i = 0; i < f->ntags; i++) {
		struct dbarg k[] = { DB_STR(f->tag_slugs[i]) };
		struct dbarg t[] = { DB_STR(f->tag_slugs[i]),
		    DB_STR(f->tags[i]) };
		xmlNodePtr	 n;

		/* Most tags exist: a plain read takes no lock. */
		rc = page_lookup(f->p, STMT_TAG_BY_SLUG, k, 1, &n);
		xmlFreeNode(n);
		if (rc < 0)
			return rc;
		if (rc == 0 && (rc = db_exec(db, STMT_TAG_ADD, t, 2)) < 0)
			return rc;
	}
	return 0;
}

/* Tags and shares, replaced whole. */
static int
save_lists(struct form *f, long long id)
{
	struct db	*db = f->p->app->db;
	struct dbarg	 a[] = { DB_INT(id) };
	size_t		 i;
	int		 rc;

	if ((rc = db_exec(db, STMT_CONTRIB_TAGS_CLEAR, a, 1)) < 0 ||
	    (rc = db_exec(db, STMT_SHARES_CLEAR, a, 1)) < 0)
		return rc;
	for (i = 0; i < f->ntags; i++) {
		struct dbarg ct[] = { DB_INT(id), DB_STR(f->tag_slugs[i]) };

		if ((rc = db_exec(db, STMT_CONTRIB_TAG_ADD, ct, 2)) < 0)
			return rc;
	}
	for (i = 0; i < f->nshares; i++) {
		struct dbarg s[] = { DB_INT(id), DB_INT(f->shares[i]->id) };

		if ((rc = db_exec(db, STMT_SHARE_ADD, s, 2)) < 0)
			return rc;
	}
	return 0;
}

/* The contribution's own row: inserted (*id set) or updated. */
static int
save_row(struct form *f, const struct stored *s, const char *image,
    const char *attachment, const char *attachment_name, long long *id)
{
	struct request	*r = f->p->req;
	struct db	*db = f->p->app->db;
	char		 slug[201];
	struct dbarg	 a[13];
	size_t		 n = 0;
	int		 rc;

	if (slugify(r->in[KEY_TITLE].s, slug, sizeof(slug)) == 0)
		snprintf(slug, sizeof(slug), "%s", kind_segment(f->kind));
	if (s->row == NULL) {
		a[n++] = (struct dbarg)DB_STR(f->kind);
		a[n++] = (struct dbarg)DB_INT(f->home->id);
		a[n++] = (struct dbarg)DB_INT(f->p->viewer_id);
	} else
		a[n++] = (struct dbarg)DB_INT(f->home->id);
	a[n++] = f->structure != 0 ? (struct dbarg)DB_INT(f->structure) :
	    (struct dbarg)DB_NULL;
	a[n++] = (struct dbarg)DB_INT(f->theme);
	a[n++] = (struct dbarg)DB_STR(r->in[KEY_TITLE].s);
	a[n++] = (struct dbarg)DB_STR(slug);
	a[n++] = (struct dbarg)DB_STR(opt(&r->in[KEY_SUMMARY], ""));
	a[n++] = (struct dbarg)DB_STR(r->in[KEY_BODY].s);
	a[n++] = image != NULL ? (struct dbarg)DB_STR(image) :
	    (struct dbarg)DB_NULL;
	a[n++] = image != NULL ? (struct dbarg)DB_STR(r->in[KEY_IMAGE_ALT].s) :
	    (struct dbarg)DB_NULL;
	a[n++] = attachment != NULL ? (struct dbarg)DB_STR(attachment) :
	    (struct dbarg)DB_NULL;
	a[n++] = attachment != NULL ? (struct dbarg)DB_STR(attachment_name) :
	    (struct dbarg)DB_NULL;
	if (s->row == NULL) {
		if ((rc = db_exec(db, STMT_CONTRIB_INSERT, a, n)) < 0)
			return rc;
		*id = db_last_id(db);
		return 0;
	}
	a[n++] = (struct dbarg)DB_INT(s->id);
	*id = s->id;
	return db_exec(db, STMT_CONTRIB_UPDATE, a, n) < 0 ? DB_ERR : 0;
}

/* The status the button asks for; a published contribution whose
 * listing changed is listed again. */
static int
save_status(struct form *f, const struct stored *s, const char *action,
    long long id)
{
	int	 was = s->row != NULL && strcmp(s->status, "published") == 0;
	int	 rc;

	if (strcmp(action, "publier") == 0) {
		if (!was)
			return contrib_publish(f->p, id);
		if ((rc = listing_remove(f->p, id)) < 0)
			return rc;
		return listing_add(f->p, id);
	}
	return was ? contrib_unpublish(f->p, id, NULL) : 0;
}

/*
 * Writes the form: files first (moved to their names), then one
 * transaction; the files it replaced go once it is committed.  0 and
 * *id, or an HTTP status.
 */
static int
form_save(struct form *f, const struct stored *s, const char *action,
    long long *id)
{
	struct page	*p = f->p;
	struct db	*db = p->app->db;
	const char	*media = config_str(&p->app->conf, CONF_MEDIA_DIR);
	const char	*image = NULL, *attachment = NULL, *aname = NULL;
	const char	*new_image = NULL, *new_attachment = NULL;
	const xmlChar	*gone_image = NULL, *gone_attachment = NULL;
	xmlChar		*kept_name = NULL;
	int		 rc;

	if ((rc = tags_create(f)) < 0 || (rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	if (f->image) {
		if ((rc = file_keep(f, KEY_IMAGE, &new_image)) < 0)
			goto fail;
		image = new_image;
		gone_image = s->image;
	} else if (f->no_image)
		gone_image = s->image;
	else
		image = (const char *)s->image;
	if (f->attachment) {
		if ((rc = file_keep(f, KEY_ATTACHMENT, &new_attachment)) < 0)
			goto fail;
		attachment = new_attachment;
		aname = upload_get(p->req, KEY_ATTACHMENT)->name;
		gone_attachment = s->attachment;
	} else if (s->attachment != NULL) {
		attachment = (const char *)s->attachment;
		kept_name = xmlGetProp(s->row, X("attachment-name"));
		aname = kept_name != NULL ? (const char *)kept_name : "";
	}
	rc = save_row(f, s, image, attachment, aname, id);
	xmlFree(kept_name);
	if (rc < 0 || (rc = media_forget(p, gone_image)) < 0 ||
	    (rc = media_forget(p, gone_attachment)) < 0 ||
	    (rc = save_lists(f, *id)) < 0 || (rc = save_kind(f, *id)) < 0 ||
	    (rc = save_status(f, s, action, *id)) < 0 ||
	    (rc = db_commit(db)) != DB_OK)
		goto fail;
	if (gone_image != NULL)
		media_remove(media, (const char *)gone_image);
	if (gone_attachment != NULL)
		media_remove(media, (const char *)gone_attachment);
	return 0;
fail:
	db_rollback(db);
	if (new_image != NULL)
		media_remove(media, new_image);
	if (new_attachment != NULL)
		media_remove(media, new_attachment);
	return page_db_status(rc);
}

/* ==================================================================
 * The form page: new and existing contributions
 * ================================================================== */

/* Where a save leads: the published page, or the form again (saying
 * whether it was taken offline). */
static int
after_save(struct page *p, const char *action, int was_published,
    long long id)
{
	struct dbarg	 a[] = { DB_INT(id) };
	xmlNodePtr	 n;
	xmlChar		*url = NULL;
	char		 to[300];
	int		 rc;

	if (strcmp(action, "publier") == 0) {
		if ((rc = page_lookup(p, STMT_CONTRIB_BRIEF, a, 1, &n)) > 0)
			url = xmlGetProp(n, X("url"));
		snprintf(to, sizeof(to), "%s", url != NULL ?
		    (const char *)url : "/compte/contributions");
		xmlFree(url);
		xmlFreeNode(n);
	} else
		snprintf(to, sizeof(to),
		    "/contributions/%lld/modifier?message=%s", id,
		    was_published ? "unpublished" : "draft-saved");
	return page_see_other(p, to);
}

/* The button pressed; anything else previews (nothing stored). */
static const char *
form_action(const struct page *p)
{
	static const char *const known[] = { "brouillon", "publier",
	    "depublier", NULL };
	const struct kval *v = &p->req->in[KEY_ACTION];
	size_t		 i;

	for (i = 0; v->present && known[i] != NULL; i++)
		if (strcmp(v->s, known[i]) == 0)
			return known[i];
	return "apercu";
}

/*
 * GET shows the form (empty, or with what is stored); POST checks it,
 * then previews, or saves and goes on.  `s->row` is NULL for a new one.
 */
static int
contribution_form(struct page *p, struct stored *s, const char *kind)
{
	struct form	*f;
	const char	*action;
	char		 slug[48];
	long long	 home;
	int		 rc;

	if ((rc = contrib_begin(p, "contribution-form")) != 0)
		return rc;
	xml_attr(p->root, "kind", kind);
	if ((f = calloc(1, sizeof(*f))) == NULL)
		return 500;
	f->p = p;
	f->kind = kind;
	f->fields = xml_child(p->root, "fields");
	if (strcmp(kind, "event") == 0)
		f->timings_el = xml_child(p->root, "timings");
	if (strcmp(kind, "dossier") == 0)
		f->elements_el = xml_child(p->root, "elements");
	home = s->territory;

	if (p->req->method != METHOD_POST) {
		if (s->row != NULL)
			rc = form_from_stored(f, s);
		else if ((rc = viewer_home(p, &home, slug, sizeof(slug))) == 0)
			field_put(f->fields, key_name(KEY_TERRITORY), slug,
			    NULL);
		if (rc == 0)
			rc = form_context(f, s, home);
		rc = rc < 0 ? page_db_status(rc) : 0;
		goto out;
	}
	if (!form_csrf_ok(p)) {
		rc = 403;
		goto out;
	}
	action = form_action(p);
	if ((rc = form_check(f, s)) < 0) {
		rc = page_db_status(rc);
		goto out;
	}
	if (f->home != NULL)
		home = f->home->id;
	else if (home == 0 && (rc = viewer_home(p, &home, slug,
	    sizeof(slug))) < 0) {
		rc = page_db_status(rc);
		goto out;
	}
	/* Taken offline by the territory team: back online by them only,
	 * and not moved to another territory's team meanwhile. */
	if (s->moderated && !page_is_editor(p, (unsigned int)s->territory) &&
	    (strcmp(action, "publier") == 0 ||
	    (home != 0 && home != s->territory))) {
		form_message(p, "moderated");
		f->bad = 1;
	}
	if (strcmp(action, "apercu") == 0 || f->bad) {
		if (strcmp(action, "apercu") == 0)
			form_preview(f);
		if ((rc = form_context(f, s, home)) < 0) {
			rc = page_db_status(rc);
			goto out;
		}
		rc = form_again(p, f->bad ? 400 : 200);
		goto out;
	}
	{
		long long	 id = 0;

		if ((rc = form_save(f, s, action, &id)) == 0)
			rc = after_save(p, action, s->row != NULL &&
			    strcmp(s->status, "published") == 0, id);
	}
out:
	free(f);
	return rc;
}

/* ==================================================================
 * Handlers
 * ================================================================== */

/* GET /contribuer: what to write. */
int
page_contribute(struct page *p)
{
	if (p->viewer_id == 0)
		return form_login_first(p, "/contribuer");
	return contrib_begin(p, "contribute");
}

/* GET and POST /contribuer/<kind>. */
int
page_contribution_new(struct page *p)
{
	struct stored	 s;
	char		 back[64];

	if (p->viewer_id == 0) {
		snprintf(back, sizeof(back), "/contribuer/%s",
		    kind_segment(p->kind));
		return form_login_first(p, back);
	}
	memset(&s, 0, sizeof(s));
	return contribution_form(p, &s, p->kind);
}

/* GET and POST /contributions/:id/modifier. */
int
page_contribution_edit(struct page *p)
{
	struct stored	 s;
	char		 back[64];
	int		 rc;

	snprintf(back, sizeof(back), "/contributions/%lld/modifier", p->id);
	memset(&s, 0, sizeof(s));
	if ((rc = stored_editable(p, &s, back)) == 0)
		rc = contribution_form(p, &s, s.kind);
	stored_free(&s);
	return rc;
}

/* The contribution a delete page is about. */
static void
delete_doc(struct page *p, const struct stored *s)
{
	xmlNodePtr	 c = xml_child(p->root, "contribution");
	xmlChar		*v;
	char		 edit[64];

	xml_attr_int(c, "id", s->id);
	xml_attr(c, "kind", s->kind);
	xml_attr(c, "status", s->status);
	if ((v = xmlGetProp(s->row, X("url"))) != NULL)
		xml_attr(c, "url", (const char *)v);
	xmlFree(v);
	snprintf(edit, sizeof(edit), "/contributions/%lld/modifier", s->id);
	xml_attr(c, "edit", edit);
	if ((v = xmlGetProp(s->row, X("title"))) != NULL)
		xml_text(c, "title", (const char *)v);
	xmlFree(v);
}

/* Removes the contribution, its listing and counters, its media. */
static int
contribution_remove(struct page *p, const struct stored *s)
{
	struct db	*db = p->app->db;
	const char	*media = config_str(&p->app->conf, CONF_MEDIA_DIR);
	struct dbarg	 a[] = { DB_INT(s->id) };
	struct dbarg	 r[] = { DB_INT(s->id), DB_INT(s->id) };
	char		 st[16];
	int		 rc;

	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	if ((rc = status_lock(p, s->id, st, sizeof(st))) < 0 ||
	    (strcmp(st, "published") == 0 &&
	    (rc = listing_remove(p, s->id)) < 0) ||
	    (rc = media_forget(p, s->image)) < 0 ||
	    (rc = media_forget(p, s->attachment)) < 0 ||
	    (rc = db_exec(db, STMT_CONTRIB_REPORTS_DROP, r, 2)) < 0 ||
	    (rc = db_exec(db, STMT_CONTRIB_DELETE, a, 1)) < 0 ||
	    (rc = db_commit(db)) != DB_OK) {
		db_rollback(db);
		return page_db_status(rc);
	}
	if (s->image != NULL)
		media_remove(media, (const char *)s->image);
	if (s->attachment != NULL)
		media_remove(media, (const char *)s->attachment);
	return page_see_other(p, "/compte/contributions?message=deleted");
}

/* GET and POST /contributions/:id/supprimer: asks, then deletes. */
int
page_contribution_delete(struct page *p)
{
	struct stored	 s;
	char		 back[64];
	int		 rc;

	snprintf(back, sizeof(back), "/contributions/%lld/supprimer", p->id);
	memset(&s, 0, sizeof(s));
	if ((rc = stored_editable(p, &s, back)) != 0)
		goto out;
	if ((rc = contrib_begin(p, "contribution-delete")) != 0)
		goto out;
	delete_doc(p, &s);
	if (p->req->method != METHOD_POST)
		goto out;
	if (!form_csrf_ok(p)) {
		rc = 403;
		goto out;
	}
	if (!p->req->in[KEY_CONFIRM].present ||
	    p->req->in[KEY_CONFIRM].i != 1) {
		form_field(p, xml_child(p->root, "fields"), KEY_CONFIRM,
		    "required");
		rc = form_again(p, 400);
		goto out;
	}
	rc = contribution_remove(p, &s);
out:
	stored_free(&s);
	return rc;
}

/* GET /compte/contributions: every status, newest change first. */
int
page_my_contributions(struct page *p)
{
	xmlNodePtr	 list;
	long long	 ct, cid;
	int		 rc;

	if (p->viewer_id == 0)
		return form_login_first(p, "/compte/contributions");
	if ((rc = contrib_begin(p, "my-contributions")) != 0)
		return rc;
	list = page_section(p, "list");
	page_cursor_before(p, &ct, &cid);
	{
		struct dbarg a[] = { DB_INT(p->viewer_id), DB_INT(ct),
		    DB_INT(ct), DB_INT(cid), DB_INT(MY_LIMIT + 1) };

		if ((rc = page_rows(p, STMT_MY_CONTRIBUTIONS, a, 5, list,
		    "item")) < 0)
			return page_db_status(rc);
	}
	page_paginate(p, list, rc, MY_LIMIT, "avant", "@id");
	return 0;
}
