/*
 * Unit tests of uploads: the streaming multipart parser (cut at every
 * byte, strict about line ends, bounded), the sniffing of file types,
 * and the upload layer against a scratch media folder: text fields into
 * the request, files to tmp/ and kept under their random name, limits,
 * refusals, cleanup, and media_remove's refusals.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "multipart.h"
#include "request.h"
#include "upload.h"
#include "tap.h"

#define CT "multipart/form-data; boundary=XyZ-123"
/* The error of a literal body (NULs inside count). */
#define PE(ct, lit) parse_error((ct), (lit), sizeof(lit) - 1)

/* ------------------------------------------------------------------ */
/* The parser's events, written down as one string. */

struct rec {
	struct buf	 out;
	int		 parts;
};

static int
rec_part(void *arg, const struct mp_part *p)
{
	struct rec	*r = arg;

	r->parts++;
	buf_printf(&r->out, "[%s|%s%s|%s]", p->name,
	    p->has_filename ? "file=" : "", p->filename, p->type);
	return 0;
}

static int
rec_data(void *arg, const char *s, size_t n)
{
	struct rec	*r = arg;

	if (n == 0)
		buf_puts(&r->out, "<EMPTY DATA CALL>");
	buf_put(&r->out, s, n);
	return 0;
}

static int
rec_end(void *arg)
{
	buf_puts(&((struct rec *)arg)->out, "{end}");
	return 0;
}

static const struct mp_callbacks rec_cb = { rec_part, rec_data, rec_end };

/* Feeds `body` cut at the given offsets (sorted, `ncuts` of them);
 * returns the events, and "!<error>" if the parser refused it. */
static char *
parse_cut(const char *ct, const char *body, size_t len, const size_t *cuts,
    size_t ncuts)
{
	struct multipart mp;
	struct rec	 r;
	size_t		 i, from = 0, to;
	int		 bad = 0;

	memset(&r, 0, sizeof(r));
	buf_init(&r.out);
	if (mp_init(&mp, ct, &rec_cb, &r) == -1)
		bad = 1;
	for (i = 0; !bad && i <= ncuts; i++) {
		to = i < ncuts ? cuts[i] : len;
		if (mp_feed(&mp, body + from, to - from) == -1)
			bad = 1;
		from = to;
	}
	if (!bad && mp_finish(&mp) == -1)
		bad = 1;
	if (bad)
		buf_printf(&r.out, "!%s", mp_strerror(mp.error));
	buf_putc(&r.out, '\0');
	return r.out.data;
}

static char *
parse(const char *ct, const char *body, size_t len)
{
	return parse_cut(ct, body, len, NULL, 0);
}

static enum mp_error
parse_error(const char *ct, const char *body, size_t len)
{
	struct multipart mp;
	struct rec	 r;
	enum mp_error	 e;

	memset(&r, 0, sizeof(r));
	buf_init(&r.out);
	if (mp_init(&mp, ct, &rec_cb, &r) == 0 &&
	    mp_feed(&mp, body, len) == 0)
		mp_finish(&mp);
	e = mp.error;
	buf_free(&r.out);
	return e;
}

/* A body with what makes a boundary search go wrong: CRs, a near
 * boundary, a boundary's prefix at the end of a part, a preamble,
 * padding after a boundary, and an epilogue. */
static const char tricky[] =
    "This is the preamble.\r\n"
    "--XyZ-123  \r\n"
    "Content-Disposition: form-data; name=\"titre\"\r\n"
    "\r\n"
    "Un titre\r\r\n\r\n-\r\n--\r\n--XyZ\r\n--XyZ-12\r"
    "\r\n--XyZ-123\r\n"
    "content-disposition: FORM-DATA; name=texte\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\n"
    "\r\n"
    "\r\n"
    "\r\n--XyZ-123\r\n"
    "Content-Disposition: form-data; name=\"image\"; filename=\"a \\\"b\\\".png\"\r\n"
    "Content-Type: Image/PNG\r\n"
    "\r\n"
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\r\n--XyZ-12x\r\n-"
    "\r\n--XyZ-123--\r\n"
    "epilogue, ignored\r\n--XyZ-123\r\n";

static const char tricky_events[] =
    "[titre||]Un titre\r\r\n\r\n-\r\n--\r\n--XyZ\r\n--XyZ-12\r{end}"
    "[texte||text/plain; charset=utf-8]\r\n{end}"
    "[image|file=a \"b\".png|image/png]"
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\r\n--XyZ-12x\r\n-{end}";

