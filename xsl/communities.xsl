<?xml version="1.0" encoding="UTF-8"?>
<!-- A territory's communities: <page type="communities"> with
     communities/community (@id, @url, @members; name, description as
     XHTML, theme, both optional) by name (cgi-bin/page-community.c). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('sec-communities')"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:value-of select="ui:t('sec-communities')"/>
      </h1>
      <p class="intro">
        <xsl:value-of select="ui:t('communities-intro')"/>
      </p>
    </div>
    <xsl:choose>
      <xsl:when test="communities/community">
        <ul class="cards cards-compact">
          <xsl:for-each select="communities/community">
            <li><xsl:apply-templates select="." mode="card"/></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:value-of select="ui:t('empty')"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- A community as a card: the whole card is its name's link. -->
<xsl:template match="community" mode="card">
  <!-- The first paragraph of the description, else its first text. -->
  <xsl:variable name="about">
    <xsl:choose>
      <xsl:when test="description/p[normalize-space() != '']">
        <xsl:value-of select="normalize-space(description/p[normalize-space() != ''][1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="normalize-space(description)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <article class="card card-community">
    <div class="card-body">
      <p class="card-kind">
        <xsl:value-of select="ui:t('k-community')"/>
      </p>
      <h2 class="card-title">
        <a href="{@url}">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="name"/>
        </a>
      </h2>
      <xsl:if test="$about != ''">
        <p class="card-summary">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="$about"/>
        </p>
      </xsl:if>
      <p class="card-meta">
        <xsl:if test="@members">
          <span class="card-members">
            <xsl:call-template name="count-noun">
              <xsl:with-param name="n" select="@members"/>
              <xsl:with-param name="k1" select="'member-1'"/>
              <xsl:with-param name="kn" select="'members-n'"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="theme/@slug">
          <span class="card-theme">
            <xsl:call-template name="theme-link"/>
          </span>
        </xsl:if>
      </p>
    </div>
  </article>
</xsl:template>

</xsl:stylesheet>
