/*
 * iCalendar (RFC 5545) output of the events of a page document.
 *
 * The document is the one the HTML and Atom outputs are made from, so a
 * calendar never says something the page does not.  Values are read
 * from it, escaped by the function of their value type (TEXT, parameter,
 * URI) and written one content line at a time through ical_line().
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <libxml/tree.h>

#include "buf.h"
#include "ical.h"
#include "util.h"

#define X(s)		((const xmlChar *)(s))
#define TZID		"Europe/Paris"
#define REPLACEMENT	"\xef\xbf\xbd"	/* U+FFFD */
#define LINE_MAX_OCTETS	75

struct ical {
	struct buf	*out;
	const char	*base;
	const char	*host;
	struct buf	 line;	/* the content line being built */
	struct buf	 v;	/* values read from the document */
	struct buf	 w;
	int		 oom;	/* sticky: buf_reset() clears a buffer's own */
};

/* Clients resolve TZID=Europe/Paris from this, not from their own
 * database (RFC 5545 3.6.5): the EU rule in force since 1996. */
static const char *const vtimezone[] = {
	"BEGIN:VTIMEZONE",
	"TZID:" TZID,
	"X-LIC-LOCATION:" TZID,
	"BEGIN:DAYLIGHT",
	"TZOFFSETFROM:+0100",
	"TZOFFSETTO:+0200",
	"TZNAME:CEST",
	"DTSTART:19700329T020000",
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
	"END:DAYLIGHT",
	"BEGIN:STANDARD",
	"TZOFFSETFROM:+0200",
	"TZOFFSETTO:+0100",
	"TZNAME:CET",
	"DTSTART:19701025T030000",
	"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
	"END:STANDARD",
	"END:VTIMEZONE",
};

static const struct {
	const char	*event;
	const char	*ical;
} statuses[] = {
	{ "scheduled", "CONFIRMED" },
	/* A new date is not known yet: the old one may not hold. */
	{ "postponed", "TENTATIVE" },
	{ "cancelled", "CANCELLED" },
};

/* Characters. */

/* The length of the valid UTF-8 sequence at p, or 0. */
static size_t
char_len(const char *p)
{
	unsigned char	 c = (unsigned char)*p;
	size_t		 n;

	if (c < 0x80)
		n = 1;
	else if (c >= 0xc2 && c <= 0xdf)
		n = 2;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4;
	else
		return 0;
	return strnlen(p, n) == n && utf8_valid(p, n) ? n : 0;
}

/*
 * The next character of *s, advancing *s: *c points at it, or at
 * U+FFFD for a byte that starts no valid sequence.  Returns its length.
 */
static size_t
char_next(const char **s, const char **c)
{
	size_t	 n;

	if ((n = char_len(*s)) == 0) {
		*c = REPLACEMENT;
		(*s)++;
		return sizeof(REPLACEMENT) - 1;
	}
	*c = *s;
	*s += n;
	return n;
}

/* C0 (but HTAB), DEL and C1: no property value may hold them. */
static int
char_ctl(const char *c, size_t n)
{
	unsigned char	 b = (unsigned char)c[0];

	if (n == 1)
		return (b < 0x20 && b != '\t') || b == 0x7f;
	return n == 2 && b == 0xc2 && (unsigned char)c[1] < 0xa0;
}

/*
 * Hands each character of s to `put`, which escapes it for its
 * context: line breaks (CRLF, LF or CR) as one "\n", other controls
 * dropped, invalid bytes as U+FFFD.
 */
static void
chars_each(struct buf *b, const char *s,
    void (*put)(struct buf *, const char *, size_t))
{
	const char	*c;
	size_t		 n;

	while (*s != '\0') {
		if (s[0] == '\r' && s[1] == '\n')
			s++;
		n = char_next(&s, &c);
		if (*c == '\r' || *c == '\n')
			put(b, "\n", 1);
		else if (!char_ctl(c, n))
			put(b, c, n);
	}
}

static void
text_put(struct buf *b, const char *c, size_t n)
{
	if (*c == '\n') {
		buf_puts(b, "\\n");
		return;
	}
	if (*c == '\\' || *c == ';' || *c == ',')
		buf_putc(b, '\\');
	buf_put(b, c, n);
}

