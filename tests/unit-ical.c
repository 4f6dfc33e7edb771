/*
 * Unit tests of the iCalendar writer: escaping, folding, dates, then
 * whole calendars made from page documents built in memory, shaped as
 * the program builds them.  With ICAL_DUMP=dir, each calendar is also
 * written to dir/<name>.ics, for checking with other parsers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "ical.h"
#include "util.h"
#include "tap.h"

#define X(s)	((const xmlChar *)(s))
#define BASE	"https://echosciences.example"
#define HOST	"echosciences.example"
#define EVURL	BASE "/grenoble/evenements/412-nuit-de-la-science"

/* A calendar under test: its bytes and its unfolded lines. */
struct cal {
	struct buf	 raw;
	struct buf	 u;
	int		 rc;
};

static const char event_xml[] =
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
"<page version=\"1\" type=\"item\" lang=\"fr\" format=\"ics\""
" path=\"/grenoble/evenements/412-nuit-de-la-science\""
" base=\"http://127.0.0.1:8080\" site-name=\"Échosciences\" kind=\"event\""
" updated=\"2025-10-15T12:44:59+02:00\">\n"
"  <territory id=\"2\" slug=\"grenoble\" url=\"/grenoble/\">"
"Grenoble</territory>\n"
"  <item id=\"412\" kind=\"event\""
" url=\"/grenoble/evenements/412-nuit-de-la-science\">\n"
"    <title>Nuit de la science</title>\n"
"    <summary>Ateliers, conférences; et démonstrations.</summary>\n"
"    <published>2025-10-01T09:00:00+02:00</published>\n"
"    <updated>2025-10-15T12:44:59+02:00</updated>\n"
"    <image src=\"/images/demo/3.svg\" alt=\"Un laser\"/>\n"
"    <territory slug=\"grenoble\">Grenoble</territory>\n"
"    <author id=\"70\" kind=\"institution\" url=\"/membres/70-cercle\">"
"<name>Cercle des géologues</name></author>\n"
"    <structure id=\"5\" url=\"/grenoble/structures/5-casemate\">"
"<name>La Casemate, \"CCSTI\"</name></structure>\n"
"    <theme slug=\"numerique\" en=\"Digital\">Numérique</theme>\n"
"    <views>22</views>\n"
"    <created>2025-09-30T23:30:00+02:00</created>\n"
"    <body><p>Un <strong>texte</strong>.</p></body>\n"
"    <event-status>scheduled</event-status>\n"
"    <attendance-mode>offline</attendance-mode>\n"
"    <audience>Familles, dès 5 ans</audience>\n"
"    <price>Gratuit</price>\n"
"    <registration>https://example.org/?a=1&amp;b=2</registration>\n"
"    <place id=\"8\" latitude=\"45.585076\" longitude=\"5.273947\">"
"<name>Les Abattoirs</name><address>102 boulevard Émile-Zola</address>"
"<postcode>38300</postcode><city>Bourgoin-Jallieu</city></place>\n"
"    <tags><tag slug=\"photonique\">photonique</tag>"
"<tag slug=\"r-d\">R&amp;D, labos</tag></tags>\n"
"    <shared><territory slug=\"grenoble\" url=\"/grenoble/\">Grenoble"
"</territory></shared>\n"
"    <timings>\n"
"      <timing id=\"13\" begins=\"2025-11-22T14:30:00+01:00\""
" ends=\"2025-11-22T16:30:00+01:00\"/>\n"
"      <timing id=\"14\" begins=\"2026-06-20T20:00:00+02:00\""
" ends=\"2026-06-20T23:00:00+02:00\"/>\n"
"      <timing id=\"15\" begins=\"2026-03-29T01:30:00+01:00\""
" ends=\"2026-03-29T03:30:00+02:00\"/>\n"
"    </timings>\n"
"  </item>\n"
"</page>\n";

