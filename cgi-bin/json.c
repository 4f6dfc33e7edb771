/*
 * JSON from page documents (see json.h).  The document is only read:
 * values are found by the element and attribute names that db-stmts.c
 * and xml.c give them, through the field tables below, which are also
 * the description of the API.
 *
 * Every json-c allocation goes through the small helpers here, which
 * note a failure in `err`, so the builders are straight-line code
 * checked once at the end (as with struct buf).  A NULL value stands
 * for JSON null.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/tree.h>
#include <libxml/xmlIO.h>
/* Not <json.h>: with json-c's include directory in the path, that name
 * is ambiguous with ours. */
#include <json_object.h>

#include "buf.h"
#include "json.h"
#include "util.h"

#define NITEMS(a) (sizeof(a) / sizeof((a)[0]))

struct jw {
	const char	*base;
	struct buf	 url;	/* scratch for absolute URLs */
	int		 err;	/* an allocation failed */
};

/* Our enumerations in OpenAgenda's codes and in schema.org's terms. */
struct code {
	const char	*name;
	int		 oa;
	const char	*schema;
};

static const struct code status_codes[] = {
	{ "scheduled",	1, "https://schema.org/EventScheduled" },
	{ "postponed",	4, "https://schema.org/EventPostponed" },
	{ "cancelled",	6, "https://schema.org/EventCancelled" },
	{ NULL, 0, NULL }
};

static const struct code mode_codes[] = {
	{ "offline",	1, "https://schema.org/OfflineEventAttendanceMode" },
	{ "online",	2, "https://schema.org/OnlineEventAttendanceMode" },
	{ "mixed",	3, "https://schema.org/MixedEventAttendanceMode" },
	{ NULL, 0, NULL }
};

/* How the text found at `from` becomes a JSON value. */
enum conv {
	V_STR,		/* as it is */
	V_INT,		/* a decimal integer, else null */
	V_NUM,		/* a decimal number, written as it is */
	V_URL,		/* one of our paths, made absolute */
	V_FR,		/* OpenAgenda's multilingual {"fr": text} */
	V_HTML,		/* rendered Markdown children, {"fr": "<p>…"} */
	V_CODE,		/* an enumeration, in OpenAgenda's codes */
	V_NEXT,		/* a listing's next page, as its JSON twin */
	V_OBJ,		/* the element found, by the `sub` fields */
	V_ARRAY,	/* its `elem` children, by `sub` or `fn` */
	V_FN		/* computed by `fn` from the element found */
};

typedef json_object *(*json_fn)(struct jw *, xmlNodePtr);

/* A row of the tables below: what the key holds and how to find it. */
#define F(k, f, c, ...) { .key = (k), .from = (f), .conv = (c), __VA_ARGS__ }

struct field {
	const char		*key;	/* a literal: json-c keeps it */
	const char		*from;	/* "a/b", "a/@x", "@x", "." (itself) */
	enum conv		 conv;
	int			 opt;	/* left out, not null, when absent */
	const struct field	*sub;
	const char		*elem;
	json_fn			 fn;
	const struct code	*codes;
};

static json_object	*item_json(struct jw *, xmlNodePtr);
static json_object	*item_slug(struct jw *, xmlNodePtr);
static json_object	*item_keywords(struct jw *, xmlNodePtr);
static json_object	*event_timings(struct jw *, xmlNodePtr);
static json_object	*event_registration(struct jw *, xmlNodePtr);

static const struct field territory_fields[] = {
	F("slug", "@slug", V_STR),
	F("name", ".", V_STR),
	{ .key = NULL }
};

/* An author or a structure, as contributions name them. */
static const struct field ref_fields[] = {
	F("id", "@id", V_INT),
	F("name", "name", V_STR),
	F("url", "@url", V_URL),
	{ .key = NULL }
};

/* A contribution's theme holds its name as text, a theme entry in <name>. */
static const struct field theme_fields[] = {
	F("slug", "@slug", V_STR),
	F("name", ".", V_STR),
	F("nameEn", "@en", V_STR),
	{ .key = NULL }
};