static void
test_parser_cuts(void)
{
	size_t		 len = sizeof(tricky) - 1, i, j, cuts[2], bad = 0;
	size_t		 elen = sizeof(tricky_events) - 1;
	char		*whole, *got;

	whole = parse(CT, tricky, len);
	ok(memcmp(whole, tricky_events, elen) == 0 && whole[elen] == '\0',
	    "a tricky body gives its parts, CRs and near-boundaries as data");
	if (memcmp(whole, tricky_events, elen) != 0)
		printf("# got: %s\n", whole);

	for (i = 0; i <= len; i++) {
		cuts[0] = i;
		got = parse_cut(CT, tricky, len, cuts, 1);
		if (memcmp(got, whole, elen + 1) != 0)
			bad++;
		free(got);
	}
	ok(bad == 0, "cut in two at each of its %zu bytes: the same events "
	    "(%zu differ)", len + 1, bad);

	for (i = bad = 0; i <= len; i += 3)
		for (j = i; j <= len; j++) {
			cuts[0] = i;
			cuts[1] = j;
			got = parse_cut(CT, tricky, len, cuts, 2);
			if (memcmp(got, whole, elen + 1) != 0)
				bad++;
			free(got);
		}
	ok(bad == 0, "cut in three at many pairs of places: the same events");

	{
		size_t	*every = malloc(len * sizeof(*every));

		for (i = 0; i < len; i++)
			every[i] = i;
		got = parse_cut(CT, tricky, len, every, len);
		ok(memcmp(got, whole, elen + 1) == 0,
		    "fed one byte at a time: the same events");
		free(got);
		free(every);
	}
	free(whole);
}

static void
test_parser_truncated(void)
{
	size_t	 len = sizeof(tricky) - 1, i, refused = 0;
	size_t	 closing = (size_t)((const char *)memmem(tricky, len,
	    "--XyZ-123--", 11) - tricky) + 11;

	for (i = 0; i < closing; i++)
		refused += parse_error(CT, tricky, i) == MP_ERR_TRUNCATED;
	ok(refused == closing, "every body cut before its closing boundary "
	    "is truncated (%zu of %zu)", refused, closing);
	ok(parse_error(CT, tricky, closing) == MP_OK,
	    "a body that ends right after the closing boundary is whole");
	ok(parse_error(CT, tricky, len) == MP_OK, "its epilogue is ignored");
	ok(parse_error(CT, "", 0) == MP_ERR_TRUNCATED,
	    "an empty body is truncated");
}

static void
test_boundaries(void)
{
	char	 b[MP_BOUNDARY_MAX + 1], ct[200], body[300];
	int	 n;

	ok(mp_boundary("multipart/form-data; boundary=abc", b) == 0 &&
	    strcmp(b, "abc") == 0, "a token boundary");
	ok(mp_boundary("Multipart/Form-Data ;charset=utf-8;  BOUNDARY=\"a b:c?\"",
	    b) == 0 && strcmp(b, "a b:c?") == 0,
	    "a quoted boundary with a space and a colon, any case, with "
	    "another parameter");
	ok(mp_boundary("multipart/form-data; boundary=\"abc\" ; x=1", b) == 0 &&
	    strcmp(b, "abc") == 0, "a parameter after the boundary");
	memset(b, 0, sizeof(b));
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%.70s",
	    "0123456789012345678901234567890123456789012345678901234567890123456789X");
	ok(mp_boundary(ct, b) == 0 && strlen(b) == 70, "70 characters");
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%.71s",
	    "0123456789012345678901234567890123456789012345678901234567890123456789X");
	ok(mp_boundary(ct, b) == -1, "71 characters: refused");
	ok(mp_boundary("multipart/form-data", b) == -1, "no boundary: refused");
	ok(mp_boundary("multipart/form-data; boundary=", b) == -1 &&
	    mp_boundary("multipart/form-data; boundary=\"\"", b) == -1,
	    "an empty boundary: refused");
	ok(mp_boundary("multipart/form-data; boundary=\"ab \"", b) == -1,
	    "a boundary ending with a space: refused");
	ok(mp_boundary("multipart/form-data; boundary=a\rb", b) == -1 &&
	    mp_boundary("multipart/form-data; boundary=\"a\r\nb\"", b) == -1 &&
	    mp_boundary("multipart/form-data; boundary=a<b", b) == -1,
	    "a boundary with CR, LF or a character outside RFC 2046: refused");
	ok(mp_boundary("multipart/form-data; boundary=a; boundary=b", b) == -1,
	    "two boundaries: refused");
	ok(mp_boundary("multipart/form-data; boundary=\"abc", b) == -1,
	    "an unterminated quote: refused");
	ok(mp_boundary("multipart/mixed; boundary=abc", b) == -1 &&
	    mp_boundary("multipart/form-datax; boundary=abc", b) == -1 &&
	    mp_boundary("text/plain", b) == -1, "another type: refused");

	n = snprintf(body, sizeof(body), "--a b:c?\r\nContent-Disposition: "
	    "form-data; name=q\r\n\r\nv\r\n--a b:c?--");
	{
		char	*ev = parse("multipart/form-data; boundary=\"a b:c?\"",
		    body, (size_t)n);

		is_str(ev, "[q||]v{end}", "a body with a quoted boundary");
		free(ev);
	}
}

