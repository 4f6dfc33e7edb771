<?xml version="1.0" encoding="UTF-8"?>
<!--
  atom.xsl: the Atom feed (RFC 4287) of any page that has one.  The C
  code fills /page/list/item (with bodies as XHTML) for feeds; the page
  type tells the feed's title and addresses.  A search's feed keeps its
  words (?q=); a dossier's feed is its item page, /page/item, whose
  entries (/page/list/item) are the dossier's contents.  common.xsl brings the UI
  strings and helpers shared with the HTML pages.

  Beyond RFC 4287: paging links (RFC 5005, "next" and "first"), GeoRSS
  points, and the event details of events in our own extension namespace
  (prefix ev, documented for partners on /partenaires/, partners.xsl):

    <ev:event status="scheduled|cancelled|postponed"
              attendance="offline|online|mixed">
      <ev:timing begins="RFC 3339" ends="RFC 3339"/>     one per date
      <ev:place id="…"><ev:name/><ev:address/><ev:postcode/><ev:city/></ev:place>
      <ev:audience/> <ev:price/> <ev:registration href="…"/>
    </ev:event>

  Every contribution's entry links to its comment feed (RFC 4685:
  <link rel="replies" thr:count="…"/>); a comment feed (page type
  "comments", /page/comments/comment) has one entry per comment, each
  with <thr:in-reply-to> (the contribution, or the comment answered).

  Absent parts are left out.  The namespaces are declared on <feed>.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns="http://www.w3.org/2005/Atom"
    xmlns:ev="tag:echosciences.fr,2026:agenda"
    xmlns:georss="http://www.georss.org/georss"
    xmlns:thr="http://purl.org/syndication/thread/1.0"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl ui">

<xsl:include href="common.xsl"/>

<xsl:output method="xml" encoding="UTF-8" indent="no"
    media-type="application/atom+xml"/>

<!-- The HTML page the feed stands for, and the feed itself. -->
<xsl:variable name="html-path">
  <xsl:variable name="p" select="/page"/>
  <xsl:choose>
    <xsl:when test="$p/@type = 'portal'">/</xsl:when>
    <xsl:when test="$p/@type = 'territory'"><xsl:value-of select="$thome"/></xsl:when>
    <xsl:when test="$p/@type = 'list' or $p/@type = 'agenda'">
      <xsl:value-of select="$thome"/>
      <xsl:call-template name="kind-section">
        <xsl:with-param name="kind" select="$p/@kind"/>
      </xsl:call-template>
      <xsl:text>/</xsl:text>
    </xsl:when>
    <xsl:when test="$p/@type = 'theme'">
      <xsl:value-of select="concat($thome, 'themes/', $p/theme/@slug)"/>
    </xsl:when>
    <xsl:when test="$p/@type = 'tag'">
      <xsl:value-of select="concat($thome, 'tags/', $p/tag/@slug)"/>
    </xsl:when>
    <xsl:when test="$p/@type = 'member'"><xsl:value-of select="$p/member/@url"/></xsl:when>
    <xsl:when test="$p/@type = 'structure'"><xsl:value-of select="$p/structure/@url"/></xsl:when>
    <xsl:when test="$p/@type = 'community'"><xsl:value-of select="$p/community/@url"/></xsl:when>
    <xsl:when test="$p/@type = 'item'"><xsl:value-of select="$p/item/@url"/></xsl:when>
    <xsl:when test="$p/@type = 'comments'">
      <xsl:value-of select="concat($p/item/@url, '/commentaires')"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$path-url"/></xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- Filters of a listing's feed: theme and tag; a search's words. -->
<xsl:variable name="filters">
  <xsl:call-template name="query-string">
    <xsl:with-param name="except">
      <xsl:choose>
        <xsl:when test="/page/@type = 'search'">|avant|apres|du|au|passes|</xsl:when>
        <xsl:otherwise>|avant|apres|du|au|passes|q|</xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
</xsl:variable>