void
ical_text(struct buf *b, const char *s)
{
	chars_each(b, s, text_put);
}

/* A parameter value has no escapes at all: DQUOTE can only go. */
static void
param_put(struct buf *b, const char *c, size_t n)
{
	if (*c == '\n')
		buf_putc(b, ' ');
	else if (*c != '"')
		buf_put(b, c, n);
}

static void
ical_param(struct buf *b, const char *s)
{
	int	 quote = strpbrk(s, ":;,") != NULL;

	if (quote)
		buf_putc(b, '"');
	chars_each(b, s, param_put);
	if (quote)
		buf_putc(b, '"');
}

/* A URI value is not TEXT (no backslash escapes): bytes outside the
 * URI character set of RFC 3986 are percent-encoded instead. */
static void
ical_uri(struct buf *b, const char *s, size_t n)
{
	static const char	 ok[] = "-._~:/?#[]@!$&'()*+,;=%";
	unsigned char		 c;
	size_t			 i;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || (c != '\0' && strchr(ok, c)))
			buf_putc(b, (char)c);
		else
			buf_printf(b, "%%%02X", c);
	}
}

/*
 * Folding (RFC 5545 3.1) counts octets, but a client that decodes each
 * physical line alone must not see half a character: fold between them.
 * Line breaks and controls are dropped, so one call is one line.
 */
void
ical_line(struct buf *b, const char *s)
{
	const char	*c;
	size_t		 n, col = 0;

	while (*s != '\0') {
		n = char_next(&s, &c);
		if (char_ctl(c, n))
			continue;
		if (col + n > LINE_MAX_OCTETS) {
			buf_put(b, "\r\n ", 3);
			col = 1;
		}
		buf_put(b, c, n);
		col += n;
	}
	buf_put(b, "\r\n", 2);
}

/* Dates. */

static int
num(const char *s, size_t n, int *out)
{
	size_t	 i;

	*out = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*out = *out * 10 + (s[i] - '0');
	}
	return 0;
}

static int
mdays(int y, int m)
{
	static const int days[] = { 31,28,31,30,31,30,31,31,30,31,30,31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* The offset "Z", "+HH:MM" or "-HH:MM", in seconds east of UTC. */
static int
offset_parse(const char *s, long *off)
{
	int	 h, m;

	if (strcmp(s, "Z") == 0) {
		*off = 0;
		return 0;
	}
	if ((s[0] != '+' && s[0] != '-') || strlen(s) != 6 || s[3] != ':' ||
	    num(s + 1, 2, &h) || num(s + 4, 2, &m) || h > 23 || m > 59)
		return -1;
	*off = (h * 60L + m) * 60 * (s[0] == '-' ? -1 : 1);
	return 0;
}

/* "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)": the wall time and its offset. */
static int
rfc3339_parse(const char *s, struct tm *tm, long *off)
{
	int	 y, mo, d, h, mi, se;

	if (strlen(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
	    s[13] != ':' || s[16] != ':' ||
	    num(s, 4, &y) || num(s + 5, 2, &mo) || num(s + 8, 2, &d) ||
	    num(s + 11, 2, &h) || num(s + 14, 2, &mi) || num(s + 17, 2, &se))
		return -1;
	if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 ||
	    d > mdays(y, mo) || h > 23 || mi > 59 || se > 59)
		return -1;
	s += 19;
	if (*s == '.' && s[1] >= '0' && s[1] <= '9')
		for (s++; *s >= '0' && *s <= '9'; s++)
			continue;
	if (offset_parse(s, off) == -1)
		return -1;
	memset(tm, 0, sizeof(*tm));
	tm->tm_year = y - 1900;
	tm->tm_mon = mo - 1;
	tm->tm_mday = d;
	tm->tm_hour = h;
	tm->tm_min = mi;
	tm->tm_sec = se;
	return 0;
}

int
ical_datetime(const char *s, char out[16])
{
	struct tm	 tm;
	long		 off;

	if (rfc3339_parse(s, &tm, &off) == -1)
		return -1;
	/* Validated digits, copied: no time zone database involved. */
	memcpy(out, s, 4);
	memcpy(out + 4, s + 5, 2);
	memcpy(out + 6, s + 8, 2);
	out[8] = 'T';
	memcpy(out + 9, s + 11, 2);
	memcpy(out + 11, s + 14, 2);
	memcpy(out + 13, s + 17, 2);
	out[15] = '\0';
	return 0;
}

static void
utc_format(time_t t, char out[17])
{
	struct tm	 tm;

	gmtime_r(&t, &tm);
	strftime(out, 17, "%Y%m%dT%H%M%SZ", &tm);
}

int
ical_utc(const char *s, char out[17])
{
	struct tm	 tm;
	long		 off;

	if (rfc3339_parse(s, &tm, &off) == -1)
		return -1;
	utc_format(timegm(&tm) - off, out);
	return 0;
}

/* The document. */

static void
reset(struct ical *ic, struct buf *b)
{
	ic->oom |= b->oom;
	buf_reset(b);
}

/* The first element named `name` among n and its next siblings. */
static xmlNodePtr
elem_from(xmlNodePtr n, const char *name)
{
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, X(name)))
			return n;
	return NULL;
}

