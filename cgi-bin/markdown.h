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

/* Comments and messages: no headings (their text comes as a strong
 * paragraph) and no images (a link to the image, with its alt text):
 * neither breaks the page's outline nor loads anything from elsewhere;
 * and markup is shown as the text it is, not dropped. */
#define MD_SUBSET	0x01

int	 markdown_to_xml(xmlNodePtr parent, const char *md, size_t len);
int	 markdown_to_xml_flags(xmlNodePtr parent, const char *md, size_t len,
	    int flags);
int	 url_is_safe(const char *);

#endif
