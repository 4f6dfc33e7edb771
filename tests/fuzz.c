/*
 * Fuzz target for the parsers that read what visitors send: the
 * request line and query (req_parse), cookies, form bodies, HTTP dates,
 * Markdown (markdown_to_xml), and multipart bodies (multipart.c, then
 * upload.c as for a visitor not logged in: nothing is written to disk).
 * The multipart parser is also checked against itself: fed whole or in
 * chunks of sizes drawn from the input, it must say the same.  Built
 * for libFuzzer with
 * -DFUZZ_LIBFUZZER (clang -fsanitize=fuzzer); otherwise main() below
 * runs a fixed number of deterministic random mutations of a small
 * corpus, which is what `make check` does (under the sanitizers too).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "markdown.h"
#include "multipart.h"
#include "request.h"
#include "upload.h"
#include "util.h"

#define FUZZ_CT "multipart/form-data; boundary=XyZ"

static const char *
env_table(void *arg, const char *name)
{
	const char *const *kv = arg;

	for (; kv[0] != NULL; kv += 2)
		if (strcmp(kv[0], name) == 0)
			return kv[1];
	return NULL;
}

/* What a multipart parse said, as a hash of its events. */
struct mp_seen {
	uint64_t	 h;
};

static int
seen_part(void *arg, const struct mp_part *p)
{
	struct mp_seen	*m = arg;

	m->h = hash_fnv1a("P", 1, m->h);
	m->h = hash_fnv1a(p->name, strlen(p->name) + 1, m->h);
	m->h = hash_fnv1a(p->filename, strlen(p->filename) + 1, m->h);
	m->h = hash_fnv1a(p->type, strlen(p->type) + 1, m->h);
	return 0;
}

static int
seen_data(void *arg, const char *s, size_t n)
{
	struct mp_seen	*m = arg;

	if (n == 0)
		abort();	/* never called for nothing */
	m->h = hash_fnv1a(s, n, m->h);
	return 0;
}

static int
seen_end(void *arg)
{
	struct mp_seen	*m = arg;

	m->h = hash_fnv1a("E", 1, m->h);
	return 0;
}

static const struct mp_callbacks seen_cb = { seen_part, seen_data, seen_end };

/* The parse of `s`, cut in chunks of 1 to 16 bytes as `cuts` says (or
 * whole when cuts is NULL): the hash of its events and its outcome. */
static uint64_t
mp_run(const char *s, size_t n, const unsigned char *cuts, size_t ncuts)
{
	struct multipart mp;
	struct mp_seen	 m = { HASH_FNV_SEED };
	size_t		 off = 0, k, i = 0;
	int		 rc = 0;

	mp_init(&mp, FUZZ_CT, &seen_cb, &m);
	while (rc == 0 && off < n) {
		k = cuts == NULL ? n : 1 + (size_t)(cuts[i++ % ncuts] % 16);
		if (k > n - off)
			k = n - off;
		rc = mp_feed(&mp, s + off, k);
		off += k;
	}
	if (rc == 0)
		mp_finish(&mp);
	return hash_fnv1a(&mp.error, sizeof(mp.error), m.h);
}

struct mem {
	const char	*p;
	size_t		 n, off;
};

static size_t
mem_in(void *arg, char *s, size_t n)
{
	struct mem	*m = arg;

	if (n > m->n - m->off)
		n = m->n - m->off;
	if (n > 7)
		n = 7;	/* short reads, as a socket gives */
	memcpy(s, m->p + m->off, n);
	m->off += n;
	return n;
}

static void
fuzz_multipart(const char *s, size_t n, const uint8_t *data, size_t size)
{
	struct request	 r;
	struct req_env	 e;
	struct mem	 m = { s, n, 0 };

	if (mp_run(s, n, NULL, 0) != mp_run(s, n, data, size))
		abort();	/* the result depends on how the body was cut */
	memset(&e, 0, sizeof(e));
	e.method = "POST";
	e.uri = "/compte";
	req_parse(&r, &e);
	/* Not a member: files are never written, whatever is sent. */
	upload_read_as(&r, FUZZ_CT, (long long)n, mem_in, &m, "/nonexistent",
	    0);
	upload_cleanup(&r);
	req_free(&r);
}

