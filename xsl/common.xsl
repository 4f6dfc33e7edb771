<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: what both the HTML pages (layout.xsl) and the Atom feeds
  (atom.xsl) need, and no xsl:output (each of those two sets its own):
  page-wide values, the UI strings (ui:t('key'), from strings-fr.txt and
  strings-en.txt: the only place where words of the interface are
  written), dates (RFC 3339 in Europe/Paris time, as the C code writes
  them), numbers, URL checks.

  The XML is built by cgi-bin/ (page.c page_begin and the page-*.c
  handlers; column aliases in db-stmts.c).  Nothing here reads files or
  the network.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="exsl str"
    exclude-result-prefixes="exsl str ui">

<xsl:decimal-format name="fr" grouping-separator="&#160;" decimal-separator=","/>
<xsl:decimal-format name="en" grouping-separator="," decimal-separator="."/>

<!-- ==================================================================
     Page-wide values
     ================================================================== -->

<xsl:variable name="lang">
  <xsl:choose>
    <xsl:when test="/page/@lang = 'en'">en</xsl:when>
    <xsl:otherwise>fr</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="base" select="string(/page/@base)"/>

<xsl:variable name="site">
  <xsl:choose>
    <xsl:when test="normalize-space(/page/@site-name) != ''">
      <xsl:value-of select="/page/@site-name"/>
    </xsl:when>
    <xsl:otherwise>Échosciences</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- The page's path for href and action attributes: percent-encoded, so
     that even a hostile path (error pages echo any path) stays a valid URL. -->
<xsl:variable name="path-url"
    select="str:replace(str:encode-uri(string(/page/@path), true()), '%2F', '/')"/>

<!-- The first segment of the path: a territory's slug on most pages. -->
<xsl:variable name="seg1"
    select="substring-before(substring(/page/@path, 2), '/')"/>

<!-- The territory the page belongs to: the page's own, a member's home
     territory (public profiles only: the account pages, which show the
     viewer's own <member>, are network-wide), or (error pages) the one
     named by the path. -->
<xsl:variable name="tslug">
  <xsl:choose>
    <xsl:when test="/page/territory/@slug">
      <xsl:value-of select="/page/territory/@slug"/>
    </xsl:when>
    <xsl:when test="/page/@type = 'member' and /page/member/territory/@slug">
      <xsl:value-of select="/page/member/territory/@slug"/>
    </xsl:when>
    <xsl:when test="$seg1 != '' and /page/territories/territory[@slug = $seg1]">
      <xsl:value-of select="$seg1"/>
    </xsl:when>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="tname"
    select="string(/page/territories/territory[@slug = $tslug])"/>

<xsl:variable name="thome">
  <xsl:choose>
    <xsl:when test="$tslug != ''">
      <xsl:value-of select="concat('/', $tslug, '/')"/>
    </xsl:when>
    <xsl:otherwise>/</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- ==================================================================
     UI strings
     ================================================================== -->

<!-- The words are in strings-fr.txt and strings-en.txt beside this file;
     ui:t('key') gives one in the page's language (/page/@lang), in
     constant time (an extension function of cgi-bin/render.c over a hash
     table read once per worker).  The template below is the same, for a
     key computed by an xsl:choose. -->
<xsl:template name="t">
  <xsl:param name="k"/>
  <xsl:value-of select="ui:t($k)"/>
</xsl:template>

<!-- ==================================================================
     Small helpers
     ================================================================== -->

<xsl:template name="number">
  <xsl:param name="n"/>
  <xsl:choose>
    <xsl:when test="string(number($n)) = 'NaN'">
      <xsl:value-of select="$n"/>
    </xsl:when>
    <xsl:when test="$lang = 'en'">
      <xsl:value-of select="format-number($n, '#,##0', 'en')"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="format-number($n, '#&#160;##0', 'fr')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- 1 when $u may be put in an href or src: http(s) or a local path. -->
<xsl:template name="url-ok">
  <xsl:param name="u"/>
  <xsl:variable name="l"
      select="translate(substring($u, 1, 8), 'HTPS', 'htps')"/>
  <xsl:if test="starts-with($l, 'https://') or starts-with($l, 'http://')
      or (starts-with($u, '/') and not(starts-with($u, '//')))">1</xsl:if>
</xsl:template>

<!-- An absolute URL for a local path. -->
<xsl:template name="absolute">
  <xsl:param name="u"/>
  <xsl:choose>
    <xsl:when test="starts-with($u, '/') and not(starts-with($u, '//'))">
      <xsl:value-of select="concat($base, $u)"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A path in another format ($ext: "atom", "ics", "json"): a folder
     loses its trailing slash ("/grenoble/articles/" gives
     "/grenoble/articles.ics"), "/" becomes "/index.<ext>"; a query after
     "?" is kept as it is. -->
<xsl:template name="suffixed">
  <xsl:param name="href"/>
  <xsl:param name="ext"/>
  <xsl:variable name="p" select="substring-before(concat($href, '?'), '?')"/>
  <xsl:variable name="q" select="substring-after($href, '?')"/>
  <xsl:choose>
    <xsl:when test="$p = '/' or $p = ''">/index</xsl:when>
    <xsl:when test="substring($p, string-length($p)) = '/'">
      <xsl:value-of select="substring($p, 1, string-length($p) - 1)"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
  </xsl:choose>
  <xsl:value-of select="concat('.', $ext)"/>
  <xsl:if test="$q != ''">
    <xsl:value-of select="concat('?', $q)"/>
  </xsl:if>
</xsl:template>

<!-- Contributions are written in French: on English pages, their texts
     say so (WCAG 3.1.2, language of parts).  Call first in an element. -->
<xsl:template name="content-lang">
  <xsl:if test="$lang != 'fr'">
    <xsl:attribute name="lang">fr</xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- The section of a kind in URLs. -->
<xsl:template name="kind-section">
  <xsl:param name="kind"/>
  <xsl:choose>
    <xsl:when test="$kind = 'article'">articles</xsl:when>
    <xsl:when test="$kind = 'event'">evenements</xsl:when>
    <xsl:when test="$kind = 'annonce'">annonces</xsl:when>
    <xsl:when test="$kind = 'dossier'">dossiers</xsl:when>
    <xsl:when test="$kind = 'project'">projets</xsl:when>
  </xsl:choose>
</xsl:template>

<!-- "k=v&k2=v2" from the page's query, less the keys named in $except
     ("|avant|apres|"); values are URL-encoded.  The fields of the account
     forms never go into an address (canonical, language switch), even if
     a query held them. -->
<xsl:template name="query-string">
  <xsl:param name="except" select="''"/>
  <xsl:for-each select="/page/query/@*[not(contains($except,
      concat('|', name(), '|')))][not(contains(
      '|mot_de_passe|actuel|csrf|courriel|nom|genre|', concat('|', name(), '|')))]">
    <xsl:if test="position() > 1">&amp;</xsl:if>
    <xsl:value-of select="name()"/>
    <xsl:text>=</xsl:text>
    <xsl:value-of select="str:encode-uri(string(.), true())"/>
  </xsl:for-each>