static const struct field theme_entry_fields[] = {
	F("slug", "@slug", V_STR),
	F("name", "name", V_STR),
	F("nameEn", "@en", V_STR),
	{ .key = NULL }
};

static const struct field tag_fields[] = {
	F("slug", "@slug", V_STR),
	F("name", "name", V_STR),
	{ .key = NULL }
};

static const struct field image_fields[] = {
	F("url", "@src", V_URL),
	F("alt", "@alt", V_STR),
	{ .key = NULL }
};

static const struct field place_fields[] = {
	F("uid", "@id", V_INT),
	F("name", "name", V_STR),
	F("address", "address", V_STR),
	F("postalCode", "postcode", V_STR),
	F("city", "city", V_STR),
	F("latitude", "@latitude", V_NUM),
	F("longitude", "@longitude", V_NUM),
	/* The API's places (/api/lieux) also say if they are to visit. */
	F("visit", "@visit", V_INT, .opt = 1),
	F("updatedAt", "updated", V_STR, .opt = 1),
	{ .key = NULL }
};

static const struct field timing_fields[] = {
	F("begin", "@begins", V_STR),
	F("end", "@ends", V_STR),
	{ .key = NULL }
};

/* Every contribution (`item` element), whatever its kind. */
static const struct field item_fields[] = {
	F("uid", "@id", V_INT),
	F("kind", "@kind", V_STR),
	F("slug", ".", V_FN, .fn = item_slug),
	F("url", "@url", V_URL),
	F("title", "title", V_FR),
	F("description", "summary", V_FR),
	F("longDescription", "body", V_HTML),
	F("keywords", ".", V_FN, .fn = item_keywords),
	F("image", "image", V_OBJ, .sub = image_fields),
	F("territory", "territory", V_OBJ, .sub = territory_fields),
	F("author", "author", V_OBJ, .sub = ref_fields),
	F("structure", "structure", V_OBJ, .sub = ref_fields),
	F("theme", "theme", V_OBJ, .sub = theme_fields),
	F("createdAt", "created", V_STR),
	F("updatedAt", "updated", V_STR),
	F("publishedAt", "published", V_STR),
	F("views", "views", V_INT, .opt = 1),
	{ .key = NULL }
};

static const struct field event_fields[] = {
	F("timings", ".", V_FN, .fn = event_timings),
	F("location", "place", V_OBJ, .sub = place_fields),
	F("status", "event-status", V_CODE, .codes = status_codes),
	F("attendanceMode", "attendance-mode", V_CODE, .codes = mode_codes),
	F("registration", ".", V_FN, .fn = event_registration),
	F("conditions", "price", V_FR),
	F("audience", "audience", V_FR),
	{ .key = NULL }
};

static const struct field annonce_fields[] = {
	F("annonceKind", "annonce-kind", V_STR),
	F("deadline", "deadline", V_STR),
	{ .key = NULL }
};

static const struct field dossier_fields[] = {
	F("items", "items", V_ARRAY, .elem = "item", .fn = item_json),
	{ .key = NULL }
};

static const struct {
	const char		*kind;
	const struct field	*fields;
} kinds[] = {
	{ "event", event_fields },
	{ "annonce", annonce_fields },
	{ "dossier", dossier_fields },
};

static const struct field member_fields[] = {
	F("id", "@id", V_INT),
	F("kind", "@kind", V_STR),
	F("slug", "@slug", V_STR),
	F("url", "@url", V_URL),
	F("name", "name", V_STR),
	F("bio", "bio", V_HTML),
	F("website", "website", V_STR),
	F("avatar", "avatar/@src", V_URL),
	F("territory", "territory", V_OBJ, .sub = territory_fields),
	F("contributions", "@contributions", V_INT),
	F("createdAt", "created", V_STR),
	F("updatedAt", "updated", V_STR),
	{ .key = NULL }
};