<xsl:variable name="self">
  <xsl:value-of select="$base"/>
  <xsl:choose>
    <xsl:when test="substring($html-path, string-length($html-path)) != '/'">
      <xsl:value-of select="concat($html-path, '.atom')"/>
    </xsl:when>
    <xsl:when test="/page/@type = 'list' or /page/@type = 'agenda'">
      <xsl:value-of select="concat(substring($html-path, 1, string-length($html-path) - 1), '.atom')"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="concat($html-path, 'index.atom')"/>
    </xsl:otherwise>
  </xsl:choose>
  <xsl:if test="$filters != ''">
    <xsl:value-of select="concat('?', $filters)"/>
  </xsl:if>
</xsl:variable>

<!-- A paged feed (RFC 5005): $self is its first page, and its id; this
     document is the page after the cursor of the query, if any. -->
<xsl:variable name="cursor">
  <xsl:choose>
    <xsl:when test="/page/query/@avant">
      <xsl:value-of select="concat('avant=', /page/query/@avant)"/>
    </xsl:when>
    <xsl:when test="/page/query/@apres">
      <xsl:value-of select="concat('apres=', /page/query/@apres)"/>
    </xsl:when>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="this-page">
  <xsl:value-of select="$self"/>
  <xsl:if test="$cursor != ''">
    <xsl:choose>
      <xsl:when test="contains($self, '?')">&amp;</xsl:when>
      <xsl:otherwise>?</xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$cursor"/>
  </xsl:if>
</xsl:variable>

<xsl:variable name="alternate">
  <xsl:choose>
    <xsl:when test="/page/@type = 'comments'">
      <xsl:value-of select="concat($base, /page/item/@url, '#commentaires')"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="concat($base, $html-path)"/></xsl:otherwise>
  </xsl:choose>
  <xsl:if test="$filters != ''">
    <xsl:value-of select="concat('?', $filters)"/>
  </xsl:if>
</xsl:variable>

<!-- An event in several timings comes once per timing: one entry each. -->
<xsl:variable name="entries"
    select="/page/list/item[not(@id = preceding-sibling::item/@id)]"/>

<xsl:template match="/">
  <xsl:variable name="title">
    <xsl:apply-templates select="page" mode="feed-title"/>
  </xsl:variable>
  <feed xml:lang="{$lang}">
    <id><xsl:value-of select="$self"/></id>
    <title type="text">
      <xsl:if test="normalize-space($title) != ''">
        <xsl:value-of select="concat(normalize-space($title), ' – ')"/>
      </xsl:if>
      <xsl:if test="$tname != '' and /page/@type != 'member' and /page/@type != 'structure'">
        <xsl:value-of select="concat($tname, ' – ')"/>
      </xsl:if>
      <xsl:value-of select="$site"/>
    </title>
    <subtitle type="text">
      <xsl:value-of select="ui:t('tagline')"/>
    </subtitle>
    <updated><xsl:call-template name="feed-updated"/></updated>
    <link rel="self" type="application/atom+xml" href="{$this-page}"/>
    <link rel="alternate" type="text/html" href="{$alternate}"/>
    <xsl:if test="/page/list/next/@href or $cursor != ''">
      <link rel="first" href="{$self}"/>
    </xsl:if>
    <xsl:if test="/page/list/next/@href">
      <link rel="next">
        <xsl:attribute name="href">
          <xsl:value-of select="$base"/>
          <xsl:call-template name="suffixed">
            <xsl:with-param name="href" select="string(/page/list/next/@href)"/>
            <xsl:with-param name="ext" select="'atom'"/>
          </xsl:call-template>
        </xsl:attribute>
      </link>
    </xsl:if>
    <author>
      <name><xsl:value-of select="$site"/></name>
      <uri><xsl:value-of select="concat($base, '/')"/></uri>
    </author>
    <generator uri="{$base}/">
      <xsl:value-of select="$site"/>
    </generator>
    <icon><xsl:value-of select="concat($base, '/images/favicon.svg')"/></icon>
    <xsl:if test="normalize-space(/page/@licence) != ''">
      <rights type="text"><xsl:value-of select="/page/@licence"/></rights>
    </xsl:if>
    <xsl:apply-templates select="$entries" mode="entry"/>
    <xsl:apply-templates select="/page/comments/comment" mode="entry"/>
  </feed>
</xsl:template>

