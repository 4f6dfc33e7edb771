/* Unit tests of the pure parts of the core: text, dates, input, output. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <time.h>

#include <libxml/tree.h>

#include "buf.h"
#include "cache.h"
#include "config.h"
#include "markdown.h"
#include "render.h"
#include "request.h"
#include "response.h"
#include "ui.h"
#include "util.h"
#include "tap.h"

static void
test_utf8(void)
{
	ok(utf8_valid("Échosciences", strlen("Échosciences")), "utf8: accents");
	ok(utf8_valid("", 0), "utf8: empty");
	ok(!utf8_valid("\xc3", 1), "utf8: truncated sequence");
	ok(!utf8_valid("\xc0\xaf", 2), "utf8: overlong slash");
	ok(!utf8_valid("\xed\xa0\x80", 3), "utf8: surrogate");
	ok(!utf8_valid("\xf4\x90\x80\x80", 4), "utf8: above U+10FFFF");
	ok(!utf8_valid("a\0b", 3), "utf8: NUL byte");
	ok(!utf8_valid("\xff", 1), "utf8: 0xff");
	ok(utf8_valid("\xf0\x9f\x94\xad", 4), "utf8: emoji");
	ok(utf8_chars("été", strlen("été")) == 3, "utf8: counts code points");
}

static void
test_pct(void)
{
	char	 s[64];
	size_t	 n;

	strcpy(s, "a%20b+c");
	n = strlen(s);
	ok(pct_decode(s, &n, 1) == 0 && strcmp(s, "a b c") == 0,
	    "pct: space and plus");
	strcpy(s, "a+b");
	n = strlen(s);
	ok(pct_decode(s, &n, 0) == 0 && strcmp(s, "a+b") == 0,
	    "pct: plus kept in paths");
	strcpy(s, "%C3%A9");
	n = strlen(s);
	ok(pct_decode(s, &n, 1) == 0 && strcmp(s, "é") == 0, "pct: utf-8");
	strcpy(s, "bad%2");
	n = strlen(s);
	ok(pct_decode(s, &n, 1) == -1, "pct: truncated escape refused");
	strcpy(s, "bad%zz");
	n = strlen(s);
	ok(pct_decode(s, &n, 1) == -1, "pct: non-hex escape refused");
	strcpy(s, "nul%00byte");
	n = strlen(s);
	ok(pct_decode(s, &n, 1) == -1, "pct: NUL refused");
	strcpy(s, "%");
	n = strlen(s);
	ok(pct_decode(s, &n, 1) == -1, "pct: lone percent refused");
}

static void
test_validators(void)
{
	long long	 v;
	time_t		 t;
	char		 out[32];

	ok(slug_valid("sciences-de-la-vie", 80), "slug: ok");
	ok(!slug_valid("Sciences", 80), "slug: uppercase");
	ok(!slug_valid("a--b", 80), "slug: double hyphen");
	ok(!slug_valid("-a", 80), "slug: leading hyphen");
	ok(!slug_valid("", 80), "slug: empty");
	ok(!slug_valid("é", 80), "slug: non-ascii");
	ok(int_parse("42", 1, 100, &v) == 0 && v == 42, "int: ok");
	ok(int_parse("0", 1, 100, &v) == -1, "int: below range");
	ok(int_parse("4a", 1, 100, &v) == -1, "int: trailing garbage");
	ok(int_parse("", 1, 100, &v) == -1, "int: empty");
	ok(int_parse("99999999999999999999", 0, 1LL << 40, &v) == -1,
	    "int: overflow");
	ok(int_parse(" 4", 0, 10, &v) == -1, "int: leading space");
	ok(date_parse("2026-02-28", &t) == 0, "date: ok");
	ok(date_parse("2026-02-29", &t) == -1, "date: not a leap year");
	ok(date_parse("2028-02-29", &t) == 0, "date: leap year");
	ok(date_parse("2026-13-01", &t) == -1, "date: month 13");
	ok(date_parse("26-01-01", &t) == -1, "date: short year");
	ok(sqltime_parse("2026-07-14 20:30:00", &t) == 0, "sqltime: ok");
	rfc3339_format(t, out);
	is_str(out, "2026-07-14T22:30:00+02:00", "rfc3339: summer in Paris");
	sqltime_parse("2026-12-03 19:00:00", &t);
	rfc3339_format(t, out);
	is_str(out, "2026-12-03T20:00:00+01:00", "rfc3339: winter in Paris");
	httpdate_format(784111777, out);
	is_str(out, "Sun, 06 Nov 1994 08:49:37 GMT", "httpdate: RFC example");
	ok(httpdate_parse("Sun, 06 Nov 1994 08:49:37 GMT", &t) == 0 &&
	    t == 784111777, "httpdate: parses back");
	ok(httpdate_parse("Sunday, 06-Nov-94 08:49:37 GMT", &t) == -1,
	    "httpdate: obsolete form refused");
}

static const char *
env_table(void *arg, const char *name)
{
	const char *const *kv = arg;

	for (; kv[0] != NULL; kv += 2)
		if (strcmp(kv[0], name) == 0)
			return kv[1];
	return NULL;
}

static enum req_error
parse(struct request *r, const char *uri, const char *qs, const char *cookie)
{
	const char	*kv[] = { "REQUEST_METHOD", "GET", "REQUEST_URI", uri,
	    "QUERY_STRING", qs, "HTTP_COOKIE", cookie, NULL, NULL };
	struct req_env	 e;

	if (cookie == NULL)
		kv[6] = NULL;
	req_env_read(&e, env_table, (void *)kv);
	return req_parse(r, &e);
}

static void
test_request(void)
{
	struct request	 r;

	ok(parse(&r, "/grenoble/articles/", "theme=espace&utm_source=x",
	    NULL) == REQERR_NONE && r.in[KEY_THEME].present &&
	    strcmp(r.in[KEY_THEME].s, "espace") == 0 && r.fmt == FMT_HTML,
	    "request: theme filter, unknown key ignored");
	req_free(&r);
	ok(parse(&r, "/grenoble/articles.atom", "", NULL) == REQERR_NONE &&
	    r.fmt == FMT_ATOM && strcmp(r.path, "/grenoble/articles") == 0,
	    "request: .atom suffix");
	req_free(&r);
	ok(parse(&r, "/grenoble/index.xml", "", NULL) == REQERR_NONE &&
	    r.fmt == FMT_XML && strcmp(r.path, "/grenoble/") == 0,
	    "request: index.xml names the folder");
	req_free(&r);
	ok(parse(&r, "/a/b.php", "", NULL) == REQERR_NONE &&
	    r.fmt == FMT_HTML && strcmp(r.path, "/a/b.php") == 0,
	    "request: unknown suffix kept");
	req_free(&r);
	ok(parse(&r, "/x", "theme=Bad%20Slug", NULL) == REQERR_BAD &&
	    r.bad_key != NULL && strcmp(r.bad_key, "theme") == 0,
	    "request: invalid slug refused, key named");
	req_free(&r);
	ok(parse(&r, "/x", "du=2026-02-30", NULL) == REQERR_BAD,
	    "request: impossible date refused");
	req_free(&r);
	ok(parse(&r, "/x", "avant=123.45", NULL) == REQERR_NONE &&
	    r.in[KEY_BEFORE].i == 123 && r.in[KEY_BEFORE].i2 == 45,
	    "request: cursor");
	req_free(&r);
	ok(parse(&r, "/x", "avant=123", NULL) == REQERR_BAD,
	    "request: cursor without id refused");
	req_free(&r);
	ok(parse(&r, "/x", "q=%FF", NULL) == REQERR_BAD,
	    "request: invalid UTF-8 value refused");
	req_free(&r);
	ok(parse(&r, "/%FF", "", NULL) == REQERR_BAD,
	    "request: invalid UTF-8 path refused");
	req_free(&r);
	ok(parse(&r, "/x%00y", "", NULL) == REQERR_BAD,
	    "request: NUL in path refused");
	req_free(&r);
	ok(parse(&r, "/x", "theme=", NULL) == REQERR_NONE &&
	    !r.in[KEY_THEME].present, "request: empty value is no value");
	req_free(&r);
	ok(parse(&r, "/x", "lang=en", NULL) == REQERR_NONE &&
	    r.lang == LANG_EN && r.lang_from_query, "request: lang=en");
	req_free(&r);
	ok(parse(&r, "/x", "", "a=b; lang=en") == REQERR_NONE &&
	    r.lang == LANG_EN && !r.lang_from_query, "request: lang cookie");
	req_free(&r);
	ok(parse(&r, "/x", "lang=de", NULL) == REQERR_BAD,
	    "request: unknown language refused");
	req_free(&r);
	{
		char	*big = malloc(REQ_MAX_URI + 10);

		memset(big, 'a', REQ_MAX_URI + 9);
		big[0] = '/';
		big[REQ_MAX_URI + 9] = '\0';
		ok(parse(&r, big, "", NULL) == REQERR_TOO_LARGE,
		    "request: oversized URI refused");
		req_free(&r);
		free(big);
	}
	{
		struct buf	 qs;
		int		 i;

		buf_init(&qs);
		for (i = 0; i < 300; i++)
			buf_printf(&qs, "k%d=v&", i);
		ok(parse(&r, "/x", buf_str(&qs), NULL) == REQERR_BAD,
		    "request: too many parameters refused");
		req_free(&r);
		buf_free(&qs);
	}
}

static char *
md(const char *text)
{
	xmlDocPtr	 doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr	 root = xmlNewDocNode(doc, NULL,
	    (const xmlChar *)"body", NULL);
	xmlBufferPtr	 b = xmlBufferCreate();
	char		*s;

	xmlDocSetRootElement(doc, root);
	markdown_to_xml(root, text, strlen(text));
	xmlNodeDump(b, doc, root, 0, 0);
	s = strdup((const char *)xmlBufferContent(b));
	xmlBufferFree(b);
	xmlFreeDoc(doc);
	return s;
}

static void
test_markdown(void)
{
	char	*s;

	s = md("# Titre\n\nUn *mot* et **deux**.");
	is_str(s, "<body><h2>Titre</h2><p>Un <em>mot</em> et "
	    "<strong>deux</strong>.</p></body>", "markdown: headings shift, inline");
	free(s);
	s = md("<script>alert(1)</script>\n\ntexte <b>gras</b>");
	ok(strstr(s, "<script") == NULL && strstr(s, "<b>") == NULL,
	    "markdown: raw HTML dropped (%s)", s);
	free(s);
	s = md("[x](javascript:alert(1)) [y](https://example.org/a?b=1&c=2)");
	ok(strstr(s, "javascript") == NULL, "markdown: javascript: link dropped");
	ok(strstr(s, "href=\"https://example.org/a?b=1&amp;c=2\"") != NULL,
	    "markdown: https link kept and escaped (%s)", s);
	free(s);
	s = md("![un chat](data:image/png;base64,AAAA)");
	ok(strstr(s, "<img") == NULL && strstr(s, "un chat") != NULL,
	    "markdown: data: image becomes its alt text");
	free(s);
	s = md("- a\n- b\n");
	is_str(s, "<body><ul><li>a</li><li>b</li></ul></body>",
	    "markdown: tight list");
	free(s);
	s = md("a & b < c");
	is_str(s, "<body><p>a &amp; b &lt; c</p></body>", "markdown: escaping");
	free(s);
	ok(url_is_safe("/grenoble/") && url_is_safe("https://x") &&
	    url_is_safe("mailto:a@b") && !url_is_safe("JaVaScRiPt:x") &&
	    !url_is_safe("vbscript:x") && url_is_safe("page?x=a:b"),
	    "markdown: url_is_safe");
}

static void
test_slugify(void)
{
	char	 out[64];

	slugify("Écoles & Œuvres : l'été 2026 !", out, sizeof(out));
	is_str(out, "ecoles-oeuvres-l-ete-2026", "slugify: accents, punctuation");
	slugify("--Ça--", out, sizeof(out));
	is_str(out, "ca", "slugify: no hyphen at the ends");
	ok(slugify("<>", out, sizeof(out)) == 0, "slugify: nothing usable");
	slugify("abcdefghij", out, 5);
	is_str(out, "abcd", "slugify: bounded");
}

static void
test_search(void)
{
	char	 out[256];

	ok(search_terms("Abeilles et miel", out, sizeof(out)) == 2 &&
	    strcmp(out, "+Abeilles* +miel*") == 0, "search: words as prefixes");
	ok(search_terms("\"x\" -y +zz* (a) ~b @c <d>", out, sizeof(out)) == 0 &&
	    out[0] == '\0', "search: operators and short words dropped");
	ok(search_terms("éclipse >lune< 'soleil'", out, sizeof(out)) == 3 &&
	    strcmp(out, "+éclipse* +lune* +soleil*") == 0,
	    "search: accents kept, operators out (%s)", out);
	ok(search_terms("abcdef ghijkl", out, 12) == 1,
	    "search: bounded by the buffer");
}

static void
test_response(void)
{
	struct response	 r;

	response_init(&r);
	r.ctype = "text/html; charset=utf-8";
	buf_puts(&r.body, "hello");
	response_etag(&r);
	r.last_modified = 784111777;
	ok(response_not_modified(&r, r.etag, NULL), "etag: exact match");
	ok(response_not_modified(&r, "\"zzz\", W/\"zzz\", *", NULL),
	    "etag: star");
	ok(!response_not_modified(&r, "\"zzz\"", NULL), "etag: mismatch");
	ok(response_not_modified(&r, NULL, "Sun, 06 Nov 1994 08:49:37 GMT"),
	    "ims: same date");
	ok(!response_not_modified(&r, NULL, "Sun, 06 Nov 1994 08:49:36 GMT"),
	    "ims: older date");
	ok(!response_not_modified(&r, "\"zzz\"",
	    "Sun, 06 Nov 1994 08:49:37 GMT"), "inm wins over ims");
	response_free(&r);
}

static void
test_cache(void)
{
	struct cache	*c = cache_new(60, 4096);
	struct response	 r, got;
	int		 i;
	char		 key[32];

	response_init(&r);
	response_init(&got);
	r.ctype = "text/html";
	buf_puts(&r.body, "page body");
	cache_put(c, "k1", &r);
	ok(cache_get(c, "k1", &got) && got.body.len == 9,
	    "cache: hit after put");
	ok(!cache_get(c, "k2", &got), "cache: miss");
	for (i = 0; i < 200; i++) {
		snprintf(key, sizeof(key), "key%d", i);
		cache_put(c, key, &r);
	}
	ok(cache_get(c, "key199", &got), "cache: bounded, newest kept");
	r.status = 404;
	cache_put(c, "k404", &r);
	ok(!cache_get(c, "k404", &got), "cache: errors not kept");
	cache_free(c);
	response_free(&r);
	response_free(&got);
}

static void
test_config(void)
{
	struct config	 c;
	char		 err[256];
	FILE		*f;
	const char	*path = "unit-core.conf.tmp";

	f = fopen(path, "w");
	fputs("# comment\nsite.url = https://echosciences.example/\n"
	    "host.grenoble = Grenoble.Example.org\ncache.ttl = 9\n", f);
	fclose(f);
	setenv("ECHO_DB_NAME", "from_env", 1);
	ok(config_load(&c, path, err, sizeof(err)) == 0, "config: loads");
	is_str(config_str(&c, CONF_SITE_URL), "https://echosciences.example",
	    "config: trailing slash dropped");
	is_str(config_str(&c, CONF_DB_NAME), "from_env",
	    "config: environment wins");
	ok(config_int(&c, CONF_CACHE_TTL) == 9, "config: integer");
	is_str(config_host_territory(&c, "grenoble.example.org:8080"),
	    "grenoble", "config: host name with port");
	ok(config_host_territory(&c, "other.example.org") == NULL,
	    "config: unknown host");
	config_free(&c);
	unsetenv("ECHO_DB_NAME");
	f = fopen(path, "w");
	fputs("no.such.key = 1\n", f);
	fclose(f);
	ok(config_load(&c, path, err, sizeof(err)) == -1 &&
	    strstr(err, "unknown key") != NULL, "config: unknown key refused");
	f = fopen(path, "w");
	fputs("cache.ttl = five\n", f);
	fclose(f);
	ok(config_load(&c, path, err, sizeof(err)) == -1,
	    "config: bad integer refused");
	remove(path);
}

/* Writes `text` to a new file under `dir`; its path in `path`. */
static void
file_put(const char *dir, const char *name, const char *text, char *path,
    size_t sz)
{
	FILE	*f;

	snprintf(path, sz, "%s/%s", dir, name);
	if ((f = fopen(path, "w")) != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

static void
test_ui(void)
{
	static const struct { const char *text, *why; } bad[] = {
		{ "a = b\\tc\n", "an unknown escape" },
		{ "a = b\\", "a backslash at the end" },
		{ "just words\n", "a line without =" },
		{ "a = b\na = c\n", "a key given twice" },
		{ "two words = x\n", "a key with a space" },
		{ " = x\n", "an empty key" },
		{ "a = \xc3\n", "bad UTF-8" },
	};
	char			 dir[] = "/tmp/unit-ui.XXXXXX", path[512],
				 err[256];
	struct ui_strings	*ui;
	struct render		*r;
	struct buf		 out;
	xmlDocPtr		 doc;
	const char		*ctype;
	size_t			 i;

	if (mkdtemp(dir) == NULL) {
		ok(0, "ui: a temporary folder");
		return;
	}
	file_put(dir, "t.txt", "# comment\n\n  skip = Aller au contenu  \n"
	    "colon =\xc2\xa0:\\s\nempty =\nlines = a\\nb \\\\ c\n"
	    "eq = a = b\r\nlast=no newline", path, sizeof(path));
	ui = ui_load(path, err, sizeof(err));
	ok(ui != NULL, "ui: a well-formed file loads (%s)", ui ? "" : err);
	ok(ui_count(ui) == 6, "ui: six strings, comments and blank lines "
	    "skipped");
	is_str(ui_get(ui, "skip"), "Aller au contenu",
	    "ui: spaces around = and at the ends do not count");
	is_str(ui_get(ui, "colon"), "\xc2\xa0: ",
	    "ui: \\s keeps a space at the end, a no-break space is kept");
	is_str(ui_get(ui, "empty"), "", "ui: an empty text");
	is_str(ui_get(ui, "lines"), "a\nb \\ c", "ui: \\n and \\\\");
	is_str(ui_get(ui, "eq"), "a = b",
	    "ui: the first = splits, a CR before the newline goes");
	is_str(ui_get(ui, "last"), "no newline", "ui: a last line unended");
	ok(ui_get(ui, "missing") == NULL, "ui: a missing key is NULL");
	ok(ui_get(NULL, "skip") == NULL, "ui: no table, no string");
	ui_free(ui);

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		file_put(dir, "bad.txt", bad[i].text, path, sizeof(path));
		err[0] = '\0';
		ui = ui_load(path, err, sizeof(err));
		ok(ui == NULL && strstr(err, "bad.txt") != NULL,
		    "ui: %s is refused, naming the file (%s)", bad[i].why, err);
		ui_free(ui);
	}
	ok(ui_load("/nonexistent/strings.txt", err, sizeof(err)) == NULL,
	    "ui: a missing file is an error");

	/* Through a stylesheet: the page's language picks the table. */
	file_put(dir, "strings-fr.txt", "hello = Bonjour\n", path,
	    sizeof(path));
	file_put(dir, "strings-en.txt", "hello = Hello\n", path, sizeof(path));
	file_put(dir, "t.xsl", "<xsl:stylesheet version='1.0' "
	    "xmlns:xsl='http://www.w3.org/1999/XSL/Transform' "
	    "xmlns:ui='" RENDER_UI_NS "'><xsl:output method='text'/>"
	    "<xsl:template match='/'>[<xsl:value-of select=\"ui:t('hello')\"/>"
	    "|<xsl:value-of select=\"ui:t(concat('hel', 'lo'))\"/>"
	    "|<xsl:value-of select=\"ui:t('nope')\"/>]</xsl:template>"
	    "</xsl:stylesheet>", path, sizeof(path));
	r = render_new(dir, 0, err, sizeof(err));
	ok(r != NULL, "ui: render reads both languages (%s)", r ? "" : err);
	if (r != NULL) {
		static const struct { const char *doc, *want; } c[] = {
			{ "<page lang='fr'/>", "[Bonjour|Bonjour|]" },
			{ "<page lang='en'/>", "[Hello|Hello|]" },
			{ "<page lang='de'/>", "[Bonjour|Bonjour|]" },
			{ "<page/>", "[Bonjour|Bonjour|]" },
		};
		for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
			buf_init(&out);
			doc = xmlReadMemory(c[i].doc, (int)strlen(c[i].doc),
			    NULL, NULL, 0);
			ok(render_page(r, "t", doc, &out, &ctype) == 0 &&
			    strcmp(buf_str(&out), c[i].want) == 0,
			    "ui: %s gives %s (got %s)", c[i].doc, c[i].want,
			    buf_str(&out));
			xmlFreeDoc(doc);
			buf_free(&out);
		}
		is_str(ui_get(render_strings(r, 1), "hello"), "Hello",
		    "ui: C code reads the same tables");
		render_free(r);
	}
	file_put(dir, "strings-en.txt", "hello\n", path, sizeof(path));
	r = render_new(dir, 0, err, sizeof(err));
	ok(r == NULL && strstr(err, "strings-en.txt") != NULL,
	    "ui: a broken strings file stops start-up (%s)", err);
	render_free(r);
	for (i = 0; i < 5; i++) {
		static const char *const names[] = { "t.txt", "bad.txt",
		    "strings-fr.txt", "strings-en.txt", "t.xsl" };
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

int
main(void)
{
	setenv("TZ", "Europe/Paris", 1);
	tzset();
	test_utf8();
	test_pct();
	test_validators();
	test_request();
	test_markdown();
	test_slugify();
	test_search();
	test_response();
	test_cache();
	test_config();
	render_global_init();
	test_ui();
	xmlCleanupParser();
	return tap_done();
}