static const struct field structure_fields[] = {
	F("id", "@id", V_INT),
	F("kind", "@kind", V_STR),
	F("slug", "@slug", V_STR),
	F("url", "@url", V_URL),
	F("name", "name", V_STR),
	F("description", "description", V_HTML),
	F("website", "website", V_STR),
	F("logo", "logo/@src", V_URL),
	F("territory", "territory", V_OBJ, .sub = territory_fields),
	F("location", "place", V_OBJ, .sub = place_fields),
	F("updatedAt", "updated", V_STR),
	{ .key = NULL }
};

static const struct field network_fields[] = {
	F("slug", "@slug", V_STR),
	F("name", "name", V_STR),
	F("url", "@url", V_URL),
	F("members", "@members", V_INT),
	F("contributions", "@contributions", V_INT),
	F("latitude", "@latitude", V_NUM),
	F("longitude", "@longitude", V_NUM),
	{ .key = NULL }
};

static const struct field structure_entry_fields[] = {
	F("id", "@id", V_INT),
	F("name", "name", V_STR),
	F("kind", "@kind", V_STR),
	F("city", "city", V_STR),
	F("url", "@url", V_URL),
	{ .key = NULL }
};

/* What a listing is about (the fields of the /page element). */
static const struct field context_fields[] = {
	F("territory", "territory", V_OBJ, .opt = 1, .sub = territory_fields),
	F("theme", "theme", V_OBJ, .opt = 1, .sub = theme_entry_fields),
	F("tag", "tag", V_OBJ, .opt = 1, .sub = tag_fields),
	{ .key = NULL }
};

/* Listings, and the contributions of a member or a structure. */
static const struct field listing_fields[] = {
	F("items", "list", V_ARRAY, .elem = "item", .fn = item_json),
	F("next", "list/next/@href", V_NEXT),
	{ .key = NULL }
};

/* The portal, a territory's home, the directories: what they hold. */
static const struct field home_fields[] = {
	F("territory", "territory", V_OBJ, .opt = 1, .sub = territory_fields),
	F("territories", "network", V_ARRAY, .opt = 1, .elem = "territory",
	    .sub = network_fields),
	F("structures", "structures", V_ARRAY, .opt = 1, .elem = "structure",
	    .sub = structure_entry_fields),
	F("places", "places", V_ARRAY, .opt = 1, .elem = "place",
	    .sub = place_fields),
	F("featured", "featured", V_ARRAY, .opt = 1, .elem = "item",
	    .fn = item_json),
	F("latest", "latest", V_ARRAY, .opt = 1, .elem = "item",
	    .fn = item_json),
	F("upcoming", "upcoming", V_ARRAY, .opt = 1, .elem = "item",
	    .fn = item_json),
	F("annonces", "annonces", V_ARRAY, .opt = 1, .elem = "item",
	    .fn = item_json),
	F("themes", "themes", V_ARRAY, .opt = 1, .elem = "theme",
	    .sub = theme_entry_fields),
	{ .key = NULL }
};

static const struct field error_fields[] = {
	F("status", "@status", V_INT),
	F("parameter", "@bad-key", V_STR, .opt = 1),
	{ .key = NULL }
};

static const struct field error_page_fields[] = {
	F("error", ".", V_OBJ, .sub = error_fields),
	{ .key = NULL }
};

/* Reading the document. */

static int
is_el(xmlNodePtr n, const char *name, size_t len)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strncmp((const char *)n->name, name, len) == 0 &&
	    n->name[len] == '\0';
}

static xmlNodePtr
child_len(xmlNodePtr n, const char *name, size_t len)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (n = n->children; n != NULL; n = n->next)
		if (is_el(n, name, len))
			return n;
	return NULL;
}

static xmlNodePtr
child(xmlNodePtr n, const char *name)
{
	return child_len(n, name, strlen(name));
}

/* The next sibling of the same name. */
static xmlNodePtr
next_el(xmlNodePtr n)
{
	const char	*name = (const char *)n->name;
	size_t		 len = strlen(name);

	for (n = n->next; n != NULL; n = n->next)
		if (is_el(n, name, len))
			return n;
	return NULL;
}

/* Attributes share the head of xmlNode: libxml2 itself passes them
 * around as nodes (xmlNodeGetContent). */