/* Statuses, missing parts, one event listed twice, broken items. */
static const char agenda_xml[] =
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
"<page version=\"1\" type=\"agenda\" lang=\"fr\" format=\"ics\""
" path=\"/grenoble/evenements/\" site-name=\"Échosciences\" kind=\"event\">\n"
"  <themes><theme id=\"1\" slug=\"sante\" en=\"Health\"><name>Santé</name>"
"</theme></themes>\n"
"  <list kind=\"event\">\n"
"    <item id=\"13\" kind=\"event\" url=\"/bretagne/evenements/13-plancton\""
" sort=\"1796029200\">\n"
"      <title>Les secrets du plancton</title>\n"
"      <updated>2026-11-01T11:00:00+01:00</updated>\n"
"      <author id=\"3\" kind=\"person\" url=\"/membres/3-yann\">"
"<name>Yann Le Goff</name></author>\n"
"      <theme slug=\"sciences-de-la-vie\">Sciences de la vie</theme>\n"
"      <timing id=\"104\" begins=\"2026-11-30T10:00:00+01:00\""
" ends=\"2027-03-01T18:00:00+01:00\"/>\n"
"      <timings><timing id=\"104\" begins=\"2026-11-30T10:00:00+01:00\"/>"
"<timing id=\"107\" begins=\"2027-04-01T10:00:00+02:00\"/></timings>\n"
"      <event-status>scheduled</event-status>\n"
"      <place id=\"3\"><city>Brest</city></place>\n"
"    </item>\n"
"    <item id=\"11\" kind=\"event\" url=\"/grenoble/evenements/11-adn\">\n"
"      <title>Atelier ADN</title>\n"
"      <updated>2026-11-15T11:00:00+01:00</updated>\n"
"      <author id=\"2\" kind=\"institution\" url=\"/membres/2-casemate\">"
"<name>La Casemate</name></author>\n"
"      <structure id=\"1\"><name>Sans adresse</name></structure>\n"
"      <timing id=\"102\" begins=\"2026-12-03T14:30:00+01:00\""
" ends=\"2026-12-03T14:30:00+01:00\"/>\n"
"      <event-status>postponed</event-status>\n"
"      <place id=\"2\"><name>Muséum</name><postcode>38000</postcode></place>\n"
"    </item>\n"
"    <item id=\"10\" kind=\"event\" url=\"/grenoble/evenements/10-etoiles\">\n"
"      <title>Nuit des étoiles</title>\n"
"      <updated>2026-11-22T11:00:00+01:00</updated>\n"
"      <timing id=\"100\" begins=\"2026-12-03T20:00:00+01:00\""
" ends=\"2026-12-03T23:30:00+01:00\"/>\n"
"      <event-status>cancelled</event-status>\n"
"    </item>\n"
"    <item id=\"12\" kind=\"event\" url=\"/grenoble/evenements/12-minimal\">\n"
"      <title>Minimal</title>\n"
"      <timing id=\"103\" begins=\"2026-12-05T18:00:00+01:00\"/>\n"
"    </item>\n"
"    <item id=\"10\" kind=\"event\" url=\"/grenoble/evenements/10-etoiles\">\n"
"      <title>Nuit des étoiles</title>\n"
"      <updated>2026-11-22T11:00:00+01:00</updated>\n"
"      <timing id=\"101\" begins=\"2026-12-10T20:00:00+01:00\""
" ends=\"2026-12-10T23:30:00+01:00\"/>\n"
"      <event-status>cancelled</event-status>\n"
"    </item>\n"
"    <item id=\"14\" kind=\"event\" url=\"/x/14\"><title>Bad start</title>"
"<timing id=\"105\" begins=\"2026-02-30T10:00:00+01:00\"/></item>\n"
"    <item id=\"15\" kind=\"event\" url=\"/x/15\"><title>No timing</title>"
"</item>\n"
"    <item id=\"x16\" kind=\"event\" url=\"/x/16\"><title>Bad id</title>"
"<timing id=\"106\" begins=\"2026-12-10T20:00:00+01:00\"/></item>\n"
"    <item id=\"17\" kind=\"event\" url=\"/x/17\"><title>Bad timing id</title>"
"<timing id=\"-1\" begins=\"2026-12-10T20:00:00+01:00\"/></item>\n"
"    <next href=\"/grenoble/evenements/?apres=1796000000.210\"/>\n"
"  </list>\n"
"</page>\n";

/* Checking calendars. */

static void
unfold(const struct buf *in, struct buf *out)
{
	size_t	 i;

	buf_reset(out);
	for (i = 0; i < in->len; i++) {
		if (i + 2 < in->len && memcmp(in->data + i, "\r\n ", 3) == 0)
			i += 2;
		else
			buf_putc(out, in->data[i]);
	}
}

/*
 * The physical form (RFC 5545 3.1): CRLF only, no empty line, lines of
 * at most 75 octets, each valid UTF-8 on its own (no character split
 * by a fold), no control character but HTAB.  NULL, or what is wrong.
 */
