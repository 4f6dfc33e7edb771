/*
 * Structures run by members (museums, labs, associations, companies…): a
 * member creates one and becomes its first editor; its editors, and the
 * team of its territory, edit it, delete it and choose its other editors.
 * The structures a member edits are what the session lists
 * (structure_editors, p->viewer_structs): a contribution can be signed by
 * one of them.
 *
 *   GET/POST /structures/nouvelle        the form, empty
 *   GET/POST /structures/:id/modifier    the form, filled; action=supprimer
 *                                        with confirmer=1 deletes
 *   POST     /structures/:id/editeurs    adds an editor (courriel), or
 *                                        removes one (membre,
 *                                        action=retirer)
 *
 * The document: <page type="structure-edit" mode="new|edit"> with <csrf>,
 * <fields><field name value error/></fields> (the stored values, or what
 * was sent), <message code/>, and when editing <current id url
 * territory><name/><logo src/></current> and <editors><editor id url
 * self><name/></editor></editors>.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "pages.h"
#include "upload.h"
#include "util.h"
#include "xml.h"

#define DESCRIPTION_MAX	10000	/* characters of Markdown */
#define NAME_MAX_CHARS	100	/* what the "nom" key accepts */
/* Unknown addresses tried when adding editors, per member and quarter of
 * an hour (the window of the throttle table). */
#define EDITOR_MISSES_MAX 10

/* What a valid form says. */
struct sform {
	const struct territory *terr;
	const char	*kind;
	const char	*name;
	const char	*desc;		/* NULL: none */
	const char	*site;		/* NULL: none */
	int		 has_place;	/* an address, a city, coordinates */
	const char	*address;
	const char	*postcode;
	const char	*city;
	int		 has_coords;
	long long	 lat, lon;	/* millionths of a degree */
	int		 new_logo;	/* a file was sent */
	int		 drop_logo;	/* sans_image=1 */
};

/* The text of a child of a row (page_lookup), or "". */
static const char *
row_text(xmlNodePtr row, const char *name)
{
	xmlNodePtr	 n;

	if (row == NULL || (n = xml_find(row, name)) == NULL ||
	    n->children == NULL || n->children->content == NULL)
		return "";
	return (const char *)n->children->content;
}

/* An attribute of a row as a C string the caller frees, never NULL. */
static char *
row_attr(xmlNodePtr row, const char *name)
{
	xmlChar	*v = xmlGetProp(row, X(name));
	char	*s = strdup(v != NULL ? (const char *)v : "");

	xmlFree(v);
	return s;
}

/* Nothing but spaces. */
static int
blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return 0;
	return 1;
}

/* Millionths of a degree as DECIMAL(9,6) writes them. */
static void
coord_format(long long v, char out[24])
{
	snprintf(out, 24, "%s%lld.%06lld", v < 0 ? "-" : "",
	    (v < 0 ? -v : v) / 1000000, (v < 0 ? -v : v) % 1000000);
}

/* The form's page: its frame, its token; the viewer's own page, never
 * cached. */
static int
edit_begin(struct page *p, const char *mode)
{
	if (page_begin(p, "structure-edit") == -1)
		return -1;
	p->xsl = "structure-edit";
	p->max_age = -1;
	xml_attr(p->root, "mode", mode);
	form_token(p);
	return 0;
}

/* <field name value/> with a stored value. */
static void
field_value(xmlNodePtr fields, const char *name, const char *v)
{
	xmlNodePtr	 f = xml_child(fields, "field");

	xml_attr(f, "name", name);
	if (v != NULL && v[0] != '\0')
		xml_attr(f, "value", v);
}

/* The structure being edited: what the form shows besides its fields. */
static int
edit_current(struct page *p, xmlNodePtr cur)
{
	xmlNodePtr	 c = xml_child(p->root, "current"), e;
	char		*v;
	int		 rc;

	v = row_attr(cur, "id");
	xml_attr(c, "id", v);
	free(v);
	v = row_attr(cur, "url");
	xml_attr(c, "url", v);
	free(v);
	v = row_attr(cur, "territory");
	xml_attr(c, "territory", v);
	free(v);
	xml_text(c, "name", row_text(cur, "name"));
	if (row_text(cur, "logo")[0] != '\0')
		xml_attr(xml_child(c, "logo"), "src", row_text(cur, "logo"));
	{
		struct dbarg a[] = { DB_INT(p->id) };

		if ((rc = page_rows(p, STMT_SE_EDITORS, a, 1,
		    page_section(p, "editors"), "editor")) < 0)
			return page_db_status(rc);
	}
	for (e = xml_find(p->root, "editors")->children; e != NULL;
	    e = e->next)
		if (xml_attr_ll(e, "id") == p->viewer_id)
			xml_attr(e, "self", "1");
	return 0;
}