static xmlNodePtr
attr_len(xmlNodePtr n, const char *name, size_t len)
{
	xmlAttrPtr	 a;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = n->properties; a != NULL; a = a->next)
		if (a->ns == NULL &&
		    strncmp((const char *)a->name, name, len) == 0 &&
		    a->name[len] == '\0')
			return (xmlNodePtr)a;
	return NULL;
}

/* The node a field's path names under `n`, or NULL. */
static xmlNodePtr
walk(xmlNodePtr n, const char *path)
{
	size_t	 len;

	while (n != NULL && *path != '\0') {
		len = strcspn(path, "/");
		if (path[0] == '@')
			n = attr_len(n, path + 1, len - 1);
		else if (len != 1 || path[0] != '.')
			n = child_len(n, path, len);
		path += len;
		if (*path == '/')
			path++;
	}
	return n;
}

/*
 * The text of a value (element or attribute): xml.c makes each one a
 * single text node, or none for "".  Anything else (markup, entity
 * references) is not a value we made, and reads as absent.
 */
static const char *
node_str(xmlNodePtr n)
{
	xmlNodePtr	 c;

	if (n == NULL)
		return NULL;
	if ((c = n->children) == NULL)
		return "";
	if (c->next != NULL ||
	    (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE))
		return NULL;
	return (const char *)c->content;
}

static const char *
attr(xmlNodePtr n, const char *name)
{
	return node_str(attr_len(n, name, strlen(name)));
}

static const char *
text(xmlNodePtr n, const char *name)
{
	return node_str(child(n, name));
}

static int
str_is(const char *s, const char *want)
{
	return s != NULL && strcmp(s, want) == 0;
}