static const char *
physical_error(const struct buf *b)
{
	const char	*s = buf_str(b), *end = s + b->len, *eol, *p;

	if (b->len < 2 || memcmp(end - 2, "\r\n", 2) != 0)
		return "no final CRLF";
	if (s[0] == ' ')
		return "first line is a continuation";
	for (; s < end; s = eol + 2) {
		for (eol = s; *eol != '\r' && *eol != '\n'; eol++)
			continue;
		if (eol[0] != '\r' || eol[1] != '\n')
			return "bare CR or LF";
		if (eol == s)
			return "empty line";
		if (eol - s > 75)
			return "line over 75 octets";
		if (!utf8_valid(s, (size_t)(eol - s)))
			return "physical line not valid UTF-8";
		for (p = s; p < eol; p++)
			if (((unsigned char)*p < 0x20 && *p != '\t') ||
			    *p == 0x7f)
				return "control character";
	}
	return NULL;
}

/* Content lines (unfolded): names, and BEGIN/END nesting. */
static const char *
logical_error(const char *s)
{
	const char	*stack[8], *eol, *start = s;
	size_t		 depth = 0, n;

	if (strncmp(s, "BEGIN:VCALENDAR\r\n", 17) != 0)
		return "not a VCALENDAR";
	for (; *s != '\0'; s = eol + 2) {
		if ((eol = strstr(s, "\r\n")) == NULL)
			return "unterminated line";
		if (depth == 0 && s != start)
			return "content after END:VCALENDAR";
		n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "abcdefghijklmnopqrstuvwxyz0123456789-");
		if (n == 0 || (s[n] != ':' && s[n] != ';'))
			return "bad property name";
		if (strncmp(s, "BEGIN:", 6) == 0) {
			if (depth == 8)
				return "nesting too deep";
			stack[depth++] = s + 6;
		} else if (strncmp(s, "END:", 4) == 0) {
			if (depth == 0)
				return "END without BEGIN";
			depth--;
			n = (size_t)(eol - s - 4);
			if (strncmp(stack[depth], s + 4, n) != 0 ||
			    stack[depth][n] != '\r')
				return "END does not match BEGIN";
		}
	}
	return depth == 0 ? NULL : "BEGIN without END";
}

static void
cal_dump(const struct cal *c, const char *name)
{
	const char	*dir = getenv("ICAL_DUMP");
	char		 path[512];
	FILE		*f;

	if (dir == NULL)
		return;
	snprintf(path, sizeof(path), "%s/%s.ics", dir, name);
	if ((f = fopen(path, "wb")) == NULL)
		return;
	fwrite(buf_str(&c->raw), 1, c->raw.len, f);
	fclose(f);
}

/* Writes doc as a calendar and checks its form, which must hold for
 * any document at all. */
static void
cal_make(struct cal *c, xmlDocPtr doc, const char *host,
    const char *calname, const char *name)
{
	const char	*err;

	buf_init(&c->raw);
	buf_init(&c->u);
	c->rc = ical_write(doc, BASE, host, calname, &c->raw);
	ok(c->rc == 0, "%s: written", name);
	err = physical_error(&c->raw);
	ok(err == NULL, "%s: CRLF lines of 75 octets at most, UTF-8 "
	    "whole: %s", name, err != NULL ? err : "yes");
	unfold(&c->raw, &c->u);
	err = logical_error(buf_str(&c->u));
	ok(err == NULL, "%s: content lines and nesting: %s", name,
	    err != NULL ? err : "yes");
	cal_dump(c, name);
}

static void
cal_free(struct cal *c)
{
	buf_free(&c->raw);
	buf_free(&c->u);
}

/* Overlapping matches count: consecutive equal lines share a CRLF. */
static size_t
count(const char *hay, const char *needle)
{
	size_t	 n = 0;

	for (; (hay = strstr(hay, needle)) != NULL; hay++)
		n++;
	return n;
}

/* How many content lines equal `line` (or start with it, if `prefix`). */
static size_t
lines(const struct cal *c, const char *line, int prefix)
{
	struct buf	 b;
	size_t		 n;

	buf_init(&b);
	buf_printf(&b, "\r\n%s%s", line, prefix ? "" : "\r\n");
	n = count(buf_str(&c->u), buf_str(&b));
	buf_free(&b);
	return n;
}

#define has(c, line)	(lines((c), (line), 0) > 0)

/* Pure functions. */

