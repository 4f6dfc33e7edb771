/* Member and structure profiles, with their contributions. */
#include <string.h>

#include "pages.h"
#include "xml.h"

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
	return page_items_of(p, STMT_MEMBER_ITEMS, page_section(p, "list"));
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
	return page_items_of(p, STMT_STRUCTURE_ITEMS, page_section(p, "list"));
}