static const struct code *
code_find(const struct code *c, const char *name)
{
	for (; name != NULL && c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

/* Making JSON values. */

static json_object *
flag(struct jw *w, json_object *v)
{
	if (v == NULL)
		w->err = 1;
	return v;
}

static json_object *
jobj(struct jw *w)
{
	return flag(w, json_object_new_object());
}

static json_object *
jarr(struct jw *w)
{
	return flag(w, json_object_new_array());
}

static json_object *
jstr(struct jw *w, const char *s)
{
	return s == NULL ? NULL : flag(w, json_object_new_string(s));
}

static json_object *
jint(struct jw *w, const char *s)
{
	long long	 v;

	if (s == NULL || int_parse(s, -(1LL << 53), 1LL << 53, &v) == -1)
		return NULL;
	return flag(w, json_object_new_int64(v));
}

static const char *
skip_digits(const char *p)
{
	while (*p >= '0' && *p <= '9')
		p++;
	return p;
}

/* Kept as written ("45.195710", not 45.195709999999998); only the JSON
 * number grammar (without exponent) gets through. */
static json_object *
jnum(struct jw *w, const char *s)
{
	const char	*p, *q;

	if (s == NULL)
		return NULL;
	p = s + (*s == '-');
	q = skip_digits(p);
	if (q == p || (*p == '0' && q - p > 1))
		return NULL;
	if (*q == '.') {
		p = q + 1;
		if ((q = skip_digits(p)) == p)
			return NULL;
	}
	if (*q != '\0')
		return NULL;
	return flag(w, json_object_new_double_s(strtod(s, NULL), s));
}

/* Takes `v` in every case: on failure it is freed. */
static void
put(struct jw *w, json_object *o, const char *key, json_object *v)
{
	if (o == NULL || json_object_object_add_ex(o, key, v,
	    JSON_C_OBJECT_ADD_CONSTANT_KEY) != 0) {
		json_object_put(v);
		w->err = 1;
	}
}

/* For JSON-LD, where an unknown property is left out. */
static void
put_some(struct jw *w, json_object *o, const char *key, json_object *v)
{
	if (v != NULL)
		put(w, o, key, v);
}

static void
push(struct jw *w, json_object *a, json_object *v)
{
	if (a == NULL || json_object_array_add(a, v) != 0) {
		json_object_put(v);
		w->err = 1;
	}
}

static json_object *
jfr(struct jw *w, json_object *v)
{
	json_object	*o;

	if (v == NULL)
		return NULL;
	o = jobj(w);
	put(w, o, "fr", v);
	return o;
}

/* A URL that names its host (https://…, //…) is kept as it is. */
static json_object *
jurl(struct jw *w, const char *s)
{
	if (s == NULL || s[0] != '/' || s[1] == '/')
		return jstr(w, s);
	buf_reset(&w->url);
	buf_puts(&w->url, w->base);
	buf_puts(&w->url, s);
	if (w->url.oom) {
		w->err = 1;
		return NULL;
	}
	return jstr(w, buf_str(&w->url));
}

/*
 * "/grenoble/articles/?theme=x" becomes ".../grenoble/articles.json?theme=x":
 * the format suffix goes on the folder (request.c takes it off again),
 * "/" being "/index.json".
 */
static json_object *
jnext(struct jw *w, const char *href)
{
	size_t	 path, n;

	if (href == NULL)
		return NULL;
	n = path = strcspn(href, "?#");
	if (n > 0 && href[n - 1] == '/')
		n--;
	buf_reset(&w->url);
	buf_puts(&w->url, w->base);
	buf_put(&w->url, href, n);
	buf_puts(&w->url, n == 0 ? "/index.json" : ".json");
	buf_puts(&w->url, href + path);
	if (w->url.oom) {
		w->err = 1;
		return NULL;
	}
	return jstr(w, buf_str(&w->url));
}

/*
 * The children of rendered Markdown as an HTML string: markup built by
 * markdown.c from a safe subset, handed on as it is.  An output buffer,
 * not xmlNodeDump(): that one leaves its xmlBuffer freed twice when it
 * runs out of memory (libxml2 2.9).
 */
static json_object *
jmarkup(struct jw *w, xmlNodePtr n)
{
	xmlOutputBufferPtr	 ob;
	xmlNodePtr		 c;
	json_object		*v = NULL;

	if (n == NULL)
		return NULL;
	if ((ob = xmlAllocOutputBuffer(NULL)) == NULL)
		goto err;
	for (c = n->children; c != NULL; c = c->next)
		xmlNodeDumpOutput(ob, n->doc, c, 0, 0, NULL);
	if (ob->error == 0)
		v = json_object_new_string_len(
		    (const char *)xmlOutputBufferGetContent(ob),
		    (int)xmlOutputBufferGetSize(ob));
err:
	if (ob != NULL)
		xmlOutputBufferClose(ob);
	return flag(w, v);
}

/* Building objects by the tables. */

static json_object	*record(struct jw *, xmlNodePtr, const struct field *);

static json_object *
array(struct jw *w, xmlNodePtr list, const struct field *f)
{
	json_object	*a;
	xmlNodePtr	 n;

	if (list == NULL)
		return NULL;
	a = jarr(w);
	for (n = child(list, f->elem); n != NULL; n = next_el(n))
		push(w, a, f->fn != NULL ? f->fn(w, n) : record(w, n, f->sub));
	return a;
}

static json_object *
value(struct jw *w, xmlNodePtr n, const struct field *f)
{
	const struct code	*c;
	const char		*s;

	n = walk(n, f->from);
	switch (f->conv) {
	case V_OBJ:
		return record(w, n, f->sub);
	case V_ARRAY:
		return array(w, n, f);
	case V_FN:
		return n == NULL ? NULL : f->fn(w, n);
	case V_HTML:
		return jfr(w, jmarkup(w, n));
	default:
		break;
	}
	s = node_str(n);
	switch (f->conv) {
	case V_INT:
		return jint(w, s);
	case V_NUM:
		return jnum(w, s);
	case V_URL:
		return jurl(w, s);
	case V_FR:
		return jfr(w, jstr(w, s));
	case V_NEXT:
		return jnext(w, s);
	case V_CODE:
		c = code_find(f->codes, s);
		return c == NULL ? NULL : flag(w, json_object_new_int(c->oa));
	default:
		return jstr(w, s);
	}
}

static void
fill(struct jw *w, json_object *o, xmlNodePtr n, const struct field *f)
{
	for (; f->key != NULL; f++)
		if (!f->opt || walk(n, f->from) != NULL)
			put(w, o, f->key, value(w, n, f));
}

static json_object *
record(struct jw *w, xmlNodePtr n, const struct field *f)
{
	json_object	*o;

	if (n == NULL)
		return NULL;
	o = jobj(w);
	fill(w, o, n, f);
	return o;
}

/* Contributions. */

static json_object *
item_json(struct jw *w, xmlNodePtr item)
{
	json_object	*o = record(w, item, item_fields);
	const char	*kind = attr(item, "kind");
	size_t		 i;

	for (i = 0; i < NITEMS(kinds); i++)
		if (str_is(kind, kinds[i].kind))
			fill(w, o, item, kinds[i].fields);
	return o;
}

/* "/grenoble/articles/1-les-etoiles" → "les-etoiles". */
static json_object *
item_slug(struct jw *w, xmlNodePtr item)
{
	const char	*url = attr(item, "url"), *seg, *dash;

	if (url == NULL)
		return NULL;
	seg = (seg = strrchr(url, '/')) != NULL ? seg + 1 : url;
	return (dash = strchr(seg, '-')) == NULL ? NULL : jstr(w, dash + 1);
}

static json_object *
item_keywords(struct jw *w, xmlNodePtr item)
{
	json_object	*a = jarr(w);
	xmlNodePtr	 t;
	const char	*s;

	for (t = child(child(item, "tags"), "tag"); t != NULL; t = next_el(t))
		if ((s = node_str(t)) != NULL)
			push(w, a, jstr(w, s));
	return jfr(w, a);
}

/* All timings (event pages, feeds) or the one an agenda entry is for;
 * other listings know only when the next one begins. */
static xmlNodePtr
timing_first(xmlNodePtr item)
{
	xmlNodePtr	 list = child(item, "timings");

	return list != NULL ? child(list, "timing") : child(item, "timing");
}

static json_object *
event_timings(struct jw *w, xmlNodePtr item)
{
	json_object	*a = jarr(w);
	xmlNodePtr	 t;

	for (t = timing_first(item); t != NULL; t = next_el(t))
		if (attr(t, "begins") != NULL)
			push(w, a, record(w, t, timing_fields));
	return a;
}

static json_object *
event_registration(struct jw *w, xmlNodePtr item)
{
	json_object	*a = jarr(w), *o;
	const char	*url = text(item, "registration");

	if (url != NULL && *url != '\0') {
		o = jobj(w);
		put(w, o, "type", jstr(w, "link"));
		put(w, o, "value", jstr(w, url));
		push(w, a, o);
	}
	return a;
}

/* Pages: the first element that a page holds says what it is (a member
 * page holds a list too). */
static json_object *
page_json(struct jw *w, xmlNodePtr page)
{
	xmlNodePtr	 n;
	json_object	*o;

	if (str_is(attr(page, "type"), "error"))
		return record(w, page, error_page_fields);
	if ((n = child(page, "item")) != NULL)
		return item_json(w, n);
	if ((n = child(page, "member")) != NULL)
		o = record(w, n, member_fields);
	else if ((n = child(page, "structure")) != NULL)
		o = record(w, n, structure_fields);
	else if (child(page, "list") != NULL)
		o = record(w, page, context_fields);
	else
		return record(w, page, home_fields);
	fill(w, o, page, listing_fields);
	return o;
}

/*
 * Appends `o` in one piece, so that a failure leaves `out` as it was.
 * json-c escapes "/" (we do not pass JSON_C_TO_STRING_NOSLASHESCAPE),
 * so no "</script>" comes out; `html` also writes < > & as \u escapes,
 * for a <script> element, where "<!--" alone changes the parsing.
 */
static int
emit(json_object *o, int html, struct buf *out)
{
	struct buf	 b;
	const char	*s;
	size_t		 len, n;
	int		 rc = -1;

	buf_init(&b);
	s = json_object_to_json_string_length(o, JSON_C_TO_STRING_PLAIN, &len);
	if (s == NULL)
		goto err;
	if (html) {
		for (; *s != '\0'; s += n) {
			n = strcspn(s, "<>&");
			buf_put(&b, s, n);
			if (s[n] != '\0')
				buf_printf(&b, "\\u%04x", (unsigned)s[n++]);
		}
		if (b.oom)
			goto err;
		s = buf_str(&b);
		len = b.len;
	}
	if (buf_reserve(out, len) == -1)
		goto err;
	buf_put(out, s, len);
	rc = 0;
err:
	buf_free(&b);
	return rc;
}

static void
jw_init(struct jw *w, const char *base)
{
	memset(w, 0, sizeof(*w));
	w->base = base != NULL ? base : "";
	buf_init(&w->url);
}

int
json_write(xmlDocPtr doc, const char *base, struct buf *out)
{
	struct jw	 w;
	xmlNodePtr	 page;
	json_object	*o = NULL;
	int		 rc = -1;

	jw_init(&w, base);
	page = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
	if (!is_el(page, "page", 4))
		goto err;
	o = page_json(&w, page);
	put(&w, o, "licence", jstr(&w, attr(page, "licence")));
	put(&w, o, "source", jurl(&w, attr(page, "path")));
	if (!w.err)
		rc = emit(o, 0, out);
err:
	json_object_put(o);
	buf_free(&w.url);
	return rc;
}

/* JSON-LD. */

/* "2026-12-03T20:00:00+01:00" (or "…Z") as a time. */
static int
rfc3339_parse(const char *s, time_t *out)
{
	struct tm	 tm;
	int		 n = 0, oh = 0, om = 0;
	long		 off = 0;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &n) != 6)
		return -1;
	s += n;
	if ((s[0] == '+' || s[0] == '-') &&
	    sscanf(s + 1, "%2d:%2d", &oh, &om) == 2)
		off = (s[0] == '-' ? -1 : 1) * (oh * 3600L + om * 60L);
	else if (s[0] != 'Z')
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon--;
	*out = timegm(&tm) - off;
	return 0;
}

