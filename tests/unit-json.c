/*
 * Unit tests of the JSON API and JSON-LD writers: page documents (the
 * golden inputs of the stylesheets, and a few made here) go through
 * json_write() or jsonld_event(), and the output is parsed back.
 *
 * Usage: unit-json [dir]   dir holds golden/ and json/ (default
 * "$srcdir/tests", else "tests").  With JSON_UPDATE=1 the examples in
 * json/ are rewritten instead of compared: read the diff before
 * committing them.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <json_object.h>
#include <json_pointer.h>
#include <json_tokener.h>
#include <json_util.h>

#include "buf.h"
/* By path: json-c's include directory holds a json.h too. */
#include "../cgi-bin/json.h"
#include "tap.h"

#define BASE	"http://127.0.0.1:8080"
#define SITE	"Échosciences"

static char	 dir[1024];

static xmlDocPtr
load(const char *name)
{
	char	 path[2048];

	snprintf(path, sizeof(path), "%s/golden/%s.xml", dir, name);
	return xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
}

static xmlDocPtr
parse(const char *xml)
{
	return xmlReadMemory(xml, (int)strlen(xml), "test.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOBLANKS);
}

/* The whole text as one JSON value, or NULL. */
static json_object *
reparse(const struct buf *b)
{
	json_tokener	*tok = json_tokener_new();
	json_object	*o;

	o = json_tokener_parse_ex(tok, buf_str(b), (int)b->len);
	if (o != NULL && (json_tokener_get_error(tok) != json_tokener_success ||
	    json_tokener_get_parse_end(tok) != b->len)) {
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	return o;
}

/* json_write() of a document, parsed back; the raw text in `raw`. */
static json_object *
api(xmlDocPtr doc, struct buf *raw)
{
	buf_reset(raw);
	if (doc == NULL || json_write(doc, BASE, raw) != 0)
		return NULL;
	return reparse(raw);
}

static json_object *
at(json_object *o, const char *ptr)
{
	json_object	*v = NULL;

	if (o == NULL || json_pointer_get(o, ptr, &v) != 0)
		return NULL;
	return v;
}

static int
has(json_object *o, const char *ptr)
{
	json_object	*v;

	return o != NULL && json_pointer_get(o, ptr, &v) == 0;
}

static const char *
str(json_object *o, const char *ptr)
{
	json_object	*v = at(o, ptr);

	return json_object_is_type(v, json_type_string) ?
	    json_object_get_string(v) : NULL;
}

static int
eq(json_object *o, const char *ptr, const char *want)
{
	const char	*s = str(o, ptr);

	return s != NULL && strcmp(s, want) == 0;
}

static int
is_int(json_object *o, const char *ptr, long long want)
{
	json_object	*v = at(o, ptr);

	return json_object_is_type(v, json_type_int) &&
	    json_object_get_int64(v) == want;
}

static int
is_null(json_object *o, const char *ptr)
{
	return has(o, ptr) && at(o, ptr) == NULL;
}

static size_t
count(json_object *o, const char *ptr)
{
	json_object	*v = at(o, ptr);

	return json_object_is_type(v, json_type_array) ?
	    json_object_array_length(v) : (size_t)-1;
}

/* The first `item` element of a page document. */
static xmlNodePtr
doc_item(xmlDocPtr doc)
{
	xmlNodePtr	 n;

	for (n = xmlDocGetRootElement(doc)->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, "item") == 0)
			return n;
	return NULL;
}

static void
test_event(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc = load("item--event");
	json_object	*o;

	buf_init(&raw);
	o = api(doc, &raw);
	ok(o != NULL, "event: valid JSON, nothing after it");
	ok(is_int(o, "/uid", 10), "event: uid is a number");
	is_str(str(o, "/kind"), "event", "event: kind");
	is_str(str(o, "/slug"), "nuit-des-etoiles-d-hiver", "event: slug");
	is_str(str(o, "/url"),
	    BASE "/grenoble/evenements/10-nuit-des-etoiles-d-hiver",
	    "event: absolute url");
	is_str(str(o, "/title/fr"), "Nuit des étoiles d'hiver",
	    "event: title in {fr}");
	ok(str(o, "/longDescription/fr") != NULL && strstr(str(o,
	    "/longDescription/fr"), "<p>Venez <strong>observer Jupiter"
	    "</strong> et ses lunes.</p><h2>") != NULL,
	    "event: body as HTML");
	ok(count(o, "/keywords/fr") == 2 &&
	    eq(o, "/keywords/fr/1", "nuit"), "event: keywords");
	is_str(str(o, "/image/url"), BASE "/images/demo/1.svg",
	    "event: absolute image");
	is_str(str(o, "/image/alt"), "Télescope pointé vers la Lune",
	    "event: image alt");
	ok(is_int(o, "/author/id", 2) &&
	    eq(o, "/author/url", BASE "/membres/2-la-casemate"),
	    "event: author");
	ok(is_int(o, "/structure/id", 1), "event: structure");
	is_str(str(o, "/theme/nameEn"), "Space", "event: theme");
	is_str(str(o, "/territory/slug"), "grenoble", "event: territory");
	ok(is_int(o, "/views", 411), "event: views");
	is_str(str(o, "/publishedAt"), "2026-11-10T11:00:00+01:00",
	    "event: publishedAt");
	ok(count(o, "/timings") == 3, "event: every timing");
	ok(eq(o, "/timings/1/begin", "2026-12-03T20:00:00+01:00") &&
	    eq(o, "/timings/1/end", "2026-12-03T23:30:00+01:00"),
	    "event: timing begin and end");
	ok(is_int(o, "/location/uid", 1) &&
	    eq(o, "/location/postalCode", "38000") &&
	    eq(o, "/location/address", "2 place Saint-Laurent"),
	    "event: location");
	ok(json_object_is_type(at(o, "/location/latitude"), json_type_double) &&
	    json_object_get_double(at(o, "/location/latitude")) > 45.1957 &&
	    json_object_get_double(at(o, "/location/latitude")) < 45.1958,
	    "event: latitude is a number");
	ok(strstr(buf_str(&raw), "\"latitude\":45.195710,") != NULL,
	    "event: coordinates written as stored");
	ok(is_int(o, "/status", 1), "event: scheduled is status 1");
	ok(is_int(o, "/attendanceMode", 1), "event: offline is mode 1");
	is_str(str(o, "/registration/0/type"), "link", "event: registration");
	is_str(str(o, "/registration/0/value"),
	    "https://www.lacasemate.fr/inscription?evt=10&src=echo",
	    "event: registration link unescaped");
	is_str(str(o, "/conditions/fr"), "Gratuit", "event: conditions");
	is_str(str(o, "/audience/fr"), "Tout public, dès 7 ans",
	    "event: audience");
	is_str(str(o, "/licence"), "CC BY-SA 4.0", "event: licence");
	is_str(str(o, "/source"),
	    BASE "/grenoble/evenements/10-nuit-des-etoiles-d-hiver",
	    "event: source");
	ok(strstr(buf_str(&raw), "</") == NULL && raw.len > 0 &&
	    raw.data[raw.len - 1] == '}', "event: no \"</\", nothing after");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("item--event-postponed");
	o = api(doc, &raw);
	ok(is_int(o, "/status", 4), "postponed: status 4");
	ok(count(o, "/registration") == 0, "postponed: no registration, []");
	is_str(str(o, "/conditions/fr"), "5 €", "postponed: price");
	json_object_put(o);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

static void
test_agenda(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc = load("agenda--upcoming");
	json_object	*o;

	buf_init(&raw);
	o = api(doc, &raw);
	ok(count(o, "/items") == 5, "agenda: every entry");
	is_str(str(o, "/territory/slug"), "grenoble", "agenda: territory");
	ok(count(o, "/items/0/timings") == 1 &&
	    str(o, "/items/0/timings/0/end") != NULL,
	    "agenda: the entry's timing");
	ok(is_int(o, "/items/1/status", 4) && is_int(o, "/items/3/status", 6),
	    "agenda: postponed 4, cancelled 6");
	ok(is_null(o, "/items/3/location"), "agenda: no place, null");
	ok(is_null(o, "/items/3/image"), "agenda: no image, null");
	ok(is_null(o, "/next"), "agenda: last page, next is null");
	ok(is_null(o, "/items/0/longDescription") &&
	    count(o, "/items/0/keywords/fr") == 0,
	    "agenda: what a listing lacks is null or empty");
	is_str(str(o, "/source"), BASE "/grenoble/evenements/",
	    "agenda: source");
	json_object_put(o);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

static void
test_list(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc = load("list--articles-filtered");
	json_object	*o;

	buf_init(&raw);
	o = api(doc, &raw);
	is_str(str(o, "/items/0/slug"), "les-etoiles-filantes-de-decembre",
	    "list: slug after the id");
	is_str(str(o, "/items/0/url"),
	    BASE "/grenoble/articles/1-les-etoiles-filantes-de-decembre",
	    "list: absolute url");
	ok(!has(o, "/items/0/timings") && !has(o, "/items/0/status"),
	    "list: no event fields on articles");
	is_str(str(o, "/next"), BASE "/grenoble/articles.json?theme=espace"
	    "&tag=astronomie&avant=1791104400.53", "list: next page in JSON");
	json_object_put(o);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

static const char *
next_of(const char *href, struct buf *raw, json_object **o)
{
	char		 xml[512];
	xmlDocPtr	 doc;

	snprintf(xml, sizeof(xml), "<page path='/x/' licence='l'><list>"
	    "<next href='%s'/></list></page>", href);
	doc = parse(xml);
	json_object_put(*o);
	*o = api(doc, raw);
	xmlFreeDoc(doc);
	return str(*o, "/next");
}

static void
test_next(void)
{
	struct buf	 raw;
	json_object	*o = NULL;

	buf_init(&raw);
	is_str(next_of("/grenoble/articles/?theme=x&amp;avant=1.2", &raw, &o),
	    BASE "/grenoble/articles.json?theme=x&avant=1.2",
	    "next: folder gets the suffix");
	is_str(next_of("/?avant=1.2", &raw, &o), BASE "/index.json?avant=1.2",
	    "next: the root is index.json");
	is_str(next_of("/grenoble/themes/espace?avant=3.4", &raw, &o),
	    BASE "/grenoble/themes/espace.json?avant=3.4",
	    "next: a page without slash");
	is_str(next_of("/grenoble/agenda/", &raw, &o),
	    BASE "/grenoble/agenda.json", "next: no query");
	ok(strstr(buf_str(&raw), "\\/grenoble\\/agenda.json") != NULL,
	    "next: slashes escaped in the raw text");
	json_object_put(o);
	buf_free(&raw);
}

static void
test_kinds(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc;
	json_object	*o;

	buf_init(&raw);
	doc = load("item--annonce");
	o = api(doc, &raw);
	ok(eq(o, "/annonceKind", "call") &&
	    eq(o, "/deadline", "2027-01-15"),
	    "annonce: kind and deadline");
	ok(!has(o, "/timings"), "annonce: no event fields");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("item--dossier");
	o = api(doc, &raw);
	ok(count(o, "/items") == 3, "dossier: its items");
	ok(eq(o, "/items/1/kind", "event") &&
	    eq(o, "/items/1/timings/0/begin", "2026-12-03T20:00:00+01:00") &&
	    is_null(o, "/items/1/timings/0/end"),
	    "dossier: an event knows its next begin only");
	json_object_put(o);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

static void
test_others(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc;
	json_object	*o;

	buf_init(&raw);
	doc = load("portal--fr");
	o = api(doc, &raw);
	ok(count(o, "/territories") == 12, "portal: territories");
	ok(is_int(o, "/territories/0/members", 812) &&
	    is_int(o, "/territories/0/contributions", 2304) &&
	    json_object_is_type(at(o, "/territories/1/longitude"),
	    json_type_double) &&
	    eq(o, "/territories/0/url", BASE "/grenoble/"),
	    "portal: counts, coordinates, url");
	ok(count(o, "/latest") > 0, "portal: latest contributions");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("structures--grenoble");
	o = api(doc, &raw);
	ok(count(o, "/structures") == 2 && is_int(o, "/structures/1/id", 1) &&
	    eq(o, "/structures/1/kind", "museum") &&
	    eq(o, "/structures/1/city", "Grenoble") &&
	    is_null(o, "/structures/0/city"), "structures: directory");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("themes--grenoble");
	o = api(doc, &raw);
	ok(count(o, "/themes") == 12 &&
	    eq(o, "/themes/5/slug", "espace") &&
	    eq(o, "/themes/5/nameEn", "Space") &&
	    eq(o, "/themes/5/name", "Espace"), "themes: list");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("member--camille");
	o = api(doc, &raw);
	ok(is_int(o, "/id", 1) && eq(o, "/name", "Camille Martin") &&
	    is_int(o, "/contributions", 5), "member: profile");
	ok(str(o, "/bio/fr") != NULL &&
	    strstr(str(o, "/bio/fr"), "<strong>soirées") != NULL,
	    "member: bio as HTML");
	ok(count(o, "/items") == 5 && is_null(o, "/next"),
	    "member: contributions under items");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("structure--casemate");
	o = api(doc, &raw);
	ok(eq(o, "/kind", "museum") &&
	    eq(o, "/location/postalCode", "38000") &&
	    eq(o, "/website", "https://www.lacasemate.fr/"),
	    "structure: profile");
	ok(count(o, "/items") == 3, "structure: contributions under items");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("theme--espace");
	o = api(doc, &raw);
	ok(eq(o, "/theme/slug", "espace") &&
	    eq(o, "/next",
	    BASE "/grenoble/themes/espace.json?avant=1791277200.55"),
	    "theme page: theme and next");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("error--400-en");
	o = api(doc, &raw);
	ok(is_int(o, "/error/status", 400) &&
	    eq(o, "/error/parameter", "au"), "error: status");
	json_object_put(o);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

/* Text no one should be able to break out of. */
static const char hostile[] = "\"q\" \\b\\ \x01\x1f\t\n </script> "
    "<!-- <script> & é 🔭 \xe2\x80\xa8";

static xmlDocPtr
hostile_doc(const char *kind)
{
	xmlDocPtr	 doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr	 page, it, n;

	page = xmlNewDocNode(doc, NULL, BAD_CAST "page", NULL);
	xmlDocSetRootElement(doc, page);
	xmlNewProp(page, BAD_CAST "path", BAD_CAST "/a/</script>");
	xmlNewProp(page, BAD_CAST "licence", BAD_CAST hostile);
	it = xmlNewChild(page, NULL, BAD_CAST "item", NULL);
	xmlNewProp(it, BAD_CAST "id", BAD_CAST "7");
	xmlNewProp(it, BAD_CAST "kind", BAD_CAST kind);
	xmlNewProp(it, BAD_CAST "url", BAD_CAST "/a/evenements/7-x</script>");
	xmlNewTextChild(it, NULL, BAD_CAST "title", BAD_CAST hostile);
	xmlNewTextChild(it, NULL, BAD_CAST "summary", BAD_CAST hostile);
	xmlNewTextChild(it, NULL, BAD_CAST "price", BAD_CAST hostile);
	n = xmlNewChild(it, NULL, BAD_CAST "image", NULL);
	xmlNewProp(n, BAD_CAST "src", BAD_CAST "/i.png");
	xmlNewProp(n, BAD_CAST "alt", BAD_CAST hostile);
	n = xmlNewChild(it, NULL, BAD_CAST "tags", NULL);
	xmlNewTextChild(n, NULL, BAD_CAST "tag", BAD_CAST hostile);
	n = xmlNewChild(it, NULL, BAD_CAST "body", NULL);
	xmlNewTextChild(n, NULL, BAD_CAST "p", BAD_CAST hostile);
	n = xmlNewChild(it, NULL, BAD_CAST "author", NULL);
	xmlNewProp(n, BAD_CAST "kind", BAD_CAST "person");
	xmlNewTextChild(n, NULL, BAD_CAST "name", BAD_CAST hostile);
	return doc;
}

static int
controls_raw(const struct buf *b)
{
	size_t	 i;

	for (i = 0; i < b->len; i++)
		if ((unsigned char)b->data[i] < 0x20)
			return 1;
	return 0;
}

static void
test_hostile(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc = hostile_doc("event");
	json_object	*o;

	buf_init(&raw);
	o = api(doc, &raw);
	ok(o != NULL, "hostile: valid JSON");
	is_str(str(o, "/title/fr"), hostile, "hostile: title round-trips");
	is_str(str(o, "/image/alt"), hostile, "hostile: attribute round-trips");
	is_str(str(o, "/keywords/fr/0"), hostile, "hostile: tag round-trips");
	is_str(str(o, "/licence"), hostile, "hostile: licence round-trips");
	is_str(str(o, "/source"), BASE "/a/</script>", "hostile: path");
	ok(str(o, "/longDescription/fr") != NULL &&
	    strstr(str(o, "/longDescription/fr"), "&lt;/script&gt;") != NULL,
	    "hostile: body text stays escaped HTML");
	ok(strstr(buf_str(&raw), "</") == NULL, "hostile: no \"</\" in output");
	ok(!controls_raw(&raw), "hostile: control characters escaped");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("item--hostile");
	o = api(doc, &raw);
	is_str(str(o, "/title/fr"), "Faille <script>alert(1)</script> : "
	    "\"quotes\" & ampersands", "hostile golden: title exact");
	ok(strstr(buf_str(&raw), "</") == NULL,
	    "hostile golden: no \"</\" in output");
	json_object_put(o);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

/* jsonld_event() parsed back. */
static json_object *
ld(xmlNodePtr item, struct buf *raw)
{
	buf_reset(raw);
	if (item == NULL || jsonld_event(item, BASE, SITE, raw) != 0)
		return NULL;
	return reparse(raw);
}

static int
html_safe(const struct buf *b)
{
	return strpbrk(buf_str(b), "<>&") == NULL && !controls_raw(b);
}

static void
test_jsonld_golden(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc = load("item--event");
	json_object	*o;

	buf_init(&raw);
	o = ld(doc_item(doc), &raw);
	ok(o != NULL, "jsonld: valid JSON");
	ok(eq(o, "/@context", "https://schema.org") &&
	    eq(o, "/@type", "Event"), "jsonld: an Event");
	is_str(str(o, "/name"), "Nuit des étoiles d'hiver", "jsonld: name");
	is_str(str(o, "/url"),
	    BASE "/grenoble/evenements/10-nuit-des-etoiles-d-hiver",
	    "jsonld: url");
	ok(str(o, "/startDate") != NULL && str(o, "/endDate") != NULL,
	    "jsonld: start and end");
	is_str(str(o, "/eventStatus"), "https://schema.org/EventScheduled",
	    "jsonld: status");
	is_str(str(o, "/eventAttendanceMode"),
	    "https://schema.org/OfflineEventAttendanceMode", "jsonld: mode");
	ok(eq(o, "/location/@type", "Place") &&
	    eq(o, "/location/address/@type", "PostalAddress") &&
	    eq(o, "/location/address/streetAddress",
	    "2 place Saint-Laurent") &&
	    eq(o, "/location/address/postalCode", "38000") &&
	    eq(o, "/location/address/addressLocality", "Grenoble") &&
	    eq(o, "/location/address/addressCountry", "FR"),
	    "jsonld: place and address");
	ok(json_object_is_type(at(o, "/location/geo/latitude"),
	    json_type_double) &&
	    eq(o, "/location/geo/@type", "GeoCoordinates"),
	    "jsonld: coordinates");
	is_str(str(o, "/image"), BASE "/images/demo/1.svg", "jsonld: image");
	ok(eq(o, "/organizer/@type", "Organization") &&
	    eq(o, "/organizer/name", "La Casemate – CCSTI de Grenoble") &&
	    eq(o, "/organizer/url",
	    BASE "/grenoble/structures/1-la-casemate"),
	    "jsonld: the structure organises");
	ok(eq(o, "/offers/price", "0") &&
	    eq(o, "/offers/priceCurrency", "EUR") &&
	    eq(o, "/offers/url",
	    "https://www.lacasemate.fr/inscription?evt=10&src=echo"),
	    "jsonld: free offer with registration");
	is_str(str(o, "/inLanguage"), "fr", "jsonld: language");
	ok(html_safe(&raw), "jsonld: no < > & in output");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("item--event-postponed");
	o = ld(doc_item(doc), &raw);
	is_str(str(o, "/eventStatus"), "https://schema.org/EventPostponed",
	    "jsonld: postponed");
	ok(eq(o, "/offers/description", "5 €") &&
	    !has(o, "/offers/price") && !has(o, "/offers/url"),
	    "jsonld: priced offer is described");
	json_object_put(o);
	xmlFreeDoc(doc);

	doc = load("item--article");
	buf_reset(&raw);
	buf_puts(&raw, "kept");
	ok(jsonld_event(doc_item(doc), BASE, SITE, &raw) == -1 &&
	    strcmp(buf_str(&raw), "kept") == 0,
	    "jsonld: an article is refused, output untouched");
	xmlFreeDoc(doc);
	buf_free(&raw);
}

/* An event item with the given inner XML. */
static json_object *
ld_of(const char *inner, struct buf *raw)
{
	char		 xml[2048];
	xmlDocPtr	 doc;
	json_object	*o;

	snprintf(xml, sizeof(xml), "<page><item id='5' kind='event' "
	    "url='/a/evenements/5-e'><title>E</title>%s</item></page>", inner);
	doc = parse(xml);
	o = ld(doc_item(doc), raw);
	xmlFreeDoc(doc);
	return o;
}

static void
test_jsonld_cases(void)
{
	struct buf	 raw;
	json_object	*o;
	xmlDocPtr	 doc;

	buf_init(&raw);
	o = ld_of("<timings><timing begins='2001-01-01T10:00:00+01:00' "
	    "ends='2001-01-01T12:00:00+01:00'/><timing "
	    "begins='2999-01-01T10:00:00+01:00' ends='2999-01-01T12:00:00Z'/>"
	    "</timings><event-status>cancelled</event-status>"
	    "<attendance-mode>online</attendance-mode>"
	    "<author id='1' kind='person' url='/membres/1-c'><name>C</name>"
	    "</author><price>Participation libre</price>", &raw);
	is_str(str(o, "/startDate"), "2999-01-01T10:00:00+01:00",
	    "jsonld: the first timing not over");
	is_str(str(o, "/endDate"), "2999-01-01T12:00:00Z", "jsonld: its end");
	is_str(str(o, "/eventStatus"), "https://schema.org/EventCancelled",
	    "jsonld: cancelled");
	is_str(str(o, "/eventAttendanceMode"),
	    "https://schema.org/OnlineEventAttendanceMode", "jsonld: online");
	ok(!has(o, "/location") && !has(o, "/image"),
	    "jsonld: unknown properties left out");
	ok(eq(o, "/organizer/@type", "Person") &&
	    eq(o, "/organizer/url", BASE "/membres/1-c"),
	    "jsonld: a person organises");
	ok(!has(o, "/offers/price") &&
	    eq(o, "/offers/description", "Participation libre"),
	    "jsonld: pay what you want is not free");
	json_object_put(o);

	o = ld_of("<timing begins='2001-02-03T10:00:00+01:00'/>"
	    "<attendance-mode>mixed</attendance-mode>"
	    "<author id='2' kind='company' url='/membres/2-c'><name>Co</name>"
	    "</author><price>Entrée libre</price>", &raw);
	is_str(str(o, "/startDate"), "2001-02-03T10:00:00+01:00",
	    "jsonld: all over, the first");
	ok(!has(o, "/endDate"), "jsonld: no end, none given");
	is_str(str(o, "/eventAttendanceMode"),
	    "https://schema.org/MixedEventAttendanceMode", "jsonld: mixed");
	is_str(str(o, "/organizer/@type"), "Organization",
	    "jsonld: a company organises");
	is_str(str(o, "/offers/price"), "0", "jsonld: entrée libre is free");
	json_object_put(o);

	o = ld_of("<price>Gratuit pour les moins de 12 ans, 5 € sinon"
	    "</price>", &raw);
	ok(!has(o, "/offers/price"), "jsonld: free with an amount is priced");
	ok(eq(o, "/organizer/name", SITE) &&
	    eq(o, "/organizer/url", BASE "/"),
	    "jsonld: no author, the site organises");
	json_object_put(o);

	doc = hostile_doc("event");
	o = ld(doc_item(doc), &raw);
	is_str(str(o, "/name"), hostile, "jsonld hostile: name round-trips");
	is_str(str(o, "/offers/description"), hostile,
	    "jsonld hostile: price round-trips");
	is_str(str(o, "/organizer/name"), hostile,
	    "jsonld hostile: author round-trips");
	ok(html_safe(&raw), "jsonld hostile: no < > & or controls in output");
	json_object_put(o);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

static void
test_contract(void)
{
	struct buf	 raw;
	xmlDocPtr	 doc;

	buf_init(&raw);
	buf_puts(&raw, "kept");
	doc = parse("<html><item id='1'/></html>");
	ok(json_write(doc, BASE, &raw) == -1 && strcmp(buf_str(&raw), "kept")
	    == 0, "write: not a page, refused, output untouched");
	xmlFreeDoc(doc);
	ok(json_write(NULL, BASE, &raw) == -1, "write: no document");
	doc = load("item--article");
	ok(json_write(doc, BASE, &raw) == 0 &&
	    strncmp(buf_str(&raw), "kept{\"uid\":", 11) == 0,
	    "write: appends to the buffer");
	xmlFreeDoc(doc);
	buf_free(&raw);
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t	 n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Every golden document makes JSON that parses and holds no "</". */
static void
test_all_golden(void)
{
	char		 path[2048], name[256];
	DIR		*d;
	struct dirent	*e;
	struct buf	 raw;
	json_object	*o;
	xmlDocPtr	 doc;
	int		 n = 0, bad = 0;

	buf_init(&raw);
	snprintf(path, sizeof(path), "%s/golden", dir);
	if ((d = opendir(path)) == NULL) {
		ok(0, "golden: %s readable", path);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (!ends_with(e->d_name, ".xml") ||
		    strlen(e->d_name) >= sizeof(name))
			continue;
		snprintf(name, sizeof(name), "%.*s",
		    (int)(strlen(e->d_name) - 4), e->d_name);
		doc = load(name);
		o = api(doc, &raw);
		if (o == NULL || strstr(buf_str(&raw), "</") != NULL) {
			printf("# %s: bad JSON\n", name);
			bad++;
		}
		n++;
		json_object_put(o);
		xmlFreeDoc(doc);
	}
	closedir(d);
	ok(n > 20 && bad == 0, "golden: %d documents, %d bad", n, bad);
	buf_free(&raw);
}

/* Examples are written pretty, "/" unescaped and a newline at the end,
 * for reading. */
static int
example_write(const char *path, json_object *o)
{
	FILE	*f;
	int	 rc;

	if (o == NULL || (f = fopen(path, "w")) == NULL)
		return -1;
	rc = fprintf(f, "%s\n", json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE)) < 0;
	return fclose(f) != 0 || rc ? -1 : 0;
}

/*
 * The documented examples, in json/, are what the golden documents
 * give, compared as JSON values.  `ld` selects the JSON-LD of the
 * event, whose dates depend on the clock and are not compared.
 */
static void
example(const char *golden, const char *file, int ld_of_item)
{
	char		 path[2048];
	struct buf	 raw;
	xmlDocPtr	 doc = load(golden);
	json_object	*got, *want;
	const char	*update = getenv("JSON_UPDATE");

	buf_init(&raw);
	got = ld_of_item ? ld(doc_item(doc), &raw) : api(doc, &raw);
	snprintf(path, sizeof(path), "%s/json/%s", dir, file);
	if (update != NULL && strcmp(update, "1") == 0) {
		ok(example_write(path, got) == 0, "example: %s written", file);
	} else {
		want = json_object_from_file(path);
		if (ld_of_item && want != NULL && got != NULL) {
			json_object_object_del(got, "startDate");
			json_object_object_del(got, "endDate");
			json_object_object_del(want, "startDate");
			json_object_object_del(want, "endDate");
		}
		ok(want != NULL && json_object_equal(got, want),
		    "example: %s is what %s gives", file, golden);
		json_object_put(want);
	}
	json_object_put(got);
	xmlFreeDoc(doc);
	buf_free(&raw);
}

int
main(int argc, char *argv[])
{
	const char	*srcdir = getenv("srcdir");

	if (argc > 1)
		snprintf(dir, sizeof(dir), "%s", argv[1]);
	else if (srcdir != NULL)
		snprintf(dir, sizeof(dir), "%s/tests", srcdir);
	else
		snprintf(dir, sizeof(dir), "tests");
	LIBXML_TEST_VERSION
	test_event();
	test_agenda();
	test_list();
	test_next();
	test_kinds();
	test_others();
	test_hostile();
	test_jsonld_golden();
	test_jsonld_cases();
	test_contract();
	test_all_golden();
	example("agenda--upcoming", "events.json", 0);
	example("item--event", "event.json", 0);
	example("item--event", "event.jsonld", 1);
	xmlCleanupParser();
	return tap_done();
}
