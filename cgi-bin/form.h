/* Forms: CSRF, fields shown again with their errors, attempt counters. */
#ifndef FORM_H
#define FORM_H

#include "pages.h"

/* Logged out: 303 to the login page, and back to `path` afterwards. */
int	 form_login_first(struct page *, const char *path);

/* A POST of a form of ours, from this site, with the right token. */
int	 form_csrf_ok(struct page *);
/* <csrf value="…"/>: the token the page's forms carry. */
void	 form_token(struct page *);
/* The form again, with what was wrong, answered with `status`. */
int	 form_again(struct page *, int status);
/* The page's <fields> element, made on first use. */
xmlNodePtr form_fields(struct page *);
/* <message code="…"/> */
void	 form_message(struct page *, const char *code);
/* <field name="…" value="…" error="…"/> under `fields`. */
void	 form_field(struct page *, xmlNodePtr fields, enum key,
	    const char *error);
/* Is this bucket ("what:who") over its attempts?  Counts this one. */
int	 form_throttled(struct page *, const char *what, const char *who);
void	 form_throttle_clear(struct page *, const char *what, const char *who);

#endif