static xmlNodePtr
elem(xmlNodePtr parent, const char *name)
{
	return parent != NULL ? elem_from(parent->children, name) : NULL;
}

/* Without the surrounding white space of a pretty-printed document. */
static void
trim_put(struct buf *b, const char *s)
{
	size_t	 n;

	s += strspn(s, " \t\r\n");
	for (n = strlen(s); n > 0 && strchr(" \t\r\n", s[n - 1]); n--)
		continue;
	buf_put(b, s, n);
}

/* The text of element n into b: -1 if there is none. */
static int
text_get(struct ical *ic, xmlNodePtr n, struct buf *b)
{
	xmlChar	*s;

	reset(ic, b);
	if (n == NULL)
		return -1;
	if ((s = xmlNodeGetContent(n)) == NULL) {
		ic->oom = 1;
		return -1;
	}
	trim_put(b, (const char *)s);
	xmlFree(s);
	return b->len > 0 ? 0 : -1;
}

static int
attr_get(struct ical *ic, xmlNodePtr n, const char *name, struct buf *b)
{
	xmlChar	*s;

	reset(ic, b);
	if (n == NULL || (s = xmlGetProp(n, X(name))) == NULL)
		return -1;
	trim_put(b, (const char *)s);
	xmlFree(s);
	return b->len > 0 ? 0 : -1;
}

/* Ids make the UIDs: only plain numbers keep them stable and clean. */
static int
id_get(struct ical *ic, xmlNodePtr n, long long *id)
{
	if (attr_get(ic, n, "id", &ic->v) == -1)
		return -1;
	return int_parse(buf_str(&ic->v), 0, LLONG_MAX, id);
}

/* The absolute URL of n's @url into b: -1 if it has none. */
static int
url_get(struct ical *ic, xmlNodePtr n, struct buf *b)
{
	xmlChar		*s;
	size_t		 len = strlen(ic->base);

	reset(ic, b);
	if (n == NULL || (s = xmlGetProp(n, X("url"))) == NULL)
		return -1;
	while (len > 0 && ic->base[len - 1] == '/')
		len--;
	ical_uri(b, ic->base, len);
	if (s[0] != '/')
		buf_putc(b, '/');
	ical_uri(b, (const char *)s, strlen((const char *)s));
	xmlFree(s);
	return 0;
}

/* Content lines. */

static void
line_start(struct ical *ic, const char *name)
{
	reset(ic, &ic->line);
	buf_puts(&ic->line, name);
}

static void
line_end(struct ical *ic)
{
	ic->oom |= ic->line.oom;
	ical_line(ic->out, buf_str(&ic->line));
}

/* name includes its ':' (or its parameters). */
static void
put_text(struct ical *ic, const char *name, const char *value)
{
	line_start(ic, name);
	ical_text(&ic->line, value);
	line_end(ic);
}

static void
put_raw(struct ical *ic, const char *name, const char *value)
{
	line_start(ic, name);
	buf_puts(&ic->line, value);
	line_end(ic);
}

/* A UID-like reference: stable across requests, unique per host. */
static void
put_ref(struct ical *ic, const char *name, const char *kind, long long id)
{
	line_start(ic, name);
	buf_printf(&ic->line, "%s-%lld@", kind, id);
	ical_text(&ic->line, ic->host);
	line_end(ic);
}