/* What a search engine should show: the first timing not yet over,
 * else the first. */
static xmlNodePtr
timing_pick(xmlNodePtr item, time_t now)
{
	xmlNodePtr	 t;
	const char	*end;
	time_t		 te;

	for (t = timing_first(item); t != NULL; t = next_el(t)) {
		if ((end = attr(t, "ends")) == NULL)
			end = attr(t, "begins");
		if (end != NULL && rfc3339_parse(end, &te) == 0 && te >= now)
			return t;
	}
	return timing_first(item);
}

static json_object *
ld_typed(struct jw *w, const char *type)
{
	json_object	*o = jobj(w);

	put(w, o, "@type", jstr(w, type));
	return o;
}

static json_object *
ld_place(struct jw *w, xmlNodePtr pl)
{
	json_object	*o, *a, *lat, *lon;

	if (pl == NULL)
		return NULL;
	o = ld_typed(w, "Place");
	put_some(w, o, "name", jstr(w, text(pl, "name")));
	if (child(pl, "address") != NULL || child(pl, "postcode") != NULL ||
	    child(pl, "city") != NULL) {
		a = ld_typed(w, "PostalAddress");
		put_some(w, a, "streetAddress", jstr(w, text(pl, "address")));
		put_some(w, a, "postalCode", jstr(w, text(pl, "postcode")));
		put_some(w, a, "addressLocality", jstr(w, text(pl, "city")));
		put(w, a, "addressCountry", jstr(w, "FR"));
		put(w, o, "address", a);
	}
	lat = jnum(w, attr(pl, "latitude"));
	lon = jnum(w, attr(pl, "longitude"));
	if (lat != NULL && lon != NULL) {
		a = ld_typed(w, "GeoCoordinates");
		put(w, a, "latitude", lat);
		put(w, a, "longitude", lon);
		put(w, o, "geo", a);
	} else {
		json_object_put(lat);
		json_object_put(lon);
	}
	return o;
}

