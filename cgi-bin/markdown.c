#include <cmark.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "markdown.h"

#define X(s) ((const xmlChar *)(s))

/* Relative, or http(s) and mailto: no javascript:, data: and the like. */
int
url_is_safe(const char *u)
{
	size_t	 n = strcspn(u, ":/?#");

	if (u[n] != ':')
		return 1;
	return (n == 4 && strncasecmp(u, "http", 4) == 0) ||
	    (n == 5 && strncasecmp(u, "https", 5) == 0) ||
	    (n == 6 && strncasecmp(u, "mailto", 6) == 0);
}

static int
in_tight_list(cmark_node *n)
{
	cmark_node	*item = cmark_node_parent(n), *list;

	if (item == NULL || cmark_node_get_type(item) != CMARK_NODE_ITEM)
		return 0;
	list = cmark_node_parent(item);
	return list != NULL && cmark_node_get_list_tight(list);
}

/* The plain text of a node's descendants, for an image's alt. */
static void
plain_text(cmark_node *n, char *out, size_t sz)
{
	cmark_iter	*it = cmark_iter_new(n);
	cmark_event_type ev;
	cmark_node	*c;
	const char	*lit;
	size_t		 len = strlen(out);

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		c = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (cmark_node_get_type(c) != CMARK_NODE_TEXT &&
		    cmark_node_get_type(c) != CMARK_NODE_CODE)
			continue;
		if ((lit = cmark_node_get_literal(c)) == NULL)
			continue;
		snprintf(out + len, sz - len, "%s", lit);
		len = strlen(out);
	}
	cmark_iter_free(it);
}

static xmlNodePtr
open_block(cmark_node *n, xmlNodePtr cur, int flags)
{
	char		 name[8];
	int		 level;
	xmlNodePtr	 x;
	const char	*u, *t;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_BLOCK_QUOTE:
		return xmlNewChild(cur, NULL, X("blockquote"), NULL);
	case CMARK_NODE_LIST:
		if (cmark_node_get_list_type(n) == CMARK_ORDERED_LIST) {
			x = xmlNewChild(cur, NULL, X("ol"), NULL);
			if (cmark_node_get_list_start(n) != 1) {
				snprintf(name, sizeof(name), "%d",
				    cmark_node_get_list_start(n) % 100000);
				xmlNewProp(x, X("start"), X(name));
			}
			return x;
		}
		return xmlNewChild(cur, NULL, X("ul"), NULL);
	case CMARK_NODE_ITEM:
		return xmlNewChild(cur, NULL, X("li"), NULL);
	case CMARK_NODE_PARAGRAPH:
		return in_tight_list(n) ? cur :
		    xmlNewChild(cur, NULL, X("p"), NULL);
	case CMARK_NODE_HEADING:
		if (flags & MD_SUBSET)
			return xmlNewChild(xmlNewChild(cur, NULL, X("p"), NULL),
			    NULL, X("strong"), NULL);
		/* The page's h1 is the title: author headings start at h2. */
		level = cmark_node_get_heading_level(n) + 1;
		name[0] = 'h';
		name[1] = (char)('0' + (level > 6 ? 6 : level));
		name[2] = '\0';
		return xmlNewChild(cur, NULL, X(name), NULL);
	case CMARK_NODE_EMPH:
		return xmlNewChild(cur, NULL, X("em"), NULL);
	case CMARK_NODE_STRONG:
		return xmlNewChild(cur, NULL, X("strong"), NULL);
	case CMARK_NODE_LINK:
		u = cmark_node_get_url(n);
		if (u == NULL || !url_is_safe(u))
			return xmlNewChild(cur, NULL, X("span"), NULL);
		x = xmlNewChild(cur, NULL, X("a"), NULL);
		xmlNewProp(x, X("href"), X(u));
		if ((t = cmark_node_get_title(n)) != NULL && *t != '\0')
			xmlNewProp(x, X("title"), X(t));
		if (strncasecmp(u, "http", 4) == 0)
			xmlNewProp(x, X("rel"), X(flags & MD_SUBSET ?
			    "ugc nofollow noopener" : "ugc noopener"));
		return x;
	default:
		return NULL;
	}
}

