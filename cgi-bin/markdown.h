/*
 * Markdown (CommonMark, through cmark) to XHTML elements appended under
 * a libxml2 node.  The tree is built node by node, so author text is
 * always text: raw HTML blocks and inlines are dropped, and links and
 * images keep only http, https, mailto and relative addresses.
 */
#ifndef MARKDOWN_H
#define MARKDOWN_H

#include <stddef.h>
#include <libxml/tree.h>

int	 markdown_to_xml(xmlNodePtr parent, const char *md, size_t len);
int	 url_is_safe(const char *);

#endif