/* The structure, else the author (a person or not), else the site. */
static json_object *
ld_organizer(struct jw *w, xmlNodePtr item, const char *site_name)
{
	xmlNodePtr	 who;
	const char	*kind;
	json_object	*o;
	int		 person;

	if ((who = child(item, "structure")) == NULL &&
	    (who = child(item, "author")) == NULL) {
		o = ld_typed(w, "Organization");
		put_some(w, o, "name", jstr(w, site_name));
		put(w, o, "url", jurl(w, "/"));
		return o;
	}
	kind = attr(who, "kind");
	person = is_el(who, "author", 6) && !str_is(kind, "institution") &&
	    !str_is(kind, "company");
	o = ld_typed(w, person ? "Person" : "Organization");
	put_some(w, o, "name", jstr(w, text(who, "name")));
	put_some(w, o, "url", jurl(w, attr(who, "url")));
	return o;
}

/* "Gratuit", "Entrée libre": free, unless an amount is named as well
 * ("gratuit pour les moins de 12 ans, 5 € sinon") or the price is left
 * to the visitor ("participation libre"): then the text says it. */
static int
price_is_free(const char *s)
{
	if (strpbrk(s, "0123456789") != NULL ||
	    strcasestr(s, "participation") != NULL)
		return 0;
	return strcasestr(s, "gratuit") != NULL ||
	    strcasestr(s, "libre") != NULL;
}