static void
test_line_ends(void)
{
	static const char lf[] = "--B\nContent-Disposition: form-data; "
	    "name=a\n\nx\n--B--\n";
	static const char cr[] = "--B\rContent-Disposition: form-data; "
	    "name=a\r\rx\r--B--\r";
	static const char hdr_lf[] = "--B\r\nContent-Disposition: form-data; "
	    "name=a\n\r\nx\r\n--B--\r\n";
	static const char hdr_cr[] = "--B\r\nContent-Disposition: form-data; "
	    "name=a\r\r\nx\r\n--B--\r\n";
	static const char junk[] = "--B junk\r\nContent-Disposition: "
	    "form-data; name=a\r\n\r\nx\r\n--B--\r\n";
	static const char dash[] = "--B-\r\nContent-Disposition: form-data; "
	    "name=a\r\n\r\nx\r\n--B--\r\n";
	static const char good[] = "--B\r\nContent-Disposition: form-data; "
	    "name=a\r\n\r\nx\r\n--B--\r\n";
	const char	*ct = "multipart/form-data; boundary=B";

	ok(parse_error(ct, good, sizeof(good) - 1) == MP_OK,
	    "CRLF everywhere: accepted");
	ok(parse_error(ct, lf, sizeof(lf) - 1) != MP_OK,
	    "LF alone as line end: refused");
	ok(parse_error(ct, cr, sizeof(cr) - 1) != MP_OK,
	    "CR alone as line end: refused");
	ok(parse_error(ct, hdr_lf, sizeof(hdr_lf) - 1) == MP_ERR_SYNTAX,
	    "a header line ending in LF alone: refused");
	ok(parse_error(ct, hdr_cr, sizeof(hdr_cr) - 1) == MP_ERR_SYNTAX,
	    "a header line with CR CR LF: refused");
	ok(PE(ct, "--B\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "x\r\n--Bx\r\n--B--\r\n") == MP_ERR_SYNTAX,
	    "the boundary followed by more in a part's data: refused "
	    "(RFC 2046: it may not appear there)");
	ok(parse_error(ct, junk, sizeof(junk) - 1) == MP_ERR_SYNTAX &&
	    parse_error(ct, dash, sizeof(dash) - 1) == MP_ERR_SYNTAX,
	    "junk after a boundary instead of CRLF: refused");
}

static void
test_limits(void)
{
	const char	*ct = "multipart/form-data; boundary=B";
	struct buf	 b;
	int		 i;

	buf_init(&b);
	for (i = 0; i < MP_PREAMBLE_MAX; i++)
		buf_putc(&b, 'x');
	buf_puts(&b, "\r\n--B\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "x\r\n--B--");
	ok(parse_error(ct, b.data, b.len) == MP_OK,
	    "a preamble of %d bytes: accepted", MP_PREAMBLE_MAX);
	buf_reset(&b);
	for (i = 0; i < 4 * MP_PREAMBLE_MAX; i++)
		buf_puts(&b, "\r\n-");
	buf_puts(&b, "\r\n--B\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "x\r\n--B--");
	ok(parse_error(ct, b.data, b.len) == MP_ERR_PREAMBLE,
	    "a long preamble of near-boundaries: refused");

	buf_reset(&b);
	buf_puts(&b, "--B\r\nContent-Disposition: form-data; name=a; x=\"");
	for (i = 0; i < MP_LINE_MAX; i++)
		buf_putc(&b, 'y');
	buf_puts(&b, "\"\r\n\r\nx\r\n--B--");
	ok(parse_error(ct, b.data, b.len) == MP_ERR_HEADER,
	    "a header line over %d bytes: refused", MP_LINE_MAX);

	buf_reset(&b);
	buf_puts(&b, "--B\r\nContent-Disposition: form-data; name=a\r\n");
	for (i = 0; i < MP_HEADERS_MAX; i++)
		buf_puts(&b, "X-Other: 1\r\n");
	buf_puts(&b, "\r\nx\r\n--B--");
	ok(parse_error(ct, b.data, b.len) == MP_ERR_HEADER,
	    "more than %d header lines: refused", MP_HEADERS_MAX);

	ok(PE(ct, "--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--") ==
	    MP_ERR_HEADER, "a part without Content-Disposition: refused");
	ok(PE(ct, "--B\r\nContent-Disposition: attachment; name=a"
	    "\r\n\r\nx\r\n--B--") == MP_ERR_HEADER,
	    "a disposition other than form-data: refused");
	ok(PE(ct, "--B\r\nContent-Disposition: form-data; filename=a"
	    "\r\n\r\nx\r\n--B--") == MP_ERR_HEADER,
	    "a part without a name: refused");
	ok(PE(ct, "--B\r\nContent-Disposition: form-data; name=a; name=b"
	    "\r\n\r\nx\r\n--B--") == MP_ERR_HEADER,
	    "a part with two names: refused");
	ok(PE(ct, "--B\r\nContent-Disposition: form-data; name=a\r\n"
	    " folded\r\n\r\nx\r\n--B--") == MP_ERR_HEADER,
	    "a folded header line: refused");
	ok(PE(ct, "--B\r\nContent-Disposition: form-data; name=\"a\0b\""
	    "\r\n\r\nx\r\n--B--") == MP_ERR_HEADER &&
	    PE(ct, "--B\r\nContent-Disposition: form-data; name=a; "
	    "filename=\"\x01.png\"\r\n\r\nx\r\n--B--") == MP_ERR_HEADER,
	    "a NUL or a control character in a header: refused");
	ok(PE(ct, "--B\r\nContent-Disposition: form-data; name=\"a\r\n"
	    "\r\nx\r\n--B--") == MP_ERR_HEADER,
	    "an unterminated quoted name: refused");
	ok(PE(ct, "--B\r\nContent-Disposition : form-data; name=a\r\n"
	    "\r\nx\r\n--B--") == MP_ERR_HEADER,
	    "a space before a header's colon: refused");
	buf_free(&b);
}

/* ------------------------------------------------------------------ */

static void
test_sniff(void)
{
	static const struct {
		const char	*bytes;
		size_t		 len;
		const char	*mime;
		const char	*what;
	} cases[] = {
		{ "\xff\xd8\xff\xe0\0\x10JFIF\0\1\1\0\0\1", 16, "image/jpeg", "JPEG" },
		{ "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "image/png", "PNG" },
		{ "GIF87a\1\0\1\0\0\0\0\0\0\0", 16, "image/gif", "GIF87a" },
		{ "GIF89a\1\0\1\0\0\0\0\0\0\0", 16, "image/gif", "GIF89a" },
		{ "RIFF\x24\0\0\0WEBPVP8 ", 16, "image/webp", "WebP" },
		{ "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0", 16, "application/pdf", "PDF" },
		{ "\xff\xd8\xfe\xe0\0\x10JFIF\0\1\1\0\0\1", 16, NULL, "FF D8 FE" },
		{ "\xff\xd8", 2, NULL, "two bytes of JPEG" },
		{ "\x89PNG\r\n\x1a\r\0\0\0\rIHDR", 16, NULL, "PNG with CR for LF" },
		{ "\x89PNG\n\x1a\n\0\0\0\0\rIHDR", 16, NULL, "PNG through a text converter" },
		{ "GIF88a\1\0\1\0\0\0\0\0\0\0", 16, NULL, "GIF88a" },
		{ "RIFF\x24\0\0\0WAVEfmt ", 16, NULL, "RIFF WAVE" },
		{ "RIFF\x24\0\0\0WEB", 11, NULL, "RIFF cut before WEBP" },
		{ "%PDF1.7\n%\xe2\xe3\xcf\xd3\n1 0", 16, NULL, "%PDF without a dash" },
		{ " %PDF-1.7\n%\xe2\xe3\xcf\xd3\n1", 16, NULL, "a space before %PDF-" },
		{ "<svg xmlns=\"http", 16, NULL, "SVG" },
		{ "<html><img src=x", 16, NULL, "HTML" },
		{ "Just some text.\n", 16, NULL, "text" },
		{ "", 0, NULL, "nothing" },
	};
	const char	*ext, *m;
	size_t		 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		ext = NULL;
		m = upload_sniff((const unsigned char *)cases[i].bytes,
		    cases[i].len, &ext);
		is_str(m, cases[i].mime, "sniff %s: %s", cases[i].what,
		    cases[i].mime != NULL ? cases[i].mime : "none");
	}
	upload_sniff((const unsigned char *)"RIFF\x24\0\0\0WEBPVP8 ", 16, &ext);
	is_str(ext, "webp", "its extension");
}

/* ------------------------------------------------------------------ */
/* The upload layer, against a scratch media folder. */

static char	 media[64];

struct src {
	const char	*p;
	size_t		 n, off, max, calls;
};

/* The body as a socket gives it: at most `max` bytes a call. */
static size_t
mem_in(void *arg, char *s, size_t n)
{
	struct src	*x = arg;
	size_t		 k = x->n - x->off;

	x->calls++;
	if (k > n)
		k = n;
	if (x->max != 0 && k > x->max)
		k = x->max;
	memcpy(s, x->p + x->off, k);
	x->off += k;
	return k;
}

static void
part(struct buf *b, const char *name, const char *filename,
    const void *data, size_t len)
{
	buf_printf(b, "--XyZ-123\r\nContent-Disposition: form-data; "
	    "name=\"%s\"", name);
	if (filename != NULL)
		buf_printf(b, "; filename=\"%s\"\r\nContent-Type: "
		    "application/octet-stream", filename);
	buf_puts(b, "\r\n\r\n");
	buf_put(b, data, len);
	buf_puts(b, "\r\n");
}

static void
end(struct buf *b)
{
	buf_puts(b, "--XyZ-123--\r\n");
}

static void
req_start(struct request *r)
{
	struct req_env	 e;

	memset(&e, 0, sizeof(e));
	e.method = "POST";
	e.uri = "/compte";
	req_parse(r, &e);
}

/* upload_read of `b` (cut in `max`-byte reads), member or not. */
static int
run(struct request *r, const struct buf *b, long long len, size_t max,
    int member, size_t *calls)
{
	struct src	 x = { b->data, b->len, 0, max, 0 };
	int		 rc;

	req_start(r);
	rc = upload_read_as(r, CT, len < 0 ? (long long)b->len : len, mem_in,
	    &x, media, member);
	if (calls != NULL)
		*calls = x.calls;
	return rc;
}

/* Files in <media>/<sub>, "." and ".." aside. */
static int
files_in(const char *sub)
{
	char		 path[128];
	DIR		*d;
	struct dirent	*e;
	int		 n = 0;

	snprintf(path, sizeof(path), "%s/%s", media, sub);
	if ((d = opendir(path)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

static int
exists(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0;
}

static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1"
    "\x08\x06\0\0\0\x1f\x15\xc4\x89\r\n--XyZ-12\r\n";
static const char pdf[] = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n";

static void
test_fields(void)
{
	struct request	 r;
	struct buf	 b;
	const struct kval *v;
	int		 rc;

	buf_init(&b);
	part(&b, "titre", NULL, "Un <b>titre</b> d’été", 25);
	part(&b, "partage", NULL, "grenoble", 8);
	part(&b, "inconnu", NULL, "ignoré", 7);
	part(&b, "partage", NULL, "bretagne", 8);
	part(&b, "texte", NULL, "ligne 1\r\nligne 2\r\n", 18);
	part(&b, "chapo", NULL, "", 0);
	end(&b);
	rc = run(&r, &b, -1, 7, 1, NULL);
	ok(rc == 0, "a form of text fields, read 7 bytes at a time (%d)", rc);
	is_str(r.in[KEY_TITLE].s, "Un <b>titre</b> d’été", "a text field "
	    "reaches req->in as sent");
	ok(r.in[KEY_TITLE].present && r.in[KEY_TITLE].len == 25, "present, "
	    "its length right");
	ok(r.in[KEY_BODY].present && strcmp(r.in[KEY_BODY].s,
	    "ligne 1\r\nligne 2\r\n") == 0, "line breaks inside a value stay");
	ok(req_count(&r, KEY_SHARE) == 2, "a repeated key: both values");
	v = req_nth(&r, KEY_SHARE, 1);
	ok(v != NULL && strcmp(v->s, "bretagne") == 0 &&
	    strcmp(req_nth(&r, KEY_SHARE, 0)->s, "grenoble") == 0,
	    "in the order sent (req_nth)");
	ok(!r.in[KEY_SUMMARY].present && !r.in[KEY_SUMMARY].invalid,
	    "an empty field is the same as none");
	ok(upload_get(&r, KEY_IMAGE) == NULL, "no file: upload_get says none");
	upload_cleanup(&r);
	req_free(&r);

	buf_reset(&b);
	part(&b, "image", NULL, "pas un fichier", 14);
	end(&b);
	ok(run(&r, &b, -1, 0, 1, NULL) == 0 && r.in[KEY_IMAGE].invalid &&
	    !r.in[KEY_IMAGE].present, "a file field sent as text: invalid");
	upload_cleanup(&r);
	req_free(&r);

	buf_reset(&b);
	part(&b, "titre", NULL, "\xff\xfe", 2);
	end(&b);
	ok(run(&r, &b, -1, 0, 1, NULL) == 400, "a value that is not UTF-8: 400");
	upload_cleanup(&r);
	req_free(&r);

	buf_reset(&b);
	part(&b, "theme", NULL, "Pas Un Slug", 11);
	end(&b);
	ok(run(&r, &b, -1, 0, 1, NULL) == 400 && r.bad_key != NULL &&
	    strcmp(r.bad_key, "theme") == 0,
	    "a filter key with a bad value: 400 naming it");
	upload_cleanup(&r);
	req_free(&r);

	{
		char	*big = malloc(REQ_MAX_BODY / 2 + 1);

		memset(big, 'a', REQ_MAX_BODY / 2 + 1);
		buf_reset(&b);
		part(&b, "texte", NULL, big, REQ_MAX_BODY / 2 + 1);
		part(&b, "chapo", NULL, big, REQ_MAX_BODY / 2 + 1);
		end(&b);
		ok(run(&r, &b, -1, 0, 1, NULL) == 413,
		    "text fields over %d bytes together: 413", REQ_MAX_BODY);
		upload_cleanup(&r);
		req_free(&r);
		free(big);
	}
	buf_free(&b);
}

static void
test_files(void)
{
	struct request	 r;
	struct buf	 b;
	const struct upload *u;
	const char	*url;
	char		 path[256], tmp[512], kept[64];
	size_t		 i, calls;
	int		 rc;

	buf_init(&b);
	part(&b, "titre", NULL, "Avec image", 10);
	part(&b, "image", "C:\\Users\\Ana\\photo \xc2\x9b\xe2\x80\xae" "gpj.png",
	    png, sizeof(png) - 1);
	part(&b, "piece_jointe", "doc.pdf", pdf, sizeof(pdf) - 1);
	part(&b, "autre", "x.png", png, sizeof(png) - 1);
	end(&b);
	rc = run(&r, &b, -1, 5, 1, NULL);
	ok(rc == 0, "a form with an image and a PDF (%d)", rc);
	u = upload_get(&r, KEY_IMAGE);
	ok(u != NULL && u->error == UPLOAD_OK && r.in[KEY_IMAGE].present,
	    "the image is taken");
	ok(u != NULL && strcmp(u->mime, "image/png") == 0 &&
	    strcmp(u->ext, "png") == 0 && u->size == sizeof(png) - 1,
	    "its type from its bytes, its size");
	is_str(u != NULL ? u->name : NULL, "photo gpj.png", "its name for "
	    "display: no path, no control, no bidirectional override");
	ok(upload_get(&r, KEY_ATTACHMENT) != NULL &&
	    upload_get(&r, KEY_ATTACHMENT)->error == UPLOAD_OK &&
	    r.in[KEY_ATTACHMENT].present, "the PDF is taken");
	ok(files_in("tmp") == 2, "two files wait in tmp/ (the third file "
	    "field is nobody's)");
	snprintf(tmp, sizeof(tmp), "%s", u != NULL ? u->tmp : "");
	ok(strncmp(tmp, media, strlen(media)) == 0 && strstr(tmp, "/tmp/") !=
	    NULL && strlen(strrchr(tmp, '/')) == 1 + 32 + 5,
	    "under <media>/tmp/<32 hex>.part");
	{
		FILE	*f = fopen(tmp, "rb");
		char	 got[sizeof(png)];
		size_t	 n = f != NULL ? fread(got, 1, sizeof(got), f) : 0;
		struct stat st;

		if (f != NULL)
			fclose(f);
		ok(n == sizeof(png) - 1 && memcmp(got, png, n) == 0,
		    "with exactly the bytes sent");
		ok(stat(tmp, &st) == 0 && (st.st_mode & 0777) == 0640,
		    "mode 0640");
	}

	url = upload_keep(&r, KEY_IMAGE, media);
	ok(url != NULL && strncmp(url, "/media/", 7) == 0 && strlen(url) ==
	    7 + 3 + 32 + 4 && url[9] == '/' && strncmp(url + 7, url + 10, 2) ==
	    0 && strcmp(url + 42, ".png") == 0,
	    "kept: /media/<2 hex>/<32 hex>.png (%s)", url ? url : "NULL");
	snprintf(path, sizeof(path), "%s/%s", media, url ? url + 7 : "");
	ok(url != NULL && exists(path) && !exists(tmp),
	    "moved to its final name");
	ok(upload_keep(&r, KEY_IMAGE, media) == url, "kept twice: one file");
	snprintf(kept, sizeof(kept), "%s", url != NULL ? url : "");
	upload_cleanup(&r);
	ok(files_in("tmp") == 0 && exists(path),
	    "cleanup: the PDF not kept is gone, the kept image stays");
	req_free(&r);
	ok(media_remove(media, kept) == 0 && !exists(path),
	    "media_remove removes it");

	/* Types decided by bytes. */
	buf_reset(&b);
	part(&b, "image", "vacances.jpg", "Ceci est un texte, pas une image.",
	    33);
	part(&b, "piece_jointe", "image.pdf", png, sizeof(png) - 1);
	end(&b);
	ok(run(&r, &b, -1, 0, 1, NULL) == 0, "a text renamed .jpg and a PNG "
	    "renamed .pdf: the form is read");
	ok(upload_get(&r, KEY_IMAGE)->error == UPLOAD_BAD_TYPE &&
	    r.in[KEY_IMAGE].invalid && !r.in[KEY_IMAGE].present,
	    "the text renamed .jpg is refused (bad-type)");
	ok(upload_get(&r, KEY_ATTACHMENT)->error == UPLOAD_BAD_TYPE &&
	    r.in[KEY_ATTACHMENT].invalid, "a PNG as an attachment is refused");
	ok(files_in("tmp") == 0, "nothing was written for them");
	ok(upload_keep(&r, KEY_IMAGE, media) == NULL, "a refused file cannot "
	    "be kept");
	upload_cleanup(&r);
	req_free(&r);

	buf_reset(&b);
	part(&b, "image", "doc.pdf", pdf, sizeof(pdf) - 1);
	end(&b);
	ok(run(&r, &b, -1, 0, 1, NULL) == 0 &&
	    upload_get(&r, KEY_IMAGE)->error == UPLOAD_BAD_TYPE,
	    "a PDF as an image is refused");
	upload_cleanup(&r);
	req_free(&r);

	/* No file, an empty file. */
	buf_reset(&b);
	part(&b, "image", "", "", 0);
	part(&b, "piece_jointe", "vide.pdf", "", 0);
	end(&b);
	ok(run(&r, &b, -1, 0, 1, NULL) == 0 && upload_get(&r, KEY_IMAGE) ==
	    NULL && !r.in[KEY_IMAGE].present && !r.in[KEY_IMAGE].invalid,
	    "a file field left empty: no file, nothing set");
	ok(upload_get(&r, KEY_ATTACHMENT) != NULL &&
	    upload_get(&r, KEY_ATTACHMENT)->error == UPLOAD_EMPTY &&
	    r.in[KEY_ATTACHMENT].invalid, "a named file of no byte: empty");
	upload_cleanup(&r);
	req_free(&r);

	/* Over the limit: the rest is read, the file goes at once. */
	{
		size_t	 n = UPLOAD_MAX_IMAGE + 1;
		char	*big = calloc(1, n);

		memcpy(big, png, 16);
		buf_reset(&b);
		part(&b, "image", "grande.png", big, n);
		part(&b, "titre", NULL, "après", 6);
		end(&b);
		rc = run(&r, &b, -1, 0, 1, NULL);
		ok(rc == 0 && upload_get(&r, KEY_IMAGE)->error ==
		    UPLOAD_TOO_LARGE && r.in[KEY_IMAGE].invalid,
		    "an image of 5 MB and 1 byte: too-large");
		ok(files_in("tmp") == 0, "its temporary file is already gone");
		ok(r.in[KEY_TITLE].present, "the fields after it are read");
		upload_cleanup(&r);
		req_free(&r);

		buf_reset(&b);
		part(&b, "image", "juste.png", big, n - 1);
		end(&b);
		ok(run(&r, &b, -1, 0, 1, NULL) == 0 && upload_get(&r,
		    KEY_IMAGE)->error == UPLOAD_OK, "exactly 5 MB: taken");
		upload_cleanup(&r);
		ok(files_in("tmp") == 0, "and removed at cleanup, not kept");
		req_free(&r);
		free(big);
	}

	/* A visitor not logged in. */
	buf_reset(&b);
	part(&b, "image", "photo.png", png, sizeof(png) - 1);
	part(&b, "titre", NULL, "Anonyme", 7);
	end(&b);
	ok(run(&r, &b, -1, 0, 0, NULL) == 0 && r.in[KEY_IMAGE].invalid &&
	    upload_get(&r, KEY_IMAGE)->error == UPLOAD_REFUSED &&
	    r.in[KEY_TITLE].present, "an anonymous visitor's file: refused, "
	    "the text read");
	ok(files_in("tmp") == 0, "and never written");
	upload_cleanup(&r);
	req_free(&r);

	/* Broken, truncated, too large. */
	buf_reset(&b);
	part(&b, "image", "photo.png", png, sizeof(png) - 1);
	part(&b, "titre", NULL, "coupé", 6);
	ok(run(&r, &b, -1, 0, 1, NULL) == 400, "a body without its closing "
	    "boundary: 400");
	ok(files_in("tmp") == 0, "its file is removed at once");
	upload_cleanup(&r);
	req_free(&r);
	end(&b);
	ok(run(&r, &b, (long long)b.len + 100, 0, 1, NULL) == 400,
	    "a body shorter than its Content-Length: 400");
	ok(files_in("tmp") == 0, "nothing left in tmp/");
	upload_cleanup(&r);
	req_free(&r);
	for (i = 0; i < b.len; i += 37) {
		size_t	 keep = b.len;

		b.len = i;
		rc = run(&r, &b, (long long)keep, 0, 1, NULL);
		b.len = keep;
		upload_cleanup(&r);
		req_free(&r);
		if (rc != 400 || files_in("tmp") != 0)
			break;
	}
	ok(i >= b.len, "cut anywhere: 400 and nothing in tmp/");
	buf_reset(&b);
	buf_puts(&b, "--XyZ-123\nContent-Disposition: form-data; name=titre\n\n"
	    "x\n--XyZ-123--\n");
	ok(run(&r, &b, -1, 0, 1, NULL) == 400, "a body with LF line ends: 400");
	req_free(&r);
	ok(run(&r, &b, UPLOAD_MAX_BODY + 1LL, 0, 1, &calls) == 413 &&
	    calls == 0, "a Content-Length over %d: 413 before reading",
	    UPLOAD_MAX_BODY);
	req_free(&r);
	{
		struct src x = { "", 0, 0, 0, 0 };

		req_start(&r);
		ok(upload_read(&r, "text/plain", 0, mem_in, &x, media) == 415 &&
		    upload_read(&r, NULL, 0, mem_in, &x, media) == 415,
		    "not multipart/form-data: 415");
		ok(upload_read(&r, "multipart/form-data", 0, mem_in, &x,
		    media) == 400 && upload_read(&r, "multipart/form-data; "
		    "boundary=\"a", 0, mem_in, &x, media) == 400,
		    "multipart/form-data without a valid boundary: 400");
		req_free(&r);
	}
	buf_free(&b);
}

static void
test_names(void)
{
	struct request	 r;
	struct buf	 b, name;
	const struct upload *u;
	int		 i;

	buf_init(&b);
	buf_init(&name);
	for (i = 0; i < 200; i++)
		buf_puts(&name, "é");
	part(&b, "image", name.data, png, sizeof(png) - 1);
	part(&b, "piece_jointe", "a\xff\xc3(b\xed\xa0\x80\xc2\x85.pdf", pdf,
	    sizeof(pdf) - 1);
	end(&b);
	ok(run(&r, &b, -1, 0, 1, NULL) == 0, "files with odd names are read");
	u = upload_get(&r, KEY_IMAGE);
	ok(u != NULL && strlen(u->name) == 254, "a 400-byte name is cut to "
	    "254 bytes, between characters (%zu)", u ? strlen(u->name) : 0);
	u = upload_get(&r, KEY_ATTACHMENT);
	is_str(u != NULL ? u->name : NULL, "a(b.pdf", "invalid UTF-8, "
	    "surrogates and C1 controls are dropped");
	is_str(r.in[KEY_ATTACHMENT].s, "a(b.pdf", "the field's value is "
	    "that name");
	upload_cleanup(&r);
	req_free(&r);
	buf_free(&b);
	buf_free(&name);
}

static void
test_media_remove(void)
{
	char	 path[256], victim[256];
	FILE	*f;
	static const char *const bad[] = {
		"/media/ab/../../victim.jpg",
		"/media/../victim.jpg",
		"../victim.jpg",
		"/media/ab/ab0123456789abcdef0123456789abc/../x.jpg",
		"/media/ab/cd0123456789abcdef0123456789abcd.jpg",
		"/media/AB/AB0123456789ABCDEF0123456789ABCD.jpg",
		"/media/ab/ab0123456789abcdef0123456789abcd.exe",
		"/media/ab/ab0123456789abcdef0123456789abcd.jpg/",
		"/media/ab/ab0123456789abcdef0123456789abcd.jpgx",
		"/media/ab/ab0123456789abcdef0123456789abc.jpg",
		"/media/ab//ab0123456789abcdef0123456789abcd.jpg",
		"/mediax/ab/ab0123456789abcdef0123456789abcd.jpg",
		"https://evil.example/media/ab/ab0123456789abcdef0123456789abcd.jpg",
		"//evil.example/media/ab/ab0123456789abcdef0123456789abcd.jpg",
		"/images/ab/ab0123456789abcdef0123456789abcd.jpg",
		"",
	};
	size_t	 i, refused = 0;

	snprintf(victim, sizeof(victim), "%s/victim.jpg", media);
	if ((f = fopen(victim, "w")) != NULL)
		fclose(f);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		refused += media_remove(media, bad[i]) == -1;
	ok(refused == sizeof(bad) / sizeof(bad[0]), "media_remove refuses "
	    "\"..\", other folders, other shapes, foreign URLs (%zu of %zu)",
	    refused, sizeof(bad) / sizeof(bad[0]));
	ok(media_remove(media, NULL) == -1, "and NULL");
	ok(exists(victim), "the file outside was not touched");
	unlink(victim);

	snprintf(path, sizeof(path), "%s/ab", media);
	mkdir(path, 0750);
	snprintf(path, sizeof(path),
	    "%s/ab/ab0123456789abcdef0123456789abcd.webp", media);
	if ((f = fopen(path, "w")) != NULL)
		fclose(f);
	ok(media_remove(media,
	    "/media/ab/ab0123456789abcdef0123456789abcd.webp") == 0 &&
	    !exists(path), "a URL of the right shape: removed");
	ok(media_remove(media,
	    "/media/ab/ab0123456789abcdef0123456789abcd.webp") == 0,
	    "already gone: fine");
}

/* rm -r of the scratch folder: two levels are all there is. */
static void
media_wipe(void)
{
	char		 path[512];
	DIR		*d, *d2;
	struct dirent	*e, *e2;

	if ((d = opendir(media)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", media, e->d_name);
		if ((d2 = opendir(path)) != NULL) {
			while ((e2 = readdir(d2)) != NULL) {
				char	 p2[800];

				snprintf(p2, sizeof(p2), "%s/%s", path,
				    e2->d_name);
				if (e2->d_name[0] != '.')
					unlink(p2);
			}
			closedir(d2);
			rmdir(path);
		} else
			unlink(path);
	}
	closedir(d);
	rmdir(media);
}

int
main(void)
{
	const char	*t = getenv("TMPDIR");

	test_sniff();
	test_boundaries();
	test_parser_cuts();
	test_parser_truncated();
	test_line_ends();
	test_limits();

	snprintf(media, sizeof(media), "%s/upload.XXXXXX",
	    t != NULL && strlen(t) < 40 ? t : "/tmp");
	if (mkdtemp(media) == NULL) {
		printf("Bail out! mkdtemp %s\n", media);
		return 1;
	}
	test_fields();
	test_files();
	test_names();
	test_media_remove();
	media_wipe();
	return tap_done();
}
