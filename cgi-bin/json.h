/*
 * The public JSON API and the JSON-LD of event pages, written from the
 * page document the stylesheets get (so both always say what the HTML
 * says).  Event fields use OpenAgenda's names and codes, so partners
 * can feed our events to the importers they already have.
 *
 * Both functions append one JSON value to `out` and nothing else (no
 * newline); on failure `out` is left as it was.  `base` is the site URL
 * without a trailing slash: every URL written is absolute.  The output
 * never holds "</", so it may sit inside a <script> element.
 */
#ifndef JSON_H
#define JSON_H

#include <libxml/tree.h>

#include "buf.h"

/* The API answer for a page document (/page root).  Returns 0, or -1. */
int	 json_write(xmlDocPtr doc, const char *base, struct buf *out);

/* A schema.org Event for an `item` of kind "event" (-1 for any other
 * node).  `site_name` names the organiser when the item names none. */
int	 jsonld_event(xmlNodePtr item, const char *base, const char *site_name,
	    struct buf *out);

#endif