static void
test_text(void)
{
	static const struct {
		const char	*in, *want, *name;
	} t[] = {
		{ "a;b,c\\d\ne", "a\\;b\\,c\\\\d\\ne", "; , \\ and LF" },
		{ "a\r\nb", "a\\nb", "CRLF is one line break" },
		{ "a\rb", "a\\nb", "CR alone is a line break" },
		{ "a\n\nb", "a\\n\\nb", "blank line kept" },
		{ "a\x01" "b\x7f" "c\x1b" "d\x0c", "abcd",
		    "C0 and DEL dropped" },
		{ "a\tb", "a\tb", "HTAB kept" },
		{ "a\xc2\x85" "b\xc2\x9f", "ab", "C1 dropped" },
		{ "\xff" "a\xc3", "\xef\xbf\xbd" "a\xef\xbf\xbd",
		    "invalid bytes become U+FFFD" },
		{ "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd",
		    "surrogate replaced" },
		{ "\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd", "overlong replaced" },
		{ "<script>alert(\"x\")</script>",
		    "<script>alert(\"x\")</script>", "markup is plain text" },
		{ "Échosciences : 🔭 ‘ok’", "Échosciences : 🔭 ‘ok’",
		    "UTF-8 and colon kept" },
		{ "\\n", "\\\\n", "a literal backslash-n stays literal" },
		{ "", "", "empty" },
	};
	struct buf	 b;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		buf_reset(&b);
		ical_text(&b, t[i].in);
		is_str(buf_str(&b), t[i].want, "text: %s", t[i].name);
	}
	buf_free(&b);
}

/* "é€🔭a" thirty times: characters of 2, 3, 4 and 1 octets. */
static void
long_title(struct buf *b, size_t times)
{
	while (times-- > 0)
		buf_puts(b, "é€🔭a");
}

static void
test_fold(void)
{
	struct buf	 line, out, u;
	const char	*err;

	buf_init(&line);
	buf_init(&out);
	buf_init(&u);
	buf_puts(&line, "SUMMARY:");
	long_title(&line, 30);
	ok(line.len == 8 + 300, "fold: a title of 300 octets");
	ical_line(&out, buf_str(&line));
	err = physical_error(&out);
	ok(err == NULL, "fold: lines of 75 octets at most, no character "
	    "split, CRLF: %s", err != NULL ? err : "yes");
	ok(count(buf_str(&out), "\r\n") >= 5, "fold: folded into %zu lines",
	    count(buf_str(&out), "\r\n"));
	ok(count(buf_str(&out), "\r\n ") + 1 == count(buf_str(&out), "\r\n"),
	    "fold: every continuation starts with a space");
	unfold(&out, &u);
	buf_puts(&line, "\r\n");
	is_str(buf_str(&u), buf_str(&line), "fold: unfolding gives it back");

	buf_reset(&line);
	buf_reset(&out);
	buf_printf(&line, "%075d", 0);
	ical_line(&out, buf_str(&line));
	ok(out.len == 77, "fold: 75 octets fit on one line");
	buf_reset(&out);
	buf_putc(&line, '1');
	ical_line(&out, buf_str(&line));
	ok(out.len == 81 && memcmp(out.data + 75, "\r\n 1\r\n", 6) == 0,
	    "fold: the 76th octet goes on a continuation line");

	buf_reset(&out);
	ical_line(&out, "A:b\nc\rd\x01" "e");
	is_str(buf_str(&out), "A:bcde\r\n", "fold: no line break inside");
	buf_reset(&out);
	ical_line(&out, "A:\xff");
	is_str(buf_str(&out), "A:\xef\xbf\xbd\r\n", "fold: invalid byte");
	buf_free(&line);
	buf_free(&out);
	buf_free(&u);
}

static void
test_dates(void)
{
	static const char *const bad[] = {
		"", "2026-13-03T20:00:00+01:00", "2026-02-29T20:00:00+01:00",
		"2026-12-03 20:00:00+01:00", "2026-12-03T20:00:00",
		"2026-12-03T20:00:00+0100", "2026-12-03T24:00:00+01:00",
		"2026-12-03T20:00:00+01:00x", "2026-12-3T20:00:00+01:00",
		"20261203T200000", "2026-12-03T20:00:00.+01:00",
		"2026-12-03T20:60:00+01:00", "1899-12-31T20:00:00+01:00",
	};
	char	 out[17];
	size_t	 i;

	ok(ical_datetime("2026-12-03T20:00:00+01:00", out) == 0 &&
	    strcmp(out, "20261203T200000") == 0, "datetime: wall time");
	ok(ical_datetime("2026-06-20T20:00:00+02:00", out) == 0 &&
	    strcmp(out, "20260620T200000") == 0,
	    "datetime: summer wall time as written");
	ok(ical_datetime("2024-02-29T08:05:09.250+01:00", out) == 0 &&
	    strcmp(out, "20240229T080509") == 0,
	    "datetime: leap day, fraction");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ok(ical_datetime(bad[i], out) == -1 &&
		    ical_utc(bad[i], out) == -1, "datetime: refuses '%s'",
		    bad[i]);
	ok(ical_utc("2025-10-15T12:44:59+02:00", out) == 0 &&
	    strcmp(out, "20251015T104459Z") == 0, "utc: summer offset");
	ok(ical_utc("2026-01-01T00:30:00+01:00", out) == 0 &&
	    strcmp(out, "20251231T233000Z") == 0, "utc: across a new year");
	ok(ical_utc("2024-03-01T00:00:00+01:00", out) == 0 &&
	    strcmp(out, "20240229T230000Z") == 0, "utc: back to a leap day");
	ok(ical_utc("2025-10-15T22:00:00-05:00", out) == 0 &&
	    strcmp(out, "20251016T030000Z") == 0, "utc: negative offset");
	ok(ical_utc("2025-10-15T12:44:59Z", out) == 0 &&
	    strcmp(out, "20251015T124459Z") == 0, "utc: Z");
}

