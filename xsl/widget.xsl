<?xml version="1.0" encoding="UTF-8"?>
<!--
  widget.xsl: the page that lives inside a partner's iframe
  (/widget/agenda?territoire=…, /widget/articles?territoire=…, built in
  cgi-bin/page-partners.c): <page type="widget" kind="event|article"
  style="clair|sombre">, its <territory>, and <list> as on the agenda
  (one item per timing) or a listing.

  Not through layout.xsl: no site header, no footer, no navigation, just
  a heading, the items and a link to the site.  Links open in a new tab so
  that the partner's page stays.  It works without JavaScript; the one
  script only tells the framing page the widget's height (htdocs/js/).
  Keep the output small: it is loaded on every partner's page view.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="common.xsl"/>

<xsl:output method="html" encoding="UTF-8"
    doctype-system="about:legacy-compat" indent="no"/>

<xsl:variable name="events" select="/page/@kind = 'event'"/>

<xsl:variable name="style">
  <xsl:choose>
    <xsl:when test="/page/@style = 'sombre'">sombre</xsl:when>
    <xsl:otherwise>clair</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- The territory's name: from the list of territories, else its own. -->
<xsl:variable name="wname">
  <xsl:choose>
    <xsl:when test="$tname != ''"><xsl:value-of select="$tname"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="normalize-space(/page/territory)"/></xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="heading">
  <xsl:call-template name="kind-label">
    <xsl:with-param name="kind" select="string(/page/@kind)"/>
    <xsl:with-param name="plural" select="true()"/>
  </xsl:call-template>
  <xsl:if test="$wname != ''">
    <xsl:value-of select="concat(' – ', $wname)"/>
  </xsl:if>
</xsl:variable>

<xsl:template match="/">
  <html lang="{$lang}">
    <head>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title><xsl:value-of select="concat($heading, ' – ', $site)"/></title>
      <link rel="stylesheet" href="/css/widget.css"/>
      <script src="/js/widget-frame.js" defer="defer"></script>
    </head>
    <body class="{$style}">
      <main>
      <h1><xsl:value-of select="$heading"/></h1>
      <p class="vh">
        <xsl:value-of select="ui:t('w-new-tab')"/>
      </p>
      <xsl:choose>
        <xsl:when test="/page/list/item">
          <ul>
            <xsl:apply-templates select="/page/list/item"/>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="m">
            <xsl:call-template name="t">
              <xsl:with-param name="k">
                <xsl:choose>
                  <xsl:when test="$events">w-empty-event</xsl:when>
                  <xsl:otherwise>empty</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </p>
        </xsl:otherwise>
      </xsl:choose>
      <p class="more">
        <a target="_blank" rel="noopener">
          <xsl:attribute name="href">
            <xsl:value-of select="concat($base, $thome)"/>
            <xsl:if test="$tslug != ''">
              <xsl:choose>
                <xsl:when test="$events">evenements/</xsl:when>
                <xsl:otherwise>articles/</xsl:otherwise>
              </xsl:choose>
            </xsl:if>
          </xsl:attribute>
          <xsl:call-template name="t">
            <xsl:with-param name="k">
              <xsl:choose>
                <xsl:when test="$events">w-more-event</xsl:when>
                <xsl:otherwise>w-more-article</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', $site, ' ', $wname)"/>
        </a>
      </p>
      </main>
    </body>
  </html>
</xsl:template>

<!-- One item: its title as a link, then when (and where) in one line. -->
<xsl:template match="item">
  <xsl:variable name="status" select="string(event-status)"/>
  <li>
    <a href="{$base}{@url}" target="_blank" rel="noopener">
      <xsl:call-template name="content-lang"/>
      <xsl:value-of select="title"/>
    </a>
    <xsl:if test="$status = 'cancelled' or $status = 'postponed'">
      <xsl:text> </xsl:text>
      <strong class="st">
        <xsl:value-of select="ui:t(concat('st-', $status))"/>
      </strong>
    </xsl:if>
    <br/>
    <span class="m">
      <xsl:choose>
        <xsl:when test="@kind = 'event' and timing/@begins">
          <xsl:call-template name="time-date-time">
            <xsl:with-param name="d" select="timing/@begins"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="published">
          <xsl:call-template name="time-date-short">
            <xsl:with-param name="d" select="published"/>
          </xsl:call-template>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="normalize-space(place/name) != '' or normalize-space(place/city) != ''">
        <xsl:text> · </xsl:text>
        <xsl:value-of select="place/name"/>
        <xsl:if test="normalize-space(place/name) != '' and normalize-space(place/city) != ''">, </xsl:if>
        <xsl:value-of select="place/city"/>
      </xsl:if>
    </span>
  </li>
</xsl:template>

</xsl:stylesheet>
