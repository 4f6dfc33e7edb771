<?xml version="1.0" encoding="UTF-8"?>
<!-- One community: <page type="community"> with <community> (@id, @url,
     @members; name, description as XHTML, theme, created), members/member
     (@url, @kind, @role animator|member; name: at most 50, animators
     first) and list/item, list/next: what its members published, newest
     first (cgi-bin/page-community.c).  Its feed is <path>.atom. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="community/name"/>
</xsl:template>

<xsl:template match="page" mode="head">
  <xsl:variable name="about"
      select="normalize-space(community/description/p[normalize-space() != ''][1])"/>
  <xsl:if test="$about != ''">
    <meta name="description" content="{$about}"/>
  </xsl:if>
</xsl:template>

<xsl:template match="page" mode="main">
  <xsl:apply-templates select="community"/>
</xsl:template>

<xsl:template match="community">
  <xsl:variable name="animators" select="/page/members/member[@role = 'animator']"/>
  <div class="wrap">
    <nav class="breadcrumb">
      <xsl:attribute name="aria-label">
        <xsl:value-of select="ui:t('nav-breadcrumb')"/>
      </xsl:attribute>
      <ol>
        <li><a href="{$thome}"><xsl:value-of select="$tname"/></a></li>
        <li>
          <a href="{$thome}communautes/">
            <xsl:value-of select="ui:t('sec-communities')"/>
          </a>
        </li>
      </ol>
    </nav>
    <header class="item-head community-head">
      <p class="card-kind">
        <xsl:value-of select="ui:t('k-community')"/>
        <xsl:if test="theme/@slug">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="theme-link"/>
        </xsl:if>
      </p>
      <h1>
        <xsl:call-template name="content-lang"/>
        <xsl:value-of select="name"/>
      </h1>
      <p class="byline">
        <xsl:if test="$animators">
          <xsl:value-of select="ui:t('animated-by')"/>
          <xsl:text> </xsl:text>
          <xsl:for-each select="$animators">
            <xsl:if test="position() > 1">
              <xsl:choose>
                <xsl:when test="position() = last()">
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="ui:t('and')"/>
                  <xsl:text> </xsl:text>
                </xsl:when>
                <xsl:otherwise>, </xsl:otherwise>
              </xsl:choose>
            </xsl:if>
            <a href="{@url}"><xsl:value-of select="name"/></a>
          </xsl:for-each>
          <br/>
        </xsl:if>
        <xsl:if test="@members">
          <span class="members-count">
            <xsl:call-template name="count-noun">
              <xsl:with-param name="n" select="@members"/>
              <xsl:with-param name="k1" select="'member-1'"/>
              <xsl:with-param name="kn" select="'members-n'"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="@members and created">
          <xsl:text> · </xsl:text>
        </xsl:if>
        <xsl:if test="created">
          <xsl:value-of select="ui:t('created-f')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="time-date-long">
            <xsl:with-param name="d" select="created"/>
            <xsl:with-param name="weekday" select="false()"/>
          </xsl:call-template>
        </xsl:if>
      </p>
    </header>
    <xsl:if test="description/node()">
      <div class="prose community-about">
        <xsl:call-template name="content-lang"/>
        <xsl:apply-templates select="description/node()" mode="prose"/>
      </div>
    </xsl:if>
    <xsl:call-template name="follow-link">
      <xsl:with-param name="k" select="'follow-community'"/>
    </xsl:call-template>
    <xsl:if test="/page/members/member">
      <section class="block" aria-labelledby="s-members">
        <h2 id="s-members">
          <xsl:value-of select="ui:t('members')"/>
        </h2>
        <ul class="chips members">
          <xsl:for-each select="/page/members/member">
            <li>
              <a class="chip" href="{@url}">
                <xsl:value-of select="name"/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
        <xsl:variable name="others"
            select="number(@members) - count(/page/members/member)"/>
        <xsl:if test="$others > 0">
          <p class="more-members">
            <xsl:value-of select="ui:t('others-pre')"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="count-noun">
              <xsl:with-param name="n" select="$others"/>
              <xsl:with-param name="k1" select="'others-1'"/>
              <xsl:with-param name="kn" select="'others-n'"/>
            </xsl:call-template>
            <xsl:text>.</xsl:text>
          </p>
        </xsl:if>
      </section>
    </xsl:if>
    <section class="block" aria-labelledby="s-posts">
      <h2 id="s-posts">
        <xsl:value-of select="ui:t('community-posts')"/>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="/page/list/item"/>
      </xsl:call-template>
      <xsl:call-template name="next-link"/>
    </section>
  </div>
</xsl:template>

</xsl:stylesheet>