/* The form filled with what is stored. */
static void
edit_stored(struct page *p, xmlNodePtr cur)
{
	xmlNodePtr	 fields = form_fields(p);
	static const char *const cols[][2] = {
		{ "nom", "name" }, { "texte", "description" },
		{ "site", "website" }, { "adresse", "address" },
		{ "code_postal", "postcode" }, { "ville", "city" },
		{ "latitude", "latitude" }, { "longitude", "longitude" },
	};
	char		*v;
	size_t		 i;

	v = row_attr(cur, "kind");
	field_value(fields, "type_structure", v);
	free(v);
	v = row_attr(cur, "territory");
	field_value(fields, "territoire", v);
	free(v);
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		field_value(fields, cols[i][0], row_text(cur, cols[i][1]));
}

/* Shows a message code known to the form (from a redirect). */
static void
edit_message(struct page *p)
{
	static const char *const known[] = { "editor-added",
	    "editor-removed", "editor-already", NULL };
	size_t	 i;

	if (!p->req->in[KEY_MESSAGE].present)
		return;
	for (i = 0; known[i] != NULL; i++)
		if (strcmp(known[i], p->req->in[KEY_MESSAGE].s) == 0)
			form_message(p, known[i]);
}

/* One field of the form again: what was sent, and what is wrong. */
static int
check(struct page *p, xmlNodePtr fields, enum key k, const char *err)
{
	form_field(p, fields, k, err);
	return err != NULL;
}

/* The error of a one-line text key: required, too long, or invalid. */
static const char *
line_error(const struct kval *v, int required, size_t max)
{
	if (v->invalid)
		return utf8_chars(v->s, v->len) > max ? "too-long" : "invalid";
	if (required && (!v->present || blank(v->s)))
		return "required";
	return NULL;
}