/* Calendars. */

static xmlDocPtr
doc_parse(const char *xml)
{
	return xmlReadMemory(xml, (int)strlen(xml), "test.xml", NULL,
	    XML_PARSE_NONET);
}

static void
test_head(const struct cal *c)
{
	static const char *const head[] = {
		"VERSION:2.0", "PRODID:-//Échosciences//Agenda//FR",
		"CALSCALE:GREGORIAN", "METHOD:PUBLISH",
		"X-WR-CALNAME:Agenda\\, Grenoble", "NAME:Agenda\\, Grenoble",
		"X-WR-TIMEZONE:Europe/Paris",
	};
	/* The EU rule, in order. */
	static const char vtz[] =
	    "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"
	    "X-LIC-LOCATION:Europe/Paris\r\n"
	    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
	    "TZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
	    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
	    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
	    "TZNAME:CET\r\nDTSTART:19701025T030000\r\n"
	    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
	    "END:VTIMEZONE\r\n";
	const char	*u = buf_str(&c->u), *tz;
	size_t		 i;

	for (i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		ok(lines(c, head[i], 0) == 1, "event: %s", head[i]);
	tz = strstr(u, vtz);
	ok(tz != NULL, "event: VTIMEZONE Europe/Paris with the EU rule");
	ok(tz != NULL && tz < strstr(u, "BEGIN:VEVENT"),
	    "event: VTIMEZONE before the events");
	ok(strcmp(u + c->u.len - 15, "END:VCALENDAR\r\n") == 0,
	    "event: ends with END:VCALENDAR");
}

static void
test_event_props(const struct cal *c)
{
	static const char *const each[] = {
		"DTSTAMP:20251015T104459Z",
		"SUMMARY:Nuit de la science",
		"DESCRIPTION:Ateliers\\, conférences\\; et démonstrations."
		    "\\n\\n" EVURL,
		"LOCATION:Les Abattoirs\\, 102 boulevard Émile-Zola\\, "
		    "38300 Bourgoin-Jallieu",
		"GEO:45.585076;5.273947",
		"URL:" EVURL,
		"CATEGORIES:Numérique,photonique,R&D\\, labos",
		"STATUS:CONFIRMED",
		"CREATED:20250930T213000Z",
		"LAST-MODIFIED:20251015T104459Z",
		"ORGANIZER;CN=\"La Casemate, CCSTI\":" BASE
		    "/grenoble/structures/5-casemate",
		"SEQUENCE:0",
		"RELATED-TO;RELTYPE=SIBLING:event-412@" HOST,
		"X-ECHOSCIENCES-EVENT:412",
	};
	size_t	 i;

	for (i = 0; i < sizeof(each) / sizeof(each[0]); i++)
		ok(lines(c, each[i], 0) == 3, "event: in every VEVENT: %s",
		    each[i]);
}

static void
test_event(void)
{
	static const char *const dates[] = {
		"UID:timing-13@" HOST,
		"DTSTART;TZID=Europe/Paris:20251122T143000",
		"DTEND;TZID=Europe/Paris:20251122T163000",
		"UID:timing-14@" HOST,
		"DTSTART;TZID=Europe/Paris:20260620T200000",
		"DTEND;TZID=Europe/Paris:20260620T230000",
		"UID:timing-15@" HOST,
		"DTSTART;TZID=Europe/Paris:20260329T013000",
		"DTEND;TZID=Europe/Paris:20260329T033000",
	};
	xmlDocPtr	 doc = doc_parse(event_xml);
	xmlNodePtr	 t;
	struct cal	 c, again, one;
	size_t		 i;

	ok(doc != NULL, "event: document parsed");
	cal_make(&c, doc, HOST, "Agenda, Grenoble", "event");
	test_head(&c);
	ok(lines(&c, "BEGIN:VEVENT", 0) == 3 &&
	    lines(&c, "END:VEVENT", 0) == 3, "event: one VEVENT per timing");
	ok(lines(&c, "UID:", 1) == 3, "event: one UID per VEVENT");
	for (i = 0; i < sizeof(dates) / sizeof(dates[0]); i++)
		ok(lines(&c, dates[i], 0) == 1, "event: %s", dates[i]);
	test_event_props(&c);
	ok(lines(&c, "DTSTART:", 1) == 2 && lines(&c, "DTEND", 1) == 3,
	    "event: no floating or UTC start: all carry TZID");

	cal_make(&again, doc, HOST, "Agenda, Grenoble", "event-again");
	ok(again.raw.len == c.raw.len &&
	    memcmp(again.raw.data, c.raw.data, c.raw.len) == 0,
	    "event: the same document gives the same bytes");
	cal_free(&again);

	/* One timing left: no siblings to link. */
	t = xmlFirstElementChild(xmlDocGetRootElement(doc));
	while (t != NULL && !xmlStrEqual(t->name, X("item")))
		t = xmlNextElementSibling(t);
	t = xmlFirstElementChild(xmlLastElementChild(t));
	for (i = 0; i < 2; i++) {
		xmlNodePtr next = xmlNextElementSibling(t);

		xmlUnlinkNode(t);
		xmlFreeNode(t);
		t = next;
	}
	cal_make(&one, doc, HOST, "Agenda, Grenoble", "event-one");
	ok(lines(&one, "BEGIN:VEVENT", 0) == 1 &&
	    has(&one, "UID:timing-15@" HOST), "event: single timing");
	ok(lines(&one, "RELATED-TO", 1) == 0 &&
	    lines(&one, "X-ECHOSCIENCES-EVENT", 1) == 0,
	    "event: single timing is not linked");
	cal_free(&one);
	cal_free(&c);
	xmlFreeDoc(doc);
}

static void
test_agenda(void)
{
	static const char *const once[] = {
		"UID:timing-104@" HOST, "UID:timing-102@" HOST,
		"UID:timing-100@" HOST, "UID:timing-103@" HOST,
		"UID:timing-101@" HOST,
		"STATUS:CONFIRMED", "STATUS:TENTATIVE",
		"LOCATION:Brest", "LOCATION:Muséum\\, 38000",
		"CATEGORIES:Sciences de la vie",
		"ORGANIZER;CN=Yann Le Goff:" BASE "/membres/3-yann",
		"ORGANIZER;CN=La Casemate:" BASE "/membres/2-casemate",
		"DTSTART;TZID=Europe/Paris:20261205T180000",
		"DESCRIPTION:" BASE "/grenoble/evenements/12-minimal",
		"X-WR-CALNAME:Échosciences",
	};
	xmlDocPtr	 doc = doc_parse(agenda_xml);
	struct cal	 c;
	size_t		 i;

	ok(doc != NULL, "agenda: document parsed");
	cal_make(&c, doc, HOST, NULL, "agenda");
	ok(lines(&c, "BEGIN:VEVENT", 0) == 5,
	    "agenda: one VEVENT per listed timing, broken ones left out");
	for (i = 0; i < sizeof(once) / sizeof(once[0]); i++)
		ok(lines(&c, once[i], 0) == 1, "agenda: %s", once[i]);
	ok(lines(&c, "STATUS:CANCELLED", 0) == 2, "agenda: cancelled twice");
	ok(lines(&c, "STATUS:", 1) == 4, "agenda: no status, no STATUS");
	ok(lines(&c, "RELATED-TO;RELTYPE=SIBLING:event-10@" HOST, 0) == 2,
	    "agenda: the event listed twice is linked");
	ok(lines(&c, "RELATED-TO;RELTYPE=SIBLING:event-13@" HOST, 0) == 1 &&
	    lines(&c, "UID:timing-107", 1) == 0,
	    "agenda: linked by its own timings, still listed once");
	ok(lines(&c, "RELATED-TO", 1) == 3 &&
	    lines(&c, "X-ECHOSCIENCES-EVENT", 1) == 3 &&
	    lines(&c, "X-ECHOSCIENCES-EVENT:10", 0) == 2 &&
	    lines(&c, "X-ECHOSCIENCES-EVENT:13", 0) == 1,
	    "agenda: events with one timing are not linked");
	ok(lines(&c, "DTEND", 1) == 3,
	    "agenda: no DTEND when missing or not after the start");
	ok(lines(&c, "DTSTAMP:", 1) == 5 && lines(&c, "SEQUENCE:0", 0) == 5,
	    "agenda: DTSTAMP always, even without a date in the item");
	ok(lines(&c, "DTSTAMP:20261101T100000Z", 0) == 1 &&
	    lines(&c, "DTSTAMP:20261122T100000Z", 0) == 2,
	    "agenda: DTSTAMP from updated, in UTC");
	ok(lines(&c, "GEO", 1) == 0 && lines(&c, "CREATED", 1) == 0,
	    "agenda: nothing made up for missing parts");
	ok(lines(&c, "ORGANIZER", 1) == 2, "agenda: ORGANIZER only with a URI");
	ok(strstr(buf_str(&c.u), "Bad") == NULL &&
	    strstr(buf_str(&c.u), "No timing") == NULL,
	    "agenda: items without id or start left out");
	cal_free(&c);
	xmlFreeDoc(doc);
}

/* A feed lists each contribution once: the next start of an event,
 * without id, and all its timings. */
static void
test_feed(void)
{
	xmlDocPtr	 doc = doc_parse("<page><list>"
	    "<item id=\"20\" kind=\"article\" url=\"/a/20\"><title>A</title>"
	    "</item>"
	    "<item id=\"21\" kind=\"event\" url=\"/e/21\"><title>E</title>"
	    "<timing begins=\"2026-12-01T10:00:00+01:00\"/><timings>"
	    "<timing id=\"210\" begins=\"2026-12-01T10:00:00+01:00\"/>"
	    "<timing id=\"211\" begins=\"2026-12-08T10:00:00+01:00\"/>"
	    "</timings></item>"
	    "<item id=\"22\" kind=\"event\" url=\"/e/22\"><title>F</title>"
	    "<timing begins=\"2026-12-02T10:00:00+01:00\"/><timings>"
	    "<timing id=\"220\" begins=\"2026-12-02T10:00:00+01:00\"/>"
	    "</timings></item></list></page>");
	struct cal	 c;

	cal_make(&c, doc, HOST, NULL, "feed");
	ok(lines(&c, "BEGIN:VEVENT", 0) == 3 &&
	    has(&c, "UID:timing-210@" HOST) &&
	    has(&c, "UID:timing-211@" HOST) &&
	    has(&c, "UID:timing-220@" HOST),
	    "feed: every timing of every event");
	ok(lines(&c, "RELATED-TO;RELTYPE=SIBLING:event-21@" HOST, 0) == 2 &&
	    lines(&c, "RELATED-TO", 1) == 2, "feed: siblings linked");
	cal_free(&c);
	xmlFreeDoc(doc);
}

static xmlNodePtr
child(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, X(name), X(text));
}

