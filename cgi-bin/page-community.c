/* Search, and communities: people who gather around a subject. */
#include <stdlib.h>
#include <string.h>

#include "pages.h"
#include "util.h"
#include "xml.h"



/* /<t>/recherche?q= and /recherche?q=: newest matches first. */
int
page_search(struct page *p)
{
	const struct kval *q = &p->req->in[KEY_QUERY];
	char		 terms[512];
	long long	 ct, cid;
	int		 limit = page_limit(p), rows;
	xmlNodePtr	 list;

	if (page_begin(p, "search") == -1)
		return 500;
	p->xsl = "search";
	list = page_section(p, "list");
	xml_attr(list, "kind", "search");
	/* No word long enough to search: an empty result, not an error. */
	if (!q->present || search_terms(q->s, terms, sizeof(terms)) == 0)
		return 0;
	page_cursor_before(p, &ct, &cid);
	if (p->terr != NULL) {
		struct dbarg a[] = { DB_INT(p->terr->id), DB_STR(terms),
		    DB_INT(ct), DB_INT(ct), DB_INT(cid), DB_INT(limit + 1) };

		rows = page_rows(p, STMT_SEARCH, a, 6, list, "item");
	} else {
		struct dbarg a[] = { DB_STR(terms), DB_INT(ct), DB_INT(ct),
		    DB_INT(cid), DB_INT(limit + 1) };

		rows = page_rows(p, STMT_SEARCH_NET, a, 5, list, "item");
	}
	if (rows < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "avant", "@id");
	return 0;
}

int
page_communities(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->terr->id) };
	int		 rc;

	if (page_begin(p, "communities") == -1)
		return 500;
	p->xsl = "communities";
	if ((rc = page_rows(p, STMT_COMMUNITIES, a, 1,
	    page_section(p, "communities"), "community")) < 0)
		return page_db_status(rc);
	return 0;
}

int
page_community(struct page *p)
{
	struct dbarg	 id[] = { DB_INT(p->id) };
	xmlNodePtr	 c;
	int		 rc;

	if (page_begin(p, "community") == -1)
		return 500;
	p->xsl = "community";
	c = page_section(p, "community");
	if ((rc = page_rows(p, STMT_COMMUNITY, id, 1, c, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if ((rc = page_canonical(p, c)) != 0)
		return rc;
	if ((rc = page_rows(p, STMT_COMMUNITY_MEMBERS, id, 1,
	    page_section(p, "members"), "member")) < 0)
		return page_db_status(rc);
	return page_items_of(p, STMT_COMMUNITY_ITEMS, page_section(p, "list"));
}