<!-- The feed's own part of its title. -->
<xsl:template match="page" mode="feed-title">
  <xsl:choose>
    <xsl:when test="@type = 'portal'">
      <xsl:value-of select="ui:t('network')"/>
    </xsl:when>
    <xsl:when test="@type = 'list'">
      <xsl:call-template name="kind-label">
        <xsl:with-param name="plural" select="true()"/>
      </xsl:call-template>
    </xsl:when>
    <xsl:when test="@type = 'agenda'">
      <xsl:value-of select="ui:t('upcoming')"/>
    </xsl:when>
    <xsl:when test="@type = 'theme'">
      <xsl:value-of select="ui:t('theme')"/>
      <xsl:value-of select="ui:t('colon')"/>
      <xsl:call-template name="theme-name">
        <xsl:with-param name="th" select="theme"/>
      </xsl:call-template>
    </xsl:when>
    <xsl:when test="@type = 'tag'">
      <xsl:value-of select="ui:t('tag')"/>
      <xsl:value-of select="ui:t('colon')"/>
      <xsl:value-of select="tag/name"/>
    </xsl:when>
    <xsl:when test="@type = 'member'"><xsl:value-of select="member/name"/></xsl:when>
    <xsl:when test="@type = 'structure'"><xsl:value-of select="structure/name"/></xsl:when>
    <xsl:when test="@type = 'search'">
      <xsl:value-of select="ui:t('search-title')"/>
      <xsl:if test="normalize-space(query/@q) != ''">
        <xsl:text> </xsl:text>
        <xsl:call-template name="quoted">
          <xsl:with-param name="s" select="normalize-space(query/@q)"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:when>
    <xsl:when test="@type = 'community'">
      <xsl:value-of select="concat(community/name, ' – ')"/>
      <xsl:value-of select="ui:t('k-community')"/>
    </xsl:when>
    <xsl:when test="@type = 'comments'">
      <xsl:value-of select="concat(ui:t('cm-feed-title'), ' – ', item/title)"/>
    </xsl:when>
    <!-- A dossier's feed: its items. -->
    <xsl:when test="@type = 'item'">
      <xsl:value-of select="concat(item/title, ' – ')"/>
      <xsl:call-template name="kind-label">
        <xsl:with-param name="kind" select="item/@kind"/>
      </xsl:call-template>
    </xsl:when>
  </xsl:choose>
  <xsl:if test="theme-filter">
    <xsl:text> · </xsl:text>
    <xsl:call-template name="theme-name">
      <xsl:with-param name="th" select="theme-filter"/>
    </xsl:call-template>
  </xsl:if>
  <xsl:if test="tag-filter">
    <xsl:value-of select="concat(' · #', tag-filter/name)"/>
  </xsl:if>
</xsl:template>

<!-- Seconds since 1970 of an RFC 3339 time (days from civil, H. Hinnant). -->
<xsl:template name="epoch">
  <xsl:param name="d"/>
  <xsl:variable name="y0" select="number(substring($d, 1, 4))"/>
  <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
  <xsl:variable name="dd" select="number(substring($d, 9, 2))"/>
  <xsl:variable name="y" select="$y0 - number($m &lt;= 2)"/>
  <xsl:variable name="era" select="floor($y div 400)"/>
  <xsl:variable name="yoe" select="$y - $era * 400"/>
  <xsl:variable name="mp" select="($m + 9) mod 12"/>
  <xsl:variable name="doy" select="floor((153 * $mp + 2) div 5) + $dd - 1"/>
  <xsl:variable name="doe" select="$yoe * 365 + floor($yoe div 4) - floor($yoe div 100) + $doy"/>
  <xsl:variable name="days" select="$era * 146097 + $doe - 719468"/>
  <xsl:variable name="tz" select="substring($d, 20)"/>
  <xsl:variable name="off">
    <xsl:choose>
      <xsl:when test="starts-with($tz, '+') or starts-with($tz, '-')">
        <xsl:value-of select="(number(substring($tz, 2, 2)) * 3600
            + number(substring($tz, 5, 2)) * 60)
            * (1 - 2 * number(starts-with($tz, '-')))"/>
      </xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:value-of select="$days * 86400 + number(substring($d, 12, 2)) * 3600
      + number(substring($d, 15, 2)) * 60 + number(substring($d, 18, 2)) - $off"/>