/* Reads and checks the form; the number of fields in error. */
static int
form_check(struct page *p, struct sform *f)
{
	struct request	*r = p->req;
	const struct kval *in = r->in;
	xmlNodePtr	 fields = form_fields(p), fe;
	const char	*err;
	size_t		 n;
	int		 bad = 0;

	memset(f, 0, sizeof(*f));

	if (in[KEY_NAME].invalid) {
		n = utf8_chars(in[KEY_NAME].s, in[KEY_NAME].len);
		err = n > NAME_MAX_CHARS ? "too-long" : n < 2 ? "too-short" :
		    "invalid";
	} else
		err = line_error(&in[KEY_NAME], 1, NAME_MAX_CHARS);
	bad += check(p, fields, KEY_NAME, err);
	f->name = in[KEY_NAME].s;

	bad += check(p, fields, KEY_STRUCT_KIND, in[KEY_STRUCT_KIND].present ?
	    NULL : in[KEY_STRUCT_KIND].invalid ? "invalid" : "required");
	f->kind = in[KEY_STRUCT_KIND].s;

	if (in[KEY_TERRITORY].present) {
		f->terr = app_territory(p->app, in[KEY_TERRITORY].s);
		if (f->terr != NULL && f->terr->is_network)
			f->terr = NULL;
		err = f->terr == NULL ? "invalid" : NULL;
	} else
		err = "required";
	bad += check(p, fields, KEY_TERRITORY, err);

	/* Descriptions are shorter than bodies: a profile, not an article. */
	if (in[KEY_BODY].invalid)
		err = utf8_chars(in[KEY_BODY].s, in[KEY_BODY].len) >
		    DESCRIPTION_MAX ? "too-long" : "invalid";
	else if (in[KEY_BODY].present &&
	    utf8_chars(in[KEY_BODY].s, in[KEY_BODY].len) > DESCRIPTION_MAX)
		err = "too-long";
	else
		err = NULL;
	bad += check(p, fields, KEY_BODY, err);
	if (in[KEY_BODY].present && !blank(in[KEY_BODY].s))
		f->desc = in[KEY_BODY].s;

	bad += check(p, fields, KEY_WEBSITE, in[KEY_WEBSITE].invalid ?
	    "invalid" : NULL);
	if (in[KEY_WEBSITE].present)
		f->site = in[KEY_WEBSITE].s;

	/* The address: a city at least, and both coordinates or none. */
	f->has_place = in[KEY_ADDRESS].present || in[KEY_POSTCODE].present ||
	    in[KEY_CITY].present || in[KEY_LATITUDE].present ||
	    in[KEY_LONGITUDE].present;
	bad += check(p, fields, KEY_ADDRESS, line_error(&in[KEY_ADDRESS], 0,
	    255));
	bad += check(p, fields, KEY_POSTCODE, in[KEY_POSTCODE].invalid ?
	    "invalid" : NULL);
	bad += check(p, fields, KEY_CITY, line_error(&in[KEY_CITY],
	    f->has_place, 100));
	bad += check(p, fields, KEY_LATITUDE, in[KEY_LATITUDE].invalid ?
	    "invalid" : !in[KEY_LATITUDE].present && in[KEY_LONGITUDE].present ?
	    "required" : NULL);
	bad += check(p, fields, KEY_LONGITUDE, in[KEY_LONGITUDE].invalid ?
	    "invalid" : !in[KEY_LONGITUDE].present && in[KEY_LATITUDE].present ?
	    "required" : NULL);
	f->address = in[KEY_ADDRESS].present ? in[KEY_ADDRESS].s : "";
	f->postcode = in[KEY_POSTCODE].present ? in[KEY_POSTCODE].s : "";
	f->city = in[KEY_CITY].present ? in[KEY_CITY].s : "";
	f->has_coords = in[KEY_LATITUDE].present && in[KEY_LONGITUDE].present;
	f->lat = in[KEY_LATITUDE].i;
	f->lon = in[KEY_LONGITUDE].i;

	/* The logo: a file the upload refused says why. */
	if (in[KEY_IMAGE].invalid) {
		fe = xml_child(fields, "field");
		xml_attr(fe, "name", "image");
		xml_attr(fe, "error", upload_error_code(r, KEY_IMAGE));
		bad++;
	}
	f->new_logo = in[KEY_IMAGE].present && upload_get(r, KEY_IMAGE) != NULL;
	f->drop_logo = in[KEY_NO_IMAGE].present && in[KEY_NO_IMAGE].i == 1;
	if (f->drop_logo)
		form_field(p, fields, KEY_NO_IMAGE, NULL);
	return bad;
}

/* Is the structure's place used by anything else (an event, another
 * structure, the places to visit)?  1, 0, or a DB_ code. */
static int
place_shared(struct page *p, long long place, long long id)
{
	struct dbarg	 a[] = { DB_INT(place), DB_INT(place), DB_INT(id),
	    DB_INT(place) };
	xmlNodePtr	 n;
	int		 rc;

	if ((rc = page_lookup(p, STMT_SE_PLACE_SHARED, a, 4, &n)) > 0)
		rc = xml_attr_ll(n, "n") > 0;
	xmlFreeNode(n);
	return rc;
}

/* The stored address is the one sent. */
static int
place_same(xmlNodePtr cur, const struct sform *f)
{
	char	 lat[24] = "", lon[24] = "";

	if (f->has_coords) {
		coord_format(f->lat, lat);
		coord_format(f->lon, lon);
	}
	return strcmp(row_text(cur, "address"), f->address) == 0 &&
	    strcmp(row_text(cur, "postcode"), f->postcode) == 0 &&
	    strcmp(row_text(cur, "city"), f->city) == 0 &&
	    strcmp(row_text(cur, "latitude"), lat) == 0 &&
	    strcmp(row_text(cur, "longitude"), lon) == 0;
}

/*
 * The structure's place, inside the caller's transaction: *place is the
 * place to link (0: none).  A place of the structure's own is changed in
 * place; one that is shared is never changed: a new one is made.
 */