static xmlNodePtr
timing(xmlNodePtr timings, const char *id, const char *begins)
{
	xmlNodePtr	 t = xmlNewChild(timings, NULL, X("timing"), NULL);

	xmlNewProp(t, X("id"), X(id));
	xmlNewProp(t, X("begins"), X(begins));
	xmlNewProp(t, X("ends"), X("2026-12-03T22:00:00+01:00"));
	return t;
}

/*
 * Through the tree API, which takes any bytes, unlike the parser: an
 * item full of what a contributor (or a bug) could put in it.
 */
static xmlDocPtr
hostile_doc(const char *title)
{
	xmlDocPtr	 doc = xmlNewDoc(X("1.0"));
	xmlNodePtr	 root = xmlNewNode(NULL, X("page")), item, n;

	xmlDocSetRootElement(doc, root);
	item = xmlNewChild(root, NULL, X("item"), NULL);
	xmlNewProp(item, X("id"), X("666"));
	xmlNewProp(item, X("kind"), X("event"));
	xmlNewProp(item, X("url"), X("/x/666-\"><b> a\r\nX:1 é"));
	child(item, "title", title);
	child(item, "summary", "l1\nl2\r\n\r\nl3\x7f\xff");
	child(item, "updated", "2025-10-15T12:44:59+02:00");
	child(item, "created", "hier");
	n = xmlNewChild(item, NULL, X("structure"), NULL);
	xmlNewProp(n, X("url"), X("/s/1"));
	child(n, "name", "Evil \"org\"; x:y,z\r\nnext\x01");
	child(item, "theme", "a,b;c\\d");
	child(xmlNewChild(item, NULL, X("tags"), NULL), "tag", "<b>x</b>");
	child(item, "event-status", "scheduled\r\nX-INJECTED:1");
	n = xmlNewChild(item, NULL, X("place"), NULL);
	xmlNewProp(n, X("latitude"), X("45.5;DROP"));
	xmlNewProp(n, X("longitude"), X("5"));
	child(n, "name", "\x1b[31mRouge\x1b[0m");
	n = xmlNewChild(item, NULL, X("timings"), NULL);
	timing(n, "1", "2026-12-03T20:00:00+01:00");
	timing(n, "2;x", "2026-12-03T20:00:00+01:00");
	timing(n, "3", "2026-13-03T20:00:00+01:00");
	timing(n, "4", "2026-12-03T20:00:00+01:00\r\nX-INJECTED:1");
	return doc;
}