</xsl:template>

<!-- The latest `updated` of the entries; with none, the page's own
     date if it has one. -->
<xsl:template name="feed-updated">
  <xsl:variable name="dates-rtf">
    <xsl:for-each select="$entries/updated | /page/comments/comment/updated
        | /page/member/updated
        | /page/structure/updated | /page/community/updated
        | /page/item/updated | /page/@updated">
      <d v="{.}">
        <xsl:attribute name="e">
          <xsl:call-template name="epoch">
            <xsl:with-param name="d" select="string(.)"/>
          </xsl:call-template>
        </xsl:attribute>
      </d>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="dates" select="exsl:node-set($dates-rtf)/*[string(number(@e)) != 'NaN']"/>
  <xsl:choose>
    <xsl:when test="$dates">
      <xsl:for-each select="$dates">
        <xsl:sort select="@e" data-type="number" order="descending"/>
        <xsl:if test="position() = 1">
          <xsl:value-of select="@v"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:when>
    <xsl:otherwise>1970-01-01T00:00:00Z</xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="item" mode="entry">
  <xsl:variable name="it-slug">
    <xsl:call-template name="item-tslug"/>
  </xsl:variable>
  <xsl:variable name="src" select="string(image/@src)"/>
  <entry>
    <id><xsl:value-of select="concat($base, @url)"/></id>
    <title type="text"><xsl:value-of select="title"/></title>
    <link rel="alternate" type="text/html" href="{$base}{@url}"/>
    <xsl:if test="published">
      <published><xsl:value-of select="published"/></published>
    </xsl:if>
    <updated>
      <xsl:choose>
        <xsl:when test="updated"><xsl:value-of select="updated"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="published"/></xsl:otherwise>
      </xsl:choose>
    </updated>
    <xsl:if test="author/name">
      <author>
        <name><xsl:value-of select="author/name"/></name>
        <xsl:if test="author/@url">
          <uri><xsl:value-of select="concat($base, author/@url)"/></uri>
        </xsl:if>
      </author>
    </xsl:if>
    <xsl:if test="structure/name">
      <contributor>
        <name><xsl:value-of select="structure/name"/></name>
        <xsl:if test="structure/@url">
          <uri><xsl:value-of select="concat($base, structure/@url)"/></uri>
        </xsl:if>
      </contributor>
    </xsl:if>
    <xsl:if test="theme/@slug">
      <category term="{(theme/@slug)[1]}" scheme="{$base}/{$it-slug}/themes/">
        <xsl:attribute name="label">
          <xsl:call-template name="theme-name"/>
        </xsl:attribute>
      </category>
    </xsl:if>
    <xsl:for-each select="tags/tag[@slug]">
      <category term="{@slug}" scheme="{$base}/{$it-slug}/tags/" label="{.}"/>
    </xsl:for-each>
    <xsl:if test="normalize-space(summary) != ''">
      <summary type="text"><xsl:value-of select="summary"/></summary>
    </xsl:if>
    <xsl:if test="body/node()">
      <content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml">
          <xsl:apply-templates select="body/node()" mode="xhtml"/>
        </div>
      </content>
    </xsl:if>
    <xsl:if test="$src != ''">
      <xsl:variable name="ok">
        <xsl:call-template name="url-ok">
          <xsl:with-param name="u" select="$src"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$ok = '1'">
        <link rel="enclosure">
          <xsl:attribute name="href">
            <xsl:call-template name="absolute">
              <xsl:with-param name="u" select="$src"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:variable name="ext" select="translate(substring($src,
              string-length($src) - 4), 'ABCDEFGIJKMNPSVW', 'abcdefgijkmnpsvw')"/>
          <xsl:variable name="type">
            <xsl:choose>
              <xsl:when test="substring($ext, 2) = '.svg'">image/svg+xml</xsl:when>
              <xsl:when test="substring($ext, 2) = '.png'">image/png</xsl:when>
              <xsl:when test="substring($ext, 2) = '.jpg' or $ext = '.jpeg'">image/jpeg</xsl:when>
              <xsl:when test="$ext = '.webp'">image/webp</xsl:when>
              <xsl:when test="substring($ext, 2) = '.gif'">image/gif</xsl:when>
              <xsl:when test="substring($ext, 2) = '.avif' or $ext = '.avif'">image/avif</xsl:when>
            </xsl:choose>
          </xsl:variable>
          <xsl:if test="$type != ''">
            <xsl:attribute name="type"><xsl:value-of select="$type"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="normalize-space(image/@alt) != ''">
            <xsl:attribute name="title"><xsl:value-of select="image/@alt"/></xsl:attribute>
          </xsl:if>
        </link>
      </xsl:if>
    </xsl:if>
    <link rel="replies" type="application/atom+xml"
        href="{$base}{@url}/commentaires.atom"
        thr:count="{number(concat('0', @comments))}"/>
    <xsl:if test="@kind = 'event'">
      <xsl:apply-templates select="." mode="ev"/>
    </xsl:if>
  </entry>