static void
put_utc(struct ical *ic, const char *name, xmlNodePtr item, const char *el)
{
	char	 utc[17];

	if (text_get(ic, elem(item, el), &ic->v) == 0 &&
	    ical_utc(buf_str(&ic->v), utc) == 0)
		put_raw(ic, name, utc);
}

/* DTSTAMP is required: the item's last change, else its first known
 * date, else now (a changing stamp beats a missing one). */
static void
put_stamp(struct ical *ic, xmlNodePtr item)
{
	static const char *const from[] = { "updated", "published", "created" };
	char	 utc[17];
	size_t	 i;

	for (i = 0; i < sizeof(from) / sizeof(from[0]); i++)
		if (text_get(ic, elem(item, from[i]), &ic->v) == 0 &&
		    ical_utc(buf_str(&ic->v), utc) == 0)
			break;
	if (i == sizeof(from) / sizeof(from[0]))
		utc_format(time(NULL), utc);
	put_raw(ic, "DTSTAMP:", utc);
}

/* The summary, then the page: most clients show no URL property. */
static void
put_description(struct ical *ic, xmlNodePtr item)
{
	int	 sum, url;

	sum = text_get(ic, elem(item, "summary"), &ic->v) == 0;
	url = url_get(ic, item, &ic->w) == 0;
	if (!sum && !url)
		return;
	line_start(ic, "DESCRIPTION:");
	ical_text(&ic->line, buf_str(&ic->v));
	if (sum && url)
		buf_puts(&ic->line, "\\n\\n");
	ical_text(&ic->line, buf_str(&ic->w));
	line_end(ic);
}

/* "name, address, postcode city", with whatever parts there are. */
static void
put_location(struct ical *ic, xmlNodePtr place)
{
	static const char *const parts[] =
	    { "name", "address", "postcode", "city" };
	size_t	 i, last = 0;

	reset(ic, &ic->w);
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		if (text_get(ic, elem(place, parts[i]), &ic->v) == -1)
			continue;
		if (ic->w.len > 0)
			buf_puts(&ic->w, i == 3 && last == 2 ? " " : ", ");
		buf_puts(&ic->w, buf_str(&ic->v));
		last = i;
	}
	if (ic->w.len > 0)
		put_text(ic, "LOCATION:", buf_str(&ic->w));
}

/*
 * A decimal degree within [-max, max], as the FLOAT type allows it.
 * Checked by hand: strtod() would follow the C locale's decimal point.
 */
static int
coord_valid(const char *s, int max)
{
	int	 deg = 0, n = 0, frac = 0;

	if (*s == '-')
		s++;
	for (; *s >= '0' && *s <= '9'; s++, n++)
		deg = deg * 10 + (*s - '0');
	if (n == 0 || n > 3)
		return 0;
	if (*s == '.') {
		for (n = 0, s++; *s >= '0' && *s <= '9'; s++, n++)
			frac |= *s != '0';
		if (n == 0 || n > 15)
			return 0;
	}
	return *s == '\0' && (deg < max || (deg == max && !frac));
}

static void
put_geo(struct ical *ic, xmlNodePtr place)
{
	if (attr_get(ic, place, "latitude", &ic->v) == -1 ||
	    attr_get(ic, place, "longitude", &ic->w) == -1 ||
	    !coord_valid(buf_str(&ic->v), 90) ||
	    !coord_valid(buf_str(&ic->w), 180))
		return;
	line_start(ic, "GEO:");
	buf_printf(&ic->line, "%s;%s", buf_str(&ic->v), buf_str(&ic->w));
	line_end(ic);
}

static void
category_add(struct ical *ic, size_t start)
{
	if (ic->line.len > start)
		buf_putc(&ic->line, ',');
	ical_text(&ic->line, buf_str(&ic->v));
}