</xsl:template>

<!-- The name of a theme: element(s) with @en and either a <name> child
     (theme lists) or their own text (items' theme). -->
<xsl:template name="theme-name">
  <xsl:param name="th" select="theme"/>
  <xsl:choose>
    <xsl:when test="$lang = 'en' and $th/@en">
      <xsl:value-of select="$th/@en"/>
    </xsl:when>
    <xsl:when test="$th/name">
      <xsl:value-of select="$th/name"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="normalize-space($th[normalize-space(text()) != ''][1])"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- An item's territory (slug, name): `<territory slug>` and
     `<territory>name</territory>` may be one element or two. -->
<xsl:template name="item-tslug">
  <xsl:value-of select="(territory/@slug)[1]"/>
</xsl:template>

<xsl:template name="item-tname">
  <xsl:variable name="s" select="(territory/@slug)[1]"/>
  <xsl:variable name="own" select="normalize-space(territory[normalize-space(text()) != ''][1])"/>
  <xsl:choose>
    <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="/page/territories/territory[@slug = $s]"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A link to a theme's page in the current territory (or the item's). -->
<xsl:template name="theme-link">
  <xsl:param name="th" select="theme"/>
  <xsl:param name="t" select="$tslug"/>
  <xsl:variable name="slug" select="($th/@slug)[1]"/>
  <xsl:choose>
    <xsl:when test="$t != '' and $slug">
      <a href="/{$t}/themes/{$slug}">
        <xsl:call-template name="theme-name">
          <xsl:with-param name="th" select="$th"/>
        </xsl:call-template>
      </a>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="theme-name">
        <xsl:with-param name="th" select="$th"/>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     Dates: RFC 3339 ("2026-12-03T20:00:00+01:00") or "2026-12-03",
     already in Europe/Paris time.
     ================================================================== -->

<!-- 0 = Sunday … 6 = Saturday (Sakamoto). -->
<xsl:template name="weekday">
  <xsl:param name="d"/>
  <xsl:variable name="y0" select="number(substring($d, 1, 4))"/>
  <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
  <xsl:variable name="dd" select="number(substring($d, 9, 2))"/>
  <xsl:variable name="y" select="$y0 - number($m &lt; 3)"/>
  <xsl:variable name="t" select="number(substring('032503514624', $m, 1))"/>
  <xsl:value-of select="($y + floor($y div 4) - floor($y div 100)
      + floor($y div 400) + $t + $dd) mod 7"/>
</xsl:template>

<xsl:template name="day-of-month">
  <xsl:param name="d"/>
  <xsl:variable name="dd" select="number(substring($d, 9, 2))"/>
  <xsl:value-of select="$dd"/>
  <xsl:if test="$dd = 1 and $lang = 'fr'">er</xsl:if>
</xsl:template>