static int
place_save(struct page *p, const struct sform *f, long long id,
    xmlNodePtr cur, long long *place)
{
	long long	 old = cur != NULL ? xml_attr_ll(cur, "place") : 0;
	char		 slug[81];
	int		 shared = 0, rc;

	*place = 0;
	if (old != 0 && (shared = place_shared(p, old, id)) < 0)
		return shared;
	if (!f->has_place) {
		/* A place of its own, no longer its address, goes. */
		if (old != 0 && !shared) {
			struct dbarg a[] = { DB_INT(old) };

			if ((rc = db_exec(p->app->db, STMT_SE_PLACE_DELETE, a,
			    1)) < 0)
				return rc;
		}
		return 0;
	}
	if (old != 0 && shared && place_same(cur, f)) {
		*place = old;
		return 0;
	}
	if (slugify(f->name, slug, sizeof(slug)) == 0)
		snprintf(slug, sizeof(slug), "lieu");
	{
		struct dbarg a[] = { DB_INT(f->terr->id), DB_STR(f->name),
		    DB_STR(slug), DB_STR(f->address), DB_STR(f->postcode),
		    DB_STR(f->city),
		    f->has_coords ? (struct dbarg)DB_INT(f->lat) :
		    (struct dbarg)DB_NULL,
		    f->has_coords ? (struct dbarg)DB_INT(f->lon) :
		    (struct dbarg)DB_NULL, DB_INT(old) };

		if (old != 0 && !shared) {
			if ((rc = db_exec(p->app->db, STMT_SE_PLACE_UPDATE, a,
			    9)) < 0)
				return rc;
			*place = old;
			return 0;
		}
		if ((rc = db_exec(p->app->db, STMT_SE_PLACE_NEW, a, 8)) < 0)
			return rc;
	}
	*place = db_last_id(p->app->db);
	return 0;
}

/*
 * Creates (id 0) or updates the structure from a valid form, all or
 * nothing: the place, the row, its first editor, the logo's file and its
 * media row.  A replaced logo's file goes once the rest is stored.
 * Returns the 303 to the structure's page, or an HTTP status.
 */
static int
structure_save(struct page *p, const struct sform *f, long long id,
    xmlNodePtr cur)
{
	struct request	*r = p->req;
	const char	*dir = config_str(&p->app->conf, CONF_MEDIA_DIR);
	const struct upload *up = NULL;
	char		*old = NULL, logo[512] = "", slug[81];
	char		 to[256];
	long long	 place;
	int		 rc, status = 0;

	if (slugify(f->name, slug, sizeof(slug)) == 0)
		snprintf(slug, sizeof(slug), "structure");
	if (cur != NULL && row_text(cur, "logo")[0] != '\0') {
		if ((old = strdup(row_text(cur, "logo"))) == NULL)
			return 500;
		if (!f->new_logo && !f->drop_logo)
			snprintf(logo, sizeof(logo), "%s", old);
	}
	if (f->new_logo) {
		const char *u;

		up = upload_get(r, KEY_IMAGE);
		if ((u = upload_keep(r, KEY_IMAGE, dir)) == NULL) {
			free(old);
			return 500;
		}
		snprintf(logo, sizeof(logo), "%s", u);
	}

	if ((rc = page_write_begin(p)) != DB_OK)
		goto fail;
	if (id != 0) {
		struct dbarg a[] = { DB_INT(id) };
		xmlNodePtr n;

		rc = page_lookup(p, STMT_SE_LOCK, a, 1, &n);
		xmlFreeNode(n);
		if (rc <= 0) {
			status = rc == 0 ? 404 : 0;
			goto fail;
		}
	}
	if ((rc = place_save(p, f, id, cur, &place)) < 0)
		goto fail;
	{
		struct dbarg a[] = { DB_INT(f->terr->id), DB_STR(f->kind),
		    DB_STR(f->name), DB_STR(slug),
		    f->desc != NULL ? (struct dbarg)DB_STR(f->desc) :
		    (struct dbarg)DB_NULL,
		    f->site != NULL ? (struct dbarg)DB_STR(f->site) :
		    (struct dbarg)DB_NULL,
		    logo[0] != '\0' ? (struct dbarg)DB_STR(logo) :
		    (struct dbarg)DB_NULL,
		    place != 0 ? (struct dbarg)DB_INT(place) :
		    (struct dbarg)DB_NULL,
		    id != 0 ? (struct dbarg)DB_INT(id) :
		    (struct dbarg)DB_INT(p->viewer_id) };

		if ((rc = db_exec(p->app->db, id != 0 ? STMT_SE_UPDATE :
		    STMT_SE_CREATE, a, 9)) < 0)
			goto fail;
	}
	if (id == 0) {
		id = db_last_id(p->app->db);
		{
			struct dbarg a[] = { DB_INT(id), DB_INT(p->viewer_id) };

			if ((rc = db_exec(p->app->db, STMT_SE_EDITOR_ADD, a,
			    2)) < 0)
				goto fail;
		}
	}
	if (f->new_logo) {
		struct dbarg a[] = { DB_INT(p->viewer_id), DB_STR(logo),
		    DB_STR(up->mime), DB_INT(up->size), DB_STR(up->name) };

		if ((rc = db_exec(p->app->db, STMT_SE_MEDIA_ADD, a, 5)) < 0)
			goto fail;
	}
	if (old != NULL && (f->new_logo || f->drop_logo)) {
		struct dbarg a[] = { DB_STR(old) };

		if ((rc = db_exec(p->app->db, STMT_SE_MEDIA_DELETE, a, 1)) < 0)
			goto fail;
	}
	if ((rc = db_commit(p->app->db)) != DB_OK)
		goto fail;
	if (old != NULL && (f->new_logo || f->drop_logo))
		(void)media_remove(dir, old);	/* not ours: not a /media/ URL */
	free(old);
	snprintf(to, sizeof(to), "/%s/structures/%lld-%s?message=%s",
	    f->terr->slug, id, slug, cur != NULL ? "structure-saved" :
	    "structure-created");
	return page_see_other(p, to);
fail:
	db_rollback(p->app->db);
	if (f->new_logo && logo[0] != '\0')
		(void)media_remove(dir, logo);
	free(old);
	return status != 0 ? status : page_db_status(rc);
}

