/*
 * Building the page document.  Text always enters through functions
 * that escape it (xmlNewTextChild, xmlNewProp, xmlNewText): nothing here
 * takes markup.
 */
#ifndef XML_H
#define XML_H

#include <time.h>
#include <libxml/tree.h>

#include "db.h"

#define X(s) ((const xmlChar *)(s))

xmlNodePtr xml_child(xmlNodePtr, const char *name);
xmlNodePtr xml_find(xmlNodePtr, const char *name);
long long xml_attr_ll(xmlNodePtr, const char *name);
int	 xml_attr_is(xmlNodePtr, const char *name, const char *value);
xmlNodePtr xml_text(xmlNodePtr, const char *name, const char *text);
void	 xml_attr(xmlNodePtr, const char *name, const char *value);
void	 xml_attr_int(xmlNodePtr, const char *name, long long);
void	 xml_attr_time(xmlNodePtr, const char *name, time_t);

/*
 * Rows of a statement as XML: each row becomes an element `row` under
 * `parent` (or fills `parent` itself when `row` is NULL) and each
 * column is placed by its alias:
 *   name        a child element with the value as text
 *   @name       an attribute of the row element
 *   a/b, a/@b   inside child `a` of the row, created once per row
 *   .           the text of the row element itself
 *   ~name       Markdown, rendered to XHTML inside child `name`
 *   ^name       the same, the subset of comments (MD_SUBSET)
 *   +list/elem  a list: records separated by 0x1E, each made of fields
 *               "name=value" separated by 0x1F, become <list><elem …>
 *               with each name an attribute (or "." the text)
 * NULL values are left out.  DATETIME values become RFC 3339 local
 * times.  The latest `updated` seen is kept in *last_modified.
 * Returns the number of rows, or a db_rc below zero.
 */
int	 xml_rows(struct db *, enum stmt, const struct dbarg *, size_t,
	    xmlNodePtr parent, const char *row, time_t *last_modified);

#endif