static json_object *
ld_offer(struct jw *w, xmlNodePtr item)
{
	const char	*price = text(item, "price");
	const char	*reg = text(item, "registration");
	json_object	*o;

	if (price != NULL && *price == '\0')
		price = NULL;
	if (reg != NULL && *reg == '\0')
		reg = NULL;
	if (price == NULL && reg == NULL)
		return NULL;
	o = ld_typed(w, "Offer");
	if (price != NULL && price_is_free(price)) {
		put(w, o, "price", jstr(w, "0"));
		put(w, o, "priceCurrency", jstr(w, "EUR"));
	} else
		put_some(w, o, "description", jstr(w, price));
	put_some(w, o, "url", jurl(w, reg));
	return o;
}

static json_object *
ld_code(struct jw *w, const struct code *codes, const char *name)
{
	const struct code	*c = code_find(codes, name);

	return c == NULL ? NULL : jstr(w, c->schema);
}

static json_object *
ld_event(struct jw *w, xmlNodePtr item, const char *site_name)
{
	json_object	*o = jobj(w);
	xmlNodePtr	 t = timing_pick(item, time(NULL));

	put(w, o, "@context", jstr(w, "https://schema.org"));
	put(w, o, "@type", jstr(w, "Event"));
	put_some(w, o, "name", jstr(w, text(item, "title")));
	put_some(w, o, "description", jstr(w, text(item, "summary")));
	put_some(w, o, "url", jurl(w, attr(item, "url")));
	put_some(w, o, "startDate", jstr(w, attr(t, "begins")));
	put_some(w, o, "endDate", jstr(w, attr(t, "ends")));
	put_some(w, o, "eventStatus",
	    ld_code(w, status_codes, text(item, "event-status")));
	put_some(w, o, "eventAttendanceMode",
	    ld_code(w, mode_codes, text(item, "attendance-mode")));
	put_some(w, o, "location", ld_place(w, child(item, "place")));
	put_some(w, o, "image", jurl(w, attr(child(item, "image"), "src")));
	put(w, o, "organizer", ld_organizer(w, item, site_name));
	put_some(w, o, "offers", ld_offer(w, item));
	put(w, o, "inLanguage", jstr(w, "fr"));
	return o;
}

int
jsonld_event(xmlNodePtr item, const char *base, const char *site_name,
    struct buf *out)
{
	struct jw	 w;
	json_object	*o = NULL;
	int		 rc = -1;

	jw_init(&w, base);
	if (!is_el(item, "item", 4) || !str_is(attr(item, "kind"), "event"))
		goto err;
	o = ld_event(&w, item, site_name);
	if (!w.err)
		rc = emit(o, 1, out);
err:
	json_object_put(o);
	buf_free(&w.url);
	return rc;
}