/*
 * Deletes the structure: hidden from its territory, its page gone; what
 * it signed stays, signed by nobody; nobody edits it any more (the
 * contribution form no longer offers it); its logo goes.
 */
static int
structure_delete(struct page *p, xmlNodePtr cur)
{
	const char	*dir = config_str(&p->app->conf, CONF_MEDIA_DIR);
	const char	*logo = row_text(cur, "logo");
	struct dbarg	 a[] = { DB_INT(p->id) };
	struct dbarg	 l[] = { DB_STR(logo) };
	xmlNodePtr	 n;
	char		*tslug, to[128];
	int		 rc;

	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	rc = page_lookup(p, STMT_SE_LOCK, a, 1, &n);
	xmlFreeNode(n);
	if (rc <= 0) {
		db_rollback(p->app->db);
		return rc == 0 ? 404 : page_db_status(rc);
	}
	if ((rc = db_exec(p->app->db, STMT_SE_UNSIGN, a, 1)) < 0 ||
	    (rc = db_exec(p->app->db, STMT_SE_EDITORS_CLEAR, a, 1)) < 0 ||
	    (rc = db_exec(p->app->db, STMT_SE_DELETE, a, 1)) < 0 ||
	    (logo[0] != '\0' &&
	    (rc = db_exec(p->app->db, STMT_SE_MEDIA_DELETE, l, 1)) < 0) ||
	    (rc = db_commit(p->app->db)) != DB_OK) {
		db_rollback(p->app->db);
		return page_db_status(rc);
	}
	if (logo[0] != '\0')
		(void)media_remove(dir, logo);
	tslug = row_attr(cur, "territory");
	snprintf(to, sizeof(to), "/%s/structures/?message=structure-deleted",
	    tslug);
	free(tslug);
	return page_see_other(p, to);
}

/*
 * The structure of p->id, if the viewer may edit it: one of its editors
 * or on its territory's team.  Returns 0 with *cur (the caller frees it),
 * or an HTTP status: 404, 403.  The database has the last word on
 * editors: the session lists 32 structures at most.
 */