static void
fuzz_cookie(const char *s)
{
	const char	*kv[] = { "REQUEST_METHOD", "GET", "REQUEST_URI", "/",
	    "HTTP_COOKIE", s, NULL, NULL };
	struct request	 r;
	struct req_env	 e;

	req_env_read(&e, env_table, (void *)kv);
	req_parse(&r, &e);
	if ((r.session_cookie[0] != '\0' && !token_valid(r.session_cookie)) ||
	    (r.csrf_cookie[0] != '\0' && !token_valid(r.csrf_cookie)))
		abort();	/* only well-formed tokens get through */
	req_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s, *q, *form;
	struct request	 r;
	struct req_env	 e;
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	time_t		 t;
	size_t		 n;

	if (size == 0)
		return 0;
	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s + 0, data + 1, size - 1);
	s[size - 1] = '\0';
	n = size - 1;
	switch (data[0] % 6) {
	case 0: {
		/* "uri\nquery\ncookie" */
		const char *kv[] = { "REQUEST_METHOD", "GET", "REQUEST_URI", s,
		    "QUERY_STRING", "", "HTTP_COOKIE", "", NULL, NULL };

		if ((q = strchr(s, '\n')) != NULL) {
			*q++ = '\0';
			kv[5] = q;
			if ((q = strchr(q, '\n')) != NULL) {
				*q++ = '\0';
				kv[7] = q;
			}
		}
		req_env_read(&e, env_table, (void *)kv);
		req_parse(&r, &e);
		req_free(&r);
		break;
	}
	case 1:
		memset(&r, 0, sizeof(r));
		if ((form = malloc(n + 1)) != NULL) {
			memcpy(form, s, n + 1);
			req_parse_form(&r, form, strlen(form));
			free(form);
		}
		break;
	case 2:
		httpdate_parse(s, &t);
		date_parse(s, &t);
		sqltime_parse(s, &t);
		pct_decode(s, &n, 1);
		break;
	case 4:
		fuzz_multipart(s, n, data, size);
		break;
	case 5:
		fuzz_cookie(s);
		break;
	case 3:
		doc = xmlNewDoc((const xmlChar *)"1.0");
		root = xmlNewDocNode(doc, NULL, (const xmlChar *)"body", NULL);
		xmlDocSetRootElement(doc, root);
		markdown_to_xml(root, s, strlen(s));
		xmlFreeDoc(doc);
		break;
	}
	free(s);
	return 0;
}

#ifndef FUZZ_LIBFUZZER
static const char *const corpus[] = {
	"\x00/grenoble/articles/12-titre?x=1\ntheme=espace&avant=1700000000.12\nlang=en",
	"\x00/%C3%A9t%C3%A9/index.xml\ndu=2026-01-01&au=2026-12-31&passes=1\n",
	"\x01theme=sante&tag=robotique&q=%C3%A9toile+filante",
	"\x02Sun, 06 Nov 1994 08:49:37 GMT",
	"\x03# Titre\n\n*a* **b** [l](https://x.org) ![i](/a.png)\n\n- x\n- y\n\n> cite\n\n```\ncode\n```\n<b>raw</b>",
	"\x03" "1. a\n2. b\n\n---\n\n`code` <http://auto.link>\n\n[ref]: /x",
	"\x04" "--XyZ\r\nContent-Disposition: form-data; name=\"titre\"\r\n\r\n"
	    "Un titre\r\n--XyZ\r\nContent-Disposition: form-data; name=partage"
	    "\r\n\r\ngrenoble\r\n--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n"
	    "\r\n\x89PNG\r\n\x1a\n\r\n--XyZ--\r\n",
	"\x04" "preamble\r\n--XyZ \r\ncontent-disposition: form-data; name=texte"
	    "\r\n\r\n\r\n--Xy\r\r\n--XyZ-\r\n--XyZ\r\nContent-Disposition: "
	    "form-data; name=piece_jointe; filename=\"C:\\d\\x.pdf\"\r\n\r\n"
	    "%PDF-1.4\r\n--XyZ--",
	"\x05" "session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA; lang=en; "
	    "csrf=BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
	"\x05" ";;session=x; csrf=; lang=fr;session=CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC-_",
};

/* xorshift64*: deterministic, the same run on every machine. */
static uint64_t
rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

int
main(int argc, char *argv[])
{
	uint64_t	 seed = 0x9e3779b97f4a7c15ULL;
	unsigned char	 buf[4096];
	size_t		 len, i, k, ncorpus = sizeof(corpus) / sizeof(corpus[0]);
	long		 iterations = argc > 1 ? atol(argv[1]) : 200000, it;
	static const char interesting[] = "%&=?/.\n;:-_[]()*#<>!`\\\"'\x00\xc3\xa9\xff\xed\xa0";

	setenv("TZ", "Europe/Paris", 1);
	for (it = 0; it < iterations; it++) {
		const char *base = corpus[rnd(&seed) % ncorpus];

		len = 1 + strlen(base + 1);
		memcpy(buf, base, len);
		for (k = rnd(&seed) % 8; k > 0; k--) {
			i = rnd(&seed) % (len + 1);
			switch (rnd(&seed) % 4) {
			case 0:	/* flip */
				if (i < len && i > 0)
					buf[i] ^= (unsigned char)(1u << (rnd(&seed) % 8));
				break;
			case 1:	/* insert an interesting byte */
				if (len < sizeof(buf) - 1 && i > 0) {
					memmove(buf + i + 1, buf + i, len - i);
					buf[i] = (unsigned char)interesting[rnd(&seed) %
					    (sizeof(interesting) - 1)];
					len++;
				}
				break;
			case 2:	/* delete */
				if (i < len && i > 0) {
					memmove(buf + i, buf + i + 1, len - i - 1);
					len--;
				}
				break;
			default: /* duplicate a run */
				if (i > 0 && i < len && len * 2 < sizeof(buf)) {
					size_t run = 1 + rnd(&seed) % (len - i);

					memmove(buf + i + run, buf + i, len - i);
					len += run;
				}
				break;
			}
		}
		LLVMFuzzerTestOneInput(buf, len);
	}
	xmlCleanupParser();
	printf("ok 1 - %ld fuzzed inputs through the request, cookie, date, "
	    "Markdown and multipart parsers without a crash, the multipart "
	    "parser the same whatever the chunks\n1..1\n", iterations);
	return 0;
}
#endif