/* The theme, then the tags: one list, commas between values. */
static void
put_categories(struct ical *ic, xmlNodePtr item)
{
	xmlNodePtr	 t;
	size_t		 start;

	line_start(ic, "CATEGORIES:");
	start = ic->line.len;
	if (text_get(ic, elem(item, "theme"), &ic->v) == 0)
		category_add(ic, start);
	for (t = elem(elem(item, "tags"), "tag"); t != NULL;
	    t = elem_from(t->next, "tag"))
		if (text_get(ic, t, &ic->v) == 0)
			category_add(ic, start);
	if (ic->line.len > start)
		line_end(ic);
}

static void
put_status(struct ical *ic, xmlNodePtr item)
{
	size_t	 i;

	if (text_get(ic, elem(item, "event-status"), &ic->v) == -1)
		return;
	for (i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++)
		if (strcmp(buf_str(&ic->v), statuses[i].event) == 0)
			put_raw(ic, "STATUS:", statuses[i].ical);
}

/* ORGANIZER is a URI: the structure's page, else the author's. */
static void
put_organizer(struct ical *ic, xmlNodePtr item)
{
	xmlNodePtr	 who;

	who = elem(item, "structure");
	if (url_get(ic, who, &ic->w) == -1) {
		who = elem(item, "author");
		if (url_get(ic, who, &ic->w) == -1)
			return;
	}
	line_start(ic, "ORGANIZER");
	if (text_get(ic, elem(who, "name"), &ic->v) == 0) {
		buf_puts(&ic->line, ";CN=");
		ical_param(&ic->line, buf_str(&ic->v));
	}
	buf_putc(&ic->line, ':');
	buf_puts(&ic->line, buf_str(&ic->w));
	line_end(ic);
}

/* Events. */

static void
event_about(struct ical *ic, xmlNodePtr item)
{
	xmlNodePtr	 place = elem(item, "place");

	if (text_get(ic, elem(item, "title"), &ic->v) == 0)
		put_text(ic, "SUMMARY:", buf_str(&ic->v));
	put_description(ic, item);
	put_location(ic, place);
	put_geo(ic, place);
	if (url_get(ic, item, &ic->w) == 0)
		put_raw(ic, "URL:", buf_str(&ic->w));
	put_categories(ic, item);
	put_status(ic, item);
	put_utc(ic, "CREATED:", item, "created");
	put_utc(ic, "LAST-MODIFIED:", item, "updated");
	put_organizer(ic, item);
	put_raw(ic, "SEQUENCE:", "0");
}

/*
 * One VEVENT for one timing of event `id`.  Without an id or a start
 * there is no UID or DTSTART to give: the timing is left out.  An end
 * not after the start is left out alone (RFC 5545 3.8.2.2).
 */
static void
event_write(struct ical *ic, xmlNodePtr item, xmlNodePtr timing,
    long long id, int linked)
{
	char		 start[16], end[16];
	long long	 tid;

	if (id_get(ic, timing, &tid) == -1 ||
	    attr_get(ic, timing, "begins", &ic->v) == -1 ||
	    ical_datetime(buf_str(&ic->v), start) == -1)
		return;
	if (attr_get(ic, timing, "ends", &ic->v) == -1 ||
	    ical_datetime(buf_str(&ic->v), end) == -1 ||
	    strcmp(end, start) <= 0)
		end[0] = '\0';
	put_raw(ic, "BEGIN:", "VEVENT");
	put_ref(ic, "UID:", "timing", tid);
	put_stamp(ic, item);
	put_raw(ic, "DTSTART;TZID=" TZID ":", start);
	if (end[0] != '\0')
		put_raw(ic, "DTEND;TZID=" TZID ":", end);
	event_about(ic, item);
	if (linked) {
		put_ref(ic, "RELATED-TO;RELTYPE=SIBLING:", "event", id);
		line_start(ic, "X-ECHOSCIENCES-EVENT:");
		buf_printf(&ic->line, "%lld", id);
		line_end(ic);
	}
	put_raw(ic, "END:", "VEVENT");
}

/* How many timings an item lists in its own timings element. */
static size_t
timings_count(xmlNodePtr item)
{
	xmlNodePtr	 t;
	size_t		 n = 0;

	for (t = elem(elem(item, "timings"), "timing"); t != NULL;
	    t = elem_from(t->next, "timing"))
		n++;
	return n;
}