static int
structure_load(struct page *p, xmlNodePtr *cur)
{
	struct dbarg	 a[] = { DB_INT(p->id) };
	struct dbarg	 b[] = { DB_INT(p->id), DB_INT(p->viewer_id) };
	xmlNodePtr	 n;
	int		 rc;

	if ((rc = page_lookup(p, STMT_SE_GET, a, 1, cur)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if (page_edits_structure(p, (unsigned int)p->id) ||
	    page_is_editor(p, (unsigned int)xml_attr_ll(*cur, "tid")))
		return 0;
	rc = page_lookup(p, STMT_SE_IS_EDITOR, b, 2, &n);
	xmlFreeNode(n);
	if (rc < 0)
		return page_db_status(rc);
	return rc > 0 ? 0 : 403;
}

/* GET and POST /structures/nouvelle. */
int
page_structure_new(struct page *p)
{
	struct sform	 f;
	xmlNodePtr	 n;
	int		 rc;

	if (p->viewer_id == 0)
		return form_login_first(p, "/structures/nouvelle");
	if (p->req->method == METHOD_POST && !form_csrf_ok(p))
		return 403;
	if (edit_begin(p, "new") == -1)
		return 500;
	if (p->req->method != METHOD_POST) {
		/* The member's home territory, to begin with. */
		struct dbarg a[] = { DB_INT(p->viewer_id) };
		char	*slug;

		if ((rc = page_lookup(p, STMT_SE_HOME, a, 1, &n)) > 0) {
			slug = row_attr(n, "slug");
			field_value(form_fields(p), "territoire",
			    slug);
			free(slug);
		}
		xmlFreeNode(n);
		return rc < 0 ? page_db_status(rc) : 0;
	}
	if (form_check(p, &f) != 0)
		return form_again(p, 400);
	return structure_save(p, &f, 0, NULL);
}

/* GET and POST /structures/:id/modifier. */
int
page_structure_edit(struct page *p)
{
	struct request	*r = p->req;
	struct sform	 f;
	xmlNodePtr	 cur = NULL;
	char		 path[64];
	int		 rc;

	snprintf(path, sizeof(path), "/structures/%lld/modifier", p->id);
	if (p->viewer_id == 0)
		return form_login_first(p, path);
	if (r->method == METHOD_POST && !form_csrf_ok(p))
		return 403;
	if ((rc = structure_load(p, &cur)) != 0)
		goto out;
	/* Under its territory: its header, its colours. */
	p->terr = app_territory_id(p->app, (unsigned int)xml_attr_ll(cur, "tid"));
	if (edit_begin(p, "edit") == -1) {
		rc = 500;
		goto out;
	}
	if ((rc = edit_current(p, cur)) != 0)
		goto out;
	if (r->method != METHOD_POST) {
		edit_stored(p, cur);
		edit_message(p);
		goto out;
	}
	if (r->in[KEY_ACTION].present &&
	    strcmp(r->in[KEY_ACTION].s, "supprimer") == 0) {
		if (r->in[KEY_CONFIRM].present && r->in[KEY_CONFIRM].i == 1) {
			rc = structure_delete(p, cur);
			goto out;
		}
		edit_stored(p, cur);
		form_field(p, form_fields(p), KEY_CONFIRM,
		    "required");
		rc = form_again(p, 400);
		goto out;
	}
	if (form_check(p, &f) != 0)
		rc = form_again(p, 400);
	else
		rc = structure_save(p, &f, p->id, cur);
out:
	xmlFreeNode(cur);
	return rc;
}

/* The form again after a refused change of editors. */
static int
editors_refused(struct page *p, xmlNodePtr cur, const char *code)
{
	edit_stored(p, cur);
	form_message(p, code);
	return form_again(p, 400);
}

/*
 * Adds the active member of an address as an editor.  The answer says
 * whether such a member exists: the list of editors would tell anyway
 * once they are added, and only members who run the structure see it.
 * What keeps the form from being an oracle of who has an account is its
 * throttle: a few unknown addresses per member and quarter of an hour.
 */
static int
editor_add(struct page *p, xmlNodePtr cur)
{
	struct request	*r = p->req;
	char		 who[24], to[96];
	struct dbarg	 t[1];
	xmlNodePtr	 n;
	long long	 member = 0;
	int		 rc, misses = 0;

	snprintf(who, sizeof(who), "%u", p->viewer_id);
	{
		char	 bucket[64];

		snprintf(bucket, sizeof(bucket), "structure-editor:%s", who);
		t[0] = (struct dbarg)DB_STR(bucket);
		if ((rc = page_lookup(p, STMT_THROTTLE_GET, t, 1, &n)) > 0)
			misses = (int)xml_attr_ll(n, "n");
		xmlFreeNode(n);
		if (rc < 0)
			return page_db_status(rc);
	}
	if (misses >= EDITOR_MISSES_MAX)
		return 429;
	if (!r->in[KEY_EMAIL].present) {
		edit_stored(p, cur);
		form_field(p, form_fields(p), KEY_EMAIL,
		    r->in[KEY_EMAIL].invalid ? "invalid" : "required");
		return form_again(p, 400);
	}
	{
		struct dbarg a[] = { DB_STR(r->in[KEY_EMAIL].s) };

		if ((rc = page_lookup(p, STMT_SE_MEMBER_BY_EMAIL, a, 1,
		    &n)) > 0)
			member = xml_attr_ll(n, "id");
		xmlFreeNode(n);
		if (rc < 0)
			return page_db_status(rc);
	}
	if (member == 0) {
		(void)form_throttled(p, "structure-editor", who);
		form_field(p, form_fields(p), KEY_EMAIL,
		    "unknown");
		return editors_refused(p, cur, "editor-unknown");
	}
	{
		struct dbarg a[] = { DB_INT(p->id), DB_INT(member) };

		if ((rc = db_exec(p->app->db, STMT_SE_EDITOR_ADD, a, 2)) < 0)
			return page_db_status(rc);
	}
	snprintf(to, sizeof(to), "/structures/%lld/modifier?message=%s",
	    p->id, rc > 0 ? "editor-added" : "editor-already");
	return page_see_other(p, to);
}

/*
 * Removes an editor, never the last one: the count and the removal in
 * one transaction, the structure's row locked, so that two editors
 * removing each other cannot leave it with none.
 */
static int
editor_remove(struct page *p, xmlNodePtr cur)
{
	struct request	*r = p->req;
	long long	 member = r->in[KEY_MEMBER].i;
	struct dbarg	 a[] = { DB_INT(p->id) };
	struct dbarg	 c[] = { DB_INT(member), DB_INT(p->id) };
	struct dbarg	 d[] = { DB_INT(p->id), DB_INT(member) };
	xmlNodePtr	 n;
	const char	*refused = NULL;
	char		 to[96];
	int		 rc;

	if (!r->in[KEY_MEMBER].present)
		return editors_refused(p, cur, "not-editor");
	if ((rc = page_write_begin(p)) != DB_OK)
		return page_db_status(rc);
	rc = page_lookup(p, STMT_SE_LOCK, a, 1, &n);
	xmlFreeNode(n);
	if (rc <= 0) {
		db_rollback(p->app->db);
		return rc == 0 ? 404 : page_db_status(rc);
	}
	if ((rc = page_lookup(p, STMT_SE_EDITOR_COUNT, c, 2, &n)) > 0) {
		if (xml_attr_ll(n, "has") == 0)
			refused = "not-editor";
		else if (xml_attr_ll(n, "n") <= 1)
			refused = "last-editor";
	}
	xmlFreeNode(n);
	if (rc < 0 || refused != NULL ||
	    (rc = db_exec(p->app->db, STMT_SE_EDITOR_REMOVE, d, 2)) < 0 ||
	    (rc = db_commit(p->app->db)) != DB_OK) {
		db_rollback(p->app->db);
		return refused != NULL ? editors_refused(p, cur, refused) :
		    page_db_status(rc);
	}
	/* Who removed themself and is not on the territory's team can no
	 * longer edit: to the structure's page. */
	if (member == p->viewer_id &&
	    !page_is_editor(p, (unsigned int)xml_attr_ll(cur, "tid"))) {
		char	*url = row_attr(cur, "url");

		snprintf(to, sizeof(to), "%s?message=editor-left", url);
		free(url);
	} else
		snprintf(to, sizeof(to), "/structures/%lld/modifier"
		    "?message=editor-removed", p->id);
	return page_see_other(p, to);
}

/* POST /structures/:id/editeurs. */
int
page_structure_editors(struct page *p)
{
	struct request	*r = p->req;
	xmlNodePtr	 cur = NULL;
	char		 path[64];
	int		 rc;

	snprintf(path, sizeof(path), "/structures/%lld/modifier", p->id);
	if (p->viewer_id == 0)
		return form_login_first(p, path);
	if (!form_csrf_ok(p))
		return 403;
	if ((rc = structure_load(p, &cur)) != 0)
		goto out;
	p->terr = app_territory_id(p->app, (unsigned int)xml_attr_ll(cur, "tid"));
	if (edit_begin(p, "edit") == -1) {
		rc = 500;
		goto out;
	}
	if ((rc = edit_current(p, cur)) != 0)
		goto out;
	if (r->in[KEY_ACTION].present &&
	    strcmp(r->in[KEY_ACTION].s, "retirer") == 0)
		rc = editor_remove(p, cur);
	else
		rc = editor_add(p, cur);
out:
	xmlFreeNode(cur);
	return rc;
}