<!-- "mercredi 3 décembre 2026" / "Wednesday 3 December 2026" -->
<xsl:template name="date-long">
  <xsl:param name="d"/>
  <xsl:param name="weekday" select="true()"/>
  <xsl:if test="$weekday">
    <xsl:call-template name="t">
      <xsl:with-param name="k">
        <xsl:text>wd</xsl:text>
        <xsl:call-template name="weekday">
          <xsl:with-param name="d" select="$d"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text> </xsl:text>
  </xsl:if>
  <xsl:call-template name="day-of-month">
    <xsl:with-param name="d" select="$d"/>
  </xsl:call-template>
  <xsl:text> </xsl:text>
  <xsl:value-of select="ui:t(concat('m', number(substring($d, 6, 2))))"/>
  <xsl:text> </xsl:text>
  <xsl:value-of select="substring($d, 1, 4)"/>
</xsl:template>

<!-- "3 déc. 2026" / "3 Dec 2026" -->
<xsl:template name="date-short">
  <xsl:param name="d"/>
  <xsl:call-template name="day-of-month">
    <xsl:with-param name="d" select="$d"/>
  </xsl:call-template>
  <xsl:text>&#160;</xsl:text>
  <xsl:value-of select="ui:t(concat('ms', number(substring($d, 6, 2))))"/>
  <xsl:text> </xsl:text>
  <xsl:value-of select="substring($d, 1, 4)"/>
</xsl:template>

<!-- "20 h 00" / "8:00 pm" -->
<xsl:template name="time">
  <xsl:param name="d"/>
  <xsl:variable name="h" select="number(substring($d, 12, 2))"/>
  <xsl:variable name="mi" select="substring($d, 15, 2)"/>
  <xsl:choose>
    <xsl:when test="$lang = 'en'">
      <xsl:choose>
        <xsl:when test="$h = 0">12</xsl:when>
        <xsl:when test="$h > 12"><xsl:value-of select="$h - 12"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$h"/></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(':', $mi, '&#160;')"/>
      <xsl:choose>
        <xsl:when test="$h >= 12">pm</xsl:when>
        <xsl:otherwise>am</xsl:otherwise>
      </xsl:choose>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="concat($h, '&#160;h&#160;', $mi)"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- <time> elements -->
<xsl:template name="time-date-long">
  <xsl:param name="d"/>
  <xsl:param name="weekday" select="true()"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-long">
      <xsl:with-param name="d" select="$d"/>
      <xsl:with-param name="weekday" select="$weekday"/>
    </xsl:call-template>
  </time>
</xsl:template>

<xsl:template name="time-date-short">
  <xsl:param name="d"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-short">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
  </time>
</xsl:template>

<!-- "3 déc. 2026, 20 h 00" -->
<xsl:template name="time-date-time">
  <xsl:param name="d"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-short">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:call-template name="time">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
  </time>
</xsl:template>

<!-- A timing: "mercredi 3 décembre 2026, 20 h 00 – 23 h 30", or
     "du 30 nov. 2026, 10 h 00 au 1er mars 2027, 18 h 00". -->
<xsl:template name="timing">
  <xsl:param name="b" select="@begins"/>
  <xsl:param name="e" select="@ends"/>
  <xsl:choose>
    <xsl:when test="not($e) or substring($b, 1, 10) = substring($e, 1, 10)">
      <time datetime="{$b}">
        <xsl:call-template name="date-long">
          <xsl:with-param name="d" select="$b"/>
        </xsl:call-template>
        <xsl:text>, </xsl:text>
        <xsl:call-template name="time">
          <xsl:with-param name="d" select="$b"/>
        </xsl:call-template>
      </time>
      <xsl:if test="$e">
        <xsl:text> – </xsl:text>
        <time datetime="{$e}">
          <xsl:call-template name="time">
            <xsl:with-param name="d" select="$e"/>
          </xsl:call-template>
        </time>
      </xsl:if>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="ui:t('from-l')"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="time-date-time">
        <xsl:with-param name="d" select="$b"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:value-of select="ui:t('to-l')"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="time-date-time">
        <xsl:with-param name="d" select="$e"/>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The label of a kind: $plural for section names. -->
<xsl:template name="kind-label">
  <xsl:param name="kind" select="@kind"/>
  <xsl:param name="plural" select="false()"/>
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$plural">p-</xsl:when>
        <xsl:otherwise>k-</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="$kind"/>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<!-- A user's words between quotation marks: « abeilles » / “abeilles”. -->
<xsl:template name="quoted">
  <xsl:param name="s"/>
  <xsl:value-of select="ui:t('q-open')"/>
  <xsl:value-of select="$s"/>
  <xsl:value-of select="ui:t('q-close')"/>
</xsl:template>

<!-- "12 membres", "1 membre", "0 membre" / "0 members": a number and the
     noun of $k1 (singular) or $kn (plural); French is singular below 2. -->
<xsl:template name="count-noun">
  <xsl:param name="n"/>
  <xsl:param name="k1"/>
  <xsl:param name="kn"/>
  <xsl:call-template name="number">
    <xsl:with-param name="n" select="$n"/>
  </xsl:call-template>
  <xsl:text>&#160;</xsl:text>
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="number($n) = 1 or ($lang = 'fr' and number($n) = 0)">
          <xsl:value-of select="$k1"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$kn"/></xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

</xsl:stylesheet>