</xsl:template>

<!-- A comment of a comment feed. -->
<xsl:template match="comment" mode="entry">
  <xsl:variable name="item-url" select="concat($base, /page/item/@url)"/>
  <entry>
    <id><xsl:value-of select="concat($item-url, '#commentaire-', @id)"/></id>
    <title type="text">
      <xsl:choose>
        <xsl:when test="@parent"><xsl:value-of select="ui:t('cm-entry-reply')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="ui:t('cm-entry')"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="author/name"><xsl:value-of select="author/name"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="ui:t('former-member')"/></xsl:otherwise>
      </xsl:choose>
    </title>
    <link rel="alternate" type="text/html" href="{$item-url}#commentaire-{@id}"/>
    <published><xsl:value-of select="published"/></published>
    <updated>
      <xsl:choose>
        <xsl:when test="updated"><xsl:value-of select="updated"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="published"/></xsl:otherwise>
      </xsl:choose>
    </updated>
    <author>
      <xsl:choose>
        <xsl:when test="author/name">
          <name><xsl:value-of select="author/name"/></name>
          <uri><xsl:value-of select="concat($base, author/@url)"/></uri>
        </xsl:when>
        <xsl:otherwise>
          <name><xsl:value-of select="ui:t('former-member')"/></name>
        </xsl:otherwise>
      </xsl:choose>
    </author>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <xsl:apply-templates select="body/node()" mode="xhtml"/>
      </div>
    </content>
    <xsl:choose>
      <xsl:when test="@parent">
        <thr:in-reply-to ref="{$item-url}#commentaire-{@parent}"
            href="{$item-url}#commentaire-{@parent}" type="text/html"/>
      </xsl:when>
      <xsl:otherwise>
        <thr:in-reply-to ref="{$item-url}" href="{$item-url}" type="text/html"/>
      </xsl:otherwise>
    </xsl:choose>
  </entry>
</xsl:template>

<!-- An event's details (extension ev, see the top of this file).  Its
     dates: its own timings/timing, else (the agenda has one row per date)
     the timing of each of its rows. -->
<xsl:template match="item" mode="ev">
  <xsl:variable name="status" select="normalize-space(event-status)"/>
  <xsl:variable name="mode" select="normalize-space(attendance-mode)"/>
  <xsl:variable name="reg" select="normalize-space(registration)"/>
  <xsl:variable name="reg-ok">
    <xsl:call-template name="url-ok">
      <xsl:with-param name="u" select="$reg"/>
    </xsl:call-template>
  </xsl:variable>
  <ev:event>
    <xsl:if test="$status != ''">
      <xsl:attribute name="status"><xsl:value-of select="$status"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="$mode != ''">
      <xsl:attribute name="attendance"><xsl:value-of select="$mode"/></xsl:attribute>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="timings/timing[@begins]">
        <xsl:apply-templates select="timings/timing[@begins]" mode="ev"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="/page/list/item[@id = current()/@id]/timing[@begins]"
            mode="ev"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="place[normalize-space(name) != '' or @id]" mode="ev"/>
    <xsl:if test="normalize-space(audience) != ''">
      <ev:audience><xsl:value-of select="audience"/></ev:audience>
    </xsl:if>
    <xsl:if test="normalize-space(price) != ''">
      <ev:price><xsl:value-of select="price"/></ev:price>
    </xsl:if>
    <xsl:if test="$reg-ok = '1'
        or starts-with(translate(substring($reg, 1, 7), 'MAILTO', 'mailto'), 'mailto:')">
      <ev:registration>
        <xsl:attribute name="href">
          <xsl:call-template name="absolute">
            <xsl:with-param name="u" select="$reg"/>
          </xsl:call-template>
        </xsl:attribute>
      </ev:registration>
    </xsl:if>
  </ev:event>
  <xsl:for-each select="place[string(number(@latitude)) != 'NaN'
      and string(number(@longitude)) != 'NaN']">
    <georss:point>
      <xsl:value-of select="concat(normalize-space(@latitude), ' ',
          normalize-space(@longitude))"/>
    </georss:point>
  </xsl:for-each>