static void
test_hostile(void)
{
	static const char *const want[] = {
		"STATUS", "GEO", "CREATED", "X-INJECTED", "UID:timing-2",
		"UID:timing-3", "UID:timing-4",
	};
	struct buf	 title, summary;
	struct cal	 c;
	xmlDocPtr	 doc;
	size_t		 i;

	buf_init(&title);
	buf_init(&summary);
	buf_puts(&title, "<script>alert(1)</script>; DROP, \\ x\r\ny\x01z ");
	long_title(&title, 30);
	doc = hostile_doc(buf_str(&title));
	cal_make(&c, doc, "evil;host\r\nX-H:1", NULL, "hostile");
	ok(lines(&c, "BEGIN:VEVENT", 0) == 1,
	    "hostile: only the timing with a clean id and start");
	buf_puts(&summary, "SUMMARY:<script>alert(1)</script>\\; DROP\\, "
	    "\\\\ x\\nyz ");
	long_title(&summary, 30);
	ok(has(&c, buf_str(&summary)), "hostile: SUMMARY escaped");
	ok(has(&c, "UID:timing-1@evil\\;host\\nX-H:1"), "hostile: host");
	ok(has(&c, "DESCRIPTION:l1\\nl2\\n\\nl3\xef\xbf\xbd\\n\\n" BASE
	    "/x/666-%22%3E%3Cb%3E%20a%0D%0AX:1%20%C3%A9"),
	    "hostile: DESCRIPTION");
	ok(has(&c, "URL:" BASE "/x/666-%22%3E%3Cb%3E%20a%0D%0AX:1%20%C3%A9"),
	    "hostile: URL percent-encoded");
	ok(has(&c, "ORGANIZER;CN=\"Evil org; x:y,z next\":" BASE "/s/1"),
	    "hostile: CN quoted, without DQUOTE or line break");
	ok(has(&c, "CATEGORIES:a\\,b\\;c\\\\d,<b>x</b>"),
	    "hostile: CATEGORIES escaped one by one");
	ok(has(&c, "LOCATION:[31mRouge[0m"), "hostile: ESC dropped");
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		ok(lines(&c, want[i], 1) == 0, "hostile: no %s", want[i]);
	ok(memchr(c.raw.data, '\x01', c.raw.len) == NULL, "hostile: no 0x01");
	cal_free(&c);
	xmlFreeDoc(doc);
	buf_free(&title);
	buf_free(&summary);
}

