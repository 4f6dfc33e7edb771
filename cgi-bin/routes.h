/* The routes of a program: method and path pattern to handler. */
#ifndef ROUTES_H
#define ROUTES_H

#include "app.h"

#define M_GET	(1u << METHOD_GET | 1u << METHOD_HEAD)
#define M_POST	(1u << METHOD_POST)
#define M_FORM	(M_GET | M_POST)

/* Formats: every page has its XML twin; listings have feeds too. */
#define F_PAGE	(FMTBIT(FMT_HTML) | FMTBIT(FMT_XML))
#define F_FEED	(F_PAGE | FMTBIT(FMT_ATOM))
#define F_DATA	(F_PAGE | FMTBIT(FMT_JSON))
#define F_LIST	(F_FEED | FMTBIT(FMT_JSON))
#define F_AGENDA (F_LIST | FMTBIT(FMT_ICS))
#define F_EVENT	(F_DATA | FMTBIT(FMT_ICS))
#define F_XMLONLY FMTBIT(FMT_XML)

/*
 * Pattern segments: a literal, or
 *   :t     a territory slug (the network itself is not one)
 *   :id    "<id>" or "<id>-<slug>"
 *   :slug  a slug
 * A pattern ending in "/" also matches the path without it (a listing's
 * feed "/grenoble/articles.atom"); the HTML page is then redirected.
 */
struct route {
	unsigned int	 methods;
	const char	*pattern;
	unsigned int	 fmts;
	page_fn		 fn;
	const char	*kind;		/* contribution kind, for shared handlers */
};

enum route_rc {
	ROUTE_FOUND,
	ROUTE_NOT_FOUND,
	ROUTE_METHOD,		/* path known, method not allowed: 405 */
	ROUTE_ADD_SLASH		/* redirect to the path with a "/" */
};

extern const struct route routes[];
extern const size_t nroutes;

enum route_rc route_match(struct page *, const char *path,
	    const struct route **);

#endif
