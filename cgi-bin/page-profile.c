/* Member and structure profiles, with their contributions. */
#include <string.h>

#include "pages.h"
#include "xml.h"


static int
profile_items(struct page *p, enum stmt s, xmlNodePtr list)
{
	long long	 ct, cid;
	int		 limit = page_limit(p), rows;

	page_cursor_before(p, &ct, &cid);
	struct dbarg	 a[] = { DB_INT(p->id), DB_INT(ct), DB_INT(ct),
	    DB_INT(cid), DB_INT(limit + 1) };

	if ((rows = page_rows(p, s, a, 5, list, "item")) < 0)
		return page_db_status(rows);
	page_paginate(p, list, rows, limit, "avant", "@id");
	if (p->req->fmt == FMT_ATOM)
		p->max_age = 300;
	return 0;
}

int
page_member(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->id) };
	xmlNodePtr	 m;
	int		 rc;

	if (page_begin(p, "member") == -1)
		return 500;
	p->xsl = "member";
	m = page_section(p, "member");
	if ((rc = page_rows(p, STMT_MEMBER, a, 1, m, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if ((rc = page_canonical(p, m)) != 0)
		return rc;
	return profile_items(p, STMT_MEMBER_ITEMS, page_section(p, "list"));
}

int
page_structure(struct page *p)
{
	struct dbarg	 a[] = { DB_INT(p->id) };
	xmlNodePtr	 s;
	int		 rc;

	if (page_begin(p, "structure") == -1)
		return 500;
	p->xsl = "structure";
	s = page_section(p, "structure");
	if ((rc = page_rows(p, STMT_STRUCTURE, a, 1, s, NULL)) <= 0)
		return rc < 0 ? page_db_status(rc) : 404;
	if ((rc = page_canonical(p, s)) != 0)
		return rc;
	return profile_items(p, STMT_STRUCTURE_ITEMS, page_section(p, "list"));
}