int
markdown_to_xml(xmlNodePtr parent, const char *md, size_t len)
{
	return markdown_to_xml_flags(parent, md, len, 0);
}

int
markdown_to_xml_flags(xmlNodePtr parent, const char *md, size_t len,
    int flags)
{
	cmark_node	*doc, *n;
	cmark_iter	*it;
	cmark_event_type ev;
	xmlNodePtr	 stack[64], cur = parent, x;
	char		 alt[512];
	const char	*lit, *u;
	int		 depth = 0, skip = 0;

	doc = cmark_parse_document(md, len, CMARK_OPT_VALIDATE_UTF8 |
	    CMARK_OPT_SMART);
	if (doc == NULL)
		return -1;
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		if (skip > 0) {
			/* Inside an image: its text became the alt. */
			if (cmark_node_get_type(n) == CMARK_NODE_IMAGE)
				skip += ev == CMARK_EVENT_ENTER ? 1 : -1;
			continue;
		}
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_DOCUMENT:
			continue;
		case CMARK_NODE_TEXT:
			lit = cmark_node_get_literal(n);
			xmlAddChild(cur, xmlNewText(X(lit != NULL ? lit : "")));
			continue;
		case CMARK_NODE_SOFTBREAK:
			xmlAddChild(cur, xmlNewText(X("\n")));
			continue;
		case CMARK_NODE_LINEBREAK:
			xmlNewChild(cur, NULL, X("br"), NULL);
			continue;
		case CMARK_NODE_CODE:
			xmlNewTextChild(cur, NULL, X("code"),
			    X(cmark_node_get_literal(n)));
			continue;
		case CMARK_NODE_CODE_BLOCK:
			x = xmlNewChild(cur, NULL, X("pre"), NULL);
			xmlNewTextChild(x, NULL, X("code"),
			    X(cmark_node_get_literal(n)));
			continue;
		case CMARK_NODE_THEMATIC_BREAK:
			xmlNewChild(cur, NULL, X("hr"), NULL);
			continue;
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
			/* In a comment, markup one writes is shown as written. */
			if ((flags & MD_SUBSET) &&
			    (lit = cmark_node_get_literal(n)) != NULL) {
				x = cmark_node_get_type(n) ==
				    CMARK_NODE_HTML_BLOCK ? xmlNewTextChild(cur,
				    NULL, X("p"), X(lit)) : xmlNewText(X(lit));
				if (cmark_node_get_type(n) ==
				    CMARK_NODE_HTML_INLINE)
					xmlAddChild(cur, x);
			}
			continue;
		case CMARK_NODE_CUSTOM_BLOCK:
		case CMARK_NODE_CUSTOM_INLINE:
			/* Authors never get raw markup onto a page. */
			continue;
		case CMARK_NODE_IMAGE:
			if (ev != CMARK_EVENT_ENTER)
				continue;
			alt[0] = '\0';
			plain_text(n, alt, sizeof(alt));
			u = cmark_node_get_url(n);
			if ((flags & MD_SUBSET) && u != NULL && url_is_safe(u) &&
			    strncasecmp(u, "mailto:", 7) != 0) {
				x = xmlNewTextChild(cur, NULL, X("a"),
				    X(alt[0] != '\0' ? alt : u));
				xmlNewProp(x, X("href"), X(u));
				xmlNewProp(x, X("rel"), X("ugc nofollow noopener"));
			} else if (u != NULL && url_is_safe(u) &&
			    strncasecmp(u, "mailto:", 7) != 0) {
				x = xmlNewChild(cur, NULL, X("img"), NULL);
				xmlNewProp(x, X("src"), X(u));
				xmlNewProp(x, X("alt"), X(alt));
			} else
				xmlAddChild(cur, xmlNewText(X(alt)));
			skip = 1;
			continue;
		default:
			break;
		}
		if (ev == CMARK_EVENT_ENTER) {
			if ((x = open_block(n, cur, flags)) == NULL)
				continue;
			if (depth == (int)(sizeof(stack) / sizeof(stack[0])))
				break;
			stack[depth++] = cur;
			cur = x;
		} else if (ev == CMARK_EVENT_EXIT && depth > 0) {
			cur = stack[--depth];
		}
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	return 0;
}