/* Every timing of event `id`, linked when there are several. */
static void
item_timings(struct ical *ic, xmlNodePtr item, long long id)
{
	xmlNodePtr	 t;
	int		 linked = timings_count(item) > 1;

	for (t = elem(elem(item, "timings"), "timing"); t != NULL;
	    t = elem_from(t->next, "timing"))
		event_write(ic, item, t, id, linked);
}

/* The event page. */
static void
item_events(struct ical *ic, xmlNodePtr item)
{
	long long	 id;

	if (attr_get(ic, item, "kind", &ic->v) == -1 ||
	    strcmp(buf_str(&ic->v), "event") != 0 ||
	    id_get(ic, item, &id) == -1)
		return;
	item_timings(ic, item, id);
}

/* How many timings of event `id` the listing shows. */
static size_t
list_count(struct ical *ic, xmlNodePtr list, long long id)
{
	xmlNodePtr	 item;
	long long	 other;
	size_t		 n = 0;

	for (item = elem(list, "item"); item != NULL;
	    item = elem_from(item->next, "item"))
		if (id_get(ic, item, &other) == 0 && other == id)
			n++;
	return n;
}

/*
 * The agenda gives one item per timing: its `timing` has an id.  An
 * event is linked to its siblings when it has several timings: its
 * own timings element says so if it has one, else the listing holds
 * more than one of them.  Other listings (feeds) give only the next
 * start of an event, without id, but all its timings: those are used.
 */
static void
list_events(struct ical *ic, xmlNodePtr list)
{
	xmlNodePtr	 item, t;
	long long	 id;

	for (item = elem(list, "item"); item != NULL;
	    item = elem_from(item->next, "item")) {
		if (id_get(ic, item, &id) == -1)
			continue;
		t = elem(item, "timing");
		if (attr_get(ic, t, "id", &ic->v) == 0)
			event_write(ic, item, t, id, timings_count(item) > 1 ||
			    list_count(ic, list, id) > 1);
		else
			item_timings(ic, item, id);
	}
}

/* An event page or an agenda; anything else has no events. */
static void
page_events(struct ical *ic, xmlNodePtr root)
{
	xmlNodePtr	 item;

	if (!xmlStrEqual(root->name, X("page")))
		return;
	if ((item = elem(root, "item")) != NULL)
		item_events(ic, item);
	else
		list_events(ic, elem(root, "list"));
}

static void
cal_head(struct ical *ic, xmlNodePtr root, const char *calname)
{
	size_t	 i;

	put_raw(ic, "BEGIN:", "VCALENDAR");
	put_raw(ic, "VERSION:", "2.0");
	put_raw(ic, "PRODID:", "-//Échosciences//Agenda//FR");
	put_raw(ic, "CALSCALE:", "GREGORIAN");
	put_raw(ic, "METHOD:", "PUBLISH");
	if (calname == NULL && attr_get(ic, root, "site-name", &ic->v) == 0)
		calname = buf_str(&ic->v);
	if (calname == NULL)
		calname = "Échosciences";
	put_text(ic, "X-WR-CALNAME:", calname);
	put_text(ic, "NAME:", calname);
	put_raw(ic, "X-WR-TIMEZONE:", TZID);
	for (i = 0; i < sizeof(vtimezone) / sizeof(vtimezone[0]); i++)
		ical_line(ic->out, vtimezone[i]);
}

int
ical_write(xmlDocPtr doc, const char *base, const char *host,
    const char *calname, struct buf *out)
{
	struct ical	 ic;
	xmlNodePtr	 root;
	int		 rc;

	if (doc == NULL || base == NULL || host == NULL || out == NULL ||
	    (root = xmlDocGetRootElement(doc)) == NULL)
		return -1;
	memset(&ic, 0, sizeof(ic));
	ic.out = out;
	ic.base = base;
	ic.host = host;
	buf_init(&ic.line);
	buf_init(&ic.v);
	buf_init(&ic.w);
	cal_head(&ic, root, calname);
	page_events(&ic, root);
	put_raw(&ic, "END:", "VCALENDAR");
	reset(&ic, &ic.line);
	reset(&ic, &ic.v);
	reset(&ic, &ic.w);
	rc = ic.oom || out->oom ? -1 : 0;
	buf_free(&ic.line);
	buf_free(&ic.v);
	buf_free(&ic.w);
	return rc;
}