</xsl:template>

<xsl:template match="timing" mode="ev">
  <ev:timing begins="{@begins}">
    <xsl:if test="@ends">
      <xsl:attribute name="ends"><xsl:value-of select="@ends"/></xsl:attribute>
    </xsl:if>
  </ev:timing>
</xsl:template>

<xsl:template match="place" mode="ev">
  <ev:place>
    <xsl:if test="@id">
      <xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute>
    </xsl:if>
    <xsl:for-each select="name | address | postcode | city">
      <xsl:if test="normalize-space(.) != ''">
        <xsl:element name="ev:{local-name()}" namespace="tag:echosciences.fr,2026:agenda">
          <xsl:value-of select="."/>
        </xsl:element>
      </xsl:if>
    </xsl:for-each>
  </ev:place>
</xsl:template>

<!-- Bodies, re-created in the XHTML namespace with absolute links. -->
<xsl:template match="p|ul|li|em|strong|code|pre|blockquote|br|hr|span
    |h1|h2|h3|h4|h5|h6" mode="xhtml">
  <xsl:element name="{local-name()}" namespace="http://www.w3.org/1999/xhtml">
    <xsl:apply-templates mode="xhtml"/>
  </xsl:element>
</xsl:template>

<xsl:template match="ol" mode="xhtml">
  <xsl:element name="ol" namespace="http://www.w3.org/1999/xhtml">
    <xsl:if test="string(number(@start)) != 'NaN'">
      <xsl:attribute name="start"><xsl:value-of select="number(@start)"/></xsl:attribute>
    </xsl:if>
    <xsl:apply-templates mode="xhtml"/>
  </xsl:element>
</xsl:template>

<xsl:template match="a" mode="xhtml">
  <xsl:variable name="ok">
    <xsl:call-template name="url-ok">
      <xsl:with-param name="u" select="@href"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$ok = '1' or starts-with(translate(@href, 'MAILTO', 'mailto'), 'mailto:')">
      <xsl:element name="a" namespace="http://www.w3.org/1999/xhtml">
        <xsl:attribute name="href">
          <xsl:call-template name="absolute">
            <xsl:with-param name="u" select="@href"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:if test="@title">
          <xsl:attribute name="title"><xsl:value-of select="@title"/></xsl:attribute>
        </xsl:if>
        <xsl:apply-templates mode="xhtml"/>
      </xsl:element>
    </xsl:when>
    <xsl:otherwise>
      <xsl:apply-templates mode="xhtml"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="img" mode="xhtml">
  <xsl:variable name="ok">
    <xsl:call-template name="url-ok">
      <xsl:with-param name="u" select="@src"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:if test="$ok = '1'">
    <xsl:element name="img" namespace="http://www.w3.org/1999/xhtml">
      <xsl:attribute name="src">
        <xsl:call-template name="absolute">
          <xsl:with-param name="u" select="@src"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:attribute name="alt"><xsl:value-of select="@alt"/></xsl:attribute>
    </xsl:element>
  </xsl:if>
</xsl:template>

<xsl:template match="*" mode="xhtml">
  <xsl:apply-templates mode="xhtml"/>
</xsl:template>

<xsl:template match="text()" mode="xhtml">
  <xsl:value-of select="."/>
</xsl:template>

</xsl:stylesheet>
