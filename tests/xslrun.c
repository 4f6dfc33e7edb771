/*
 * xslrun: a page document through one of our stylesheets, exactly as the
 * workers do it (render.c: the same parser flags, security preferences
 * and UI strings), for the golden tests and for timing a stylesheet
 * alone:
 *
 *	tests/xslrun XSLDIR SHEET PAGE.xml            the result on stdout
 *	tests/xslrun XSLDIR SHEET PAGE.xml REPEAT     also the time of one
 *	                                              transform, on stderr
 *
 * SHEET is a stylesheet's name without ".xsl" (item, atom…); PAGE.xml a
 * page's document, as its ".xml" twin gives it.  Exits 1 on any error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libxml/parser.h>

#include "buf.h"
#include "render.h"
#include "util.h"

int
main(int argc, char **argv)
{
	struct render	*r;
	struct buf	 out;
	xmlDocPtr	 doc;
	const char	*ctype;
	char		 err[512];
	long long	 repeat = 1, i;
	struct timespec	 t0, t1;
	int		 rc = 1;

	if (argc < 4 || argc > 5 || (argc == 5 &&
	    int_parse(argv[4], 1, 1000000, &repeat) == -1)) {
		fprintf(stderr, "usage: xslrun XSLDIR SHEET PAGE.xml "
		    "[REPEAT]\n");
		return 2;
	}
	render_global_init();
	if ((r = render_new(argv[1], 0, err, sizeof(err))) == NULL) {
		fprintf(stderr, "xslrun: %s\n", err);
		return 1;
	}
	doc = xmlReadFile(argv[3], NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (doc == NULL) {
		fprintf(stderr, "xslrun: %s: not well-formed\n", argv[3]);
		render_free(r);
		return 1;
	}
	buf_init(&out);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < repeat; i++) {
		buf_reset(&out);
		if (render_page(r, argv[2], doc, &out, &ctype) == -1) {
			fprintf(stderr, "xslrun: %s.xsl failed\n", argv[2]);
			goto done;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (argc == 5)
		fprintf(stderr, "%s: %.3f ms a transform (%lld)\n", argv[2],
		    ((t1.tv_sec - t0.tv_sec) * 1e3 +
		    (t1.tv_nsec - t0.tv_nsec) / 1e6) / (double)repeat, repeat);
	rc = fwrite(out.data != NULL ? out.data : "", 1, out.len, stdout) ==
	    out.len ? 0 : 1;
done:
	buf_free(&out);
	xmlFreeDoc(doc);
	render_free(r);
	xmlCleanupParser();
	return rc;
}