static void
test_empty(void)
{
	xmlDocPtr	 doc = doc_parse("<page><item id=\"3\" kind=\"article\""
	    " url=\"/a/3\"><title>A</title><timings><timing id=\"1\""
	    " begins=\"2026-12-03T20:00:00+01:00\"/></timings></item></page>");
	xmlDocPtr	 other = doc_parse("<feed><item id=\"3\"/></feed>");
	struct buf	 b;
	struct cal	 c;

	cal_make(&c, doc, HOST, NULL, "article");
	ok(lines(&c, "BEGIN:VEVENT", 0) == 0 &&
	    lines(&c, "BEGIN:VTIMEZONE", 0) == 1,
	    "empty: an article gives an empty calendar");
	ok(has(&c, "X-WR-CALNAME:Échosciences"), "empty: default name");
	cal_free(&c);
	cal_make(&c, other, HOST, "x", "other");
	ok(lines(&c, "BEGIN:VEVENT", 0) == 0, "empty: not a page");
	cal_free(&c);
	buf_init(&b);
	ok(ical_write(NULL, BASE, HOST, NULL, &b) == -1, "empty: no document");
	ok(ical_write(doc, BASE, NULL, NULL, &b) == -1, "empty: no host");
	ok(b.len == 0, "empty: nothing written on error");
	buf_free(&b);
	xmlFreeDoc(doc);
	xmlFreeDoc(other);
}

int
main(void)
{
	test_text();
	test_fold();
	test_dates();
	test_event();
	test_agenda();
	test_feed();
	test_hostile();
	test_empty();
	xmlCleanupParser();
	return tap_done();
}
